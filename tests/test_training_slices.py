"""A run hands each slice's epochs over together: nothing a student sees may differ for it."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QWidget
from training_helpers import show_dock, training_window, use_network, wait_until_paused

from ui.training.timeline.store import Branch, Budget, flat_parameters


def test_a_slice_of_epochs_is_kept_as_if_added_one_by_one():
    """A long run's timeline would keep other epochs than the same run added epoch by epoch."""
    rows = np.random.default_rng(0).normal(size=(300, 5))
    one = Branch(None, 0, "s", Budget(max_rows=64))
    together = Branch(None, 0, "s", Budget(max_rows=64))
    for epoch, row in enumerate(rows):
        one.add(epoch, row.copy())
    for first in range(0, 300, 37):
        together.add_many(first, rows[first : first + 37])
    assert [e for e, _r in together.entries(299)] == [e for e, _r in one.entries(299)]
    pairs = zip(together.entries(299), one.entries(299))
    assert all(np.array_equal(a, b) for (_e, a), (_f, b) in pairs)


def test_a_run_records_every_epoch_in_the_history_and_on_the_timeline(qtbot):
    """The loss chart or the slider would miss epochs trained in the same slice."""
    window = training_window(qtbot)
    use_network(window, 2, [4, 1], ["tanh", "sigmoid"])
    training = window.training
    training.set_dataset("xor", n=100, noise=0.1)
    training.stop_epochs = 40
    training.start()
    wait_until_paused(qtbot, training)
    assert training.epoch == 40
    history = training.history
    assert len(history.train_loss) == len(history.test_loss) == 40
    assert np.all(np.isfinite(history.train_loss)) and np.all(np.isfinite(history.test_loss))
    show_dock(window, "dockLoss")
    bar = window.findChild(QWidget, "trainingTimeline")
    assert bar.positions() == list(range(41))
    kept = training.timeline.snapshot(40)
    assert np.array_equal(flat_parameters(kept), flat_parameters(window.document.network))
