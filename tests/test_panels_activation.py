"""Stories of the activation and gradient panels."""

import numpy as np
import pytest

from ui.document import Document, Selection
from ui.panels.activation_plot import ActivationPanel
from ui.panels.gradients import GradientPanel


@pytest.fixture
def doc(qtbot):
    document = Document()
    document.load_preset("book-3-layer")
    return document


@pytest.fixture
def act_panel(qtbot, doc):
    widget = ActivationPanel(doc)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def grad_panel(qtbot, doc):
    widget = GradientPanel(doc)
    qtbot.addWidget(widget)
    return widget


def test_marker_sits_at_the_current_neuron(act_panel, doc):
    """The dot on the curve would not be where the neuron just computed sits."""
    assert act_panel.marker_position() is None
    while doc.step_forward():
        rec = doc.cursor.current()
        a, z = act_panel.marker_position()
        assert (a, z) == pytest.approx((rec.a, rec.z))
        assert act_panel.activation_name == doc.network.layers[rec.layer].activation


def test_curve_is_the_layers_activation_on_minus_five_to_five(act_panel, doc):
    """The plotted curve would not be h(a) of the current layer over the seeds' range."""
    doc.step_forward()
    x, y = act_panel.curve.getData()
    assert x[0] == pytest.approx(-5) and x[-1] == pytest.approx(5)
    assert np.allclose(y, 1 / (1 + np.exp(-x)))
    dx, dy = act_panel.deriv.getData()
    assert np.allclose(dy, y * (1 - y))


def test_tangent_touches_the_curve_with_the_derivative_slope(act_panel, doc):
    """The tangent line would not show the slope h'(a) that backprop multiplies by."""
    doc.step_forward()
    tx, ty = act_panel.tangent.getData()
    z = 1 / (1 + np.exp(-0.3))
    assert (ty[1] - ty[0]) / (tx[1] - tx[0]) == pytest.approx(z * (1 - z))
    assert np.interp(0.3, tx, ty) == pytest.approx(z)


def test_saturation_is_shaded_for_sigmoid_not_for_identity(act_panel, doc):
    """Sigmoid's flat ends would not be marked, or identity would look saturated."""
    doc.step_forward()
    shaded = [r.getRegion() for r in act_panel.regions if r.isVisible()]
    assert len(shaded) == 2
    assert shaded[0][0] == pytest.approx(-5) and shaded[1][1] == pytest.approx(5)
    doc.finish_pass()
    assert act_panel.activation_name == "identity"
    assert not any(r.isVisible() for r in act_panel.regions)


def test_selected_layer_shown_before_stepping(act_panel, doc):
    """Selecting the output layer would not show its identity function."""
    doc.select(Selection("layer", 3))
    assert act_panel.layer_index == 2
    assert act_panel.activation_name == "identity"


def test_compare_overlays_another_activation(act_panel, doc):
    """Step vs sigmoid (the seeds' figure) could not be drawn together."""
    step = next(a for a in act_panel.compare_menu.actions() if a.data() == "step")
    step.setChecked(True)
    x, y = act_panel._compare["step"].getData()
    assert np.array_equal(y, (x > 0).astype(float))
    assert "Step" in act_panel.key.text()
    step.setChecked(False)
    assert not act_panel._compare["step"].isVisible()


def test_softmax_plots_one_neurons_share(act_panel, doc):
    """A softmax layer would be plotted as if it were elementwise."""
    doc.set_activation(2, "softmax")
    doc.finish_pass()
    a, z = act_panel.marker_position()
    assert z == pytest.approx(doc.output()[1])
    x, y = act_panel.curve.getData()
    assert np.interp(a, x, y) == pytest.approx(z, abs=1e-3)
    assert "share" in act_panel.info.text()


def test_gradient_bars_equal_the_models_deltas(grad_panel, doc):
    """The δ bars would differ from the model's backward pass."""
    caches = doc.network.forward_cache(doc.input[None, :])
    deltas, grads = doc.network.backward(caches, doc.target[None, :], "mse")
    doc.finish_pass()
    doc.step_backward()
    assert list(grad_panel.deltas()) == [2]
    assert grad_panel.deltas()[2] == pytest.approx([deltas[2][0, 0]])
    doc.finish_pass()
    for layer in range(3):
        assert grad_panel.deltas()[layer] == pytest.approx(deltas[layer][0])
        assert grad_panel.mean_abs_dW()[layer] == pytest.approx(np.mean(np.abs(grads[layer].dW)))
    x, h = grad_panel.delta_bars.opts["x"], grad_panel.delta_bars.opts["height"]
    assert len(x) == 7 and np.allclose(sorted(h), sorted(np.concatenate([d[0] for d in deltas])))


def test_apply_update_adds_history_and_lowers_the_loss(grad_panel, doc):
    """Pressing Apply update would not lower the loss or not add a point to the history."""
    losses = [doc.current_loss()]
    for _ in range(3):
        doc.apply_update()
        losses.append(doc.current_loss())
    assert losses == sorted(losses, reverse=True)
    assert len(doc.gradient_history) == 3
    assert len(grad_panel._history_lines) == 3
    x, y = grad_panel._history_lines[2].getData()  # log mode: the plot holds log10 values
    assert list(x) == [1, 2, 3]
    assert 10 ** y == pytest.approx([h[2] for h in doc.gradient_history])
    _, grads = doc.network.loss_and_gradients(doc.input, doc.target)
    assert doc.gradient_history[-1][2] > np.linalg.norm(grads[2].dW)  # the output learns
