"""From a grid's values to a heatmap: lookup-table indices, the table, fixed levels.

Playground's choices, for any network the canvas builds: a two-class output
(one sigmoid, or anything whose target is 0/1) runs orange–white–blue over
[0, 1]; k outputs show the likeliest class's colour, shaded by how sure the
network is; a regression output spans the targets' range.  A neuron's own map
uses its activation's range (tanh [-1, 1], sigmoid [0, 1]) or, unbounded
(ReLU, identity...), its largest |z| on the plane, so its pattern always shows.
"Discretise" keeps only the decision: which side of 0.5, which class, or (for a
real value) one of a few bands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .colours import LEVELS, SHADES, class_index, classes_lut, diverging_lut, scale_index

BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}
BANDS = 8  # a discretised real value


@dataclass(frozen=True)
class Heatmap:
    """What an ``ImageItem`` needs: ``indices`` (rows, cols) into ``lut`` over ``levels``."""

    indices: np.ndarray
    lut: np.ndarray
    levels: tuple[float, float]


_DIVERGING = diverging_lut()
_NEURON = diverging_lut(strength=0.9)  # a thumbnail is small: full colours read better
_CLASSES: dict[int, np.ndarray] = {}


def _shaped(values: np.ndarray, shape) -> np.ndarray:
    return values.reshape(shape)


def output_heatmap(Y: np.ndarray, kind: str, shape, discrete: bool, target_range) -> Heatmap:
    """The output over the plane.

    Parameters
    ----------
    Y : ndarray, shape (cells², n_out)
    kind : {"classification", "regression"}
    shape : (rows, cols)
    discrete : bool
    target_range : (float, float)
        The targets' range, for a regression output.
    """
    if kind == "classification" and Y.shape[1] > 1:
        k = Y.shape[1]
        lut = _CLASSES.get(k)
        if lut is None:
            lut = _CLASSES[k] = classes_lut(k)
        return Heatmap(_shaped(class_index(Y, discrete), shape), lut, (0, k * SHADES - 1))
    y = Y[:, 0]
    low, high = (0.0, 1.0) if kind == "classification" else target_range
    if discrete:
        y = _discrete(y, low, high, 2 if kind == "classification" else BANDS)
    return Heatmap(_shaped(scale_index(y, low, high), shape), _DIVERGING, (0, LEVELS - 1))


def _discrete(y: np.ndarray, low: float, high: float, bands: int) -> np.ndarray:
    """Each value moved to the middle of its band (2 bands: the two sides of the middle)."""
    width = (high - low) / bands or 1.0
    band = np.clip(np.floor((y - low) / width), 0, bands - 1)
    if bands == 2:
        return np.where(band > 0, high, low)
    return low + (band + 0.5) * width


def neuron_range(values: np.ndarray, activation: str | None) -> tuple[float, float]:
    """The range a neuron's map is coloured over (symmetric about 0, white at 0)."""
    if activation in BOUNDED:
        low, high = BOUNDED[activation]
        reach = max(abs(low), abs(high))
    else:
        finite = values[np.isfinite(values)]
        reach = float(np.max(np.abs(finite))) if finite.size else 1.0
    return -(reach or 1.0), reach or 1.0


def neuron_heatmap(values: np.ndarray, activation: str | None, shape, small=False) -> Heatmap:
    """A neuron's (or an input's) output over the plane, blue positive, orange negative."""
    low, high = neuron_range(values, activation)
    lut = _NEURON if small else _DIVERGING
    return Heatmap(_shaped(scale_index(values, low, high), shape), lut, (0, LEVELS - 1))


def neuron_reach(values: np.ndarray, activation: str | None) -> np.ndarray:
    """``neuron_range``'s upper end for each column of ``values`` (points, k) at once."""
    if activation in BOUNDED:
        low, high = BOUNDED[activation]
        return np.full(values.shape[1], max(abs(low), abs(high)))
    reach = np.max(np.abs(np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)), axis=0)
    return np.where(reach > 0, reach, 1.0)


def thumbnails(
    values: np.ndarray, reach: np.ndarray, side: int, pixels: int, out: np.ndarray | None = None
) -> np.ndarray:
    """Round ARGB32 pictures of many maps at once, ready for QImages.

    Parameters
    ----------
    values : ndarray, shape (k, side²)
        k maps on a square grid, one a row, the grid's row 0 the plane's bottom.
    reach : ndarray, shape (k,)
        Each map is coloured over [-reach, reach].
    side : int
        The grid's side.
    pixels : int
        The pictures' side: each pixel shows the cell under its centre (at 3 × side,
        each cell is 3 × 3 pixels).  A picture as large as its circle on screen is
        drawn pixel for pixel.
    out : ndarray of uint32, shape (k, pixels, pixels), optional
        Where to write the pictures (C-contiguous), instead of a new array.

    Returns
    -------
    ndarray of uint32, shape (k, pixels, pixels)
        Top row first; pixels outside the inscribed circle are transparent.
    """
    k = values.shape[0]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.divide(values, np.asarray(reach, dtype=values.dtype)[:, None])
    nan = np.isnan(t)
    if nan.any():  # (nan_to_num looks for infinities too: 10 times as long)
        t[nan] = 0.0
    np.clip(t, -1.0, 1.0, out=t)
    t += 1.0
    t *= 0.5 * (LEVELS - 1)
    levels = np.empty((k, side * side + 1), dtype=np.intp)
    levels[:, :-1] = np.rint(t)
    levels[:, -1] = LEVELS  # the transparent colour, for the pixels outside the circle
    # (every index is in range: "clip" only spares NumPy checking each, a third of a take)
    cells = _CLEAR_ARGB.take(levels, mode="clip")  # each cell's colour, (k, side² + 1)
    # each pixel the colour of its cell in one gather (the refresh makes 50 pictures ten
    # times a second: repeating cells into blocks and clearing the corners took 3 times
    # as long, at a size the screen then shrank)
    flat = None if out is None else out.reshape(k, pixels * pixels)
    flat = np.take(cells, _pixel_cells(side, pixels), axis=1, out=flat, mode="clip")
    return flat.reshape(k, pixels, pixels)


_PIXEL_CELLS: dict[tuple[int, int], np.ndarray] = {}


def _pixel_cells(side: int, n: int) -> np.ndarray:
    """(n²,) intp: the cell of a side × side grid (row 0 at the bottom) under each pixel
    of an n × n picture (top row first); ``side²`` for the pixels outside its circle."""
    cells = _PIXEL_CELLS.get((side, n))
    if cells is None:
        at = ((np.arange(n) + 0.5) * side / n).astype(np.intp)  # the cell under each pixel
        cells = (side - 1 - at)[:, None] * side + at[None, :]
        cells = _PIXEL_CELLS[(side, n)] = np.where(_disc(n), cells, side * side).ravel()
    return cells


_DISCS: dict[int, np.ndarray] = {}


def _disc(n: int) -> np.ndarray:
    """(n, n) bool: the pixels inside the circle inscribed in an n × n square."""
    disc = _DISCS.get(n)
    if disc is None:
        c = (np.arange(n) + 0.5 - n / 2) / (n / 2)
        disc = _DISCS[n] = c[None, :] ** 2 + c[:, None] ** 2 <= 1.0
    return disc


def to_argb(heatmap: Heatmap) -> np.ndarray:
    """The heatmap as ARGB32 pixels (rows, cols) uint32, for a QImage."""
    rgba = heatmap.lut[heatmap.indices]
    rgba = rgba.astype(np.uint32)
    return (rgba[..., 3] << 24) | (rgba[..., 0] << 16) | (rgba[..., 1] << 8) | rgba[..., 2]


_NEURON_ARGB = to_argb(Heatmap(np.arange(LEVELS), _NEURON, (0, LEVELS - 1)))
_CLEAR_ARGB = np.append(_NEURON_ARGB, np.uint32(0))  # and a transparent colour at LEVELS
