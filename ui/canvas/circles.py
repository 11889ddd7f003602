"""A column of circles painted look by look: each pen, brush and font set once.

While a network trains, every neuron on the canvas is painted again at each refresh
(its map, its value and its bias change).  Painting neuron by neuron, most of the
time went to the painter switching its state (pen, brush, font: 40 µs a switch in
Qt's raster engine, more than the ellipse itself).  Here the neurons that look
alike are filled with one brush (a map stands for a circle's fill) and outlined
with one pen, the maps drawn between, then every value in one font and every bias
in its own: the picture a neuron by neuron painting gives, texts over all circles.

Texts are drawn at a point worked out from their width, as ``Qt.AlignCenter``
centres them in a box (into a box, Qt lays the text out anew each time).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPen

from ui.text import numbers

from . import style
from .maps import paint_dead
from .stamps import stamp_circles, stamps_work

# read once: an enum member looked up at every neuron of every refresh adds up
SMOOTH = QPainter.RenderHint.SmoothPixmapTransform
NO_PEN, NO_BRUSH = Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush
DASHED, SOLID = Qt.PenStyle.DashLine, Qt.PenStyle.SolidLine


def paint_circles(item, painter) -> None:
    """Paint the neurons of ``item`` (a ``ColumnItem`` of circles), maps and texts."""
    g, e = item.geometry, item.emphasis
    r, hw = g.cell, g.half_w
    centres = g.centres.tolist()  # Python floats: numpy's scalars are slow to add
    if item.selected is not None and item.selected < g.size:
        painter.setPen(QPen(style.SELECTED_LINE, 5 * e))
        painter.setBrush(NO_BRUSH)
        shape(painter, *centres[item.selected], hw + 6 * e, r + 6 * e)
    computed = np.isfinite(item.values)
    looks = _looks(item, computed)
    covered = item.maps if hw <= r + 0.5 else {}  # a map covers a circle, not a pill
    # circles (not pills) on a screen are copied from stamps of each look: see stamps.py
    device = stamps_work(painter) if hw <= r + 0.5 else None
    painter.setPen(NO_PEN)
    for (fill, _line, _width, _dash), neurons in looks:
        shown = [centres[j] for j in neurons if j not in covered]  # (up to under the outline)
        if device is not None:
            stamp_circles(painter, device, shown, r, brush=fill)
            continue
        painter.setBrush(QBrush(fill))
        for x, y in shown:
            shape(painter, x, y, hw, r)
    _paint_maps(painter, item.maps, centres, g.size, r, device)  # under the outlines
    painter.setBrush(NO_BRUSH)
    for (_fill, line, width, dash), neurons in looks:
        pen = QPen(line, width * e)
        pen.setStyle(DASHED if dash else SOLID)
        if device is not None:
            stamp_circles(painter, device, [centres[j] for j in neurons], r, pen=pen)
            continue
        painter.setPen(pen)
        for j in neurons:
            shape(painter, *centres[j], hw, r)
    _paint_values(item, painter, computed, centres)
    for j in np.flatnonzero(np.isfinite(item.deltas)):
        item._paint_delta(painter, *centres[j], item.deltas[j], j)
    if item.index == 0 or item.is_output:
        for j in range(g.size):
            item._paint_name(painter, j, *centres[j])
    for j in item.dead:
        if j < g.size:
            paint_dead(painter, *centres[j], r, e)


def _paint_maps(painter, maps: dict, centres: list, size: int, r: float, device=None) -> None:
    """Each neuron's map on its circle, as ``maps.paint_map`` draws one (no smoothing: the
    outline drawn after hides the pixel edge), the painter's hint switched once for all.

    A map as large as its circle on the screen (``device``: see ``stamps_work``) is
    copied pixel for pixel to the whole pixels around the circle's centre: scaling 50
    maps took a tenth of the canvas's refresh.
    """
    shown = [(centres[j], image) for j, image in maps.items() if j < size]
    if device is not None:
        s, ox, oy = device.m11(), device.dx(), device.dy()
        side = 2 * r * s
        scaled = [(c, image) for c, image in shown if abs(image.width() - side) >= 1]
        if len(scaled) < len(shown):
            painter.save()
            painter.resetTransform()
            for (x, y), image in shown:
                half = image.width() / 2
                if abs(2 * half - side) < 1:
                    corner = QPoint(round(ox + s * x - half), round(oy + s * y - half))
                    painter.drawImage(corner, image)
            painter.restore()
        shown = scaled
    if not shown:
        return
    was_smooth = painter.testRenderHint(SMOOTH)
    painter.setRenderHint(SMOOTH, False)
    d = 2 * r
    for (x, y), image in shown:
        painter.drawImage(QRectF(x - r, y - r, d, d), image)
    painter.setRenderHint(SMOOTH, was_smooth)


def _looks(item, computed: np.ndarray) -> list:
    """[(look, neurons)]: the neurons of each (fill, outline, width, dashed) look."""
    groups: dict = {}
    for j in range(item.geometry.size):
        look = item._look(j, bool(computed[j]))
        fill, line, width, dash = look
        groups.setdefault((id(fill), id(line), width, dash), (look, []))[1].append(j)
    return list(groups.values())


def shape(painter, x: float, y: float, hw: float, r: float) -> None:
    """A circle of radius ``r``, or a pill of half width ``hw`` when wider."""
    if hw > r + 0.5:
        painter.drawRoundedRect(QRectF(x - hw, y - r, 2 * hw, 2 * r), r, r)
    else:
        painter.drawEllipse(QPointF(x, y), r, r)


def _paint_values(item, painter, computed: np.ndarray, centres: list) -> None:
    """Each computed value in bold, and the bias under it where the column writes one."""
    g = item.geometry
    r = g.cell
    texts = item.bias_texts_to_draw(painter.combinedTransform().m11())
    biased = np.isfinite(item.biases) if texts else np.zeros(g.size, bool)
    if computed.any():
        font, metrics = item.value_font
        painter.setPen(style.INK)
        painter.setFont(font)
        rise = _rise(metrics)
        for j in np.flatnonzero(computed).tolist():
            x, y = centres[j]
            text = numbers.fixed(item.values[j])
            # the bias goes under the value
            draw_centred(painter, x, y - 0.14 * r if biased[j] else y, text, metrics, rise)
    if not biased.any():
        return
    painter.setPen(style.MUTED)
    current = None
    for j in np.flatnonzero(biased).tolist():
        x, y = centres[j]
        font, metrics, width = item.bias_font(j)  # measured once per text
        if font is not current:
            painter.setFont(font)
            current, rise = font, _rise(metrics)
        painter.drawText(QPointF(x - width / 2, y + 0.49 * r + rise), "b=" + texts[j])


def _rise(metrics: QFontMetricsF) -> float:
    """From a line's middle down to its baseline, as ``Qt.AlignVCenter`` places it."""
    return (metrics.ascent() - metrics.descent()) / 2


def draw_centred(painter, x: float, y: float, text: str, metrics, rise: float) -> None:
    """``text`` centred on (x, y) in the painter's font (of ``metrics``), as
    ``Qt.AlignCenter`` centres it in a box around that point."""
    painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, y + rise), text)
