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
