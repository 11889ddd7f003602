"""Training stories in the window: pick data, press Train, watch it learn, undo the run."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from training_helpers import last, show_dock, training_window, use_network, wait_until_paused
from window_helpers import action, same_network


def test_xor_with_adam_learns_to_95_percent(qtbot):
    """Pick xor, choose Adam, press Ctrl+T: the test accuracy climbs past 95 %."""
    window = training_window(qtbot)
    training = window.training
    training.set_dataset("xor", n=200, noise=0.1)
    panel = show_dock(window, "dockTraining").widget()
    combo = panel.optimizer
    combo.setCurrentIndex(combo.findData("sgd"))
    combo.activated.emit(combo.findData("sgd"))
    combo.activated.emit(combo.findData("adam"))
    assert training.optimizer == "adam"
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert training.is_running
    assert action(window, "actionTrain").text() == "&Pause"
    qtbot.waitUntil(lambda: (last(training.history.test_accuracy) or 0) >= 0.95, timeout=60_000)
    training.pause()
    assert not training.is_running and training.epoch == len(training.history.train_loss)
    panel = show_dock(window, "dockTraining").widget()  # Train brought the loss chart forward
    shown = panel.figures["epoch"].text()
    assert "Epoch" in shown and str(training.epoch) in shown


def test_spiral_with_two_hidden_layers_of_8_tanh_reaches_90_percent(qtbot):
    """A 2-8-8-2 tanh network learns the spiral: test accuracy 0.9 or better."""
    window = training_window(qtbot)
    training = window.training
    use_network(window, 2, [8, 8, 2], ["tanh", "tanh", "softmax"])
    window.document.set_loss("auto")
    training.set_dataset("spiral", n=200, noise=0.0)
    training.optimizer = "adam"
    training.learning_rate = 0.03
    training.start()
    qtbot.waitUntil(lambda: (last(training.history.test_accuracy) or 0) >= 0.9, timeout=120_000)
    training.pause()
    assert training.problem() is None


def test_undo_after_a_run_gives_back_the_weights_from_before_it(qtbot):
    """Train, pause, Ctrl+Z: the weights, the epoch and the chart are as before the run."""
    window = training_window(qtbot)
    training = window.training
    before = window.document.network.copy()
    training.start()
    qtbot.waitUntil(lambda: training.epoch >= 3, timeout=30_000)
    training.pause()
    epochs = training.epoch
    stack = window.document.undo_stack
    assert stack.undoText() == f"Train {epochs} epochs"
    assert not same_network(window.document.network, before)
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert same_network(window.document.network, before)
    assert training.epoch == 0 and len(training.history.train_loss) == 0
    stack.redo()
    assert training.epoch == epochs


def test_pausing_leaves_the_trained_weights_for_stepping(qtbot):
    """Pause, then step: the forward pass uses the trained weights, not older ones."""
    window = training_window(qtbot)
    training = window.training
    training.start()
    qtbot.waitUntil(lambda: training.epoch >= 2, timeout=30_000)
    training.pause()
    assert same_network(window.document.network, training.network)
    window.document.finish_pass()
    doc = window.document
    expected = doc.network.forward(doc.input)
    assert np.allclose(doc.cursor.outputs(len(doc.network.layers) - 1), expected)


def test_editing_the_network_while_training_pauses_first(qtbot):
    """Adding a layer mid-run records the run, then the edit: two undo steps, weights kept."""
    window = training_window(qtbot)
    training = window.training
    training.start()
    qtbot.waitUntil(lambda: training.epoch >= 2, timeout=30_000)
    window.add_layer()
    assert not training.is_running
    stack = window.document.undo_stack
    assert stack.text(stack.count() - 2).startswith("Train")
    assert stack.undoText() == "Add layer"


def test_a_diverging_learning_rate_pauses_with_the_weights_intact(qtbot):
    """η far too large: training stops with a message, the weights finite; a lower η goes on."""
    window = training_window(qtbot)
    training = window.training
    use_network(window, 2, [1], ["identity"])
    training.set_dataset("plane", n=100)
    training.optimizer = "sgd"
    training.learning_rate = 1e6
    panel = show_dock(window, "dockTraining").widget()
    training.start()
    wait_until_paused(qtbot, training)
    net = window.document.network
    assert all(np.isfinite(p).all() for p in net.parameters())
    assert panel.message.isVisible() and "η = 1e+06" in panel.message.text()
    assert training.epoch == 0  # back before the first epoch, when it went wrong
    training.learning_rate = 0.05
    epoch = training.epoch
    assert training.start()
    qtbot.waitUntil(lambda: training.epoch >= epoch + 5, timeout=30_000)
    training.pause()
    assert not panel.message.isVisible()
    assert last(training.history.train_loss) < 0.05


def test_reset_gives_the_same_weights_and_new_seed_other_ones(qtbot):
    """Reset twice: the same starting weights; New seed: different ones; each undoable."""
    window = training_window(qtbot)
    training = window.training
    action(window, "actionResetWeights").trigger()
    first = window.document.network.copy()
    action(window, "actionTrainStep").trigger()
    assert training.epoch == 1
    action(window, "actionResetWeights").trigger()
    assert same_network(window.document.network, first) and training.epoch == 0
    action(window, "actionNewSeed").trigger()
    assert not same_network(window.document.network, first)
    window.document.undo()
    assert same_network(window.document.network, first)


def test_stop_after_n_epochs(qtbot):
    """With "stop after 5 epochs" a run pauses by itself at 5 and says so."""
    window = training_window(qtbot)
    training = window.training
    training.stop_epochs = 5
    training.start()
    wait_until_paused(qtbot, training)
    assert training.epoch == 5
    panel = show_dock(window, "dockTraining").widget()
    assert "5 epochs" in panel.message.text()


def test_a_data_set_that_does_not_fit_offers_to_fit_the_network(qtbot, monkeypatch):
    """Choosing blobs (3 classes) on a 1-output network offers to fit it: 3 softmax outputs."""
    from PySide6.QtWidgets import QMessageBox

    window = training_window(qtbot)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes),
    )
    panel = show_dock(window, "dockData").widget()
    index = panel.dataset.findData("blobs")
    panel.dataset.setCurrentIndex(index)
    panel.dataset.activated.emit(index)
    assert asked and window.training.choice.name == "blobs"
    net = window.document.network
    assert net.output_size == 3 and net.layers[-1].activation == "softmax"
    assert window.document.loss_name == "cross_entropy"
    assert window.training.problem() is None
    window.document.undo()
    assert window.document.network.output_size == 1
    assert window.training.problem() is not None and panel.fit.isVisibleTo(panel)
