"""A plot's axes drawn when its range changes, not during the next paint.

An axis makes its picture (ticks and their numbers) lazily, in ``paint``; only
then does it measure the numbers and widen or narrow itself for them.  A new
range ("0.5" → "−0.25") thus changed the plot's layout in the middle of a paint:
the plot laid out again and was painted a second time (two paints per step that
changed the layer shown, a third of its time).  Drawn here, right after the range
is set, the new width is laid out before the window paints, and the paint plays
the picture already made.

The last few pictures of each axis are kept with what they were drawn from (range,
size, fonts and pens): a language switch there and back gives the key another width,
the plot other ranges, and each axis comes back to a range it has already drawn.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPainter, QPen, QPicture

_LAYING_OUT: set = set()  # plots laid out now by draw_axes_now
PICTURES_KEPT = 4  # per axis: enough for English and Chinese, with and without a marker


def draw_axes_now(plot: pg.PlotItem, sides=("left", "bottom")) -> None:
    """Make the picture of each of ``sides``'s axes whose range or size changed, and lay
    the plot out now if one of them took another width (or height) for its numbers."""
    resized = False
    for side in sides:
        axis = plot.getAxis(side)
        if axis.picture is None and axis.isVisible():
            room = (axis.textWidth, axis.textHeight)
            axis.picture = _kept_picture(axis)
            resized |= room != (axis.textWidth, axis.textHeight)
    if resized and plot not in _LAYING_OUT:
        # The view box resizes: its owner may set a new range and come back here.  Once
        # only: at some sizes an axis's numbers take turns needing two widths.
        _LAYING_OUT.add(plot)
        try:
            plot.layout.activate()
        finally:
            _LAYING_OUT.discard(plot)


def _kept_picture(axis: pg.AxisItem) -> QPicture:
    """The axis's picture, drawn again only when not among its last PICTURES_KEPT."""
    kept = axis.__dict__.setdefault("_kept_pictures", {})
    key = _drawn_from(axis)
    if key in kept:
        picture, room = kept.pop(key)
        if room != (axis.textWidth, axis.textHeight):  # as drawing it had measured
            axis.textWidth, axis.textHeight = room
            if axis.style["autoExpandTextSpace"]:
                axis._adjustSize()
    else:
        picture = _picture(axis)
        room = (axis.textWidth, axis.textHeight)
    kept[key] = (picture, room)
    while len(kept) > PICTURES_KEPT:  # the oldest first
        del kept[next(iter(kept))]
    return picture


def _drawn_from(axis: pg.AxisItem) -> tuple:
    """Everything an axis's picture depends on (pyqtgraph 0.14's generateDrawSpecs and
    drawPicture), including the text room it measures from."""
    bounds = axis.mapRectFromParent(axis.geometry())
    view = axis.linkedView()
    ticks = (
        bounds
        if view is None or axis.grid is False
        else view.mapRectToItem(axis, view.boundingRect())
    )
    style = tuple((k, _plain(v)) for k, v in sorted(axis.style.items()))
    return (
        axis.orientation,
        tuple(axis.range),
        axis.scale,
        axis.logMode,
        axis.autoSIPrefixScale,
        bounds.getRect(),
        ticks.getRect(),
        style,
        tuple(_plain(pen) for pen in (axis.pen(), axis.textPen(), axis.tickPen())),
        repr(axis._tickLevels),
        repr(axis._tickSpacing),
        getattr(axis, "_tickDensity", None),
        axis.grid,
        axis.textWidth,
        axis.textHeight,
    )


def _plain(value):
    if isinstance(value, QFont):
        return value.key()
    if isinstance(value, QPen):
        return (value.color().rgba(), value.widthF(), value.style(), value.isCosmetic())
    return repr(value)


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
