"""The Document: every edit undoable bit for bit, signals for every change."""

import numpy as np
import pytest

import simulator as sim
from ui.document import Document, Selection

W1 = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]
W2 = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]
W3 = [[0.1, 0.3], [0.2, 0.4]]
BOOK = sim.Network.from_arrays(
    [W1, W2, W3], [[0.1, 0.2, 0.3], [0.1, 0.2], [0.1, 0.2]], ["sigmoid", "sigmoid", "identity"]
)


@pytest.fixture
def doc(qtbot):
    document = Document()
    document.set_network(BOOK.copy())
    document.set_input_value(0, 1.0)
    document.set_input_value(1, 0.5)
    document.undo_stack.clear()
    return document


def same_network(a, b) -> bool:
    return len(a.layers) == len(b.layers) and all(
        np.array_equal(x.W, y.W) and np.array_equal(x.b, y.b) and x.activation == y.activation
        for x, y in zip(a.layers, b.layers)
    )


def test_book_network_output(doc):
    """The book example computes the seeds' output."""
    np.testing.assert_allclose(doc.output(), [0.31682708, 0.69627909], atol=1e-8)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.insert_layer(1, 4, "relu"),
        lambda d: d.remove_layer(1),
        lambda d: d.resize_layer(0, 5),
        lambda d: d.resize_layer(0, 1),
        lambda d: d.set_activation(1, "tanh"),
        lambda d: d.set_input_size(3),
        lambda d: d.set_weight(1, 2, 0, -3.0),
        lambda d: d.set_bias(2, 1, 0.75),
        lambda d: d.set_alpha(0, 0.1),
        lambda d: d.set_network(sim.Network.create(3, [2], "relu", seed=1)),
        lambda d: d.set_target([0.0, 1.0]),
    ],
)
def test_every_edit_undoes_and_redoes_bit_for_bit(doc, edit):
    """Undo after any edit gives back exactly the network the user had, and redo the edit."""
    before = doc.network.copy()
    edit(doc)
    after = doc.network.copy()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert same_network(doc.network, before)
    doc.undo_stack.redo()
    assert same_network(doc.network, after)


def test_slider_drag_merges_into_one_undo_step(doc):
    """Dragging a weight slider through many values undoes in one step."""
    for v in np.linspace(0, 1, 20):
        doc.set_weight(0, 0, 0, v)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.network.layers[0].W[0, 0] == 0.1


def test_discrete_edits_do_not_merge(doc):
    """Two typed values are two undo steps."""
    doc.set_weight(0, 0, 0, 1.0, merge=False)
    doc.set_weight(0, 0, 0, 2.0, merge=False)
    assert doc.undo_stack.count() == 2


def test_structural_edit_emits_structural_signal(doc, qtbot):
    """Adding a layer tells the views to lay out again."""
    with qtbot.waitSignal(doc.networkChanged) as blocker:
        doc.insert_layer(0, 3)
    assert blocker.args == [True]


def test_weight_edit_emits_value_signal(doc, qtbot):
    """Changing a weight tells the views only values changed."""
    with qtbot.waitSignal(doc.networkChanged) as blocker:
        doc.set_weight(0, 0, 0, 0.5)
    assert blocker.args == [False]


def test_input_edit_refreshes_the_pass(doc, qtbot):
    """Editing an input mid-pass recomputes the neurons already stepped."""
    doc.step_forward()
    assert doc.cursor.current().a == pytest.approx(0.3)
    with qtbot.waitSignal(doc.stepChanged):
        doc.set_input_value(0, 2.0)
    assert doc.cursor.forward_done == 1
    assert doc.cursor.current().a == pytest.approx(2.0 * 0.1 + 0.5 * 0.2 + 0.1)


def test_stepping_walks_the_seeds_numbers(doc):
    """Stepping the book example shows A1 then Z2 then the output."""
    zs = []
    while doc.cursor.next_record() is not None and doc.cursor.phase == "forward":
        doc.step_forward()
        zs.append(doc.cursor.current().z)
    np.testing.assert_allclose(
        zs,
        [0.57444252, 0.66818777, 0.75026011, 0.62624937, 0.7710107, 0.31682708, 0.69627909],
        atol=1e-8,
    )


def test_finish_layer_and_reset(doc):
    """Finish layer completes the layer being computed; reset empties the pass."""
    doc.step_forward()
    doc.finish_layer()
    assert doc.cursor.forward_done == 3
    doc.finish_layer()
    assert doc.cursor.forward_done == 5
    doc.reset_pass()
    assert doc.cursor.forward_done == 0 and doc.cursor.current() is None


def test_backward_steps_follow_forward_with_target(doc):
    """With a target, stepping past the forward pass walks the backward pass."""
    doc.set_target([0.0, 1.0])
    doc.finish_pass()
    assert doc.step_forward()
    rec = doc.cursor.current()
    _, grads = doc.network.loss_and_gradients(doc.input, doc.target)
    assert (rec.layer, rec.neuron) == (2, 0)
    np.testing.assert_array_equal(rec.dW, grads[2].dW[:, 0])


def test_step_backward_finishes_forward_first(doc):
    """Step backward from the middle of a forward pass completes it, then steps back-prop."""
    doc.set_target([0.0, 1.0])
    doc.step_forward()
    doc.step_backward()
    assert doc.cursor.forward_finished and doc.cursor.backward_done == 1


def test_apply_update_lowers_the_loss_and_undoes(doc):
    """One gradient step lowers the example's loss; undo restores the weights."""
    doc.set_target([0.0, 1.0])
    before, loss = doc.network.copy(), doc.current_loss()
    doc.apply_update()
    assert doc.current_loss() < loss
    doc.undo_stack.undo()
    assert same_network(doc.network, before)


def test_apply_update_without_target_is_refused(doc):
    """Without a target there is no gradient: the user gets a clear error."""
    with pytest.raises(ValueError, match="target"):
        doc.apply_update()


def test_invalid_edit_pushes_nothing(doc):
    """A refused edit (removing the only layer) leaves no undo step behind."""
    doc.set_network(sim.Network.create(2, [1]))
    count = doc.undo_stack.count()
    with pytest.raises(ValueError):
        doc.remove_layer(0)
    assert doc.undo_stack.count() == count


def test_selection_dropped_when_its_neuron_disappears(doc, qtbot):
    """Shrinking a layer under the selected neuron clears the selection."""
    doc.select(Selection("neuron", 1, 2))
    with qtbot.waitSignal(doc.selectionChanged):
        doc.resize_layer(0, 2)
    assert doc.selection is None


def test_input_follows_input_size(doc):
    """Growing the input layer pads the example input with zeros."""
    doc.set_input_size(4)
    np.testing.assert_array_equal(doc.input, [1.0, 0.5, 0.0, 0.0])


def test_modified_state_follows_undo(doc):
    """The document is modified after an edit and clean again after undoing it."""
    assert not doc.is_modified()
    doc.set_bias(0, 0, 1.0)
    assert doc.is_modified()
    doc.undo_stack.undo()
    assert not doc.is_modified()


def test_diverging_update_is_refused_with_weights_intact(doc):
    """A huge learning rate does not blow the network up: the update is refused, nothing changes."""
    doc.set_target([0.0, 1.0])
    doc.learning_rate = 1e308
    before, count = doc.network.copy(), doc.undo_stack.count()
    with pytest.raises(sim.TrainingDiverged):
        for _ in range(5):
            doc.apply_update()
    assert np.isfinite(doc.current_loss())
    assert doc.undo_stack.count() <= count + 4
    doc.undo_stack.setIndex(count)
    assert same_network(doc.network, before)


def test_gradient_history_follows_undo(doc):
    """Undoing an update also removes its point from the gradient history."""
    doc.set_target([0.0, 1.0])
    doc.apply_update()
    doc.apply_update()
    assert len(doc.gradient_history) == 2
    doc.undo_stack.undo()
    assert len(doc.gradient_history) == 1
    doc.undo_stack.redo()
    assert len(doc.gradient_history) == 2


def test_replacing_the_network_starts_a_new_pass(doc):
    """A new network shows no neurons computed from the old one's pass."""
    doc.finish_pass()
    doc.set_network(sim.Network.create(2, [4, 2], "relu", seed=3))
    assert doc.cursor.forward_done == 0


def test_a_refused_network_changes_nothing(doc, qtbot):
    """A too-large network would reset the pass to 0 though the old network stays shown."""
    from ui.panels.computation import ComputationPanel

    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    doc.set_target([0.0, 1.0])
    for _ in range(4):
        doc.step_forward()
    before, count, shown = doc.network.copy(), doc.undo_stack.count(), panel.text()
    record = doc.cursor.current()
    too_large = sim.Network.create(2, [sim.MAX_NEURONS + 1, 2], seed=0)
    with pytest.raises(ValueError, match="neurons"):
        doc.set_network(too_large)
    assert doc.cursor.forward_done == 4 and doc.cursor.current() is record
    assert same_network(doc.network, before) and doc.undo_stack.count() == count
    assert panel.text() == shown


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.set_weight(0, 0, 0, float("nan")),
        lambda d: d.set_bias(0, 0, float("inf")),
        lambda d: d.resize_layer(0, 5000),
        lambda d: d.set_input_size(4097),
    ],
)
def test_values_a_file_cannot_hold_are_refused(doc, edit):
    """NaN weights or oversized layers are refused, so every network can be saved and reopened."""
    before = doc.network.copy()
    with pytest.raises(ValueError):
        edit(doc)
    assert doc.undo_stack.count() == 0 and same_network(doc.network, before)


def test_the_example_title_is_kept_in_english_whatever_the_language(qtbot):
    """A title stored in the shown language would be saved in it and not follow a switch.

    The views translate it when they draw (the window title: test_display_text.py).
    """
    from ui.text import i18n

    i18n.set_language("zh")
    document = Document()
    document.load_preset("book-3-layer")
    assert document.title == sim.load_preset("book-3-layer").title


def test_undo_texts_follow_a_language_switch(qtbot):
    """An edit made in English reads in Chinese in the Edit menu after switching."""
    from ui.text import i18n

    document = Document()
    document.insert_layer(1, 2)
    assert document.undo_stack.undoText() == "Add layer"
    i18n.set_language("zh")
    document.retranslate()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in document.undo_stack.undoText())


def test_older_undo_texts_read_in_the_new_language_when_undone(qtbot):
    """After a switch to Chinese, undoing an edit made in English showed the older
    step's name in English in the Edit menu."""
    from ui.text import i18n

    def chinese(text: str) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)

    document = Document()
    document.insert_layer(1, 2)
    document.set_bias(0, 0, 1.0)
    i18n.set_language("zh")
    document.retranslate()
    document.undo_stack.undo()
    assert chinese(document.undo_stack.undoText()) and chinese(document.undo_stack.redoText())
    i18n.set_language("en")
    document.retranslate()
    document.undo_stack.redo()
    assert document.undo_stack.undoText() == "Change bias"


def test_example_opens_as_a_fresh_document(doc):
    """Opening an example starts a new history: no undo step leads back to a nameless copy."""
    doc.set_bias(0, 0, 1.0)
    doc.path = "/tmp/somewhere.neurostep"
    doc.load_preset("xor")
    assert doc.undo_stack.count() == 0 and doc.path is None and not doc.is_modified()


def test_learning_rate_is_an_undoable_saved_setting(doc, tmp_path, qtbot):
    """η set by the user is saved with the file, reopened, and undoable."""
    with qtbot.waitSignal(doc.settingsChanged):
        doc.learning_rate = 0.5
    doc.save(tmp_path / "net.neurostep")
    doc.new()
    assert doc.learning_rate == 0.1
    doc.open(tmp_path / "net.neurostep")
    assert doc.learning_rate == 0.5
    doc.learning_rate = 0.25
    doc.undo_stack.undo()
    assert doc.learning_rate == 0.5
    with pytest.raises(ValueError):
        doc.learning_rate = 0.0


def test_first_target_value_is_one_undo_step(doc):
    """Typing t1 on an example with no target is one step in the Edit menu."""
    doc.set_target(None)
    count = doc.undo_stack.count()
    doc.set_target_value(0, 1.0)
    assert doc.undo_stack.count() == count + 1
    np.testing.assert_array_equal(doc.target, [1.0, 0.0])


def test_one_change_ends_with_one_settled_signal(doc):
    """A view redrawing once per change (the Inspector) would redraw before the change's
    last signal, showing half of it, or never, if settled came early or not at all."""
    heard = []
    for name in ("stepChanged", "selectionChanged", "exampleChanged", "settled"):
        getattr(doc, name).connect(lambda *_a, n=name: heard.append((n, doc.changing)))
    doc.networkChanged.connect(lambda _s: heard.append(("networkChanged", doc.changing)))
    doc.select(Selection("neuron", 3, 1))
    heard.clear()
    for change in (
        lambda: doc.remove_layer(1),  # the selected neuron's layer is now the second
        doc.undo_stack.undo,
        lambda: doc.set_bias(0, 0, 2.0),
        lambda: doc.load_preset("book-3-layer"),
    ):
        change()
        assert heard[-1] == ("settled", False)
        assert [n for n, _c in heard].count("settled") == 1
        assert all(changing for n, changing in heard[:-1])  # every other signal inside it
        assert not doc.changing
        heard.clear()
    doc.step_forward()  # a step alone is no change of several signals
    assert heard == [("stepChanged", False)]
