"""A plot's axes drawn when its range changes, not during the next paint.

An axis makes its picture (ticks and their numbers) lazily, in ``paint``; only
then does it measure the numbers and widen or narrow itself for them.  A new
range ("0.5" → "−0.25") thus changed the plot's layout in the middle of a paint:
the plot laid out again and was painted a second time (two paints per step that
changed the layer shown, a third of its time).  Drawn here, right after the range
is set, the new width is laid out before the window paints, and the paint plays
the picture already made.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPicture

_LAYING_OUT: set = set()  # plots laid out now by draw_axes_now


def draw_axes_now(plot: pg.PlotItem, sides=("left", "bottom")) -> None:
    """Make the picture of each of ``sides``'s axes whose range or size changed, and lay
    the plot out now if one of them took another width (or height) for its numbers."""
    resized = False
    for side in sides:
        axis = plot.getAxis(side)
        if axis.picture is None and axis.isVisible():
            room = (axis.textWidth, axis.textHeight)
            axis.picture = _picture(axis)
            resized |= room != (axis.textWidth, axis.textHeight)
    if resized and plot not in _LAYING_OUT:
        # The view box resizes: its owner may set a new range and come back here.  Once
        # only: at some sizes an axis's numbers take turns needing two widths.
        _LAYING_OUT.add(plot)
        try:
            plot.layout.activate()
        finally:
            _LAYING_OUT.discard(plot)


def _picture(axis: pg.AxisItem) -> QPicture:
    # What AxisItem.paint makes when it has no picture (pyqtgraph 0.14), and keeps.
    picture = QPicture()
    painter = QPainter(picture)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(painter)
        if specs is not None:
            axis.drawPicture(painter, *specs)
    finally:
        painter.end()
    return picture
