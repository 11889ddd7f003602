"""Watching a run for divergence, and the last good weights to go back to.

``sim.Trainer`` refuses a step that would make the loss or a weight infinite, but
a learning rate far too large drives the weights to 1e150 long before that, and
from there no smaller η can recover.  So a run counts as diverged also when an
epoch's training loss grows ``EXPLODED`` times above the lowest of the run, and
then goes back to the last good epoch: one whose loss was at most ``GOOD`` times
that lowest.  Only the weights and the epoch number are kept per good epoch (the
history is cut back to it), so watching costs one copy of the weights an epoch.
"""

from __future__ import annotations

import math

import simulator as sim

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
        self._good: tuple[list, int] | None = None
        self._best = math.inf

    def start(self, net: sim.Network, epoch: int, loss: float) -> None:
        """A run begins from ``net`` (a copy the watch keeps) at ``epoch`` with ``loss``."""
        self._start = net
        self._good = (None, epoch)
        self._best = loss if math.isfinite(loss) else math.inf

    @property
    def good(self) -> tuple[sim.Network, int]:
        """(a new network holding the last good weights, its epoch)."""
        arrays, epoch = self._good
        net = self._start.copy()
        if arrays is not None:
            for mine, good in zip(net.parameters(), arrays):
                mine[...] = good
        return net, epoch

    def epoch_done(self, net: sim.Network, epoch: int, loss: float, learning_rate: float) -> None:
        """Note an epoch's training loss; raise ``Diverged`` if it exploded."""
        if not math.isfinite(loss) or loss > EXPLODED * self._best:
            raise Diverged("exploded", learning_rate)
        if loss <= GOOD * self._best:
            self._good = ([p.copy() for p in net.parameters()], epoch)
        self._best = min(self._best, loss)
