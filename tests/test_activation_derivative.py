"""The activation panel writes each derivative and what the function does, and plots −10..10."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

import simulator as sim
from ui.document.state import Selection
from ui.panels.plots.activation import ActivationPanel
from ui.text import names, notation


@pytest.fixture
def panel(qtbot, doc):
    widget = ActivationPanel(doc)
    widget.resize(420, 520)  # a tall dock, as in presentation mode: every line shown
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(
    "name, book, course",
    [
        ("sigmoid", "h'(a) = z(1 − z)", "g'(z) = a(1 − a)"),  # seed 002: a' = a(1 − a)
        ("tanh", "h'(a) = 1 − z²", "g'(z) = 1 − a²"),  # seed 002: a' = 1 − a²
        ("relu", "h'(a) = 1 if a > 0 else 0", "g'(z) = 1 if z > 0 else 0"),
        (
            "step",
            "h'(a) = 0 (no slope: it jumps at a = 0)",
            "g'(z) = 0 (no slope: it jumps at z = 0)",
        ),
    ],
)
def test_the_derivative_is_written_as_the_seeds_write_it(panel, doc, name, book, course):
    """A student comparing the dashed curve with seed 002 would find no formula for it."""
    doc.set_activation(0, name)
    doc.select(Selection("layer", 1))
    assert panel.derivative.text() == book
    notation.set_notation("course")
    panel.retranslate()
    assert panel.derivative.text() == course


def test_the_description_says_what_the_function_does(panel, doc):
    """The panel would show a formula with no word on what it is for."""
    doc.select(Selection("layer", 1))
    assert panel.description.text() == names.activation_description("sigmoid")
    assert panel.description.isVisible()


def test_every_activation_has_a_derivative_matching_its_curve(qapp):
    """A written derivative would disagree with the dashed curve drawn from the core."""
    for name in sim.ACTIVATIONS:
        assert names.activation_derivative(name).startswith(("h'(a) =", "∂z_k/∂a_k"))
    z = sim.get_activation("sigmoid").f(np.array([0.7]))
    assert sim.get_activation("sigmoid").df(np.array([0.7])) == pytest.approx(z * (1 - z))


def test_the_range_widens_to_ten_as_seeds_002_and_003_plot_it(panel, doc, qtbot):
    """The seeds' −10..10 figures could not be matched: ReLU's and tanh's tails cut at 5."""
    doc.select(Selection("layer", 1))
    assert panel.curve.getData()[0][[0, -1]].tolist() == [-5.0, 5.0]
    qtbot.mouseClick(panel.wide_button, Qt.MouseButton.LeftButton)
    assert panel.wide_range
    assert panel.curve.getData()[0][[0, -1]].tolist() == [-10.0, 10.0]
    x_range = panel.view_box.viewRange()[0]
    assert x_range[0] < -9.9 and x_range[1] > 9.9
