"""The training plots' axes follow the app font, as the stepping panels' plots do.

Presentation mode scales the application font by 1.5; Qt sends each widget a
FontChange and the plots restyle their axes from their font: the tick labels a
little larger than the text, the lines thicker in proportion (``pen_scale``).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

from ui.panels.plots.grid import pen_scale
from ui.text import palette


def style_axes(plot: pg.PlotWidget, font: QFont, sides=("left", "bottom")) -> None:
    """Tick labels and axis titles in ``font`` (5 % larger), lines as thick as it asks."""
    tick = QFont(font)
    tick.setPointSizeF(font.pointSizeF() * 1.05)
    width = pen_scale(font)
    for side in sides:
        axis = plot.getAxis(side)
        axis.setTickFont(tick)
        axis.setTextPen(pg.mkPen(palette.INK))
        axis.setPen(pg.mkPen(palette.INK, width=width))
        axis.label.setFont(tick)
