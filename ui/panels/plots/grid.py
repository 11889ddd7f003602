"""The light grid behind the stepping panels' plots, and how their pens scale.

A ``GridItem``, not the axes' ``showGrid``: an axis grid makes every marker
move repaint the axes and their text.  Two levels of lines, not pyqtgraph's
three: the finest level drew about 200 faint lines that were replayed on every
repaint (2 ms a plot a step, the largest cost of a step) and cluttered the plot.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

from ui.text import palette

BASE_POINT_SIZE = 10.0  # pens are drawn at their base width at this font size


def pen_scale(font: QFont) -> float:
    """How much thicker than their base width pens are drawn at ``font``'s size (≥ 1).

    Presentation mode scales the application font; plots follow it with this.
    """
    return max(1.0, font.pointSizeF() / BASE_POINT_SIZE)


def light_grid() -> pg.GridItem:
    """A grid item to add with ``ignoreBounds=True``, drawn behind everything."""
    grid = pg.GridItem(pen=pg.mkPen(palette.GRID), textPen=None)
    grid.setTickSpacing(x=[None, None], y=[None, None])
    grid.setZValue(-20)
    return grid
