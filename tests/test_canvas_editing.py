"""Stories of editing on the canvas and in the inspector: build, change, undo."""

import numpy as np
import pytest
from canvas_helpers import BOOK_OUTPUT, click, click_item, same_bits, show_canvas, snapshot

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.document import Document, Selection
from ui.panels.inspector import InspectorPanel
from ui.text.numbers import fixed as fmt

BOOK_W = [
    [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
    [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
    [[0.1, 0.3], [0.2, 0.4]],
]
BOOK_B = [[0.1, 0.2, 0.3], [0.1, 0.2], [0.1, 0.2]]


@pytest.fixture
def doc(qtbot):
    return Document()  # File > New: a 2-3-1 sigmoid network


@pytest.fixture
def canvas(qtbot, doc):
    return show_canvas(qtbot, NetworkCanvas(doc))


@pytest.fixture
def inspector(qtbot, doc):
    panel = InspectorPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_build_the_book_network_by_hand(qtbot, canvas, inspector, doc):
    """A user could not build the seeds' 3-layer network by clicking and get its output."""
    click_item(qtbot, canvas, canvas.header_item(2).plus)  # output 1 -> 2
    click_item(qtbot, canvas, canvas.insert_button(2))  # new hidden layer of 3
    click_item(qtbot, canvas, canvas.header_item(2).minus)  # ... of 2
    assert doc.network.sizes == [2, 3, 2, 2]
    canvas.header_item(3).combo.setCurrentIndex(sim.ACTIVATIONS.index("identity"))
    for column, W in enumerate(BOOK_W, start=1):
        for (i, j), w in np.ndenumerate(np.array(W)):
            click(qtbot, canvas, canvas.edge_view_pos(column, i, j))
            assert doc.selection == Selection("edge", column, j, i)
            inspector.pages["edge"].value.spin.setValue(w)
    for column, b in enumerate(BOOK_B, start=1):
        for j, value in enumerate(b):
            click(qtbot, canvas, canvas.neuron_view_pos(column, j))
            inspector.pages["neuron"].value.spin.setValue(value)
    assert [layer.activation for layer in doc.network.layers] == ["sigmoid", "sigmoid", "identity"]
    assert np.allclose(doc.output(), BOOK_OUTPUT)
    doc.finish_pass()
    assert np.allclose(canvas.columns[3].values, BOOK_OUTPUT)


def test_plus_and_minus_resize_a_layer_and_the_input(qtbot, canvas, doc):
    """The −/+ buttons on a column would not change its size."""
    click_item(qtbot, canvas, canvas.header_item(1).plus)
    assert doc.network.sizes == [2, 4, 1]
    click_item(qtbot, canvas, canvas.header_item(1).minus)
    click_item(qtbot, canvas, canvas.header_item(1).minus)
    assert doc.network.sizes == [2, 2, 1]
    click_item(qtbot, canvas, canvas.header_item(0).plus)
    assert doc.network.sizes == [3, 2, 1] and len(doc.input) == 3
    assert len(canvas.columns[0].values) == 3


def test_insert_and_remove_a_layer_with_the_buttons(qtbot, canvas, doc):
    """The "+" between columns and the × on a header would not add or remove a layer."""
    click_item(qtbot, canvas, canvas.insert_button(3))  # after the output
    assert doc.network.sizes == [2, 3, 1, 1]
    click_item(qtbot, canvas, canvas.header_item(1).remove)
    assert doc.network.sizes == [2, 1, 1]
    assert canvas.header_item(1).title == "Layer 1" and canvas.header_item(1).role == "hidden"


def test_header_click_selects_the_layer(qtbot, canvas, inspector, doc):
    """Clicking a column header would not select the layer in the inspector."""
    header = canvas.header_item(1)
    click(qtbot, canvas, canvas.mapFromScene(header.sceneBoundingRect().topLeft()) + _inside())
    assert doc.selection == Selection("layer", 1)
    assert header.selected
    assert inspector.current_page() is inspector.pages["layer"]


def test_activation_combo_changes_the_output(qtbot, canvas, doc):
    """Choosing another activation on the canvas would not change the network's output."""
    before = doc.output().copy()
    canvas.header_item(2).combo.setCurrentIndex(sim.ACTIVATIONS.index("relu"))
    assert doc.network.layers[1].activation == "relu"
    assert not np.allclose(doc.output(), before)
    doc.undo_stack.undo()
    assert canvas.header_item(2).combo.currentText() == "Sigmoid"
    assert np.array_equal(doc.output(), before)


def test_undo_every_kind_of_edit_restores_bit_for_bit(qtbot, canvas, inspector, doc):
    """Undo after any edit would leave a weight, bias or shape slightly different."""
    start = _state(doc)
    edits = [
        lambda: click_item(qtbot, canvas, canvas.header_item(1).plus),
        lambda: click_item(qtbot, canvas, canvas.insert_button(2)),
        lambda: canvas.header_item(1).combo.setCurrentIndex(3),
        lambda: click_item(qtbot, canvas, canvas.header_item(0).plus),
        lambda: doc.set_weight(0, 1, 2, 0.123456789, merge=False),
        lambda: doc.set_bias(1, 0, -2.5, merge=False),
        lambda: doc.set_input_value(0, 7.25, merge=False),
        lambda: click_item(qtbot, canvas, canvas.header_item(2).remove),
    ]
    states = []
    for edit in edits:
        states.append(_state(doc))
        edit()
        assert not _same(states[-1], _state(doc)), edit
    for state in reversed(states):
        doc.undo_stack.undo()
        assert _same(state, _state(doc))
    assert _same(start, _state(doc))
    assert [c.geometry.size for c in canvas.columns] == [2, 3, 1]


def _state(doc):
    return (
        snapshot(doc.network),
        doc.input.copy(),
        [layer.activation for layer in doc.network.layers],
    )


def _same(a, b) -> bool:
    return same_bits(a[0], b[0]) and np.array_equal(a[1], b[1]) and a[2] == b[2]


def _inside():
    from PySide6.QtCore import QPoint

    return QPoint(12, 12)


def test_every_value_edit_its_undo_and_redo_show_the_pass_anew(qtbot, canvas, doc):
    """After an edit mid-pass the canvas showed the values or δ of before the edit."""
    doc.load_preset("book-3-layer")
    doc.finish_pass()
    while doc.step_backward():
        pass
    doc.select(Selection("edge", 2, index=0, source=1))  # its label shows W[1, 0]
    edits = [
        lambda: doc.set_weight(1, 1, 0, -0.75, merge=False),
        lambda: doc.set_bias(0, 2, 0.9, merge=False),
        lambda: doc.set_input_value(1, -1.5, merge=False),
        lambda: doc.set_weight(0, 0, 1, 2.0, merge=False),
    ]

    def shown_as_computed() -> None:
        for c, column in enumerate(canvas.columns):
            computed = doc.input if c == 0 else doc.cursor.outputs(c - 1)
            assert np.array_equal(column.values, computed, equal_nan=True), c
            if c:
                assert np.array_equal(column.deltas, doc.cursor.deltas(c - 1), equal_nan=True)
        w = doc.network.layers[1].W[1, 0]
        assert [m.label for m in canvas.highlight.marks][-1] == f"w = {fmt(w)}"

    for edit in edits:
        edit()
        shown_as_computed()
    for _ in edits:
        doc.undo_stack.undo()
        shown_as_computed()
    for _ in edits:
        doc.undo_stack.redo()
        shown_as_computed()
