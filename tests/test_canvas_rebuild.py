"""A structural edit redraws the canvas from the items it keeps: exactly a fresh drawing."""

from __future__ import annotations

import pytest
from canvas_helpers import click_item, show_canvas

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.document import Document
from ui.text import i18n


@pytest.fixture
def book(qtbot):
    i18n.install_font()  # before any canvas: all of them write with the same fonts
    doc = Document()
    doc.load_preset("book-3-layer")
    doc.finish_pass()  # values in every circle: the kept pictures show numbers
    return doc, show_canvas(qtbot, NetworkCanvas(doc))


def looks_fresh(qtbot, canvas, doc) -> bool:
    fresh = show_canvas(qtbot, NetworkCanvas(doc))
    a, b = canvas.grab().toImage(), fresh.grab().toImage()
    return a == b


def test_after_adding_removing_and_undoing_layers_the_canvas_looks_like_a_new_one(qtbot, book):
    """A kept column, "+" or legend would show the old place, values or layer count."""
    doc, canvas = book
    canvas.grab()  # painted once: the kept items hold pictures from now on
    doc.insert_layer(2, 2, "relu")  # a layer before the output
    assert doc.network.sizes == [2, 3, 2, 2, 2]
    assert looks_fresh(qtbot, canvas, doc)
    doc.finish_pass()
    doc.remove_layer(0)
    assert looks_fresh(qtbot, canvas, doc)
    doc.undo_stack.undo()
    canvas.grab()
    doc.undo_stack.undo()
    assert doc.network.sizes == [2, 3, 2, 2]
    assert looks_fresh(qtbot, canvas, doc)
    doc.undo_stack.redo()
    assert looks_fresh(qtbot, canvas, doc)


def test_a_kept_insert_button_still_inserts_where_it_stands(qtbot, book):
    """After a rebuild a "+" kept from before would insert the layer in its old place."""
    doc, canvas = book
    doc.remove_layer(1)  # [2, 3, 2]: the buttons of 2 and 3 are kept, the 4th goes
    assert len(canvas.insert_buttons) == 3
    click_item(qtbot, canvas, canvas.insert_button(2))  # between layer 1 and the output
    assert doc.network.sizes[:2] == [2, 3] and len(doc.network.sizes) == 4
    click_item(qtbot, canvas, canvas.insert_button(1))  # right after the inputs
    assert len(doc.network.sizes) == 5 and doc.network.sizes[0] == 2
    assert len(canvas.insert_buttons) == 5


def test_unchanged_columns_keep_their_items_across_a_rebuild(qtbot, book):
    """An added layer would repaint every column from scratch (the cost of a structural edit)."""
    doc, canvas = book
    before = list(canvas.columns)
    doc.insert_layer(2, 3, "relu")  # a hidden layer of 3 before the output
    assert canvas.columns[0] is before[0] and canvas.columns[1] is before[1]
    assert [c.index for c in canvas.columns] == [0, 1, 2, 3, 4]
    assert [c.geometry.size for c in canvas.columns] == [2, 3, 2, 3, 2]
    assert canvas.neuron_view_pos(4, 1) == canvas.mapFromScene(
        canvas.columns[4].mapToScene(*canvas.columns[4].geometry.centres[1])
    )  # the kept output column stands where the layout puts its neurons


def fitted_alike(qtbot, canvas, doc) -> bool:
    """The same sizes, zoom, legend and header texts as a new canvas (a switch without a
    rebuild blits kept pictures, which can sit a fraction of a pixel from a new drawing's)."""
    fresh = show_canvas(qtbot, NetworkCanvas(doc))
    texts = [(h.title, h.role, h.size_label) for h in canvas.headers]
    return (
        (canvas.look, canvas.transform(), canvas.content_rect())
        == (fresh.look, fresh.transform(), fresh.content_rect())
        and canvas.legend.entries() == fresh.legend.entries()
        and texts == [(h.title, h.role, h.size_label) for h in fresh.headers]
    )


def test_after_a_language_switch_and_back_the_canvas_looks_like_a_new_one(qtbot, book):
    """A switch that left old texts or an old fit would show a mixed or cut-off canvas."""
    doc, canvas = book
    canvas.grab()
    try:
        i18n.set_language("zh")
        qtbot.waitUntil(lambda: canvas.header_item(0).title == "输入")
        assert fitted_alike(qtbot, canvas, doc)
        doc.insert_layer(1, 4, "tanh")  # rebuilt in Chinese from the kept items
        assert looks_fresh(qtbot, canvas, doc)
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "Input")
    assert fitted_alike(qtbot, canvas, doc)
    doc.remove_layer(1)
    assert looks_fresh(qtbot, canvas, doc)


def test_moved_headers_show_their_layers_activation_in_the_language_shown(qtbot, book):
    """A header moved to another column would show its old layer's activation, or old names."""
    from ui.text.names import activation_label

    doc, canvas = book
    doc.insert_layer(0, 3, "relu")  # every header after the inputs moves one column right

    def shown():
        return [canvas.header_item(c).combo.currentText() for c in range(1, len(canvas.headers))]

    assert shown() == [activation_label(layer.activation) for layer in doc.network.layers]
    try:
        i18n.set_language("zh")
        qtbot.waitUntil(lambda: canvas.header_item(0).title == "输入")
        doc.remove_layer(1)
        combo = canvas.header_item(1).combo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            activation_label(name) for name in sim.ACTIVATIONS
        ]
        assert shown() == [activation_label(layer.activation) for layer in doc.network.layers]
    finally:
        i18n.set_language("en")


def test_a_removed_layers_header_serves_the_next_added_layer(qtbot, book):
    """A header kept from a removed layer would set, resize or remove the wrong layer."""
    doc, canvas = book
    doc.remove_layer(1)  # [2, 3, 2]: the output's header is kept aside
    doc.insert_layer(1, 4, "tanh")  # the output's header again comes from that one
    assert doc.network.sizes == [2, 3, 4, 2]
    assert looks_fresh(qtbot, canvas, doc)
    combo = canvas.header_item(3).combo
    assert combo.objectName() == "activationCombo3"
    combo.setCurrentIndex(sim.ACTIVATIONS.index("sigmoid"))
    assert doc.network.layers[2].activation == "sigmoid"
    click_item(qtbot, canvas, canvas.header_item(3).plus)
    assert doc.network.sizes == [2, 3, 4, 3]
    click_item(qtbot, canvas, canvas.header_item(3).remove)
    assert doc.network.sizes == [2, 3, 4]
    assert looks_fresh(qtbot, canvas, doc)


def test_kept_edges_follow_their_layer_after_a_rebuild(qtbot, book):
    """Edges kept from before an added layer would draw the old places or ignore new weights."""
    doc, canvas = book
    first = canvas.edge_items[0]
    doc.insert_layer(2, 3, "relu")  # the first layer's weights are untouched: its edges stay
    assert canvas.edge_items[0] is first and len(canvas.edge_items) == 4
    assert [item.column for item in canvas.edge_items] == [1, 2, 3, 4]
    assert looks_fresh(qtbot, canvas, doc)
    doc.set_weight(0, 0, 0, -2.5)  # the strongest weight now, and negative
    assert looks_fresh(qtbot, canvas, doc)
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the layer removed again: every item where it belongs
    assert doc.network.sizes == [2, 3, 2, 2] and looks_fresh(qtbot, canvas, doc)
