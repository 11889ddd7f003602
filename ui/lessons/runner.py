"""Plays a lesson: Next runs a step, Back puts the window back as it was before it.

A step's value edits never merge with the step before's (``merge=False``): each step has
its own undo steps to go back through.

Before each step the runner pauses a run under way (it becomes one undo step) and
notes where the undo history stands and what no undo step holds (the pass's place,
the stepped row, the selection, the compared curves, the plot's range, the matrix
form, the gradient chart in front and its scale, what the feature maps show).  Back
undoes to that point and restores the rest, so the previous step's state comes back
exactly, the student's own edits made during it included.  If the history was
replaced meanwhile (File ▸ Open, say), the lesson is replayed from its start up to
that step instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from .app import LessonApp
from .catalogue import LESSONS


@dataclass(frozen=True)
class Snapshot:
    """What the window showed before a step ran."""

    undo_index: int
    undo_top: object  # the command just under undo_index: the history is still ours
    network: object  # and what undoing to undo_index must give back, to be sure
    inputs: np.ndarray
    targets: object
    settings: tuple  # the training and data-set settings (merged edits would hide there)
    forward_done: int
    backward_done: int
    row: int
    selection: object
    compared: tuple
    wide: bool
    matrix: bool
    chart: str
    log_scale: bool
    features: str


class LessonRunner(QObject):
    """The lesson under way in ``window``, and its current step.

    Signals
    -------
    changed()
        A lesson started or stopped, or its step changed.
    """

    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.app = LessonApp(window)
        self.lesson = None
        self.step = -1  # index of the step shown
        self._snapshots: list[Snapshot] = []

    @property
    def running(self) -> bool:
        return self.lesson is not None

    def start(self, number: int) -> None:
        """Begin lesson ``number`` (1-based) at its first step."""
        self.app.training.pause()
        self.app.fresh_views()
        self.lesson = LESSONS[number]
        self.step = -1
        self._snapshots = []
        self.next()

    def stop(self) -> None:
        self.lesson, self.step, self._snapshots = None, -1, []
        self.changed.emit()

    def can_go_back(self) -> bool:
        return self.running and self.step > 0

    def can_go_on(self) -> bool:
        return self.running and self.step < len(self.lesson.steps) - 1

    def next(self) -> bool:
        """Run the next step; False at the last one."""
        if not self.running or self.step >= len(self.lesson.steps) - 1:
            return False
        self.app.training.pause()
        self._snapshots.append(self._snapshot())
        self.step += 1
        self.lesson.steps[self.step].do(self.app)
        self.bring_docks()
        self.changed.emit()
        return True

    def back(self) -> bool:
        """Show the previous step as it was; False at the first one."""
        if not self.can_go_back():
            return False
        self.app.training.pause()
        snap = self._snapshots.pop()
        self.step -= 1
        if not self._restore(snap):
            self._replay(self.step)
        self.bring_docks()
        self.changed.emit()
        return True

    def docks(self) -> tuple[str, ...]:
        """The docks the step shown needs in front (none without a lesson)."""
        return self.lesson.steps[self.step].docks if self.running else ()

    def bring_docks(self) -> None:
        for name in self.docks():
            self.app.show_dock(name)

    # ---- snapshots ------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        doc, stack = self.app.doc, self.app.doc.undo_stack
        index = stack.index()
        return Snapshot(
            index,
            stack.command(index - 1) if index > 0 else None,
            doc.network.copy(),
            doc.example_inputs.copy(),
            None if doc.example_targets is None else doc.example_targets.copy(),
            _settings(doc),
            doc.cursor.forward_done,
            doc.cursor.backward_done,
            doc.example_row,
            doc.selection,
            self.app.activation.compared(),
            self.app.activation.wide_range,
            self.app.computation.matrix_box.isChecked(),
            self.app.gradients.shown_chart(),
            self.app.gradients.log_scale(),
            self.app.features.tiles.mode,
        )

    def _restore(self, snap: Snapshot) -> bool:
        """Undo to the snapshot and restore the rest; False if the history is not ours."""
        doc, stack = self.app.doc, self.app.doc.undo_stack
        top = stack.command(snap.undo_index - 1) if snap.undo_index > 0 else None
        if stack.count() < snap.undo_index or top is not snap.undo_top:
            return False
        stack.setIndex(snap.undo_index)
        if not _same(doc, snap):  # the history was replaced by another of the same length
            return False
        if doc.example_row != snap.row:
            doc.choose_example(snap.row)
        doc.select(snap.selection)
        doc.show_steps(snap.forward_done, snap.backward_done)
        self.app.compare(*snap.compared)
        self.app.wide_range(snap.wide)
        self.app.matrix_form(snap.matrix)
        if snap.chart != self.app.gradients.shown_chart():
            self.app.gradients.show_chart(snap.chart)
        self.app.gradients.set_log_scale(snap.log_scale)
        self.app.feature_maps(snap.features)
        return True

    def _replay(self, last: int) -> None:
        """Run the lesson's steps 0..last again, from its start."""
        self._snapshots = []
        self.app.instant = True  # each step's training done before the next step runs
        try:
            for index in range(last + 1):
                self._snapshots.append(self._snapshot())
                self.lesson.steps[index].do(self.app)
        finally:
            self.app.instant = False


def _same(doc, snap: Snapshot) -> bool:
    """Whether the document holds the snapshot's network and table."""
    net, other = doc.network, snap.network
    if net.sizes != other.sizes or not np.array_equal(doc.example_inputs, snap.inputs):
        return False
    targets = doc.example_targets
    if (targets is None) != (snap.targets is None):
        return False
    if targets is not None and not np.array_equal(targets, snap.targets):
        return False
    if _settings(doc) != snap.settings:
        return False
    return all(
        (a.activation, a.alpha, a.leaky_slope) == (b.activation, b.alpha, b.leaky_slope)
        and np.array_equal(a.W, b.W)
        and np.array_equal(a.b, b.b)
        for a, b in zip(net.layers, other.layers)
    )


def _settings(doc) -> tuple:
    """What a step may set that an undo step merged with the step before's would keep."""
    return (
        doc.learning_rate,
        dict(doc.training_settings),
        dict(doc.dataset_settings),
        doc.title,
        doc.note,
    )
