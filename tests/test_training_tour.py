"""What a new user met touring the training docks: a bare control, a cut label, a dead picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMessageBox
from training_helpers import show_dock, training_window
from window_helpers import record_boxes


def test_the_data_set_list_says_what_it_chooses(qtbot):
    """The data set list was the one control of the data panel without a tooltip."""
    window = training_window(qtbot)
    panel = show_dock(window, "dockData").widget()
    assert "CSV" in panel.dataset.toolTip()


def test_points_of_three_inputs_offer_no_class_to_click(qtbot, tmp_path, monkeypatch):
    """An imported CSV of three features showed a greyed class picker no click could use."""
    path = tmp_path / "flowers.csv"
    rows = ["length,width,height,kind"]
    rows += [f"{i % 3 + 0.1 * i},{i % 2},{0.5 * (i % 3)},{'abc'[i % 3]}" for i in range(30)]
    path.write_text("\n".join(rows) + "\n")
    record_boxes(monkeypatch, QMessageBox.StandardButton.Yes)  # fit the network: yes
    window = training_window(qtbot)
    panel = show_dock(window, "dockData").widget()
    assert window._training.files.import_path(str(path))
    assert window.training.dataset.input_size == 3 and window.training.problem() is None
    assert not panel.brush_class.isVisibleTo(panel)
    assert all(button.isVisibleTo(panel) for button in panel.file_buttons)  # export stays


def test_the_loss_axis_top_label_is_not_cut_by_the_chart_edge(qtbot):
    """The top tick label of the loss axis ("1", "0.1") was drawn half above the chart."""
    window = training_window(qtbot)
    window.training.set_dataset("xor")
    window.training.train_epoch()
    chart = show_dock(window, "dockLoss")
    chart.refresh()
    axis = chart.plot.getPlotItem().getAxis("left")
    half = QFontMetrics(axis.style["tickFont"]).height() / 2
    item = chart.plot.getPlotItem()  # the chart's whole picture
    view = item.getViewBox()  # the top tick is on its top edge
    qtbot.waitUntil(lambda: view.sceneBoundingRect().height() > 4 * half)  # laid out
    assert view.sceneBoundingRect().top() - item.sceneBoundingRect().top() >= half - 1


def test_with_pictures_the_file_buttons_sit_together_at_the_right(qtbot):
    """For the digits the import and export buttons were spread apart across the row."""
    window = training_window(qtbot)
    window.training.set_dataset("digits")
    panel = show_dock(window, "dockData").widget()
    qtbot.waitUntil(lambda: not panel.brush_class.isVisibleTo(panel))
    first, second = panel.file_buttons
    qtbot.waitUntil(lambda: second.geometry().right() >= panel.width() - 20)
    assert second.x() - first.geometry().right() <= 12


def test_the_training_panel_shows_the_learning_rate_the_run_uses(qtbot):
    """η = 10000 (the toolbar takes it, a file may hold it) read "10.0000" in the panel."""
    window = training_window(qtbot)
    panel = show_dock(window, "dockTraining").widget()
    window.document.learning_rate = 10000.0
    qtbot.waitUntil(lambda: panel.rate.value() == 10000.0)
    assert panel.rate.text() == "10000"
    assert panel.rate.width() >= panel.rate.fontMetrics().horizontalAdvance("10000")
    window.document.learning_rate = 0.1
    qtbot.waitUntil(lambda: panel.rate.text() == "0.1000")


def test_typing_scientific_notation_in_the_panel_sets_eta(qtbot):
    """Typing 1e-3 into the panel's η became 13 (Qt's box dropped the letter)."""
    window = training_window(qtbot)
    panel = show_dock(window, "dockTraining").widget()
    panel.rate.lineEdit().selectAll()
    qtbot.keyClicks(panel.rate.lineEdit(), "1e-3")
    qtbot.keyClick(panel.rate.lineEdit(), Qt.Key.Key_Return)
    assert window.training.learning_rate == 0.001
    assert window.document.undo_stack.undoText()  # one undoable change


def test_csv_file_errors_are_named_in_chinese(qtbot, tmp_path, monkeypatch):
    """Exporting into a missing folder said "No such file or directory" on a Chinese screen,
    and importing a folder only "the file cannot be read"."""
    from PySide6.QtWidgets import QFileDialog

    from ui.text import i18n

    i18n.set_language("zh")
    window = training_window(qtbot)
    shown = record_boxes(monkeypatch)
    files = window._training.files
    assert not files.import_path(str(tmp_path))
    assert "文件夹" in shown[-1][2]
    target = str(tmp_path / "no folder" / "points.csv")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (target, "")))
    assert not files.export_csv()
    message = shown[-1][2].split("\n", 1)[1]
    assert "文件夹" in message and not any("a" <= c.lower() <= "z" for c in message)


def test_a_loss_fallen_by_twelve_decades_labels_its_axis_apart(qtbot):
    """On the log scale a softmax run to 1e-12 wrote its twelve decade labels over each other."""
    window = training_window(qtbot)
    window.training.set_dataset("xor")
    window.training.train_epoch()
    chart = show_dock(window, "dockLoss")
    axis = chart.plot.getPlotItem().getAxis("left")
    axis.log = True
    height = QFontMetrics(axis.style["tickFont"]).height()
    pixels = 12.0 * height  # room for twelve labels, none between them
    labelled = [values for _spacing, values in axis.tickValues(-12.0, -1.0, pixels)][0]
    gaps = [(b - a) * pixels / 11.0 for a, b in zip(labelled, labelled[1:])]
    assert len(labelled) >= 3 and min(gaps) >= height
    assert axis.tickStrings(labelled[:1], 1.0, 1.0) == ["1e-12"]
