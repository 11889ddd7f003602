"""What one slice of training did, epoch by epoch, kept in arrays made once.

A slice trains many epochs between two turns of the event loop.  Each epoch's
figures and weights go into a row of ``SliceLog`` (one copy of the weights into
a preallocated row, four floats): the history, the timeline and the epoch
counter take the epochs of the slices since the views' last refresh at the
next one, in one call each, so the work a run does per epoch besides training
stays a few array writes.  When the training worker trains, it logs the epochs in
its own ``SliceLog`` and sends them; the window's ``extend``s its log with them.
"""

from __future__ import annotations

import operator

import numpy as np

import simulator as sim

FIGURES = 4  # train loss, train accuracy, test loss, test accuracy


class SliceLog:
    """The epochs finished since the last ``take`` (see the module docstring)."""

    def __init__(self):
        self._rows = np.empty((0, 0))
        self._figures = np.empty((0, FIGURES))
        self.count = 0
        self._seen: list[np.ndarray] = []  # the parameter arrays of the last add
        self._source: np.ndarray | None = None  # the one buffer they view, if they do

    def add(self, net: sim.Network, train: tuple[float, float], test: tuple[float, float]):
        """Keep ``net``'s parameters (flat, in ``net.parameters()`` order) and the
        epoch's ``(loss, accuracy)`` of the training and the test points; the row
        of parameters, shape (P,), which is the log's until the next ``take``."""
        params = net.parameters()
        if len(params) != len(self._seen) or not all(map(operator.is_, params, self._seen)):
            self._seen, self._source = params, one_buffer(params)
        size = sum(p.size for p in params) if self._source is None else self._source.size
        if self.count == len(self._rows) or self._rows.shape[1] != size:
            self._grow(size)
        row = self._rows[self.count]
        if self._source is None:
            np.concatenate([p.ravel() for p in params], out=row)
        else:  # a trainer's packed weights: one copy
            np.copyto(row, self._source)
        self._figures[self.count] = (*train, *test)
        self.count += 1
        return row

    def extend(self, figures: np.ndarray, rows: np.ndarray) -> None:
        """Add epochs logged elsewhere (the training worker's): ``figures`` (n, 4) and
        their parameters ``rows`` (n, P), oldest first."""
        n = len(figures)
        if not n:
            return
        size = rows.shape[1]
        if self.count + n > len(self._rows) or self._rows.shape[1] != size:
            self._grow(size, n)
        self._rows[self.count : self.count + n] = rows
        self._figures[self.count : self.count + n] = figures
        self.count += n

    def last(self, column: int) -> float:
        """The newest epoch's figure ``column`` (0: train loss ... 3: test accuracy)."""
        return float(self._figures[self.count - 1, column])

    def take(self) -> tuple[np.ndarray, np.ndarray]:
        """(figures (n, 4), parameters (n, P)) of the epochs logged, oldest first, and
        forget them.  Both are views of the log's buffers: copy what is kept."""
        n, self.count = self.count, 0
        return self._figures[:n], self._rows[:n]

    def clear(self) -> None:
        self.count = 0

    def _grow(self, size: int, room: int = 1) -> None:
        """Room for ``room`` more epochs and at least twice as many as now (the rows
        logged so far kept), or rows of a new length (the network changed: nothing
        logged fits it)."""
        if self._rows.shape[1] != size:
            self.count = 0
        now = 2 * len(self._rows) if self.count else len(self._rows)
        capacity = max(16, self.count + room, now)
        rows, figures = np.empty((capacity, size)), np.empty((capacity, FIGURES))
        if self.count:
            rows[: self.count] = self._rows[: self.count]
            figures[: self.count] = self._figures[: self.count]
        self._rows, self._figures = rows, figures


def one_buffer(params: list[np.ndarray]) -> np.ndarray | None:
    """The float64 array (P,) that ``params`` view whole, one after another, or None.

    ``sim.Trainer`` keeps a network's weights so (its packed weights): a copy of
    that buffer is then the parameters laid end to end, as ``np.concatenate`` of
    them gives, in one call.  Which arrays and where is checked, not assumed.
    """
    base = params[0].base if params else None
    if not isinstance(base, np.ndarray) or base.dtype != np.float64 or base.ndim != 1:
        return None
    at = base.__array_interface__["data"][0]
    for p in params:
        if p.base is not base or not p.flags.c_contiguous:
            return None
        if p.__array_interface__["data"][0] != at:
            return None
        at += p.nbytes
    return base if at == base.__array_interface__["data"][0] + base.nbytes else None
