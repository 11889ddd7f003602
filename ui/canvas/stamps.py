"""Circles drawn as stamps: each look rendered once, then copied at every paint.

An antialiased circle costs Qt's raster engine 30–90 µs to fill or to outline (a
dashed outline more), and while a network trains every circle of the canvas is
painted again at each refresh: in a network of 11 neurons the outlines were a
third of the canvas's paint.  A stamp is the very circle (the same pen or brush,
radius and offset from the pixel grid, on the device's pixels) rendered once into
a small transparent image; a paint then copies it to whole pixels.  Where copies
cannot stand for drawing (a painter that turns or shears, an SVG or PDF page), the
circles are drawn as before.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPaintEngine, QPainter, QPen, QTransform

# A few looks of each circle on screen at 1280×720 (a spiral run: about 2 MB); cleared
# when zooms make more.  16 MB showed as a third of a 10,000-operation soak's memory growth.
MAX_BYTES = 4 << 20
_STAMPS: dict[tuple, QImage] = {}
_SHEETS: dict[tuple, tuple] = {}  # a column's stamps of one look: (corner, image)
_BYTES = [0]  # what the stamps hold
TX_SCALE = QTransform.TransformationType.TxScale.value  # moved and scaled, not turned


def stamps_work(painter) -> QTransform | None:
    """The painter's transform to device pixels, if it moves and scales alike in x and
    y onto a raster device of one pixel a unit (where a copied stamp is what drawing
    would give; a high-DPI screen draws as before); else None."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    if painter.device().devicePixelRatioF() != 1.0:  # (stamps are made of whole pixels)
        return None
    t = painter.combinedTransform()
    if t.type().value > TX_SCALE or abs(t.m11() - t.m22()) > 1e-9:
        return None
    return t if t.m11() > 0 else None


def stamp_circles(painter, t: QTransform, centres: list, r: float, pen=None, brush=None) -> None:
    """Circles of radius ``r`` at ``centres`` [(x, y)] (item coordinates), as
    ``drawEllipse`` paints them with ``pen`` (a QPen, or None for none) and ``brush``
    (a QColor, or None), at the device transform ``t`` that ``stamps_work`` gave."""
    if not centres:  # (e.g. the fills of a column whose maps cover every circle)
        return
    s, ox, oy = t.m11(), t.dx(), t.dy()
    look = (
        None if pen is None else (pen.color().rgba(), pen.widthF() * s, pen.style()),
        None if brush is None else brush.rgba(),
        round(r * s, 6),
    )
    painter.save()
    painter.resetTransform()
    if len(centres) == 1:
        painter.drawImage(*_placed(look, s, ox, oy, *centres[0]))
    else:  # a column's circles of one look, copied at once (see _sheet)
        painter.drawImage(*_sheet(look, s, ox, oy, centres))
    painter.restore()


def _placed(look: tuple, s: float, ox: float, oy: float, x: float, y: float):
    """(corner, stamp): where the stamp of the circle at (x, y) goes, on whole pixels."""
    dx, dy = ox + s * x, oy + s * y
    ix, iy = math.floor(dx), math.floor(dy)
    image, pad = _stamp(look, round(dx - ix, 4), round(dy - iy, 4))
    return QPoint(ix - pad, iy - pad), image


def _sheet(look: tuple, s: float, ox: float, oy: float, centres: list):
    """(corner, image): the stamps of the circles at ``centres``, on one transparent image.

    A run repaints a column's outlines at every refresh: one copy of their sheet costs
    a fraction of a copy per circle.  The stamps of two circles never share a pixel
    that is not transparent in one of them, so the sheet holds each stamp's very pixels.
    """
    key = (look, s, ox, oy, tuple(map(tuple, centres)))
    made = _SHEETS.get(key)
    if made is None:
        placed = [_placed(look, s, ox, oy, x, y) for x, y in centres]
        left = min(corner.x() for corner, _image in placed)
        top = min(corner.y() for corner, _image in placed)
        right = max(corner.x() + image.width() for corner, image in placed)
        bottom = max(corner.y() + image.height() for corner, image in placed)
        sheet = QImage(right - left, bottom - top, QImage.Format.Format_ARGB32_Premultiplied)
        _hold(sheet)
        sheet.fill(Qt.GlobalColor.transparent)
        p = QPainter(sheet)
        for corner, image in placed:
            p.drawImage(corner - QPoint(left, top), image)
        p.end()
        made = _SHEETS[key] = QPoint(left, top), sheet
    return made


def _hold(image: QImage) -> None:
    """Count ``image`` in what the stamps hold, clearing them all first if it is too much."""
    size = image.sizeInBytes()
    if _BYTES[0] + size > MAX_BYTES:
        _STAMPS.clear()
        _SHEETS.clear()
        _BYTES[0] = 0
    _BYTES[0] += size


def _stamp(look: tuple, fx: float, fy: float) -> tuple[QImage, int]:
    """The circle of ``look`` centred ``(fx, fy)`` into its pixel, and the stamp's margin."""
    line, fill, radius = look
    pad = math.ceil(radius + (line[1] if line else 0.0)) + 2
    key = (look, fx, fy)
    image = _STAMPS.get(key)
    if image is None:
        side = 2 * pad + 1
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        _hold(image)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if line is None:
            p.setPen(Qt.PenStyle.NoPen)
        else:
            colour, width, style = line
            pen = QPen(QBrush(QColor.fromRgba(colour)), width)
            pen.setStyle(style)
            p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush if fill is None else QBrush(QColor.fromRgba(fill)))
        p.drawEllipse(QPointF(pad + fx, pad + fy), radius, radius)
        p.end()
        _STAMPS[key] = image
    return image, pad
