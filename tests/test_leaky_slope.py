"""Leaky ReLU's slope as a setting of each layer: the seeds plot 0.1, the default stays 0.01."""

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

import simulator as sim
from ui.document import Document
from ui.document.state import Selection
from ui.panels.inspector import InspectorPanel
from ui.panels.plots.activation import ActivationPanel


def leaky_net(slope=None):
    net = sim.Network.create(2, [3, 1], ["leaky_relu", "identity"], seed=1)
    if slope is not None:
        net.layers[0].leaky_slope = slope
    return net


def test_the_layer_uses_its_own_slope_for_a_below_zero():
    """A layer set to 0.1 would still leak 0.01, as in every other library default."""
    net = leaky_net(0.1)
    x = np.array([-1.0, -2.0])
    a = x @ net.layers[0].W + net.layers[0].b
    z = net.forward_cache(x)[0].z
    np.testing.assert_allclose(z, np.where(a > 0, a, 0.1 * a))
    assert sim.Network.create(2, [1], "leaky_relu").layers[0].leaky_slope == sim.LEAKY_SLOPE


def test_its_gradients_are_right_with_another_slope():
    """Backpropagation would use 0.01 where the forward pass used 0.1."""
    net = leaky_net(0.3)
    X = np.array([[-1.0, -2.0], [0.5, 1.0], [2.0, -3.0]])
    T = np.array([[1.0], [0.0], [0.5]])
    assert sim.gradient_check(net, X, T) < 1e-6


def test_a_file_keeps_the_slope_and_leaves_the_default_unwritten(tmp_path):
    """A saved lesson would open with 0.01 again, or every file would grow a field."""
    path = tmp_path / "leaky.neurostep"
    sim.save_network(leaky_net(0.1), path)
    assert sim.load_network(path).layers[0].leaky_slope == 0.1
    sim.save_network(leaky_net(), path)
    layers = json.loads(path.read_text())["network"]["layers"]
    assert all("leaky_slope" not in layer for layer in layers)


def test_a_bad_slope_in_a_file_is_refused_with_its_field_named(tmp_path):
    """A slope given as text would load as garbage, or fail with no word of where."""
    path = tmp_path / "bad.neurostep"
    sim.save_network(leaky_net(0.1), path)
    doc = json.loads(path.read_text())
    doc["network"]["layers"][0]["leaky_slope"] = "steep"
    path.write_text(json.dumps(doc))
    with pytest.raises(sim.NetworkFileError, match="leaky_slope"):
        sim.load_network(path)


@pytest.fixture
def leaky_doc(qtbot):
    document = Document()
    document.set_network(leaky_net())
    return document


def test_setting_the_slope_is_one_undoable_edit(leaky_doc):
    """The student's slope could not be taken back, or undo would leave another."""
    leaky_doc.set_leaky_slope(0, 0.1)
    assert leaky_doc.network.layers[0].leaky_slope == 0.1
    assert leaky_doc.undo_stack.undoText() == "Change Leaky ReLU slope"
    leaky_doc.undo_stack.undo()
    assert leaky_doc.network.layers[0].leaky_slope == sim.LEAKY_SLOPE


def test_the_inspector_edits_the_slope_of_a_leaky_layer(leaky_doc, qtbot):
    """A student would find no place to set the slope the seeds plot (0.1)."""
    panel = InspectorPanel(leaky_doc)
    qtbot.addWidget(panel)
    panel.show()
    leaky_doc.select(Selection("layer", 1))
    page = panel.current_page()
    assert page.alpha.isVisibleTo(page)
    assert any(label.text() == "Leaky ReLU slope" for label in page.findChildren(QLabel))
    page.alpha.spin.setValue(0.1)
    assert leaky_doc.network.layers[0].leaky_slope == pytest.approx(0.1)
    assert "0.1·a" in page.formula.text()
    leaky_doc.undo_stack.undo()
    assert page.alpha.value() == pytest.approx(0.01)


def test_the_activation_panel_draws_and_writes_the_layers_slope(leaky_doc, qtbot):
    """The curve would bend at 0.01 while the layer leaks 0.1, or the formula say 0.01."""
    panel = ActivationPanel(leaky_doc)
    qtbot.addWidget(panel)
    leaky_doc.set_leaky_slope(0, 0.1)
    leaky_doc.select(Selection("layer", 1))
    a, z = panel.curve.getData()
    np.testing.assert_allclose(z[a < 0], 0.1 * a[a < 0])
    assert "else 0.1·a" in panel.formula.text()
    assert panel.derivative.text() == "h'(a) = 1 if a > 0 else 0.1"
