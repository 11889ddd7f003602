"""Getting a data set ready for a network: input features and a stable train/test split.

Input features are TensorFlow Playground's: from the two coordinates of 2-D data,
the network may be given x1, x2, x1², x2², x1·x2, sin x1 and sin x2 (any of them,
in this order).  Feature names are plain ASCII keys (``"x1^2"``, ``"sin_x1"``) so
they can be saved in a file; ``FEATURE_SYMBOLS`` holds how they are written.

The split gives each sample a random number drawn from ``seed`` and puts the
samples with the smallest numbers into the test part.  Adding a sample at the end
changes the part of at most one other sample, so the points a student drew keep
their part while more are drawn.
"""

from __future__ import annotations

import numpy as np

FEATURES: tuple[str, ...] = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2")
FEATURE_SYMBOLS: dict[str, str] = {
    "x1": "x1",
    "x2": "x2",
    "x1^2": "x1²",
    "x2^2": "x2²",
    "x1*x2": "x1·x2",
    "sin_x1": "sin x1",
    "sin_x2": "sin x2",
}
"""How each feature is written on screen."""

PLAIN_FEATURES: tuple[str, ...] = ("x1", "x2")
SPLIT_STREAM = 0x5B117  # keys the split's random stream apart from the data's

_COMPUTE = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    # Our plane is [-1, 1], Playground's [-6, 6]: sin(π·x) keeps its one period across it.
    "sin_x1": lambda x1, x2: np.sin(np.pi * x1),
    "sin_x2": lambda x1, x2: np.sin(np.pi * x2),
}


def check_features(names) -> tuple[str, ...]:
    """Return ``names`` as a tuple in ``FEATURES`` order; ValueError if empty or unknown."""
    names = tuple(names)
    unknown = [n for n in names if n not in _COMPUTE]
    if unknown:
        raise ValueError(f"unknown input feature {unknown[0]!r}; known: {', '.join(FEATURES)}")
    if not names:
        raise ValueError("at least one input feature is needed")
    return tuple(n for n in FEATURES if n in names)


def feature_matrix(X, names) -> np.ndarray:
    """The chosen features of 2-D points.

    Parameters
    ----------
    X : ndarray, shape (N, 2)
        Points (x1, x2).
    names : sequence of str
        Features from ``FEATURES``; they come out in ``FEATURES`` order.

    Returns
    -------
    ndarray, shape (N, len(names))
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"features are made from 2-D points (N, 2), got shape {X.shape}")
    x1, x2 = X[:, 0], X[:, 1]
    return np.column_stack([_COMPUTE[n](x1, x2) for n in check_features(names)])


def split_indices(n: int, test_fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Which samples train and which test, stable as samples are added at the end.

    Parameters
    ----------
    n : int
        Number of samples (≥ 2 to have both parts; 1 sample only trains).
    test_fraction : float
        Share of the samples that test, strictly between 0 and 1.
    seed : int

    Returns
    -------
    train, test : ndarray of int
        Sorted sample indices; together they are ``range(n)``; each part keeps at
        least one sample when ``n`` ≥ 2.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must be between 0 and 1, got {test_fraction}")
    if n < 2:
        return np.arange(n), np.arange(0)
    n_test = min(n - 1, max(1, round(n * test_fraction)))
    # A stream of its own: ``make_dataset`` draws its points from default_rng(seed), and
    # the same draws would put the points with the smallest x (sine) all into the test.
    draws = np.random.default_rng([SPLIT_STREAM, seed]).random(n)  # first n never change
    test = np.sort(np.argsort(draws, kind="stable")[:n_test])
    train = np.setdiff1d(np.arange(n), test, assume_unique=True)
    return train, test
