"""The colours of the training views: one per class, and the heatmaps' lookup tables.

Class 0 is the palette's orange and class 1 its blue (TensorFlow Playground's two
colours, and the canvas's negative and positive), then eight more that stay apart.
Heatmaps are indices into a lookup table (pyqtgraph ``ImageItem`` with fixed
levels): a two-class or real output runs from orange through white to blue; k
classes get ``SHADES`` shades each, from white (unsure) to the class colour.
Backgrounds are paler than the points (``STRENGTH``), so the points stand out.
"""

from __future__ import annotations

import numpy as np

from ui.text import palette

CLASS_COLOURS = palette.CLASSES
SHADES = 16
STRENGTH = 0.62  # how far a background goes from white towards the full colour
LEVELS = 256


def class_colour(index: int) -> str:
    return CLASS_COLOURS[index % len(CLASS_COLOURS)]


def rgb(colour: str) -> np.ndarray:
    """A palette colour ("#rrggbb") as floats (3,) in 0..255."""
    colour = colour.lstrip("#")
    return np.array([int(colour[i : i + 2], 16) for i in (0, 2, 4)], dtype=float)


def _towards(colour: np.ndarray, amount: np.ndarray) -> np.ndarray:
    """White moved ``amount`` (N,) of the way to ``colour``: (N, 3)."""
    return 255.0 + (colour[None, :] - 255.0) * amount[:, None]


def diverging_lut(strength: float = STRENGTH) -> np.ndarray:
    """(256, 4) uint8: orange at 0, white in the middle, blue at 255."""
    t = np.linspace(-1.0, 1.0, LEVELS)
    low, high = rgb(CLASS_COLOURS[0]), rgb(CLASS_COLOURS[1])
    colours = np.where(t[:, None] < 0, _towards(low, -t * strength), _towards(high, t * strength))
    return _with_alpha(colours)


def classes_lut(k: int, strength: float = STRENGTH) -> np.ndarray:
    """(k · SHADES, 4) uint8: entry ``c · SHADES + s`` is class c at confidence s."""
    amount = np.linspace(0.0, strength, SHADES)
    colours = np.vstack([_towards(rgb(class_colour(c)), amount) for c in range(k)])
    return _with_alpha(colours)


def _with_alpha(colours: np.ndarray) -> np.ndarray:
    out = np.empty((len(colours), 4), dtype=np.uint8)
    out[:, :3] = np.clip(np.round(colours), 0, 255)
    out[:, 3] = 255
    return out


def scale_index(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Values mapped to 0..255 over [low, high] (clipped), as uint8."""
    span = (high - low) or 1.0
    with np.errstate(invalid="ignore"):
        t = (np.nan_to_num(values, nan=(low + high) / 2) - low) / span
    return np.clip(np.round(t * (LEVELS - 1)), 0, LEVELS - 1).astype(np.uint8)


def class_index(probabilities: np.ndarray, discrete: bool) -> np.ndarray:
    """LUT indices for softmax outputs (N, k): the likeliest class, shaded by how sure.

    Class by class over the k rows of the transposed outputs (the plane's arrays hold
    them so): ``argmax`` and ``max`` along rows of two or three numbers were half of
    the decision view's colouring.  The shade is worked out in the outputs' own dtype,
    as before, so the indices are the same.
    """
    P = np.asarray(probabilities)
    k = P.shape[1]
    rows = P.T
    top = rows[0].copy()
    best = np.zeros(len(top), dtype=np.uint16)
    for c in range(1, k):
        np.copyto(best, c, where=rows[c] > top)  # the first of equals, as argmax
        np.maximum(top, rows[c], out=top)
    nan = np.isnan(top)
    if nan.any():  # argmax takes a point's first NaN: its own way, then
        best = np.argmax(P, axis=1).astype(np.uint16)
        top[nan] = 0.0  # (as nan_to_num made it; infinities are clipped below all the same)
    best *= SHADES
    if discrete:
        best += SHADES - 1
        return best
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        top -= 1.0 / k
        top /= 1.0 - 1.0 / k
    np.clip(top, 0.0, 1.0, out=top)  # how sure, 0..1
    top *= SHADES - 1
    best += np.rint(top, out=top).astype(np.uint16)
    return best
