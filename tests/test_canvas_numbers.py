"""How the canvas writes its numbers: products, biases, and colours made once."""

import numpy as np
import pytest
from canvas_helpers import show_canvas

from ui.canvas import NetworkCanvas, style
from ui.text import numbers


@pytest.fixture
def canvas(qtbot, doc):
    return show_canvas(qtbot, NetworkCanvas(doc))


def test_negative_factor_of_an_edge_label_has_parentheses(canvas, doc):
    """An edge label would read "1.0 × -0.7", a minus a student may take for a subtraction."""
    doc.set_weight(0, 1, 0, -0.7)
    doc.step_forward()
    labels = [mark.label for mark in canvas.highlight.marks]
    assert labels == ["1.0 × 0.1", "0.5 × (-0.7)"]


def test_biases_of_a_column_share_one_precision(canvas, doc):
    """After an update one bias would read b=0.201 beside b=0.1014, as if less precise."""
    assert canvas.columns[1].bias_texts == ["0.1", "0.2", "0.3"]  # the seeds' own numbers
    doc.finish_pass()
    doc.step_backward()
    doc.apply_update()
    texts = canvas.columns[2].bias_texts
    assert texts == numbers.aligned(doc.network.layers[1].b)
    assert {len(t.split(".")[1]) for t in texts} == {4}


def test_aligned_numbers_keep_the_fewest_decimals_all_need():
    """Numbers side by side would be written with different decimals, or lose a NaN's place."""
    assert numbers.aligned([0.1014, 0.20102, np.nan]) == ["0.1014", "0.2010", ""]
    assert numbers.aligned([1.0, -2.0]) == ["1.0", "-2.0"]
    assert numbers.product(2.18, -0.7) == "2.18 × (-0.7)"
    assert numbers.fixed(-1e-7) == "-1.0e-7"  # never 0: a tiny gradient is still one


def test_value_colours_are_made_once_per_state(qtbot, monkeypatch):
    """Every repaint of a big layer (a hover, a scroll) would recolour all its cells again."""
    import simulator as sim
    from ui.document import Document

    doc = Document()
    doc.set_network(sim.Network.create(784, [128, 64, 10], ["relu", "relu", "softmax"], seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    doc.finish_pass()
    calls = []
    real = style.value_colours
    monkeypatch.setattr(style, "value_colours", lambda v: calls.append(1) or real(v))
    for _ in range(3):
        canvas.viewport().repaint()
    assert calls == []
    image = canvas.columns[0].cells_image()
    doc.set_input_value(0, 0.5)  # new values: made once more
    canvas.viewport().repaint()
    canvas.viewport().repaint()
    assert canvas.columns[0].cells_image() is not image and len(calls) <= 4


def test_legend_lays_out_its_rows_once_per_language(canvas, monkeypatch):
    """Every repaint (a hover, a step) would translate and measure the legend again."""
    from ui.canvas import legend

    calls = []
    real = legend.entries
    monkeypatch.setattr(legend, "entries", lambda: calls.append(1) or real())
    for _ in range(3):
        canvas.viewport().repaint()
    assert calls == []
    canvas.retranslate()
    canvas.viewport().repaint()
    assert calls  # a new language reads the texts again


def test_small_circles_leave_their_bias_to_the_inspector_until_zoomed_in(qtbot):
    """Spiral's 48 small circles at 1280×720 would write b=… at 6 px, a grey smudge no one
    reads from the back of a classroom; and zoomed in, the biases would not come back."""
    from canvas_helpers import wheel

    import simulator as sim
    from ui.document import Document

    doc = Document()
    doc.set_network(sim.Network.create(2, [8] * 6 + [2], ["tanh"] * 6 + ["softmax"], seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc), (900, 430))  # its room at 1280×720
    column = canvas.columns[1]
    qtbot.waitUntil(lambda: not column.bias_legible)  # painted: too small to draw
    assert column.shows_bias
    assert column.bias_texts == numbers.aligned(doc.network.layers[0].b)  # known all the same
    doc.set_bias(0, 2, -0.25)  # an edit while too small to read: written when next drawn
    for _ in range(3):
        wheel(canvas, canvas.viewport().rect().center(), notches=2)
    qtbot.waitUntil(lambda: column.bias_legible)
    assert column.bias_texts == numbers.aligned(doc.network.layers[0].b)
    assert column.bias_texts[2].startswith("-0.25")
