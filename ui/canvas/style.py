"""Colours, pens, fonts and number formats of the canvas, in one place.

The colours are the app's palette (``ui/text/palette.py``) as QColors; bold
numbers, for a projector.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QFont

from ui.text import palette

POSITIVE = QColor(palette.POSITIVE)
NEGATIVE = QColor(palette.NEGATIVE)
INK = QColor(palette.INK)
MUTED = QColor(palette.MUTED)
EMPTY_FILL = QColor(palette.EMPTY_FILL)
EMPTY_LINE = QColor(palette.EMPTY_LINE)
NEURON_FILL = QColor(palette.PAPER)
INPUT_FILL = QColor(palette.INPUT_FILL)
CURRENT_FILL = QColor(palette.CURRENT_FILL)
CURRENT_LINE = QColor(palette.CURRENT_LINE)
BACKWARD_FILL = QColor(palette.BACKWARD_FILL)
BACKWARD_LINE = QColor(palette.BACKWARD)
SELECTED_LINE = QColor(palette.ACCENT)
DELTA_INK = QColor(palette.BACKWARD)
HEADER_FILL = QColor(palette.HEADER_FILL)
HEADER_SELECTED = QColor(palette.HEADER_SELECTED)
BACKGROUND = QColor(palette.CANVAS)
LABEL_BACKGROUND = QColor(*palette.LABEL_BACKGROUND)
# A circle's bias text ("b=0.1014") smaller than this on screen, in pixels, cannot be
# read from a classroom's back (spiral's 48 small circles at 1280×720 write it at 6):
# it is not drawn, and stays in the Inspector and the computation panel until the view
# grows (a zoom, a larger window, presentation mode).
BIAS_MIN_PX = 9.0


def font(pixels: int, bold: bool = False) -> QFont:
    """A font of the application family at a pixel size (scene units), at least 1."""
    f = QFont()
    f.setPixelSize(max(pixels, 1))  # tiny circles of a big layer ask for 0: Qt warns on each
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
