"""Colours, pens, fonts and number formats of the canvas, in one place.

Chosen for a projector: high contrast, bold numbers, blue for positive and
orange-red for negative weights (distinguishable by most colour-blind eyes).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QFont

from ui.text import palette

POSITIVE = QColor(palette.POSITIVE)
NEGATIVE = QColor(palette.NEGATIVE)
INK = QColor("#1b1b1b")
MUTED = QColor("#6b6b6b")
EMPTY_FILL = QColor("#eeeeee")
EMPTY_LINE = QColor("#a0a0a0")
NEURON_FILL = QColor("#ffffff")
INPUT_FILL = QColor("#e6f4ea")
CURRENT_FILL = QColor("#ffe28a")
CURRENT_LINE = QColor("#e08a00")
BACKWARD_FILL = QColor("#ead9f7")
BACKWARD_LINE = QColor("#7b2cbf")
SELECTED_LINE = QColor("#0b3d91")
DELTA_INK = QColor("#7b2cbf")
HEADER_FILL = QColor("#f3f5f8")
HEADER_SELECTED = QColor("#d6e4ff")
BACKGROUND = QColor("#fcfcfc")


def font(pixels: int, bold: bool = False) -> QFont:
    """A font of the application family at a pixel size (scene units)."""
    f = QFont()
    f.setPixelSize(pixels)
    f.setBold(bold)
    return f


def value_colours(values: np.ndarray) -> np.ndarray:
    """ARGB32 colours for cell values: white at 0, blue positive, orange negative.

    Parameters
    ----------
    values : ndarray, shape (n,)
        NaN marks a value not computed yet (drawn light grey).

    Returns
    -------
    ndarray of uint32, shape (n,)
    """
    v = np.asarray(values, dtype=float)
    finite = np.isfinite(v)
    scale = np.max(np.abs(v[finite])) if finite.any() else 1.0
    t = np.clip(np.nan_to_num(v) / (scale or 1.0), -1.0, 1.0)
    pos, neg = np.array(POSITIVE.getRgb()[:3]), np.array(NEGATIVE.getRgb()[:3])
    target = np.where(t[:, None] >= 0, pos, neg)
    rgb = 255 + (target - 255) * np.abs(t)[:, None]
    rgb[~finite] = EMPTY_FILL.getRgb()[:3]
    rgb = rgb.round().astype(np.uint32)
    return 0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
