"""Stories of the computation panel: the seeds' arithmetic, neuron by neuron."""

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import make_window

import simulator as sim
from ui.document import Document
from ui.panels.computation import ComputationPanel
from ui.text.numbers import fmt

A1 = [0.3, 0.7, 1.1]
Z1 = [0.57444252, 0.66818777, 0.75026011]
Z2 = [0.62624937, 0.7710107]
Y = [0.31682708, 0.69627909]
SUB = " ₁₂₃₄₅₆₇₈₉"  # the book's indices, as Copy writes them: a⁽¹⁾₂
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"


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
    for j, (a, z) in enumerate(expected, start=1):
        doc.step_forward()
        assert f"= {fmt(a)}\n" in panel.text()
        assert f"z⁽¹⁾{SUB[j]} = sigmoid({fmt(a)}) = {fmt(z)}" in panel.text()
    assert "Z1 = [0.57444252, 0.66818777, 0.75026011]" in panel.text()
    doc.step_forward()
    assert "a⁽²⁾₁ = 0.57444252×0.1 + 0.66818777×0.2 + 0.75026011×0.3 + 0.1 = " in panel.text()
    doc.step_forward()
    assert "Z2 = [0.62624937, 0.7710107]" in panel.text()
    for j, y in enumerate(Y, start=1):
        doc.step_forward()
        assert f"z⁽³⁾{SUB[j]} = identity({y}) = {y}" in panel.text()
    assert "Z3 = [0.31682708, 0.69627909]" in panel.text()


def test_first_neuron_written_out_in_full(panel, doc):
    """The seeds' a = x1·w11 + x2·w21 + b1 would not be readable term by term."""
    doc.step_forward()
    assert "a⁽¹⁾₁ = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in panel.text()
    assert "z⁽¹⁾₁ = sigmoid(0.3) = 0.57444252" in panel.text()


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
    assert "a⁽¹⁾₁ = 1.0×0.2 + 0.5×0.2 + 0.1 = 0.4" in panel.text()
    doc.undo_stack.undo()
    assert "a⁽¹⁾₁ = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in panel.text()


def test_matrix_form_shows_arrays_and_shapes(panel, doc):
    """The seeds' A1 = np.dot(X, W1) + B1 with its shapes would not be shown."""
    doc.step_forward()
    panel.matrix_box.setChecked(True)
    text = panel.text()
    assert "A1 = np.dot(X, W1) + B1" in text
    assert "(2,) · (2, 3) + (3,) = (3,)" in text
    assert "A1 = [0.3, 0.7, 1.1]   (3,)" in text
    assert "W1 = [[0.1, 0.3, 0.5],\n      [0.2, 0.4, 0.6]]   (2, 3)" in text
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
        n, j = rec.layer + 1, SUB[rec.neuron + 1]
        assert f"δ⁽{SUP[n]}⁾{j} = " in text
        assert f"= {fmt(deltas[rec.layer][0, rec.neuron])}\n" in text
        # the book's names: w⁽²⁾₁₃ from z⁽¹⁾₃ into neuron 1 of layer 2 (x₃ only in layer 1)
        for i, dw in enumerate(grads[rec.layer].dW[:, rec.neuron], start=1):
            source = f"x{SUB[i]}" if n == 1 else f"z⁽{SUP[n - 1]}⁾{SUB[i]}"
            name = f"∂E/∂w⁽{SUP[n]}⁾{j}{SUB[i]} = {source}·δ = "
            assert name in text and f"= {fmt(dw)}\n" in text
        assert n == 1 or "x₁" not in text  # layer 2's inputs are not called x
        assert f"∂E/∂b⁽{SUP[n]}⁾{j} = δ = {fmt(grads[rec.layer].db[rec.neuron])}" in text


def test_output_delta_uses_y_minus_t(panel, doc):
    """The output layer's ∂E/∂z = y − t would not be spelled out with the numbers."""
    doc.finish_pass()
    doc.step_backward()
    assert "∂E/∂z = y₁ − t₁ = 0.31682708 − 0.0 = 0.31682708" in panel.text()
    assert "δ⁽³⁾₁ = ∂E/∂z · h'(a) = 0.31682708×1.0 = 0.31682708" in panel.text()


def test_loss_shown_once_the_output_is_known(panel, doc):
    """With a target the student would not see the loss E the backward pass lowers."""
    assert "E = " not in panel.text()
    doc.finish_pass()
    loss = doc.current_loss()
    assert f"= {fmt(loss)}" in panel.text()
    assert "E = ½·Σ(y − t)²" in panel.text()


def _softmax_doc():
    """Seed 002's softmax of a = [0.3, 2.9, 4.0]: one input 1.0, the a's as weights."""
    doc = Document()
    net = sim.Network.from_arrays([[[0.3, 2.9, 4.0]]], [[0.0, 0.0, 0.0]], ["softmax"])
    doc.set_network(net)
    doc.set_input_size(1)
    doc.set_input_value(0, 1.0)
    doc.set_target(np.array([0.0, 1.0, 0.0]))
    return doc


def test_softmax_neuron_shows_exponentials_sum_and_share(qtbot):
    """Softmax steps would hide seed 002's e^a, their sum, the stable form or y."""
    doc = _softmax_doc()
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.step_forward()
    text = panel.text()
    assert "e^(a − max(a)) = e^(a − 4.0) = [0.02472353, 0.33287108, 1.0]" in text
    assert "Σ e^(a − max(a)) = 1.35759461" in text
    assert "e^a = [1.34985881, 18.17414537, 54.59815003]" in text  # the seed's prints
    assert "Σ e^a = 74.1221542101633" in text
    assert "e^a / Σ e^a = 1.34985881 / 74.1221542101633 = 0.01821127" in text
    doc.finish_layer()  # the layer's last neuron: y is the whole layer's share
    assert "Z1 = [0.01821127, 0.24519181, 0.73659691]" in panel.text()


def test_softmax_overflow_is_shown_as_the_seed_shows_it(qtbot):
    """Seed 002's a = [1010, 1000, 990] would print inf numbers instead of the overflow."""
    doc = Document()
    doc.set_network(sim.Network.from_arrays([[[1010.0, 1000.0, 990.0]]], [[0.0] * 3], ["softmax"]))
    doc.set_input_size(1)
    doc.set_input_value(0, 1.0)
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.step_forward()
    assert "inf / inf = nan (overflow)" in panel.text()
    assert "e^(a − 1010.0) = [1.0, 4.53999298e-05, 2.06115362e-09]" in panel.text()


def test_softmax_backward_plugs_the_whole_layer_into_delta(qtbot):
    """A softmax δ would be shown as a bare number, not z·(∂E/∂z − Σ z_k·∂E/∂z_k)."""
    doc = _softmax_doc()
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.finish_pass()
    doc.step_backward()
    rec, recs = doc.cursor.current(), doc.cursor.backward
    z = np.array([r.z for r in recs])
    g = np.array([r.grad_z for r in recs])
    mixed = float(z @ g)
    assert np.isclose(rec.z * (rec.grad_z - mixed), rec.delta)
    text = panel.text()
    assert "δ = z·(∂E/∂z − Σₖ zₖ·∂E/∂zₖ)\n" in text
    assert f"δ⁽¹⁾₁ = {fmt(rec.z)}×({fmt(rec.grad_z)} − {fmt(mixed)}) = {fmt(rec.delta)}" in text
    assert f"Σₖ zₖ·∂E/∂zₖ = {fmt(z[0])}×{fmt(g[0])} + " in text
    assert "h'(a)" not in text


def test_softmax_with_cross_entropy_also_shows_y_minus_t(qtbot):
    """With cross-entropy the student would not see that δ = y − t for softmax."""
    doc = Document()
    doc.load_preset("softmax-classifier")
    assert doc.loss_name == "cross_entropy"
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.finish_pass()
    doc.step_backward()
    rec = doc.cursor.current()
    t = fmt(doc.target[rec.neuron])
    # with its left-hand side: the line names what it computes
    assert f"\nδ⁽²⁾₁ = y₁ − t₁ = {fmt(rec.z)} − {t} = {fmt(rec.delta)}" in panel.text()


def test_matrix_form_of_a_softmax_backward_step_uses_the_jacobian(qtbot):
    """Matrix form would claim δ = ∂E/∂Z ⊙ h'(A) while its numbers come from the Jacobian."""
    doc = _softmax_doc()
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    panel.matrix_box.setChecked(True)
    doc.finish_pass()
    doc.step_backward()
    text = panel.text()
    assert "h'(A1)" not in text
    deltas = sorted(doc.cursor.backward, key=lambda r: r.neuron)
    assert "δ1 = Z1 ⊙ (∂E/∂Z1 − (∂E/∂Z1·Z1))" in text
    assert f"δ1 = [{', '.join(fmt(r.delta) for r in deltas)}]   (3,)" in text


def test_big_fan_in_shows_the_largest_terms_and_adds_up(qtbot):
    """A digit's 64 inputs would show four 0.0×w terms that tell nothing, or not add up."""
    doc = Document()
    doc.load_preset("digits")
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.step_forward()
    rec = doc.cursor.current()
    line = next(t for t in panel.text().splitlines() if t.startswith("a⁽¹⁾₁ = "))
    products = rec.inputs * rec.weights
    largest = np.sort(np.argsort(-np.abs(products))[:4])
    assert line.count("×") == 4 and "0.0×" not in line
    for i in largest:
        assert f"{fmt(rec.inputs[i])}×" in line and fmt(abs(rec.weights[i])) in line
    rest = products.sum() - products[largest].sum()
    assert f"… + (60 more terms, sum {fmt(rest)}) + {fmt(rec.bias)} = {fmt(rec.a)}" in line


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
    assert lines[1].startswith("a⁽¹⁾₁ = ") and lines[2].startswith("z⁽¹⁾₁ = ")
    assert panel.heading.text() == lines[0]
    doc.finish_pass()
    doc.step_backward()
    assert panel.text().splitlines()[1].startswith("δ⁽³⁾₁ = ")


def _last_line_visible(panel) -> bool:
    """Whether the whole step, down to its last line, is inside the panel's visible area."""
    browser = panel.browser
    end = browser.document().lastBlock()
    bottom = browser.document().documentLayout().blockBoundingRect(end).bottom()
    return bottom - browser.verticalScrollBar().value() <= browser.viewport().height()


def test_every_line_of_every_backward_step_fits_at_1280_by_720(qtbot):
    """At 1280×720 the last line of a backward step (δ, ∂E/∂w, the loss) would be cut."""
    win = make_window(qtbot, size=(1280, 720))
    doc = win.document
    doc.load_preset("book-3-layer")
    panel = win.findChild(ComputationPanel, "computationPanel")
    doc.finish_pass()
    while doc.step_backward():
        QApplication.processEvents()
        rec = doc.cursor.current()
        assert fmt(rec.delta) in panel.browser.toPlainText()
        assert _last_line_visible(panel), panel.text()
        assert panel.browser.verticalScrollBar().maximum() == 0  # nothing to scroll to


@pytest.mark.parametrize("matrix", [False, True])
def test_ends_of_layers_and_matrix_form_fit_at_1280_by_720(qtbot, matrix):
    """A layer's last neuron, or its matrix form, would have its last line cut off."""
    win = make_window(qtbot, size=(1280, 720))
    doc = win.document
    doc.load_preset("book-3-layer")
    panel = win.findChild(ComputationPanel, "computationPanel")
    panel.matrix_box.setChecked(matrix)
    while doc.finish_layer():
        QApplication.processEvents()
        assert _last_line_visible(panel), panel.text()
    while doc.step_backward():
        QApplication.processEvents()
        assert _last_line_visible(panel), panel.text()


def _sizes(panel) -> tuple[float, ...]:
    """The point sizes the step's lines are written at."""
    return tuple(map(float, re.findall(r"font-size:([\d.]+)pt", panel.browser.toHtml())))


def test_a_step_is_written_at_the_same_size_whatever_came_before(qtbot, doc):
    """After a long step written small, the next short one stayed small (or the reverse)."""
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    panel.resize(450, 300)  # some steps fit only smaller
    panel.show()

    def walk() -> list[tuple[float, ...]]:
        doc.reset_pass()
        seen = []
        for move in [doc.step_forward] * 7 + [doc.step_backward] * 7:
            move()
            QApplication.processEvents()
            seen.append(_sizes(panel))
        return seen

    first = walk()
    doc.finish_pass()  # the last step, written small, before the same walk again
    assert walk() == first
    assert len({max(sizes) for sizes in first}) > 1  # written smaller on the way, then larger
