"""Undo brings back every edit bit for bit, and the history keeps within its memory budget."""

from __future__ import annotations

import numpy as np
import pytest
from window_helpers import action, make_window

import simulator as sim
from ui.document import Document

KB = 1024


def fingerprint(doc) -> tuple:
    """Every bit the Document shows: sizes, weights, biases, slopes, activations, the table."""
    layers = tuple(
        (la.W.tobytes(), la.b.tobytes(), la.activation, la.alpha, la.leaky_slope)
        for la in doc.network.layers
    )
    targets = None if doc.example_targets is None else doc.example_targets.tobytes()
    table = doc.example_inputs.tobytes(), targets, doc.example_row
    return tuple(doc.network.sizes), layers, table


def mixed_edits(doc, n: int, seed: int = 0) -> list[tuple]:
    """``n`` edits of every kind a student makes; the fingerprint before each and at the end."""
    rng = np.random.default_rng(seed)
    seen = [fingerprint(doc)]
    for k in range(n):
        steps = doc.undo_stack.count()
        net = doc.network
        layer = int(rng.integers(len(net.layers)))
        kind = k % 11
        if kind == 9:
            doc.add_example()
        elif kind == 10 and len(doc.example_inputs) > 1:
            doc.remove_example(int(rng.integers(len(doc.example_inputs))))
        elif kind == 10:
            doc.set_example_input(0, 0, float(rng.normal()))
        elif kind == 0:
            W = net.layers[layer].W
            i, j = (int(rng.integers(s)) for s in W.shape)
            doc.set_weight(layer, i, j, float(rng.normal()), merge=False)
        elif kind == 1:
            doc.set_bias(layer, int(rng.integers(net.layers[layer].n_out)), float(rng.normal()))
        elif kind == 2:
            doc.set_input_value(int(rng.integers(net.input_size)), float(rng.normal()), False)
        elif kind == 3:
            doc.resize_layer(layer, int(rng.integers(1, 7)))
        elif kind == 4:
            names = ["prelu", "tanh", "relu", "sigmoid", "leaky_relu"]
            doc.set_activation(layer, str(rng.choice(names)))
        elif kind == 5 and len(net.layers) < 5:
            doc.insert_layer(int(rng.integers(len(net.layers) + 1)), int(rng.integers(1, 6)))
        elif kind == 5:
            doc.remove_layer(layer)
        elif kind == 6:
            doc.set_target_value(int(rng.integers(net.output_size)), float(rng.normal()), False)
        elif kind == 7:
            doc.set_input_size(int(rng.integers(1, 6)))
        elif doc.target is not None:
            doc.apply_update()
        if doc.undo_stack.count() > steps:
            seen.append(fingerprint(doc))
        if kind == 4 and doc.network.layers[layer].activation == "prelu":
            doc.set_alpha(layer, float(rng.uniform(0, 1)), merge=False)
            seen.append(fingerprint(doc))
        if kind == 4 and doc.network.layers[layer].activation == "leaky_relu":
            doc.set_leaky_slope(layer, float(rng.uniform(0, 0.3)), merge=False)
            seen.append(fingerprint(doc))
    return seen


def test_undo_and_redo_restore_every_edit_bit_for_bit(qtbot):
    """Undo after a resize, a new layer or a weight edit would bring back slightly wrong numbers."""
    doc = Document()
    doc.set_target([1.0])
    doc.undo_stack.clear()
    seen = mixed_edits(doc, 120)
    assert doc.undo_stack.count() == len(seen) - 1
    for expected in reversed(seen[:-1]):
        doc.undo_stack.undo()
        assert fingerprint(doc) == expected
    for expected in seen[1:]:
        doc.undo_stack.redo()
        assert fingerprint(doc) == expected


def test_an_undo_step_holds_only_the_layers_its_edit_replaced(qtbot):
    """Each structural edit of a large network would keep whole copies of it in the history."""
    doc = Document()
    doc.set_network(sim.Network.create(64, [64, 64, 4], seed=0))
    start = doc.history_bytes()
    for k in range(10):
        doc.set_activation(1, "tanh" if k % 2 else "relu")  # every array stays shared
    assert doc.history_bytes() - start < 10 * 2 * KB
    doc.resize_layer(2, 5)  # the output layer's W and b are new: 64×5 numbers
    assert doc.history_bytes() - start < 10 * 2 * KB + 2 * 64 * 5 * 8 + 3 * KB


def test_records_already_made_keep_their_numbers_after_an_edit(qtbot):
    """The computation panel would show a step whose weights change under it."""
    doc = Document()
    doc.load_preset("book-3-layer")
    doc.finish_pass()
    record = doc.cursor.current()
    weights = record.weights.copy()
    doc.set_weight(record.layer, 0, record.neuron, 42.0)
    assert (record.weights == weights).all() and doc.cursor.current().weights[0] == 42.0


def test_a_weight_edit_recomputes_the_pass_from_its_layer_on(qtbot):
    """An edit of the output layer of a big network would redo every layer."""
    doc = Document()
    doc.load_preset("book-3-layer")
    doc.finish_pass()
    first = doc.cursor.forward[0]
    doc.set_weight(2, 0, 0, 3.0)
    assert doc.cursor.recomputed_from == 2 and doc.cursor.forward[0] is first
    doc.set_input_value(0, 0.25)
    assert doc.cursor.recomputed_from == 0


def layered_document(budget: int) -> Document:
    """A 30-30-30-4 network (7 KB a layer) and a small history budget."""
    doc = Document()
    doc.set_network(sim.Network.create(30, [30, 30, 4], seed=0))
    doc.undo_stack.clear()
    doc.history_budget = budget
    return doc


def test_the_oldest_steps_go_when_the_history_is_over_budget(qtbot):
    """A hundred structural edits of a big network would hold gigabytes of undo history."""
    doc = layered_document(60 * KB)
    seen = [fingerprint(doc)]
    for k in range(40):
        doc.resize_layer(0, 31 + k % 7)  # W1 and W2 replaced: about 15 KB each time
        doc.set_weight(1, 0, 0, float(k))
        seen += [None, fingerprint(doc)]  # the resize's state is not checked here
    assert doc.history_bytes() <= 60 * KB
    kept = doc.undo_stack.count()
    assert 0 < kept < 80
    for expected in reversed(seen[-kept - 1 : -1]):  # what remains undoes bit for bit
        doc.undo_stack.undo()
        if expected is not None:
            assert fingerprint(doc) == expected
    assert not doc.undo_stack.canUndo()
    for expected in seen[-kept:]:
        doc.undo_stack.redo()
        if expected is not None:
            assert fingerprint(doc) == expected


def test_the_newest_step_stays_even_alone_over_budget(qtbot):
    """With a tiny budget the edit just made could not be undone."""
    doc = layered_document(1 * KB)
    before = fingerprint(doc)
    doc.resize_layer(1, 40)
    doc.resize_layer(1, 41)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert fingerprint(doc) != before and doc.network.sizes[2] == 40


def test_a_smaller_budget_drops_steps_at_once(qtbot):
    """Lowering the budget in the preferences would change nothing until the next edit."""
    doc = layered_document(10 * 1024 * KB)
    for k in range(12):
        doc.resize_layer(1, 20 + k)
    assert doc.undo_stack.count() == 12
    doc.history_budget = 40 * KB
    assert doc.undo_stack.count() < 12 and doc.history_bytes() <= 40 * KB


@pytest.mark.parametrize("saved_at", [2, 38])
def test_the_saved_point_survives_a_drop_unless_it_went(qtbot, tmp_path, saved_at):
    """After old steps went, undoing back to the saved state would not read as saved."""
    doc = layered_document(120 * KB)  # keeps the last five or so of 40 resizes
    for k in range(40):
        if k == saved_at:
            doc.save(tmp_path / "net.neurostep")
        doc.resize_layer(0, 31 + k % 7)
    clean = doc.undo_stack.cleanIndex()
    if saved_at == 2:  # long gone: no undo reaches the saved state any more
        assert clean == -1
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
            assert doc.is_modified()
    else:
        doc.undo_stack.setIndex(clean)
        assert not doc.is_modified() and doc.network.sizes[1] == 31 + (saved_at - 1) % 7


def test_the_edit_menu_offers_what_remains_after_a_drop(qtbot):
    """After the oldest steps went, Undo would be greyed out or name a step that is gone."""
    window = make_window(qtbot)
    doc = window.document
    doc.set_network(sim.Network.create(30, [30, 30, 4], seed=0))
    doc.history_budget = 60 * KB
    for k in range(8):
        doc.resize_layer(0, 31 + k % 5)
    doc.set_activation(2, "tanh")
    undo = action(window, "actionUndo")
    assert doc.undo_stack.count() < 9
    assert undo.isEnabled() and "Change activation" in undo.text()
    for _ in range(doc.undo_stack.count()):
        assert undo.isEnabled()
        undo.trigger()
    assert not undo.isEnabled() and action(window, "actionRedo").isEnabled()


def test_weight_edits_between_structural_edits_cost_the_history_no_layer(qtbot):
    """Each structural edit after some weight edits would keep a whole copy of those layers."""
    doc = Document()
    doc.set_network(sim.Network.create(64, [64, 64, 4], seed=0))
    start = doc.history_bytes()
    for k in range(10):
        for i in range(5):
            doc.set_weight(0, i, k, float(i + k), merge=False)  # W1: 32 KB, copied each time
        doc.set_activation(1, "tanh" if k % 2 else "relu")
    assert doc.history_bytes() - start < 60 * 2 * KB  # 60 small steps, not 10 copies of W1


def test_a_training_run_undoes_bit_for_bit_and_counts_in_the_budget(qtbot):
    """Undo after training would bring back other weights, or the run's weights go uncounted."""
    window = make_window(qtbot)
    doc, training = window.document, window.training
    doc.set_network(sim.Network.create(2, [6, 2], ["tanh", "softmax"], seed=0))
    training.set_dataset("xor", n=40, seed=0)
    doc.resize_layer(0, 7)  # a structural step first: the run starts from shared arrays
    before, held = fingerprint(doc), doc.history_bytes()
    assert training.train_epoch() and fingerprint(doc) != before
    trained = fingerprint(doc)
    assert doc.history_bytes() - held >= 2 * (2 * 7 + 7 + 7 * 2 + 2) * 8  # both networks
    doc.undo_stack.undo()
    assert fingerprint(doc) == before
    doc.undo_stack.redo()
    assert fingerprint(doc) == trained
