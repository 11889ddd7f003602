"""Stories of the step actions: keys, buttons, auto-play and Apply update."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGraphicsView,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.document import Document
from ui.window.step_actions import StepActions

NAMES = [
    "actionStepForward",
    "actionStepBack",
    "actionFinishLayer",
    "actionFinishPass",
    "actionResetPass",
    "actionPlayPause",
    "actionStepBackward",
    "actionApplyUpdate",
]


@pytest.fixture
def window(qtbot):
    """A window with a canvas-like view and a spin box, the step actions on it."""
    win = QMainWindow()
    win.document = Document(win)
    win.document.load_preset("book-3-layer")
    central = QWidget(win)
    layout = QVBoxLayout(central)
    win.view = QGraphicsView(central)
    win.spin = QSpinBox(central)
    layout.addWidget(win.view)
    layout.addWidget(win.spin)
    win.setCentralWidget(central)
    win.steps = StepActions(win.document, win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def act(win, name):
    return win.steps.action(name)


def test_actions_have_their_names_shortcuts_and_tips(window):
    """Menus, toolbars and outside scripts would not find the actions by name."""
    listed = [a.objectName() for a in window.steps.actions() if a is not None]
    assert listed == NAMES
    assert act(window, "actionStepForward").shortcut().toString() == "Right"
    assert act(window, "actionPlayPause").isCheckable()
    assert "(Right)" in act(window, "actionStepForward").toolTip()
    assert act(window, "actionResetPass").statusTip().endswith("(Home)")


def test_enabled_state_follows_the_pass(window):
    """Step back would be clickable at the start, or Step at the end."""
    doc = window.document
    assert not act(window, "actionStepBack").isEnabled()
    assert not act(window, "actionResetPass").isEnabled()
    assert act(window, "actionStepForward").isEnabled()
    doc.finish_pass()
    assert act(window, "actionStepBack").isEnabled()
    assert act(window, "actionStepBackward").isEnabled()
    doc.finish_pass()
    assert not act(window, "actionStepForward").isEnabled()
    assert not act(window, "actionStepBackward").isEnabled()


def test_backward_actions_need_a_target(window):
    """Backprop and Apply update would be offered with nothing to compare the output to."""
    window.document.set_target(None)
    assert not act(window, "actionStepBackward").isEnabled()
    assert not act(window, "actionApplyUpdate").isEnabled()
    window.document.set_target([0.0, 1.0])
    assert act(window, "actionApplyUpdate").isEnabled()


def test_arrow_keys_step_when_the_canvas_has_focus(window, qtbot):
    """Right and Left on the canvas would scroll it instead of stepping."""
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.document.cursor.forward_done == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.document.cursor.forward_done == 1
    qtbot.keyClick(window.view, Qt.Key.Key_End)
    assert window.document.cursor.forward_finished
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    assert window.document.cursor.forward_done == 0


def test_spin_box_keeps_its_arrow_keys(window, qtbot):
    """Moving the text cursor in a spin box would step the pass instead."""
    window.spin.setFocus()
    qtbot.waitUntil(window.spin.hasFocus)
    qtbot.keyClick(window.spin, Qt.Key.Key_Right)
    qtbot.keyClick(window.spin, Qt.Key.Key_Home)
    assert window.document.cursor.forward_done == 0


def test_finish_layer_then_backward_step(window):
    """Finish layer would not stop at the layer's end, or Backprop not start at the output."""
    act(window, "actionFinishLayer").trigger()
    assert window.document.cursor.forward_done == 3
    act(window, "actionStepBackward").trigger()  # finishes forward, then the first δ
    cursor = window.document.cursor
    assert cursor.forward_finished and cursor.backward_done == 1
    assert (cursor.current().layer, cursor.current().neuron) == (2, 0)


def test_play_advances_and_stops_at_the_end(window, qtbot):
    """Auto-play would not step on its own, or would run past the end."""
    steps = window.steps
    steps.speed = 10
    play = act(window, "actionPlayPause")
    play.setChecked(True)
    assert steps.playing
    qtbot.waitUntil(lambda: window.document.cursor.forward_done >= 2, timeout=3000)
    total = len(window.document.cursor.forward) + len(window.document.cursor.backward)
    window.document.finish_pass()  # the rest of the forward pass
    window.document.step_forward()
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)
    cursor = window.document.cursor
    assert cursor.forward_done + cursor.backward_done == total
    assert not steps.playing


def test_speed_is_clamped_and_has_a_widget(window):
    """A speed of 0 or 1000 steps/s would freeze or blur the class's view."""
    steps = window.steps
    widget = steps.speed_widget()
    box = widget.findChild(QDoubleSpinBox, "speedSpinBox")
    steps.speed = 100
    assert steps.speed == 10
    steps.speed = 0
    assert steps.speed == 0.5
    box.setValue(4)
    assert steps.speed == 4


def test_apply_update_lowers_the_loss_and_undoes(window):
    """Apply update would not lower the loss, or Undo would not bring the weights back."""
    doc = window.document
    before = doc.current_loss()
    w_before = doc.network.layers[0].W.copy()
    rate = window.steps.learning_rate_widget()
    rate.findChild(QDoubleSpinBox, "learningRateSpinBox").setValue(0.5)
    assert doc.learning_rate == 0.5
    act(window, "actionApplyUpdate").trigger()
    assert doc.current_loss() < before
    doc.undo_stack.undo()
    assert doc.current_loss() == before
    assert (w_before == doc.network.layers[0].W).all()


def test_diverging_update_shows_a_message_and_keeps_the_weights(window, monkeypatch):
    """With an absurd learning rate, Update explains itself instead of wrecking the network."""
    shown = []
    monkeypatch.setattr(
        "ui.window.step_actions.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    window.document.learning_rate = 1e308
    before = [layer.W.copy() for layer in window.document.network.layers]
    window.steps.action("actionApplyUpdate").trigger()
    assert shown and "learning rate" in shown[0]
    assert all((a == layer.W).all() for a, layer in zip(before, window.document.network.layers))
