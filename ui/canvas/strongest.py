"""Which weights of a layer the canvas draws, kept up to date edit by edit.

A layer of up to ``limit`` weights draws them all; a larger one (784×128,
2048×2048) draws its ``limit`` strongest: the largest |w|, ties going to the lower
flat index ``i·n_out + j``, so the set is the same whichever way it was reached.
Finding them afresh costs a pass over the whole layer (an ``argpartition`` of
4 million numbers); after an edit of a few weights ``DrawnEdges.update`` finds
them from what it kept:

- ``candidates``: at least the ``limit`` strongest (a reserve of ``spare`` more
  after each full pass), their |w| kept beside them;
- ``bound``: a key no weight outside the candidates is stronger than.

A weight changed outside the candidates joins them if it is now stronger than
``bound``; a candidate changed stays one.  While at least ``limit`` candidates are
stronger than ``bound``, the ``limit`` strongest of all are among them, so the
drawn set is exactly what a fresh pass would find; when too many drawn weights
have weakened below ``bound`` (``spare`` of them at the least), a fresh pass runs.
"""

from __future__ import annotations

import numpy as np

WIDEST = np.inf  # an index weaker than any real one with the same |w|


class DrawnEdges:
    """The drawn weights of one layer's W (n_in, n_out), as flat indices.

    Parameters
    ----------
    W : ndarray, shape (n_in, n_out)
    limit : int
        How many weights are drawn at most.
    spare : int
        How many more strongest ones a fresh pass keeps in reserve.
    """

    def __init__(self, W: np.ndarray, limit: int, spare: int | None = None):
        self.limit = limit
        self.spare = limit if spare is None else spare
        self.fresh_passes = 0  # how many times the whole layer was searched (for tests)
        self._refresh(W)

    # ---- reading ------------------------------------------------------------
    @property
    def drawn(self) -> np.ndarray:
        """Flat indices of the drawn weights, ascending; shape (min(size, limit),)."""
        return self._drawn

    @property
    def largest(self) -> float:
        """The largest |w| of the layer (0 for an empty one)."""
        return float(self._abs.max()) if self._abs.size else 0.0

    # ---- changing -----------------------------------------------------------
    def update(self, W: np.ndarray, changed: np.ndarray | None) -> bool:
        """Follow W after the weights at flat indices ``changed`` (None: any) changed.

        Returns whether the drawn set changed (its members, not their values).
        """
        before = self._drawn
        if changed is None or W.shape != self._shape or len(changed) > self.spare:
            self._refresh(W)
        elif self._everything:
            self._abs = np.abs(W).ravel()
        else:
            self._follow(W.ravel(), _distinct(np.asarray(changed, dtype=np.intp)))
        return not np.array_equal(before, self._drawn)

    def _follow(self, flat: np.ndarray, changed: np.ndarray) -> None:
        at = np.searchsorted(self._cand, changed)  # the candidates are kept in index order
        member = self._cand[np.minimum(at, self._cand.size - 1)] == changed
        self._abs[at[member]] = np.abs(flat[changed[member]])
        joining = changed[~member]
        joining = joining[self._stronger_than_bound(np.abs(flat[joining]), joining)]
        if not joining.size and not member.any():
            return  # only weights too weak to be drawn changed: the drawn set stands
        if joining.size:
            cand = np.concatenate([self._cand, joining])
            order = np.argsort(cand, kind="stable")
            self._cand = cand[order]
            self._abs = np.concatenate([self._abs, np.abs(flat[joining])])[order]
        grown = self._cand.size > self.limit + 3 * self.spare  # many weights made strong
        if grown or np.count_nonzero(self._stronger_than_bound(self._abs, self._cand)) < self.limit:
            self._refresh(flat.reshape(self._shape))
            return
        self._drawn = self._cand[_strongest(self._abs, self._cand, self.limit)]
        self._drawn.sort()

    def _refresh(self, W: np.ndarray) -> None:
        """Search the whole layer: the candidates, the bound and the drawn set afresh."""
        self.fresh_passes += 1
        self._shape = W.shape
        flat = np.abs(W).ravel()
        self._everything = flat.size <= self.limit
        if self._everything:
            self._cand = self._drawn = np.arange(flat.size)
            self._abs, self._bound = flat, (-np.inf, WIDEST)
            return
        keep = min(flat.size, self.limit + self.spare)
        self._cand, self._bound = _top(flat, keep)
        self._abs = flat[self._cand]
        self._drawn = self._cand[_strongest(self._abs, self._cand, self.limit)]
        self._drawn.sort()

    def _stronger_than_bound(self, values: np.ndarray, index: np.ndarray) -> np.ndarray:
        level, at = self._bound
        return (values > level) | ((values == level) & (index < at))


def _distinct(index: np.ndarray) -> np.ndarray:
    """``index`` sorted, each once (np.unique would import numpy.ma: 40 ms of start-up)."""
    index = np.sort(index)
    return index[np.concatenate(([True], index[1:] != index[:-1]))] if index.size else index


def _top(flat: np.ndarray, keep: int) -> tuple[np.ndarray, tuple[float, float]]:
    """The ``keep`` strongest flat indices (ascending) and the strongest key left out."""
    if keep >= flat.size:
        return np.arange(flat.size), (-np.inf, WIDEST)
    level = np.partition(flat, flat.size - keep)[flat.size - keep]  # the keep-th largest
    above = np.flatnonzero(flat > level)
    ties = np.flatnonzero(flat == level)
    chosen = np.concatenate([above, ties[: keep - above.size]])
    chosen.sort()
    left = ties[keep - above.size :]
    bound = (float(level), float(left[0])) if left.size else (float(level), WIDEST)
    return chosen, bound


def _strongest(values: np.ndarray, index: np.ndarray, limit: int) -> np.ndarray:
    """Positions of the ``limit`` strongest of ``values`` (ties to the lower ``index``)."""
    if values.size <= limit:
        return np.arange(values.size)
    return np.lexsort((index, -values))[:limit]
