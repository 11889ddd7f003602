"""The confusion matrix reads whole: at 1280×720, in Chinese and in presentation mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar
from training_helpers import training_window
from window_helpers import action

from ui.text import i18n


def click_tab(qtbot, window, title: str) -> None:
    """Click the dock tab called ``title``, as a user brings it to the front."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.isVisible() and bar.tabText(i) == title:
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {title!r}")


def trained(qtbot, example: str, epochs: int, size=(1280, 720)):
    """A window with Examples ▸ ``example`` open, trained ``epochs`` epochs."""
    window = training_window(qtbot, size)
    action(window, f"actionExample_{example}").trigger()
    for _ in range(epochs):
        window.training.train_epoch()
    return window


def assert_reads_whole(matrix) -> None:
    """Every cell inside the widget, a line of text high and as wide as its count."""
    k = len(matrix.matrix())
    metrics = matrix.fontMetrics()
    last = matrix.cell_rect(k - 1, k - 1)
    assert last.bottom() <= matrix.height() and last.right() <= matrix.width()
    widest = max(metrics.horizontalAdvance(str(c)) for c in matrix.matrix().ravel())
    cell = matrix.cell_rect(0, 0)
    assert cell.height() >= metrics.height() and cell.width() >= widest + 2
    assert matrix.height() >= matrix.wanted_height() - 2  # room for the titles too


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_ten_digit_matrix_gets_room_to_read_and_gives_it_back(qtbot, language):
    """Under the canvas at 1280×720 ten rows got 10 pixels each: no count could be read."""
    i18n.set_language(language)
    window = trained(qtbot, "digits", 2)
    canvas = window.centralWidget().height()
    dock = window.docks["dockConfusion"]
    click_tab(qtbot, window, dock.windowTitle())
    matrix = dock.widget().matrix
    qtbot.waitUntil(lambda: matrix.height() >= matrix.wanted_height() - 2)
    assert len(matrix.matrix()) == 10
    assert_reads_whole(matrix)
    assert window.centralWidget().height() >= 200  # the canvas still shows the network
    click_tab(qtbot, window, window.docks["dockComputation"].windowTitle())
    qtbot.waitUntil(lambda: abs(window.centralWidget().height() - canvas) <= 2)


def test_a_small_matrix_shows_its_axis_titles_whole(qtbot):
    """Over three columns "the network's answer" was cut to "etwork's ar"."""
    window = trained(qtbot, "softmax-classifier", 3)
    dock = window.docks["dockConfusion"]
    click_tab(qtbot, window, dock.windowTitle())
    matrix = dock.widget().matrix
    answer = matrix.tr("the network's answer")
    assert matrix.width() >= matrix.fontMetrics().horizontalAdvance(answer)
    assert_reads_whole(matrix)
    samples = dock.widget().samples
    assert samples.width() >= matrix.width()  # the list keeps the rest of the width


def test_in_presentation_mode_the_matrix_reads_from_the_back(qtbot):
    """At 1920×1080 in presentation mode the matrix kept its small cells under large type."""
    window = trained(qtbot, "digits", 2, size=(1920, 1080))
    dock = window.docks["dockConfusion"]
    window.presentation.action.setChecked(True)
    try:
        click_tab(qtbot, window, dock.windowTitle())
        matrix = dock.widget().matrix
        qtbot.waitUntil(lambda: matrix.cell_rect(0, 0).height() >= matrix.fontMetrics().height())
        k = len(matrix.matrix())
        assert matrix.cell_rect(k - 1, k - 1).bottom() <= matrix.height()
    finally:
        window.presentation.action.setChecked(False)


def test_class_names_of_a_csv_read_whole_and_long_ones_never_widen_the_window(
    qtbot, tmp_path, monkeypatch
):
    """Imported classes "versicolor"... were cut over their columns; ten long names
    would have made the matrix wider than the screen."""
    from PySide6.QtWidgets import QMessageBox
    from window_helpers import record_boxes

    record_boxes(monkeypatch, QMessageBox.StandardButton.Yes)  # fit the network: yes
    window = training_window(qtbot)
    names = ["setosa", "versicolor", "virginica"]
    path = tmp_path / "flowers.csv"
    path.write_text("".join(f"{i % 3},{(i * 7) % 5},{names[i % 3]}\n" for i in range(60)))
    assert window._training.files.import_path(str(path))
    window.training.train_epoch()
    dock = window.docks["dockConfusion"]
    click_tab(qtbot, window, dock.windowTitle())
    matrix = dock.widget().matrix
    qtbot.waitUntil(lambda: len(matrix.matrix()) == 3)
    widest = max(matrix.fontMetrics().horizontalAdvance(n) for n in names)
    qtbot.waitUntil(lambda: matrix.cell_rect(0, 1).width() >= widest)  # once laid out
    many = tmp_path / "many.csv"
    long = [f"a rather long class name {c}" for c in "abcdefghij"]
    many.write_text("".join(f"{i},{i % 7},{long[i % 10]}\n" for i in range(120)))
    assert window._training.files.import_path(str(many))
    window.training.train_epoch()
    qtbot.waitUntil(lambda: len(matrix.matrix()) == 10)
    assert matrix.minimumWidth() <= window.width() // 2
