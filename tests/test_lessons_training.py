"""Lessons 3, 6 and 7 as a teacher runs them: nonlinearity, vanishing gradients, dying ReLU."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from window_helpers import action, make_window

import simulator as sim
from ui.lessons.catalogue import LESSONS
from ui.panels.inspector.example import ExamplePage
from ui.text import examples, notation


@pytest.fixture
def window(qtbot):
    return make_window(qtbot, (1280, 720))


def start(window, qtbot, number):
    action(window, f"actionLesson{number}").trigger()
    finish_training(window, qtbot)


def next_step(window, qtbot):
    qtbot.mouseClick(window.lessons.panel.next, Qt.MouseButton.LeftButton)
    finish_training(window, qtbot)


def finish_training(window, qtbot):
    qtbot.waitUntil(lambda: not window.training.is_running, timeout=30_000)


def readout(window) -> str:
    return window.lessons.panel.readout.text()


def inspector_text(window) -> str:
    page = window.findChild(ExamplePage)
    return page.heading.text() + "\n" + page.description.text()


def in_front(window, dock: str) -> bool:
    """Whether a dock is on screen (a tab behind another still reports isVisible)."""
    return not window.docks[dock].visibleRegion().isEmpty()


def test_lesson_3_collapses_seed_004s_network_into_collapse_linears_neuron(window, qtbot):
    """The one neuron shown would not be the network's collapse, or the table's y would change."""
    start(window, qtbot, 3)
    doc = window.document
    seed_004 = sim.load_preset("nonlinearity-2-2-1").network
    before = doc.example_outputs().copy()
    assert doc.example_inputs.shape == (4, 2)
    next_step(window, qtbot)
    W, b = sim.collapse_linear(seed_004)
    assert doc.network.sizes == [2, 1]
    np.testing.assert_array_equal(doc.network.layers[0].W, W)
    np.testing.assert_array_equal(doc.network.layers[0].b, b)
    np.testing.assert_allclose(doc.example_outputs(), before)
    assert "OUT = −0.5·x1 − 2·x2 + 2" in inspector_text(window)
    assert "One linear neuron" in inspector_text(window)
    assert "w = (−0.5, −2), b = 2" in readout(window)


def test_lesson_3s_c_is_set_in_the_panel_and_the_output_is_c_cubed_x(window, qtbot):
    """Typing a c would not reach the three layers, or the numbers shown would not follow."""
    start(window, qtbot, 3)
    next_step(window, qtbot)
    next_step(window, qtbot)
    doc, knob = window.document, window.lessons.panel.knob
    assert knob.isVisible() and knob.value() == 2.0
    assert doc.output()[0] == 12.0 and "<b>12</b>" in readout(window)
    knob.lineEdit().selectAll()
    qtbot.keyClicks(knob.lineEdit(), "3")
    qtbot.keyClick(knob.lineEdit(), Qt.Key.Key_Return)
    assert [layer.W[0, 0] for layer in doc.network.layers] == [3.0, 3.0, 3.0]
    assert doc.output()[0] == pytest.approx(27 * 1.5)
    assert "27 × 1.5 = <b>40.5</b>" in readout(window)
    assert doc.undo_stack.undoText() == "Change c"
    doc.undo_stack.undo()  # one undo step puts c back
    assert knob.value() == 2.0 and doc.output()[0] == 12.0


def test_lesson_3_a_line_fails_the_circle_and_a_tanh_layer_fits_it(window, qtbot):
    """The decision view would not be shown, or the linear and the tanh networks would fit
    the circle equally."""
    start(window, qtbot, 3)
    for _ in range(3):
        next_step(window, qtbot)
    training = window.training
    assert training.choice.name == "circle" and training.epoch == 20
    assert in_front(window, "dockDecision")
    assert training.history.last("test_accuracy") < 0.7
    next_step(window, qtbot)
    assert training.epoch == 40  # counted afresh for the new network
    assert training.history.last("test_accuracy") >= 0.9
    assert window.document.network.layers[0].activation == "tanh"
    assert "equals one linear layer" not in inspector_text(window)
    assert "test points right" in readout(window)


def test_lesson_6_shows_gradients_vanishing_with_sigmoid_and_not_with_relu(window, qtbot):
    """The gradient panel would not show δ on powers of ten, or the history would not fill
    with seven lines apart for sigmoid and together for ReLU."""
    start(window, qtbot, 6)
    grads = window.docks["dockGradients"].widget()
    assert in_front(window, "dockGradients")
    assert grads.shown_chart() == "delta" and grads.log_scale()
    assert [label for _x, label in grads.axis_ticks(grads.delta_plot)] == list("1234567")
    cursor = window.document.cursor

    def ratio():
        top, bottom = (np.nanmax(np.abs(cursor.deltas(k))) for k in (6, 0))
        return top / bottom

    assert ratio() > 1000 and "times smaller" in readout(window)
    next_step(window, qtbot)
    next_step(window, qtbot)
    history = window.document.gradient_history
    assert len(history) == 10 and grads.shown_chart() == "history"
    assert len(grads.history_lines()) == 7
    assert history[-1][-1] / history[-1][0] > 1000
    next_step(window, qtbot)
    assert grads.shown_chart() == "delta" and ratio() < 10
    next_step(window, qtbot)
    history = window.document.gradient_history
    assert len(history) == 20
    assert all(0.1 < h[-1] / h[0] < 10 for h in history[10:])


def test_lesson_7_kills_relu_units_and_leaky_relu_keeps_them_alive(window, qtbot):
    """A dead unit would not be marked on the canvas, its bias would still move, or the
    Leaky ReLU layer would show dead units too."""
    start(window, qtbot, 7)
    canvas, doc = window.canvas, window.document
    assert canvas.columns[1].dead == frozenset()
    next_step(window, qtbot)  # bias −5
    qtbot.waitUntil(lambda: 0 in canvas.columns[1].dead)
    assert doc.network.layers[0].b[0] == -5.0  # ten epochs on: δ = 0, never moved
    assert "b = −5" in readout(window)
    next_step(window, qtbot)  # η = 1
    qtbot.waitUntil(lambda: len(canvas.columns[1].dead) >= 2)
    killed = set(canvas.columns[1].dead)
    next_step(window, qtbot)  # Leaky ReLU
    qtbot.waitUntil(lambda: canvas.columns[1].dead == frozenset())
    assert doc.network.layers[0].activation == "leaky_relu"
    assert doc.network.layers[0].leaky_slope == sim.LEAKY_SLOPE  # the default stays 0.01
    knob = window.lessons.panel.knob
    knob.lineEdit().selectAll()
    qtbot.keyClicks(knob.lineEdit(), "0.1")
    qtbot.keyClick(knob.lineEdit(), Qt.Key.Key_Return)
    assert doc.network.layers[0].leaky_slope == 0.1  # as the seeds plot it
    next_step(window, qtbot)  # ELU
    assert window.docks["dockActivation"].widget().compared() == ("relu", "leaky_relu", "prelu")
    next_step(window, qtbot)  # side by side
    assert not window.lessons.panel.next.isEnabled()
    qtbot.waitUntil(lambda: canvas.columns[1].dead != frozenset())
    assert canvas.columns[2].dead == frozenset()
    hidden = doc.network.forward_cache(window.training.train_set.X)[1]
    below = (hidden.a <= 0).all(axis=0)  # leaky units below 0 for every point, yet alive
    assert below.any() and (hidden.z[:, below] != 0).all()
    assert killed  # the too-large η had killed some


def test_the_inspector_names_only_the_example_the_network_still_is(window, qtbot):
    """After a lesson step changed the network, the Inspector would still call it by the
    example it was loaded from ("Perceptron: AND gate" for an OR gate)."""
    titles = {examples.preset_texts(name)[0]: name for name in sim.PRESETS}
    for number in sorted(LESSONS):
        start(window, qtbot, number)
        while True:
            name = titles.get(window.document.title)
            if name is not None:
                preset = sim.load_preset(name).network
                shown = window.document.network
                assert [x.activation for x in shown.layers] == [x.activation for x in preset.layers]
                if window.training.epoch == 0:
                    assert all(
                        np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)
                        for a, b in zip(shown.layers, preset.layers)
                    ), (number, window.lessons.runner.step)
            if not window.lessons.panel.next.isEnabled():
                break
            next_step(window, qtbot)
    action(window, "actionLesson1").trigger()
    next_step(window, qtbot)
    assert inspector_text(window).startswith("Perceptron: OR gate")
    assert window.windowTitle().startswith("Perceptron: OR gate")


def test_a_lessons_heading_is_undoable_and_in_the_letters_chosen(window, qtbot):
    """Undo would not give the example's title back, or the course's letters would not show."""
    notation.set_notation("course")
    start(window, qtbot, 3)
    next_step(window, qtbot)
    next_step(window, qtbot)
    assert inspector_text(window).startswith("g(x) = cx, three times")
    window.set_language("zh")
    assert inspector_text(window).startswith("g(x) = cx 叠三次")
    doc, stack = window.document, window.document.undo_stack
    assert "更改标题" in [stack.text(i) for i in range(stack.count())]  # "Change title"
    while doc.title != "Why activations must be nonlinear":
        assert stack.canUndo()
        stack.undo()
    assert doc.note is None  # the example's own note again
    assert "OUT = −0.5·x1 − 2·x2 + 2" in inspector_text(window)


def test_in_presentation_mode_a_lesson_keeps_the_docks_its_step_needs(window, qtbot):
    """In front of a class the gradient panel of lesson 6 would be hidden by F5."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start(window, qtbot, 6)
    window.presentation.action.setChecked(True)
    try:
        qtbot.waitUntil(lambda: in_front(window, "dockGradients"))
        next_step(window, qtbot)
        assert in_front(window, "dockGradients") and window.lessons.dock.isVisible()
    finally:
        window.presentation.action.setChecked(False)
