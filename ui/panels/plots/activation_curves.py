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


def slope_at(rec, layer) -> float:
    """h'(a) at a step record's a (its layer's ``layer``): the tangent's slope there."""
    if layer.activation == "softmax":
        return float(rec.z * (1.0 - rec.z))  # the record's share, the others' a fixed
    act, a = layer.activation, np.array([rec.a])
    return float(curve(act, a, layer.slope((), False, None))[1][0])


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


def ranges_beside_key(x_range, y_data, drawn, plot_size, key_size, margin) -> tuple:
    """The view's ((x0, x1), (bottom, top)) so that a key in the top-left corner covers no
    curve: the data's ranges padded, and the top raised only as far as the curves under
    the key need (an S-curve is low on the left, so often nothing grows).

    ``drawn`` is ``(a, curves)`` as ``highest_between`` takes them; ``plot_size`` and
    ``key_size`` are (width, height) in pixels, ``margin`` the pixels kept round the key.
    """
    lo, hi = y_data
    if hi - lo < 1e-9:  # a flat curve (the step's h'(a) = 0, a lone softmax neuron)
        lo, hi = lo - 0.5, hi + 0.5
    pad = 0.05 * (hi - lo)
    bottom, top = lo - pad, hi + pad
    x0, x1 = x_range
    pad_x = 0.02 * (x1 - x0)
    x0, x1 = x0 - pad_x, x1 + pad_x
    (width, height), (key_w, key_h) = plot_size, key_size
    if key_h and height > 0 and width > 0:
        # The key may take up to three quarters of a short plot (big type, several
        # curves compared); the curves then shrink below it rather than hide under it.
        band = min(0.75, (key_h + margin) / height)
        right = x0 + (x1 - x0) * (key_w + margin) / width
        under = highest_between(*drawn, x0, right, y_data[0]) + pad
        top = max(top, (under - band * bottom) / (1.0 - band))
    return (x0, x1), (bottom, top)
