"""Stories of the computation panel: the seeds' arithmetic, neuron by neuron."""

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

import simulator as sim
from ui.document import Document
from ui.panels.computation import ComputationPanel
from ui.panels.numbers import fmt

A1 = [0.3, 0.7, 1.1]
Z1 = [0.57444252, 0.66818777, 0.75026011]
Z2 = [0.62624937, 0.7710107]
Y = [0.31682708, 0.69627909]


@pytest.fixture
def panel(qtbot, doc):
    widget = ComputationPanel(doc)
    qtbot.addWidget(widget)
    return widget


def test_hint_before_the_first_step(panel):
    """Before any step the student would see an empty panel instead of what to press."""
    assert "Press →" in panel.text()
    assert "x = [1.0, 0.5]" in panel.text()


def test_each_forward_step_shows_the_seeds_numbers(panel, doc):
    """The numbers the seeds print (A1, Z1, Z2, the output) would be missing or wrong."""
    expected = [(a, z) for a, z in zip(A1, Z1)]
    for a, z in expected:
        doc.step_forward()
        assert f"= {fmt(a)}\n" in panel.text()
        assert f"z = sigmoid({fmt(a)}) = {fmt(z)}" in panel.text()
    assert "Z1 = [0.57444252, 0.66818777, 0.75026011]" in panel.text()
    doc.step_forward()
    assert "a = 0.57444252×0.1 + 0.66818777×0.2 + 0.75026011×0.3 + 0.1 = " in panel.text()
    doc.step_forward()
    assert "Z2 = [0.62624937, 0.7710107]" in panel.text()
    for y in Y:
        doc.step_forward()
        assert f"z = identity({y}) = {y}" in panel.text()
    assert "Z3 = [0.31682708, 0.69627909]" in panel.text()


def test_first_neuron_written_out_in_full(panel, doc):
    """The seeds' a = x1·w11 + x2·w21 + b1 would not be readable term by term."""
    doc.step_forward()
    assert "a = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in panel.text()
    assert "z = sigmoid(0.3) = 0.57444252" in panel.text()


def test_step_back_restores_the_previous_neuron(panel, doc):
    """Stepping back would leave the later neuron's numbers on screen."""
    doc.step_forward()
    first = panel.text()
    doc.step_forward()
    assert panel.text() != first
    doc.step_back()
    assert panel.text() == first


def test_editing_a_weight_mid_pass_updates_the_text(panel, doc):
    """After changing a weight the panel would show stale numbers."""
    doc.step_forward()
    doc.set_weight(0, 0, 0, 0.2, merge=False)
    assert "a = 1.0×0.2 + 0.5×0.2 + 0.1 = 0.4" in panel.text()
    doc.undo_stack.undo()
    assert "a = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in panel.text()


def test_matrix_form_shows_arrays_and_shapes(panel, doc):
    """The seeds' A1 = np.dot(X, W1) + B1 with its shapes would not be shown."""
    doc.step_forward()
    panel.matrix_box.setChecked(True)
    text = panel.text()
    assert "A1 = np.dot(X, W1) + B1" in text
    assert "(2,) · (2, 3) + (3,) = (3,)" in text
    assert "A1 = [0.3, 0.7, 1.1]" in text
    assert "Z1 = sigmoid(A1) = [0.57444252, 0.66818777, 0.75026011]" in text
    doc.finish_layer()
    doc.step_forward()
    assert "(3,) · (3, 2) + (2,) = (2,)" in panel.text()


def test_backward_pass_shows_deltas_and_gradients_of_the_model(panel, doc):
    """δ or ∂E/∂w on screen would differ from the model's loss_and_gradients."""
    net = doc.network
    _, grads = net.loss_and_gradients(doc.input, doc.target, "mse")
    caches = net.forward_cache(doc.input[None, :])
    deltas, _ = net.backward(caches, doc.target[None, :], "mse")
    doc.finish_pass()
    while doc.step_backward():
        rec = doc.cursor.current()
        text = panel.text()
        assert f"= {fmt(deltas[rec.layer][0, rec.neuron])}\n" in text
        for i, dw in enumerate(grads[rec.layer].dW[:, rec.neuron], start=1):
            assert f"∂E/∂w{i} = x{i}·δ = " in text and f"= {fmt(dw)}\n" in text
        assert f"∂E/∂b = δ = {fmt(grads[rec.layer].db[rec.neuron])}" in text


def test_output_delta_uses_y_minus_t(panel, doc):
    """The output layer's ∂E/∂z = y − t would not be spelled out with the numbers."""
    doc.finish_pass()
    doc.step_backward()
    assert "∂E/∂z = y − t = 0.31682708 − 0.0 = 0.31682708" in panel.text()
    assert "δ = ∂E/∂z · h'(a) = 0.31682708×1.0 = 0.31682708" in panel.text()


def test_loss_shown_once_the_output_is_known(panel, doc):
    """With a target the student would not see the loss E the backward pass lowers."""
    assert "E = " not in panel.text()
    doc.finish_pass()
    loss = doc.current_loss()
    assert f"= {fmt(loss)}" in panel.text()
    assert "E = ½·Σ(y − t)²" in panel.text()


def test_softmax_neuron_shows_exponentials_sum_and_share(qtbot):
    """Softmax steps would hide the exponentials, their sum and the stable form."""
    doc = Document()
    net = sim.Network.from_arrays([[[0.3, 2.9, 4.0]]], [[0.0, 0.0, 0.0]], ["softmax"])
    doc.set_network(net)
    doc.set_input_size(1)
    doc.set_input_value(0, 1.0)
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.step_forward()
    text = panel.text()
    assert "max(a) = 4.0" in text
    assert "Σ e^(a − max) = " in text
    assert "= 0.01821127" in text  # seed 002's softmax of [0.3, 2.9, 4.0]
    assert "e^a / Σ e^a = 1.34985881 / 74.12215421 = 0.01821127" in text


def test_big_fan_in_is_shortened(qtbot):
    """A 784-input neuron would print 784 products and bury the result."""
    doc = Document()
    doc.set_network(sim.Network.create(784, [4], ["relu"], seed=0))
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.step_forward()
    line = next(t for t in panel.text().splitlines() if t.startswith("a = "))
    assert "… (n = 784)" in line and line.count("×") == 4


def test_copy_puts_the_plain_text_on_the_clipboard(panel, doc, qtbot):
    """The Copy button would not let a teacher paste the computation into notes."""
    doc.step_forward()
    panel.copy_button.click()
    assert QApplication.clipboard().text() == panel.text()
    assert "0.57444252" in QApplication.clipboard().text()


def test_numbers_are_formatted_like_numpy():
    """Numbers would be printed with float noise (0.30000000000000004) or lose digits."""
    assert fmt(0.1 + 0.2) == "0.3"
    assert fmt(0.7710107) == "0.7710107"
    assert fmt(1.0) == "1.0"
    assert fmt(-0.0) == "0.0"
    assert fmt(2.06106005e-09) == "2.06106005e-09"
    assert np.isclose(float(fmt(0.5744425168116589)), 0.57444252)


def test_the_result_comes_first_and_the_title_sits_in_the_header(panel, doc):
    """The student would have to read past explanations to find a, z or δ."""
    doc.step_forward()
    lines = panel.text().splitlines()
    assert lines[1].startswith("a = ") and lines[2].startswith("z = ")
    assert panel.heading.text() == lines[0]
    doc.finish_pass()
    doc.step_backward()
    assert panel.text().splitlines()[1].startswith("δ = ")


def _visible(browser, fragment: str) -> bool:
    found = browser.document().find(fragment)
    assert not found.isNull(), fragment
    rect = browser.cursorRect(found)
    return rect.top() >= 0 and rect.bottom() <= browser.viewport().height()


def test_every_number_of_a_backward_step_fits_at_1280_by_720(qtbot):
    """At 1280×720 δ, ∂E/∂w, ∂E/∂b or the loss would be below the fold."""
    from ui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    doc = win.document
    doc.load_preset("book-3-layer")
    panel = win.findChild(ComputationPanel, "computationPanel")
    doc.finish_pass()
    while doc.step_backward():
        QApplication.processEvents()
        rec = doc.cursor.current()
        browser = panel.browser
        assert _visible(browser, f"= {fmt(rec.delta)}")
        for i in range(1, rec.inputs.size + 1):
            assert _visible(browser, f"∂E/∂w{i} = ")
        assert _visible(browser, "∂E/∂b = δ = ")
        assert _visible(browser, f"= {fmt(doc.current_loss())}")
