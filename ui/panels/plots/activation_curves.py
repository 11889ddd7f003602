"""The curves the activation panel plots: pure NumPy, no Qt.

Everything here takes the weighted inputs ``a`` as a 1-D array and returns
arrays of the same shape, so the panel only feeds them to ``setData``.
"""

from __future__ import annotations

import numpy as np

import simulator as sim

SATURATION = 0.05  # shaded where |h'(a)| < 5 % of its largest value on the plotted range


def curve(name: str, a: np.ndarray, slope=None) -> tuple[np.ndarray, np.ndarray]:
    """``(h(a), h'(a))`` of an elementwise activation; shapes like ``a``."""
    act = sim.get_activation(name)
    return act.f(a, slope), act.df(a, slope)


def softmax_share(a: np.ndarray, others) -> tuple[np.ndarray, np.ndarray]:
    """One softmax neuron's share as its own ``a`` varies, the others' a fixed.

    Parameters
    ----------
    a : ndarray, shape (n,)
        Values of this neuron's weighted input.
    others : ndarray, shape (m,)
        The other neurons' weighted inputs (m may be 0: the share is then 1).

    Returns
    -------
    z, dz : ndarray, shape (n,)
        The share ``e^a / (e^a + Σ e^others)`` and its slope ``z·(1 − z)``.
    """
    others = np.asarray(others, dtype=float)
    if others.size == 0:
        return np.ones_like(a), np.zeros_like(a)
    rest = np.logaddexp.reduce(others)  # log Σ e^others, never overflows
    z = np.exp(a - np.logaddexp(a, rest))
    return z, z * (1.0 - z)


def saturated_runs(a: np.ndarray, da: np.ndarray) -> list[tuple[float, float]]:
    """The ``(start, end)`` intervals of ``a`` where ``|h'(a)|`` is nearly zero.

    A function with zero slope everywhere (the step) is saturated everywhere.
    """
    mag = np.abs(da)
    top = float(np.max(mag)) if mag.size else 0.0
    flat = mag <= SATURATION * top if top > 0 else np.ones(a.shape, bool)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flat.astype(int), [0]))))
    return [(float(a[s]), float(a[e - 1])) for s, e in zip(edges[::2], edges[1::2]) if e - s > 1]


def plot_range(a_marker=None, half: float = 5.0) -> np.ndarray:
    """The seeds' range −5..5, widened to include the marker; shape (401,)."""
    lo, hi = -half, half
    if a_marker is not None and np.isfinite(a_marker):
        lo, hi = min(lo, a_marker - 1.0), max(hi, a_marker + 1.0)
    return np.linspace(lo, hi, 401)


def highest_between(a: np.ndarray, values, left: float, right: float, default: float) -> float:
    """The highest finite value of the curves ``values`` (each shaped like ``a``, (n,)) for
    ``left <= a <= right``; ``default`` if there is none."""
    inside = (a >= left) & (a <= right)
    tops = [float(np.nanmax(v[inside])) for v in values if inside.any()]
    return max([t for t in tops if np.isfinite(t)], default=default)
