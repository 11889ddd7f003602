"""A .neurostep file keeps the data set, your own points and the training settings."""

from __future__ import annotations

import json

import numpy as np
from training_helpers import show_dock, training_window
from window_helpers import action, patch_open_dialog, patch_save_dialog, record_boxes

import simulator as sim


def test_data_and_settings_are_saved_and_restored_on_open(qtbot, monkeypatch, tmp_path):
    """Save spiral with x1², Momentum, batch 20, L2 and a drawn point: Open brings all back."""
    window = training_window(qtbot)
    training = window.training
    training.set_dataset("spiral", n=150, noise=0.1, seed=4)
    training.set_features(["x1", "x2", "x1^2"])
    training.optimizer = "momentum"
    training.batch_size = 20
    training.l2 = 0.001
    training.stop_epochs = 50
    training.learning_rate = 0.05
    from ui.training import points

    points.add_point(training, [0.9, 0.9], 1)
    saved = training.dataset
    path = tmp_path / "spiral.neurostep"
    patch_save_dialog(monkeypatch, path)
    action(window, "actionSave").trigger()
    text = json.loads(path.read_text(encoding="utf-8"))
    assert text["dataset"]["name"] == "own" and text["training"]["optimizer"] == "momentum"

    other = training_window(qtbot)
    patch_open_dialog(monkeypatch, path)
    action(other, "actionOpen").trigger()
    t = other.training
    assert (t.optimizer, t.batch_size, t.l2, t.stop_epochs) == ("momentum", 20, 0.001, 50)
    assert t.learning_rate == 0.05 and t.features == ("x1", "x2", "x1^2")
    assert t.choice.name == sim.OWN_DATA and len(t.dataset) == 151
    assert np.array_equal(t.dataset.X, saved.X) and np.array_equal(t.dataset.T, saved.T)
    assert other.document.network.input_size == 3 and t.problem() is None
    panel = show_dock(other, "dockTraining").widget()
    assert panel.optimizer.currentData() == "momentum" and panel.batch.value() == 20
    data = show_dock(other, "dockData").widget()
    assert data.feature_buttons["x1^2"].isChecked()


def test_a_file_from_before_training_opens_with_the_defaults(qtbot, tmp_path):
    """An old file with no training parts opens; training uses its defaults."""
    path = tmp_path / "old.neurostep"
    sim.save_network(sim.Network.create(2, [3, 1], "sigmoid"), path)
    text = json.loads(path.read_text(encoding="utf-8"))
    for key in ("data", "dataset", "training"):
        text.pop(key, None)
    path.write_text(json.dumps(text), encoding="utf-8")
    window = training_window(qtbot)
    window.document.open(path)
    t = window.training
    assert t.choice.name == "circle" and t.optimizer == "adam" and t.epoch == 0


def test_a_file_with_an_unknown_optimizer_is_refused_in_chinese_too(qtbot, monkeypatch, tmp_path):
    """A bad training setting is named, and the document shown stays as it was."""
    path = tmp_path / "bad.neurostep"
    sim.save_network(sim.Network.create(2, [1]), path, training={"optimizer": "adam"})
    text = json.loads(path.read_text(encoding="utf-8"))
    text["training"]["optimizer"] = "rmsprop"
    path.write_text(json.dumps(text), encoding="utf-8")
    window = training_window(qtbot)
    window.set_language("zh")
    shown = record_boxes(monkeypatch)
    patch_open_dialog(monkeypatch, path)
    action(window, "actionOpen").trigger()
    assert "设置“optimizer”" in shown[-1][2] and "rmsprop" in shown[-1][2]
    assert window.document.path is None
