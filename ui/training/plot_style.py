"""The training plots' axes follow the app font, as the stepping panels' plots do.

Presentation mode scales the application font by 1.5; Qt sends each widget a
FontChange and the plots restyle their axes from their font: the tick labels a
little larger than the text, the lines thicker in proportion (``pen_scale``).
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

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


def fitting_title(item: pg.PlotItem, side: str, full: str, short: str) -> str:
    """``full`` if its plain text fits along the ``side`` axis of ``item``, else ``short``.

    A vertical axis's title is as long as the plot is tall; in a short dock (1280×720)
    a long one was cut at both ends.
    """
    text = re.sub(r"<[^>]+>", "", full)  # the rich text's tags take no room
    metrics = QFontMetrics(item.getAxis(side).label.font())
    room = item.vb.height() if side in ("left", "right") else item.vb.width()
    return full if metrics.horizontalAdvance(text) <= room - 4 else short
