"""Snapshots of the weights while training, within a fixed memory budget (no Qt).

Every finished epoch adds one snapshot: the network's parameters in one flat
array.  A ``Branch`` holds those of one line of training, from the epoch it
began at; a run that goes on from an earlier epoch (after undo, or "Continue
from here") begins a new branch whose parent keeps the epochs before it, so an
undo step's progress (``Progress.snapshots``) still finds every epoch it showed.

Two rules keep the memory bounded whatever the run's length:

- a branch holds at most ``MAX_ROWS`` snapshots (a slider has no more positions
  worth having);
- all the branches alive together hold at most ``BUDGET_BYTES``.

When either is passed, a branch is *thinned*: of every other snapshot inside it,
the half whose neighbours stand closest, relative to how far into the run it is,
is dropped.  So the first epochs stay (every one of the first ~170 of a long
run), later ones thin out roughly in proportion to their epoch, and the newest
stay dense until they too are thinned.  The first and the last snapshot always
stay.
"""

from __future__ import annotations

import bisect
import weakref

import numpy as np

import simulator as sim

BUDGET_BYTES = 48 * 2**20  # below the 50 MB promised, with the lists' own bookkeeping
MAX_ROWS = 2048
ROW_OVERHEAD = 150  # bytes an entry costs besides its numbers: the array's header, its epoch
SPREAD = 16  # epochs: how early in a run the snapshots stay dense


def flat_parameters(net: sim.Network) -> np.ndarray:
    """Every parameter of ``net`` in one new float64 array, layer by layer."""
    return np.concatenate([np.ravel(p) for p in net.parameters()]).astype(np.float64, copy=False)


def network_from(template: sim.Network, flat: np.ndarray) -> sim.Network:
    """A copy of ``template`` (the structure) holding the parameters ``flat``."""
    net = template.copy()
    put_parameters(net, flat)
    return net


def put_parameters(net: sim.Network, flat: np.ndarray) -> None:
    """Write ``flat`` (P,) into ``net``'s parameters in place, in ``flat_parameters``'s order."""
    at = 0
    for p in net.parameters():
        p[...] = flat[at : at + p.size].reshape(p.shape)
        at += p.size
    if at != flat.size:
        raise ValueError("the snapshot does not fit this network")


def thinned(epochs: np.ndarray, start: int) -> np.ndarray:
    """Which of ``epochs`` (sorted) to keep: a bool mask dropping about a quarter.

    Candidates are every other snapshot inside (never two neighbours, never the
    first or the last); of them the half whose neighbours are closest, for how far
    into the run they are, go.
    """
    n = len(epochs)
    keep = np.ones(n, dtype=bool)
    inner = np.arange(1, n - 1, 2)
    if not len(inner):
        return keep
    score = (epochs[inner + 1] - epochs[inner - 1]) / (epochs[inner] - start + SPREAD)
    keep[inner[np.argsort(score, kind="stable")[: max(1, len(inner) // 2)]]] = False
    return keep


class Budget:
    """The branches alive together and the memory they may hold."""

    def __init__(self, limit: int = BUDGET_BYTES, max_rows: int = MAX_ROWS):
        self.limit, self.max_rows = limit, max_rows
        self._branches: weakref.WeakSet = weakref.WeakSet()

    def add(self, branch: Branch) -> None:
        self._branches.add(branch)

    @property
    def used(self) -> int:
        """Bytes held by every branch alive (numbers and bookkeeping)."""
        return sum(b.nbytes for b in self._branches)

    def enforce(self, growing: Branch) -> None:
        """Thin ``growing`` past its row limit, then the largest branches past the budget."""
        if len(growing) > self.max_rows:
            growing.thin()
        used = self.used
        while used > self.limit:
            largest = max(self._branches, key=lambda b: b.nbytes)
            before = largest.nbytes
            if not largest.thin():
                break  # nothing left to thin: a few snapshots of a huge network
            used -= before - largest.nbytes


class Branch:
    """The snapshots of one line of training (see the module docstring).

    Parameters
    ----------
    parent : Branch or None
        The branch holding the epochs before ``start``; None when this one is the first
        (or the network's structure changed).
    start : int
        The epoch of this branch's first snapshot.
    structure : tuple
        The network's sizes and activations (``structure_key``).
    """

    def __init__(self, parent: Branch | None, start: int, structure, budget: Budget):
        self.parent, self.start, self.structure = parent, start, structure
        self._budget = budget
        self._epochs: list[int] = []
        self._rows: list[np.ndarray] = []
        self._nbytes = 0
        budget.add(self)

    def __len__(self) -> int:
        return len(self._epochs)

    @property
    def last_epoch(self) -> int | None:
        return self._epochs[-1] if self._epochs else None

    @property
    def nbytes(self) -> int:
        """Bytes its snapshots hold (their numbers and ``ROW_OVERHEAD`` each)."""
        return self._nbytes

    def add(self, epoch: int, flat: np.ndarray) -> None:
        """Keep ``flat`` (owned from now on) as the parameters at the end of ``epoch``."""
        if self._epochs and epoch <= self._epochs[-1]:
            raise ValueError(f"epoch {epoch} is not after {self._epochs[-1]}")
        self._epochs.append(int(epoch))
        self._rows.append(flat)
        self._nbytes += flat.nbytes + ROW_OVERHEAD
        self._budget.enforce(self)

    def add_many(self, first: int, rows: np.ndarray) -> None:
        """Keep copies of ``rows`` (n, P) as the parameters at the end of epochs
        ``first``, ``first + 1``, ...: what ``add`` does for each, the budget looked
        at once (a slice of training hands over its epochs together)."""
        if self._epochs and first <= self._epochs[-1]:
            raise ValueError(f"epoch {first} is not after {self._epochs[-1]}")
        limit = self._budget.max_rows
        for k, row in enumerate(rows):
            flat = row.copy()
            self._epochs.append(first + k)
            self._rows.append(flat)
            self._nbytes += flat.nbytes + ROW_OVERHEAD
            if len(self._epochs) > limit:
                self.thin()
        self._budget.enforce(self)

    def thin(self) -> bool:
        """Drop about a quarter of the snapshots (never the first or last); False if none."""
        if len(self._epochs) < 3:
            return False
        keep = thinned(np.asarray(self._epochs), self.start)
        self._epochs = [e for e, k in zip(self._epochs, keep) if k]
        self._rows = [r for r, k in zip(self._rows, keep) if k]
        self._nbytes = sum(r.nbytes for r in self._rows) + ROW_OVERHEAD * len(self._rows)
        return True

    def entries(self, upto: int) -> list[tuple[int, np.ndarray]]:
        """(epoch, parameters) of every epoch kept up to ``upto``, oldest first, this
        branch's own and its ancestors' before it."""
        n = bisect.bisect_right(self._epochs, upto)  # the epochs are in order
        own = list(zip(self._epochs[:n], self._rows[:n]))
        if self.parent is None:
            return own
        return self.parent.entries(self.start - 1) + own

    def row(self, epoch: int) -> np.ndarray | None:
        """This branch's own parameters at ``epoch``, or None when not kept here."""
        i = np.searchsorted(np.asarray(self._epochs), epoch)
        return self._rows[i] if i < len(self._epochs) and self._epochs[i] == epoch else None
