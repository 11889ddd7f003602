"""The step-through cursor without Qt: where a pass stands, and what survives an edit."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import simulator as sim


@pytest.fixture
def book():
    """The book's 3-layer network with its example input and a target."""
    p = sim.load_preset("book-3-layer")
    return p.network, np.asarray(p.input, float), np.array([0.0, 1.0])


def test_cursor_walks_forward_then_backward(book):
    """Stepping would skip or repeat a neuron, or start the backward pass too early."""
    net, x, t = book
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    n = sum(net.sizes[1:])
    for done in range(1, n + 1):
        assert cursor.step()
        assert (cursor.forward_done, cursor.phase) == (done, "forward")
    assert cursor.forward_finished
    assert cursor.step() and cursor.phase == "backward"
    assert cursor.current().layer == len(net.layers) - 1  # the output layer comes first


def test_outputs_are_nan_until_computed(book):
    """A neuron not yet stepped would show a value before the student computed it."""
    net, x, t = book
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    cursor.step()
    z = cursor.outputs(0)
    assert z[0] == pytest.approx(net.forward_steps(x).__next__().z)
    assert np.isnan(z[1:]).all()


def test_recompute_keeps_the_place(book):
    """An edit mid-pass would lose the student's place or show stale numbers."""
    net, x, t = book
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    cursor.finish_layer()
    edited = net.copy()
    edited.set_bias(0, 0, 5.0)
    cursor.recompute(edited, x, t)
    assert cursor.forward_done == net.sizes[1]
    assert cursor.output(0, 0) == pytest.approx(edited.forward_steps(x).__next__().z)


def test_finish_pass_and_deltas_match_the_gradients(book):
    """δ shown after the backward pass would differ from the network's own gradients."""
    net, x, t = book
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    cursor.finish_pass()
    cursor.step()
    cursor.finish_pass()
    assert cursor.backward_finished
    _, grads = net.loss_and_gradients(x, t)
    np.testing.assert_allclose(cursor.deltas(len(net.layers) - 1), grads[-1].db)


def test_the_cursor_needs_no_qt():
    """The model core would drag Qt into a notebook that only wants to step a network."""
    code = (
        "import sys, simulator; c = simulator.PassCursor(); "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def frozen_book(book):
    """The book network as the Document holds it: frozen arrays (copy on write)."""
    net, x, t = book
    shared = net.share()
    return shared, x, t


def test_an_edit_recomputes_from_its_layer_on_only(book):
    """Editing the output layer of a 1024-2048-2048-10 network would redo the whole pass."""
    net, x, t = frozen_book(book)
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    cursor.finish_pass()
    first_layer = list(cursor.forward[: net.sizes[1]])
    output = cursor.forward[-1]
    edited = net.share()
    edited.set_weight(2, 0, 1, 5.0)  # the output layer's W
    cursor.recompute(edited, x, t)
    assert cursor.recomputed_from == 2 and cursor.backward_recomputed
    assert all(a is b for a, b in zip(cursor.forward[: net.sizes[1]], first_layer))
    assert cursor.forward[-1] is not output
    assert cursor.forward[-1].z == edited.forward(x)[-1]


def test_nothing_changed_recomputes_nothing(book):
    """Stepping or selecting would redo the pass each time (and lose the records shown)."""
    net, x, t = frozen_book(book)
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    records = (cursor.forward[0], cursor.backward[0])
    cursor.recompute(net.share(), x.copy(), t)
    assert cursor.recomputed_from == len(net.layers) and not cursor.backward_recomputed
    assert (cursor.forward[0], cursor.backward[0]) == records
    assert cursor.forward[0] is records[0] and cursor.backward[0] is records[1]


def test_a_new_input_or_target_recomputes_what_depends_on_it(book):
    """A changed target would leave the old δ on screen; a changed input the old z."""
    net, x, t = frozen_book(book)
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    cursor.recompute(net, x, 1 - t)
    assert cursor.recomputed_from == len(net.layers) and cursor.backward_recomputed
    _, grads = net.loss_and_gradients(x, 1 - t)
    cursor.finish_pass(), cursor.step(), cursor.finish_pass()
    assert (cursor.deltas(0) == grads[0].db).all()
    cursor.recompute(net, x + 1, 1 - t)
    assert cursor.recomputed_from == 0


def test_writable_arrays_are_always_recomputed(book):
    """A notebook editing W in place would step through the numbers of the old weights."""
    net, x, t = book  # its arrays are writable: the cursor cannot know they are unchanged
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    held = cursor.forward[0]
    net.layers[0].W[0, 0] = 9.0
    cursor.recompute(net, x, t)
    assert cursor.recomputed_from == 0
    assert cursor.forward[0].a == net.forward_cache(x)[0].a[0]
    assert held.weights[0] != 9.0  # a record already made keeps its numbers


def test_records_are_a_read_only_sequence_made_on_demand(book):
    """Views index, slice and count the records; a 5,130-neuron pass must not make them all."""
    net, x, t = frozen_book(book)
    cursor = sim.PassCursor()
    cursor.recompute(net, x, t)
    everything = list(net.forward_steps(x))
    assert len(cursor.forward) == len(everything) == sum(net.sizes[1:])
    assert [r.z for r in cursor.forward] == [r.z for r in everything]
    assert cursor.forward[-1].z == everything[-1].z and cursor.forward[1:3][0].neuron == 1
    assert [r.neuron for r in cursor.backward.of_layer(0)] == list(range(net.sizes[1]))
    with pytest.raises(IndexError):
        cursor.forward[len(everything)]
