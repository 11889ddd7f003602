"""The canvas's edges after edits: exactly what a fresh drawing shows, at the cost of the edit."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_helpers import show_canvas

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.canvas.strongest import DrawnEdges
from ui.document import Document


@pytest.mark.parametrize("seed", range(4))
def test_the_drawn_set_followed_edit_by_edit_equals_a_fresh_search(seed):
    """After a few edits a big layer would draw other edges than after a fresh start."""
    rng = np.random.default_rng(seed)
    W = rng.integers(-6, 7, size=(30, 40)).astype(float)  # many ties on purpose
    drawn = DrawnEdges(W, limit=200, spare=50)
    for _ in range(400):
        W = W.copy()
        changed = rng.integers(W.size, size=int(rng.integers(1, 4)))
        W.ravel()[changed] = rng.integers(-8, 9, size=changed.size)
        drawn.update(W, changed)
        assert np.array_equal(drawn.drawn, DrawnEdges(W, limit=200, spare=0).drawn)
        assert drawn.largest == np.abs(W).max()
    assert drawn.fresh_passes < 100  # most edits never searched the whole layer


def book_sized(doc, n_in=40, n_hidden=80):
    """A network whose first layer (3,200 weights) shows only its 2,500 strongest."""
    doc.set_network(sim.Network.create(n_in, [n_hidden, 3], ["tanh", "softmax"], seed=0))
    doc.finish_pass()


def drawn(canvas):
    return [(list(it.edges.source), list(it.edges.target)) for it in canvas.edge_items]


def test_after_edits_the_canvas_draws_what_a_new_canvas_draws(qtbot):
    """Edited edges would keep their old thickness, or a weakened one would stay drawn."""
    doc = Document()
    book_sized(doc)
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    rng = np.random.default_rng(1)
    for k in range(30):
        layer = k % 2
        W = doc.network.layers[layer].W
        i, j = np.unravel_index(np.argmax(np.abs(W)) if k % 3 else k, W.shape)
        doc.set_weight(layer, int(i), int(j), float(rng.normal()) * 0.1, merge=False)
    fresh = show_canvas(qtbot, NetworkCanvas(doc))
    assert drawn(canvas) == drawn(fresh)
    for mine, theirs in zip(canvas.edge_items, fresh.edge_items):
        assert mine.pen_colours() == theirs.pen_colours()


def test_an_edit_redraws_only_the_edges_it_changed(qtbot):
    """One weight edit of a 1024-2048-2048-10 network would rebuild every layer's edges."""
    doc = Document()
    book_sized(doc)
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    first, second = canvas.edge_items
    before = first.redraws, second.redraws
    doc.set_weight(1, 0, 0, 0.05)  # a drawn edge of the small output layer
    assert (first.redraws, second.redraws) == (before[0], before[1] + 1)
    W = doc.network.layers[0].W
    weakest = int(np.argmin(np.abs(W)))  # far from the 2,500 drawn
    doc.set_weight(0, *np.unravel_index(weakest, W.shape), 1e-9)
    assert (first.redraws, second.redraws) == (before[0], before[1] + 1)


def test_after_edits_the_canvas_looks_exactly_like_a_new_one(qtbot):
    """Repainting only what an edit changed would leave traces of the old edges on screen."""
    doc = Document()
    book_sized(doc)
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    canvas.grab()  # painted once, so later edits repaint only parts of the cached pictures
    W = doc.network.layers[0].W
    strongest = np.unravel_index(np.argsort(-np.abs(W), axis=None)[:3], W.shape)
    for k, (i, j) in enumerate(zip(*strongest)):
        doc.set_weight(0, int(i), int(j), 0.001 * (k + 1), merge=False)  # they leave the drawn set
        canvas.grab()
    doc.set_weight(1, 0, 0, -0.3, merge=False)
    fresh = show_canvas(qtbot, NetworkCanvas(doc))
    assert canvas.grab().toImage() == fresh.grab().toImage()
