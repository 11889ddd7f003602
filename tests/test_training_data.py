"""The data panel and your own data: points, noise, features, CSV in and out."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from training_helpers import show_dock, training_window
from window_helpers import action, patch_open_dialog, patch_save_dialog, record_boxes

import simulator as sim


def data_panel(window):
    return show_dock(window, "dockData").widget()


def test_points_noise_and_share_make_new_data_each_undoable(qtbot):
    """Typing 120 points, 30 % noise and 60 % training changes the data; undo goes back."""
    window = training_window(qtbot)
    panel, training = data_panel(window), window.training
    before = training.dataset.X.copy()
    panel.points.setValue(120)
    panel.noise.setValue(30)
    panel.share.setValue(60)
    assert len(training.dataset) == 120
    assert training.choice.noise == sim.MAX_NOISE * 30 / 50
    assert len(training.test_set) == 48 and len(training.train_set) == 72
    assert window.document.undo_stack.undoText() == "Change training share"
    for _ in range(3):
        window.document.undo()
    assert np.array_equal(training.dataset.X, before)
    assert panel.points.value() == 200 and panel.noise.value() == 10


def test_regenerate_draws_new_points_and_keeps_the_network(qtbot):
    """Regenerate: other points from the next seed, the same weights."""
    window = training_window(qtbot)
    panel, training = data_panel(window), window.training
    before, net = training.dataset.X.copy(), window.document.network.copy()
    qtbot.mouseClick(panel.regenerate, Qt.MouseButton.LeftButton)
    assert not np.array_equal(training.dataset.X, before)
    assert training.choice.seed == 1 and panel.seed.value() == 1
    assert np.array_equal(window.document.network.layers[0].W, net.layers[0].W)


def test_a_feature_button_adds_an_input_and_the_input_layer_follows(qtbot):
    """Press x1² as in Playground: the network gets a third input fed with x1²."""
    window = training_window(qtbot)
    panel, training = data_panel(window), window.training
    qtbot.mouseClick(panel.feature_buttons["x1^2"], Qt.MouseButton.LeftButton)
    assert training.features == ("x1", "x2", "x1^2")
    assert window.document.network.input_size == 3
    assert np.allclose(training.train_set.X[:, 2], training.train_set.X[:, 0] ** 2)
    assert training.problem() is None
    window.document.undo()  # one step for the feature and the input layer
    assert training.features == ("x1", "x2") and window.document.network.input_size == 2
    assert not panel.feature_buttons["x1^2"].isChecked()


def test_the_last_feature_cannot_be_switched_off(qtbot):
    """Unpressing every feature would leave the network without an input."""
    window = training_window(qtbot)
    panel, training = data_panel(window), window.training
    qtbot.mouseClick(panel.feature_buttons["x2"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.feature_buttons["x1"], Qt.MouseButton.LeftButton)
    assert training.features == ("x1",)
    assert panel.feature_buttons["x1"].isChecked()


def test_csv_export_then_import_gives_the_same_points(qtbot, monkeypatch, tmp_path):
    """Train ▸ Export, then Import: the same points, now your own data set."""
    window = training_window(qtbot)
    training = window.training
    training.set_dataset("moons", n=80, noise=0.05)
    path = tmp_path / "moons.csv"
    patch_save_dialog(monkeypatch, path)
    action(window, "actionExportData").trigger()
    assert path.read_text().splitlines()[0] == "x1,x2,label"
    points = training.dataset
    window.document.new()
    patch_open_dialog(monkeypatch, path)
    action(window, "actionImportData").trigger()
    assert training.choice.name == sim.OWN_DATA
    assert np.array_equal(training.dataset.X, points.X)
    assert np.array_equal(training.dataset.T, points.T)
    assert window.document.undo_stack.undoText() == "Import data"
    assert data_panel(window).dataset.currentText() == "Your own points"


def test_a_bad_csv_says_which_line_and_column_in_the_ui_language(qtbot, monkeypatch, tmp_path):
    """A typo in line 3 of a CSV is named with its line and column, in English and Chinese."""
    window = training_window(qtbot)
    path = tmp_path / "typo.csv"
    path.write_text("x1,x2,label\n0.1,0.2,0\n0.3,0..4,1\n", encoding="utf-8")
    shown = record_boxes(monkeypatch)
    patch_open_dialog(monkeypatch, path)
    before = window.training.dataset
    action(window, "actionImportData").trigger()
    assert "Line 3, column 2" in shown[-1][2] and "0..4" in shown[-1][2]
    assert window.training.dataset is before
    window.set_language("zh")
    action(window, "actionImportData").trigger()
    assert "第 3 行第 2 列" in shown[-1][2] and "不是数字" in shown[-1][2]


def test_imported_data_that_does_not_fit_offers_to_fit_the_network(qtbot, monkeypatch, tmp_path):
    """Three features and three classes: after the import the network has 3 in, 3 out."""
    from PySide6.QtWidgets import QMessageBox

    window = training_window(qtbot)
    path = tmp_path / "three.csv"
    rows = [f"{i % 3},{i % 5},{i % 7},{'abc'[i % 3]}" for i in range(30)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    record_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    patch_open_dialog(monkeypatch, path)
    action(window, "actionImportData").trigger()
    net = window.document.network
    assert (net.input_size, net.output_size) == (3, 3)
    assert window.training.problem() is None
