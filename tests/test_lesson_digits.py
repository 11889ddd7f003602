"""Lesson 8 as a teacher runs it: the digits, softmax over ten classes, the pad, its bars
and the feature maps."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from window_helpers import action, make_window

from ui.lessons.lesson8 import SEVEN, SEVEN_ROW, least_sure_row


@pytest.fixture
def window(qtbot):
    return make_window(qtbot, (1280, 720))


def next_step(window, qtbot):
    qtbot.mouseClick(window.lessons.panel.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.is_running, timeout=30_000)


def readout(window) -> str:
    return window.lessons.panel.readout.text()


def in_front(window, dock: str) -> bool:
    return not window.docks[dock].visibleRegion().isEmpty()


def bars(window):
    return window.docks["dockDigits"].widget().bars


def test_lesson_8_softmax_over_ten_digits_learns_and_shows_a_hidden_neuron(window, qtbot):
    """The ten outputs would not be probabilities, δ would not be y − t, training would not
    learn the digits, or the steps would show another image or neuron than they say."""
    doc = window.document
    action(window, "actionLesson8").trigger()
    y = doc.output()
    assert doc.network.sizes == [64, 32, 10] and doc.example_row == 0
    assert y.shape == (10,) and y.sum() == pytest.approx(1.0) and (abs(y - 0.1) < 0.1).all()
    assert "Image 1, a 0" in readout(window)
    assert in_front(window, "dockDigits")  # the pad shows the 0, the bars its ten y
    np.testing.assert_allclose(bars(window).values(), y)
    assert bars(window).target_class() == 0

    next_step(window, qtbot)  # cross-entropy: E = −log y of the 0, δ = y − t
    delta = doc.cursor.deltas(1)
    np.testing.assert_allclose(delta, y - doc.target, atol=1e-12)
    assert doc.current_loss() == pytest.approx(-np.log(y[0]))
    assert "δ of 0 = " in readout(window)

    next_step(window, qtbot)  # ten epochs with Adam
    training = window.training
    assert training.epoch == 10 and training.optimizer == "adam"
    assert training.history.last("test_accuracy") > 0.9
    assert in_front(window, "dockLoss") and in_front(window, "dockConfusion")

    next_step(window, qtbot)  # the first image, a 0, read as a 0
    assert doc.example_row == 0 and doc.cursor.forward_finished
    assert np.argmax(doc.output()) == 0 and doc.output()[0] > 0.9
    assert "answer <b>0</b> ✓" in readout(window)
    assert in_front(window, "dockDigits") and bars(window).predicted() == 0

    next_step(window, qtbot)  # the image it is least sure of
    outputs = doc.example_outputs()
    row = least_sure_row(outputs)
    assert doc.example_row == row and outputs[row].max() == outputs.max(axis=1).min()
    right = np.argmax(outputs[row]) == np.argmax(doc.example_targets[row])
    assert ("✓" if right else "✗") in readout(window)

    next_step(window, qtbot)  # the most active hidden neuron for this image
    layer = doc.network.layers[0]
    a = doc.input @ layer.W + layer.b
    assert doc.selection.kind == "neuron" and doc.selection.column == 1
    assert doc.selection.index == int(np.argmax(a))
    assert f"Hidden neuron {doc.selection.index + 1}: " in readout(window)
    features = window.docks["dockFeatures"].widget()
    assert in_front(window, "dockFeatures") and features.tiles.mode == "weights"

    next_step(window, qtbot)  # a 7 drawn by hand on the pad, the maps weights × pixels
    pad = window.docks["dockDigits"].widget().pad
    np.testing.assert_array_equal(pad.pixels(), SEVEN)
    assert doc.example_row == SEVEN_ROW and features.tiles.mode == "inputs"
    assert in_front(window, "dockDigits") and in_front(window, "dockFeatures")
    said = bars(window).predicted()
    assert said == int(np.argmax(doc.output())) and f"says <b>{said}</b>" in readout(window)
    assert not window.lessons.panel.next.isEnabled()
    qtbot.mouseClick(window.lessons.panel.back, Qt.MouseButton.LeftButton)
    assert features.tiles.mode == "weights" and doc.example_row == row  # as it was
