"""Watching a run for divergence, and the last good weights to go back to.

``sim.Trainer`` refuses a step that would make the loss or a weight infinite, but
a learning rate far too large drives the weights to 1e150 long before that, and
from there no smaller η can recover.  So a run counts as diverged also when an
epoch's training loss grows ``EXPLODED`` times above the lowest of the run, and
then goes back to the last good epoch: one whose loss was at most ``GOOD`` times
that lowest.  Only the weights and the epoch number are kept per good epoch (the
history is cut back to it), so watching costs one copy of the weights an epoch,
into the same buffer each time.
"""

from __future__ import annotations

import math

import numpy as np

import simulator as sim

from .timeline.store import network_from

EXPLODED = 1e4
GOOD = 2.0


class Diverged(Exception):
    """A run went wrong: ``cause`` is "loss", "weights" (infinite) or "exploded"."""

    def __init__(self, cause: str, learning_rate: float):
        super().__init__(cause)
        self.cause, self.learning_rate = cause, learning_rate


class DivergenceWatch:
    """The best loss of the run under way and its last good epoch."""

    def __init__(self):
        self._start: sim.Network | None = None
        self._good_row: np.ndarray | None = None  # the good epoch's parameters, flat
        self._good_epoch = 0
        self._best = math.inf

    def start(self, net: sim.Network, epoch: int, loss: float) -> None:
        """A run begins from ``net`` (a copy the watch keeps) at ``epoch`` with ``loss``."""
        self._start = net
        self._good_row, self._good_epoch = None, epoch
        self._best = loss if math.isfinite(loss) else math.inf

    @property
    def good(self) -> tuple[sim.Network, int]:
        """(a new network holding the last good weights, its epoch)."""
        row, epoch = self._good_row, self._good_epoch
        if row is None:
            return self._start.copy(), epoch
        return network_from(self._start, row), epoch

    def check(self, loss: float, learning_rate: float) -> None:
        """Raise ``Diverged`` if an epoch's training loss ``loss`` exploded."""
        if not math.isfinite(loss) or loss > EXPLODED * self._best:
            raise Diverged("exploded", learning_rate)

    def epoch_done(self, flat: np.ndarray, epoch: int, loss: float) -> None:
        """Note an epoch's training loss (``check``ed) and its parameters ``flat`` (P,)
        in ``net.parameters()`` order (copied when the epoch is good)."""
        if loss <= GOOD * self._best:
            row = self._good_row
            if row is None or row.shape != flat.shape:
                row = self._good_row = np.empty_like(flat)
            np.copyto(row, flat)
            self._good_epoch = epoch
        self._best = min(self._best, loss)
