"""The timeline: the epochs kept, which one is shown, and going on from one of them.

``Timeline`` (``window.training.timeline``) keeps a snapshot of the weights at
each epoch the training model reaches (its ``epochReached`` signal, and
``epochsReached`` for the epochs of a slice of a run together), in branches
within a memory budget (``store``), and shows any kept epoch through
``Document.show_past``: the canvas, the stepping, the decision view, the feature
maps and the confusion matrix then show the network as it was, read-only,
without an undo step; the loss chart marks the epoch.  ``show_now()`` goes back
to the present.  "Continue from here" (``continue_from_shown``) makes the epoch
shown the current network, its epoch the epoch counter and the history up to it
the loss chart's, as one undo step; training then goes on from it.  Any edit of
the network while a past epoch is shown does the same first (the Document calls
back), so the edit applies to the network the user sees.

Signals
-------
changed()
    The epochs kept for the progress shown changed (a new epoch, undo, a reset).
shownChanged()
    Another epoch is shown (``shown_epoch``), or the present again (None).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, Signal

from ui.document.state import structure_key

from ..commands import WeightsCommand
from .pins import PinnedRuns
from .store import Branch, Budget, flat_parameters, network_from


class Timeline(QObject):
    """Snapshots of ``model``'s training and the epoch shown (see the module docstring)."""

    changed = Signal()
    shownChanged = Signal()

    def __init__(self, model, budget: Budget | None = None):
        super().__init__(model)
        self.model = model
        self.budget = budget or Budget()
        self.pins = PinnedRuns(model)
        self._shown: int | None = None
        self._entries_key = None
        self._entries: tuple = ([], [], [])
        model.epochReached.connect(self._on_epoch_reached)
        model.epochsReached.connect(self._on_epochs_reached)
        model.progressChanged.connect(self._on_progress_changed)
        model.document.pastChanged.connect(self._on_past_changed)

    # ---- what is kept -------------------------------------------------------------------
    @property
    def branch(self) -> Branch | None:
        return self.model.progress.snapshots

    def entries(self) -> list[tuple[int, object]]:
        """(epoch, parameters) of every epoch kept up to the current one, oldest first;
        only those of the network's present structure."""
        return self._kept()[2]

    def _kept(self) -> tuple[list[int], list, list]:
        """(epochs, parameters, entries) kept up to the current epoch, made again only
        when the branch, its length or the epoch changed (the bar asks at every tick)."""
        branch, epoch = self.branch, self.model.epoch
        if branch is None or branch.structure != structure_key(self.model.document.network):
            return [], [], []
        key = (id(branch), len(branch), branch.last_epoch, epoch)
        if key != self._entries_key:
            entries = branch.entries(epoch)
            epochs = [e for e, _row in entries]
            self._entries_key, self._entries = key, (epochs, [r for _e, r in entries], entries)
        return self._entries

    def epochs(self) -> list[int]:
        """The epochs that can be shown, oldest first."""
        return list(self._kept()[0])

    def snapshot(self, epoch: int):
        """A new network holding the weights kept at ``epoch`` (KeyError if not kept)."""
        epochs, rows, _entries = self._kept()
        i = bisect.bisect_left(epochs, epoch)
        if i == len(epochs) or epochs[i] != epoch:
            raise KeyError(f"no weights kept at epoch {epoch}")
        return network_from(self.model.document.current_network, rows[i])

    def holds(self, epoch: int, net) -> bool:
        """Whether the weights kept at ``epoch`` are ``net``'s (without making a network:
        the bar asks at every tick of a run)."""
        epochs, rows, _entries = self._kept()
        i = bisect.bisect_left(epochs, epoch)
        return i < len(epochs) and epochs[i] == epoch and _same(rows[i], flat_parameters(net))

    @property
    def nbytes(self) -> int:
        """Memory the snapshots of every branch alive hold."""
        return self.budget.used

    # ---- showing ----------------------------------------------------------------------
    @property
    def shown_epoch(self) -> int | None:
        """The past epoch shown, or None for the present."""
        return self._shown

    def show(self, epoch: int) -> None:
        """Show the network as it was at ``epoch`` (pausing a run first)."""
        self.model.pause()
        net = self.snapshot(epoch)
        net.freeze()  # read-only, as shown: the pass and the views may share its arrays
        self._shown = epoch  # before the Document's pastChanged, which asks
        self.model.document.show_past(net, self.continue_from_shown)
        self.shownChanged.emit()

    def show_now(self) -> None:
        """Show the current network again."""
        self.model.document.leave_past()

    def continue_from_shown(self) -> None:
        """Make the epoch shown the current network and epoch: one undo step."""
        epoch = self._shown
        if epoch is None or not self.model.document.showing_past:
            return
        model = self.model
        net = model.document.network.share()  # the past one shown
        history = model.history.copy()
        for values in vars(history).values():
            del values[epoch:]
        before = (model.document.current_network.share(), model._copy_progress())
        after = (net, model.progress._replace(epoch=epoch, history=history))
        model.document.undo_stack.push(WeightsCommand(model, before, after, "continue", epoch))

    # ---- following the model ------------------------------------------------------------
    def _on_epoch_reached(self, epoch: int, net) -> None:
        flat = flat_parameters(net)
        branch, key = self.branch, structure_key(net)
        mine = branch is not None and branch.structure == key
        if mine and branch.last_epoch == epoch - 1:
            branch.add(epoch, flat)  # the next epoch of the line under way
        elif not (mine and branch.last_epoch == epoch and _same(branch.row(epoch), flat)):
            # A run from anywhere else (an earlier epoch, edited weights): a new line that
            # keeps the epochs before it in its parent.
            fresh = Branch(branch if mine else None, epoch, key, self.budget)
            fresh.add(epoch, flat)
            self.model.attach_snapshots(fresh)
        self.changed.emit()

    def _on_epochs_reached(self, first: int, rows) -> None:
        """A slice of the run under way: copies of ``rows``, the epochs from ``first``."""
        branch, key = self.branch, structure_key(self.model.network)
        mine = branch is not None and branch.structure == key
        if mine and branch.last_epoch == first - 1:
            branch.add_many(first, rows)
        else:  # as _on_epoch_reached: a line of its own (the run's start is always kept)
            fresh = Branch(branch if mine else None, first, key, self.budget)
            fresh.add_many(first, rows)
            self.model.attach_snapshots(fresh)
        self.changed.emit()

    def _on_progress_changed(self) -> None:
        self.changed.emit()

    def _on_past_changed(self) -> None:
        if not self.model.document.showing_past and self._shown is not None:
            self._shown = None
            self.shownChanged.emit()


def _same(row, flat) -> bool:
    return row is not None and row.shape == flat.shape and bool((row == flat).all())
