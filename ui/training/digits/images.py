"""Pictures of image inputs and of the weights that look at them, as QImages.

A pixel value 0..1 is drawn as ink on paper (the digits' own 0..16 scaled), a
weight or a weight × pixel as the canvas draws signs: blue positive, orange
negative, white 0, over a range symmetric about 0.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from ui.text import palette

from ..colours import LEVELS, diverging_lut, rgb, scale_index
from ..maps import Heatmap, to_argb

_INK = rgb(palette.INK)
_SIGNS = to_argb(Heatmap(np.arange(LEVELS), diverging_lut(strength=1.0), (0, LEVELS - 1)))


def _qimage(argb: np.ndarray) -> QImage:
    rows, cols = argb.shape
    data = np.ascontiguousarray(argb, dtype=np.uint32)
    return QImage(data.data, cols, rows, 4 * cols, QImage.Format.Format_ARGB32).copy()


def ink_argb(values: np.ndarray) -> np.ndarray:
    """Pixels 0..1 (rows, cols) as ARGB32 ink on white (1 is the ink's colour)."""
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=float)), 0.0, 1.0)[..., None]
    colour = np.round(255.0 + (_INK - 255.0) * t).astype(np.uint32)
    return 0xFF000000 | (colour[..., 0] << 16) | (colour[..., 1] << 8) | colour[..., 2]


def ink_image(values: np.ndarray) -> QImage:
    """``ink_argb`` as a QImage of one pixel a value."""
    return _qimage(ink_argb(values))


def signed_image(values: np.ndarray, reach: float) -> QImage:
    """Values (rows, cols) over [-reach, reach]: orange below 0, white at 0, blue above."""
    reach = float(reach) if reach > 0 and np.isfinite(reach) else 1.0
    return _qimage(_SIGNS[scale_index(np.asarray(values, dtype=float), -reach, reach)])
