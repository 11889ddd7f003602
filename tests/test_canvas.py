"""Stories of the network canvas: what a student sees and clicks."""

import numpy as np
import pytest
from canvas_helpers import click, show_canvas, wheel
from PySide6.QtCore import QPoint, Qt

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.document import Document, Selection


@pytest.fixture
def canvas(qtbot, doc):
    return show_canvas(qtbot, NetworkCanvas(doc))


def test_columns_follow_the_network(canvas, doc):
    """The canvas would not show one column per layer with its size and activation."""
    assert canvas.objectName() == "networkCanvas"
    assert [c.geometry.size for c in canvas.columns] == [2, 3, 2, 2]
    header = canvas.header_item(3)
    # One name for a layer everywhere (the panels say "Layer 3 (output)" too).
    assert header.title == "Layer 3" and header.role == "output"
    assert header.size_label == "2 neurons"
    assert header.combo.currentText() == "Identity"
    assert canvas.header_item(0).title == "Input"


def test_inputs_shown_and_layers_empty_before_stepping(canvas):
    """Inputs would lack their values, or neurons would show numbers nobody computed yet."""
    assert np.allclose(canvas.columns[0].values, [1.0, 0.5])
    assert np.isnan(canvas.columns[1].values).all()


def test_each_step_writes_the_value_and_highlights_the_neuron(canvas, doc):
    """Stepping would not write z on the neuron or highlight it with its incoming edges."""
    doc.step_forward()
    assert canvas.columns[1].values[0] == pytest.approx(0.57444252)
    assert canvas.columns[1].current == 0
    assert np.isnan(canvas.columns[1].values[1:]).all()
    labels = [m.label for m in canvas.highlight.marks]
    assert labels == ["1.0 × 0.1", "0.5 × 0.2"]  # x1 reads 1.0 here as on its circle
    doc.finish_pass()
    assert np.allclose(canvas.columns[3].values, [0.31682708, 0.69627909])


def test_backward_steps_show_delta(canvas, doc):
    """In the backward pass the δ of stepped neurons would be missing from the canvas."""
    doc.finish_pass()
    doc.step_backward()
    record = doc.cursor.current()
    assert canvas.columns[3].deltas[0] == pytest.approx(record.delta)
    assert canvas.columns[3].current_backward
    assert np.isnan(canvas.columns[3].deltas[1])


def test_cursor_deltas_follow_the_backward_steps(doc):
    """The canvas would show a δ not computed yet, or a layer's δ in the wrong neurons."""
    cursor = doc.cursor
    doc.finish_pass()
    assert np.isnan(cursor.deltas(2)).all()
    for _ in range(3):  # both outputs, then the first neuron of hidden layer 2
        doc.step_backward()
    expected = [
        [cursor.backward_record(layer, j) for j in range(n)]
        for layer, n in enumerate(doc.network.sizes[1:])
    ]
    for layer, records in enumerate(expected):
        want = [np.nan if r is None else r.delta for r in records]
        np.testing.assert_array_equal(cursor.deltas(layer), want)
    assert np.isfinite(cursor.deltas(1)).sum() == 1 and np.isnan(cursor.deltas(0)).all()


def test_clicking_a_neuron_selects_it(qtbot, canvas, doc):
    """Clicking a neuron would not select it for the inspector."""
    click(qtbot, canvas, canvas.neuron_view_pos(2, 1))
    assert doc.selection == Selection("neuron", 2, 1)
    assert canvas.columns[2].selected == 1


def test_clicking_an_edge_selects_it(qtbot, canvas, doc):
    """Clicking an edge would not select that weight."""
    for column, source, j in [(1, 0, 2), (2, 1, 0), (3, 1, 1)]:
        click(qtbot, canvas, canvas.edge_view_pos(column, source, j))
        assert doc.selection == Selection("edge", column, j, source)
    assert canvas.highlight.marks[-1].label == "w = 0.4"


def test_escape_and_empty_click_clear_the_selection(qtbot, canvas, doc):
    """Escape or a click on empty space would leave the old selection in place."""
    doc.select(Selection("neuron", 1, 0))
    qtbot.keyClick(canvas, Qt.Key_Escape)
    assert doc.selection is None
    doc.select(Selection("neuron", 1, 0))
    corner = canvas.viewport().rect().bottomRight()
    click(qtbot, canvas, corner - QPoint(10, 10))
    assert doc.selection is None


def test_wheel_over_selected_edge_changes_its_weight(qtbot, canvas, doc):
    """Scrolling over the selected edge would zoom instead of nudging the weight by 0.01."""
    pos = canvas.edge_view_pos(2, 0, 1)
    click(qtbot, canvas, pos)
    wheel(canvas, pos, 3)
    assert doc.network.layers[1].W[0, 1] == pytest.approx(0.43)
    before = doc.undo_stack.count()
    wheel(canvas, pos, -1)
    assert doc.network.layers[1].W[0, 1] == pytest.approx(0.42)
    assert doc.undo_stack.count() == before  # one wheel session merges


def test_alt_wheel_changes_any_edge_and_plain_wheel_zooms(qtbot, canvas, doc):
    """Alt+wheel over an edge would not edit it, or the plain wheel would not zoom."""
    pos = canvas.edge_view_pos(1, 1, 2)
    wheel(canvas, pos, -2, Qt.AltModifier)
    assert doc.network.layers[0].W[1, 2] == pytest.approx(0.58)
    zoom = canvas.transform().m11()
    wheel(canvas, canvas.neuron_view_pos(1, 0), 1)
    assert canvas.transform().m11() == pytest.approx(zoom * 1.2)
    assert doc.network.layers[0].W[1, 2] == pytest.approx(0.58)
    canvas.fit_view()
    assert canvas.transform().m11() == pytest.approx(zoom)


def test_status_message_says_what_the_pointer_is_over(qtbot, canvas):
    """The status bar would not tell what weight or neuron is under the pointer."""
    with qtbot.waitSignal(canvas.statusMessage) as signal:
        qtbot.mouseMove(canvas.viewport(), canvas.edge_view_pos(2, 1, 0))
    assert signal.args[0].startswith("Weight w⁽²⁾₁₂ (2→1) = 0.2")  # the seeds' w^(2)_12


def test_weight_edit_recolours_without_relayout(canvas, doc):
    """A weight edit would rebuild the scene (slow, loses zoom) or leave old edges drawn."""
    items = canvas.edge_items

    def reddish(item):
        return any(colour.red() > colour.blue() for colour in item.pen_colours())

    assert not reddish(items[0])
    doc.set_weight(0, 0, 0, -0.9)
    assert canvas.edge_items is items and reddish(items[0])


def test_structure_change_relayouts_and_fits(canvas, doc):
    """After adding a layer the canvas would still show the old columns."""
    doc.insert_layer(1, 4, "relu")
    assert [c.geometry.size for c in canvas.columns] == [2, 3, 4, 2, 2]
    assert canvas.header_item(2).combo.currentText() == "ReLU"


def test_large_network_uses_few_graphics_items(qtbot):
    """784-128-64-10 would create one item per edge and freeze the window."""
    doc = Document()
    doc.set_network(sim.Network.create(784, [128, 64, 10], ["relu", "relu", "softmax"], seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    assert len(canvas.scene().items()) < 1000
    assert [c.geometry.kind for c in canvas.columns] == ["grid", "strip", "grid", "circles"]
    assert "2500 strongest of 100352" in canvas.legend.note
    doc.finish_layer()
    assert np.isfinite(canvas.columns[1].values).all()


def test_clicking_a_cell_of_a_compact_layer_selects_it(qtbot):
    """Neurons of a 64-wide layer drawn as an 8×8 grid could not be picked."""
    doc = Document()
    doc.set_network(sim.Network.create(64, [10], "softmax", seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    click(qtbot, canvas, canvas.neuron_view_pos(0, 27))
    assert doc.selection == Selection("neuron", 0, 27)
