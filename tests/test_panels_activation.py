"""Stories of the activation and gradient panels."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from window_helpers import make_window

from ui.document import Selection
from ui.panels.plots.activation import ActivationPanel
from ui.panels.plots.gradients import GradientPanel
from ui.text.numbers import fmt


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


def test_tangent_is_drawn_solid_and_above_the_curve(act_panel, doc):
    """The tangent would hide as a thin dotted line under the thick curve."""
    doc.step_forward()
    tx, _ = act_panel.tangent.getData()
    assert list(tx) == pytest.approx([0.3 - 1.5, 0.3 + 1.5])
    pen = act_panel.tangent.opts["pen"]
    assert pen.style() == Qt.PenStyle.SolidLine and pen.widthF() >= 2
    assert act_panel.tangent.zValue() > act_panel.curve.zValue()


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
    x, y = act_panel.compare_curve("step").getData()
    assert np.array_equal(y, (x > 0).astype(float))
    assert "Step" in act_panel.key.text()
    x0, x1 = act_panel.view_box.viewRange()[0]
    assert x0 < -5 and x1 > 5  # the range still follows the curves
    step.setChecked(False)
    assert not act_panel.compare_curve("step").isVisible()


def test_softmax_plots_one_neurons_share(act_panel, doc):
    """A softmax layer would be plotted as if it were elementwise."""
    doc.set_activation(2, "softmax")
    doc.finish_pass()
    a, z = act_panel.marker_position()
    assert z == pytest.approx(doc.output()[1])
    x, y = act_panel.curve.getData()
    assert np.interp(a, x, y) == pytest.approx(z, abs=1e-3)
    assert "share" in act_panel.key.text()  # the key says what the curve is


def test_softmax_curve_passes_through_the_neuron_forward_backward_and_selected(act_panel, doc):
    """A softmax curve would miss its neuron in a backward step or for a selected layer."""
    doc.load_preset("softmax-classifier")
    doc.finish_pass()
    for _ in range(2):
        a, z = act_panel.marker_position()
        x, y = act_panel.curve.getData()
        assert np.interp(a, x, y) == pytest.approx(z, abs=1e-3)
        doc.step_backward()
    doc.reset_pass()
    doc.select(Selection("layer", 2))
    x, y = act_panel.curve.getData()
    a = doc.network.forward_cache(doc.input)[1].a
    others = np.exp(a[1:])
    assert np.interp(a[0], x, y) == pytest.approx(
        np.exp(a[0]) / (np.exp(a[0]) + others.sum()), abs=1e-3
    )


def test_axes_never_show_an_si_prefix(act_panel, grad_panel, doc):
    """A softmax plot would read 0/20/40 with a clipped "(x0.001)" instead of 0/0.5/1."""
    doc.set_activation(2, "softmax")
    doc.finish_pass()
    doc.apply_update()
    plots = [
        act_panel.plot.getPlotItem(),
        grad_panel.delta_plot,
        grad_panel.dw_plot,
        grad_panel.history_plot,
    ]
    for plot in plots:
        for side in ("left", "bottom"):
            assert not plot.getAxis(side).autoSIPrefix


def test_key_covers_no_curve(act_panel, doc):
    """The colour key in the plot's corner would hide part of a curve."""
    act_panel.resize(370, 260)
    act_panel.show()
    for name in ("step", "relu", "tanh"):
        next(a for a in act_panel.compare_menu.actions() if a.data() == name).setChecked(True)
    doc.step_forward()
    vb = act_panel.view_box
    key = act_panel.key.geometry()
    corner = act_panel.plot.mapToScene(key.bottomRight())  # viewport → scene → data
    right, bottom = vb.mapSceneToView(corner).x(), vb.mapSceneToView(corner).y()
    compared = [act_panel.compare_curve(name) for name in ("step", "relu", "tanh")]
    for item in [act_panel.curve, act_panel.deriv, *compared]:
        x, y = item.getData()
        assert np.all(y[x <= right] < bottom)


def test_numbers_are_never_cut_and_the_formula_stays_one_line(act_panel, doc, qtbot):
    """In a narrow dock z's value would be cut to "z = 0.…", the formula would wrap, or
    softmax's explanation would be cut to "…, the ot…"."""
    act_panel.resize(300, 260)
    act_panel.show()
    doc.set_activation(2, "softmax")
    doc.finish_pass()
    rec = doc.cursor.current()
    info = act_panel.info
    assert fmt(rec.a) in info.text() and fmt(rec.z) in info.text()
    qtbot.waitUntil(lambda: info.height() >= info.heightForWidth(info.width()))  # all drawn
    assert info.width() >= info.fontMetrics().horizontalAdvance(f"z = {fmt(rec.z)}")
    line = act_panel.formula.fontMetrics().height()
    assert act_panel.formula.height() < 2 * line
    assert act_panel.formula.shown_text() == act_panel.formula.text()  # the formula, whole
    assert "share" in act_panel.key.text()


def test_numbers_fit_in_chinese_at_presentation_size(act_panel, doc, qtbot):
    """In Chinese with 1.5× type the activation's numbers would be cut off."""
    from ui.text import i18n

    i18n.set_language("zh")
    font = act_panel.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    act_panel.setFont(font)
    act_panel.resize(340, 300)
    act_panel.show()
    doc.step_forward()
    rec = doc.cursor.current()
    info = act_panel.info
    assert "此处" in info.text() and fmt(rec.z) in info.text()
    qtbot.waitUntil(lambda: info.height() >= info.heightForWidth(info.width()))


def test_plot_keeps_most_of_the_dock_at_1280_by_720(qtbot):
    """With softmax and compare curves the plot would shrink to a strip 30–60 px tall."""
    win = make_window(qtbot, size=(1280, 720))
    win.document.load_preset("softmax-classifier")
    panel = win.findChild(ActivationPanel, "activationPanel")
    for action in panel.compare_menu.actions()[:3]:
        action.setChecked(True)
    win.document.finish_pass()
    win.document.step_backward()
    qtbot.waitUntil(lambda: panel.plot.height() >= 120)
    assert panel.plot.height() >= 0.6 * panel.height()


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
    assert len(grad_panel.history_lines()) == 3
    x, y = grad_panel.history_lines()[2].getData()  # log mode: the plot holds log10 values
    assert list(x) == [1, 2, 3]
    assert 10**y == pytest.approx([h[2] for h in doc.gradient_history])
    _, grads = doc.network.loss_and_gradients(doc.input, doc.target)
    assert doc.gradient_history[-1][2] > np.linalg.norm(grads[2].dW)  # the output learns


def test_history_counts_whole_updates_and_keeps_its_key_off_the_lines(grad_panel, doc):
    """The history axis would read 1.5, 2.5 updates, or its legend would cover a line."""
    for _ in range(3):
        doc.apply_update()
    ticks = grad_panel.axis_ticks(grad_panel.history_plot)
    assert [value for value, _ in ticks] == [1, 2, 3]
    assert "layer&nbsp;3" in grad_panel.history_key.text()
    plot_widget = grad_panel.history_plot.getViewBox().getViewWidget()
    assert not plot_widget.isAncestorOf(grad_panel.history_key)


def test_gradient_charts_keep_their_scale_through_the_backward_pass(grad_panel, doc):
    """Each new bar would rescale the chart, so heights could not be compared step to step."""
    doc.finish_pass()
    doc.step_backward()
    first = [p.getViewBox().viewRange() for p in (grad_panel.delta_plot, grad_panel.dw_plot)]
    while doc.step_backward():
        pass
    last = [p.getViewBox().viewRange() for p in (grad_panel.delta_plot, grad_panel.dw_plot)]
    assert first == last
    top = first[0][1][1]
    assert max(abs(d) for d in np.concatenate(list(grad_panel.deltas().values()))) < top


def test_history_log_axis_labels_a_few_round_numbers():
    """The log axis would print 0.2 0.3 … 0.9 on top of each other in a short dock."""
    from ui.panels.plots.gradients import log_ticks

    labels = [text for _, text in log_ticks(0.0045, 0.65)]
    assert labels == ["0.001", "0.01", "0.1", "1"]
    labels = [text for _, text in log_ticks(0.15, 2.9)]
    assert {"0.2", "0.5", "1", "2"} <= set(labels) and "0.3" not in labels


def test_delta_chart_has_a_slot_for_every_layer_of_a_new_network(grad_panel, doc):
    """After loading another example the δ chart would keep the old network's layers."""
    doc.load_preset("softmax-classifier")
    ticks = grad_panel.axis_ticks(grad_panel.delta_plot)
    assert [text for _, text in ticks] == ["layer 1", "layer 2"]


def test_plot_lines_thicken_with_the_presentation_font(act_panel, grad_panel, doc):
    """On a projector the curves and history lines would stay as thin as on a laptop."""
    doc.finish_pass()
    while doc.step_backward():
        pass
    doc.apply_update()
    for panel in (act_panel, grad_panel):
        font = panel.font()
        font.setPointSizeF(15.0)
        panel.setFont(font)
    assert act_panel.curve.opts["pen"].widthF() == pytest.approx(3 * 1.5)
    assert grad_panel.tabs is not None  # the charts are built on first need
    line = grad_panel.history_lines()[0]
    assert line.opts["pen"].widthF() >= 2.5 * 1.5 - 1e-9


def test_right_click_on_a_plot_opens_no_untranslated_menu(act_panel, grad_panel, doc, qtbot):
    """A right-click would open pyqtgraph's English "Export..." menu on a Chinese screen."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    for panel in (act_panel, grad_panel):
        panel.resize(400, 400)
        panel.show()
    assert grad_panel.tabs is not None
    doc.finish_pass()
    doc.step_backward()
    plots = [act_panel.plot, *grad_panel.findChildren(pg.PlotWidget)]
    assert len(plots) == 4
    for plot in plots:
        viewport = plot.viewport()
        for pos in (viewport.rect().center(), QPoint(5, 5), QPoint(40, viewport.height() - 10)):
            qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pos)
            assert QApplication.activePopupWidget() is None


def test_marker_and_tangent_follow_a_reset_and_a_step_back_to_the_same_neuron(act_panel, doc):
    """A marker drawn once per change would stay after a reset, or miss its way back."""
    doc.step_forward()
    first = act_panel.marker_position()
    doc.select(Selection("neuron", 1, 1))  # a change that moves no marker
    assert act_panel.marker_position() == first
    doc.reset_pass()
    assert act_panel.marker_position() is None
    assert act_panel.tangent.getData()[0] is None or not len(act_panel.tangent.getData()[0])
    doc.step_forward()  # the same neuron again: the same numbers
    assert act_panel.marker_position() == first
    rec = doc.cursor.current()
    slope = act_panel.deriv_marker.getData()[1][0]
    ta, tz = act_panel.tangent.getData()
    assert tz == pytest.approx(rec.z + slope * (ta - rec.a))  # touching the curve at a
