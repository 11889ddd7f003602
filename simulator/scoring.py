"""How well a network's outputs fit their targets: accuracy and R².

A trainer measures its points after every epoch, so these avoid NumPy's
Python-level wrappers (``np.mean``): the same numbers, fewer calls.
"""

from __future__ import annotations

import math

import numpy as np


def task_of(T: np.ndarray) -> str:
    """ "onehot", "binary" (one 0/1 column) or "regression", from targets (N, n_out)."""
    if not np.all((T == 0) | (T == 1)):
        return "regression"
    if T.shape[1] == 1:
        return "binary"
    return "onehot" if np.all(T.sum(axis=1) == 1) else "regression"


def accuracy(Y: np.ndarray, T: np.ndarray, task: str | None = None) -> float | None:
    """Share of samples classified right, or None for regression targets.

    Parameters
    ----------
    Y : ndarray, shape (N, n_out)
        The network's outputs.
    T : ndarray, shape (N, n_out)
        One-hot rows (compared by argmax), or one 0/1 column (``y > 0.5`` means 1).
    task : {"onehot", "binary", "regression"}, optional
        What ``T`` holds, when the caller knows it already (a trainer measures
        the same targets every epoch); found from ``T`` when None.
    """
    if task is None:
        task = task_of(T)
    if task == "onehot":
        right = np.argmax(Y, axis=1) == np.argmax(T, axis=1)
    elif task == "binary":
        right = (Y[:, 0] > 0.5) == (T[:, 0] == 1)
    else:
        return None
    # A count over N: the number np.mean gives (float64 division, correctly rounded).
    n = right.shape[0]
    return int(np.count_nonzero(right)) / n if n else math.nan


def r_squared(Y: np.ndarray, T: np.ndarray) -> float:
    """The coefficient of determination R² = 1 - Σ(y - t)² / Σ(t - mean t)², over all outputs.

    1 is a perfect fit, 0 is no better than always answering the mean target, and
    it is negative when worse than that.  With constant targets (no variance) it is
    1 for a perfect fit, else 0.

    Parameters
    ----------
    Y, T : ndarray, shape (N, n_out)
    """
    residual = float(np.sum((Y - T) ** 2))
    spread = float(np.sum((T - T.mean(axis=0)) ** 2))
    if spread == 0.0:
        return 1.0 if residual == 0.0 else 0.0
    return 1.0 - residual / spread
