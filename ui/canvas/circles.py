"""A column of circles painted in a few calls: one path per look, text without layout.

While a network trains, every neuron on the canvas is painted again at each frame
(its map and its bias change), so the cost of a neuron is paid fifty times a frame
on a deep network.  Most of it was Python calling Qt once per pen, brush, ellipse
and text.  Here the neurons that look alike (fill, outline, dash) share one path,
filled with one call and outlined with another; texts are drawn at a point worked
out from the font's widths (``drawText`` into a rectangle with an alignment lays
the text out anew each time, twice as slow), with one font set for all alike.

The picture is the one a neuron-by-neuron painting gives: fills, then maps, then
outlines (over the maps' pixel edges), then texts and marks.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainterPath, QPen

from ui.text import numbers

from . import style
from .maps import paint_dead, paint_map

_FONTS: dict = {}


def paint_circles(item, painter) -> None:
    """Paint ``item``'s (a ``ColumnItem`` of circles) neurons, their maps and texts."""
    g, e = item.geometry, item.emphasis
    r, hw = g.cell, g.half_w
    if item.selected is not None and item.selected < g.size:
        x, y = g.centres[item.selected]
        painter.setPen(QPen(style.SELECTED_LINE, 5 * e))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape_path(((x, y),), hw + 6 * e, r + 6 * e))
    computed = np.isfinite(item.values)
    groups: dict = {}  # (fill, outline, width, dash) by their ids -> (look, neurons)
    for j in range(g.size):
        look = item._look(j, bool(computed[j]))
        fill, line, width, dash = look
        groups.setdefault((id(fill), id(line), width, dash), (look, []))[1].append(j)
    paths = [(look, item.shapes(tuple(js))) for look, js in groups.values()]
    painter.setPen(Qt.PenStyle.NoPen)
    for (fill, _line, _width, _dash), path in paths:
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
    for j, image in item.maps.items():
        if j < g.size:
            paint_map(painter, image, *g.centres[j], r)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (_fill, line, width, dash), path in paths:
        pen = QPen(line, width * e)
        pen.setStyle(Qt.PenStyle.DashLine if dash else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawPath(path)
    _paint_texts(item, painter, computed)
    for j in item.dead:
        if j < g.size:
            paint_dead(painter, *g.centres[j], r, e)


def shape_path(centres, hw: float, r: float) -> QPainterPath:
    """Circles of radius ``r`` at ``centres`` (or pills of half width ``hw`` when wider)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for x, y in centres:
        if hw > r + 0.5:
            path.addRoundedRect(QRectF(x - hw, y - r, 2 * hw, 2 * r), r, r)
        else:
            path.addEllipse(QPointF(x, y), r, r)
    return path


def _paint_texts(item, painter, computed) -> None:
    g = item.geometry
    r, hw = g.cell, g.half_w
    has_bias = np.isfinite(item.biases) if item._bias_texts else np.zeros(g.size, bool)
    if computed.any():
        painter.setPen(style.INK)
        bold = font(round(g.font_px), bold=True)
        painter.setFont(bold.qfont)
        for j in np.flatnonzero(computed):
            x, y = g.centres[j]
            text_y = y - 0.14 * r if has_bias[j] else y  # the bias goes under the value
            box = QRectF(x - hw - 4, text_y - r, 2 * hw + 8, 2 * r)
            draw_centred(painter, bold, box, numbers.fixed(item.values[j]))
    if has_bias.any():
        _paint_biases(item, painter, np.flatnonzero(has_bias))
    for j in np.flatnonzero(np.isfinite(item.deltas)):
        item._paint_delta(painter, *g.centres[j], item.deltas[j])
    if item.index == 0 or item.is_output:
        for j in range(g.size):
            item._paint_name(painter, j, *g.centres[j])


def _paint_biases(item, painter, rows) -> None:
    """The bias under each value: larger in presentation mode, as long as it fits."""
    r = item.geometry.cell
    base = round(0.36 * r * (1.0 + 0.3 * (item.emphasis - 1.0)))
    room = 1.6 * r  # the circle's width under the value
    painter.setPen(style.MUTED)
    current = None
    for j in rows:
        x, y = item.geometry.centres[j]
        text = "b=" + item._bias_texts[j]
        f = font(base)
        wide = f.width(text)
        if wide > room:
            f = font(max(round(base * room / wide), 8))
        if f is not current:
            painter.setFont(f.qfont)
            current = f
        draw_centred(painter, f, QRectF(x - r, y + 0.22 * r, 2 * r, 0.54 * r), text)


class Font:
    """A canvas font (``style.font``) with its metrics and each character's width, kept."""

    def __init__(self, pixels: int, bold: bool):
        self.qfont = style.font(pixels, bold)
        self.metrics = QFontMetricsF(self.qfont)
        self.ascent, self.descent = self.metrics.ascent(), self.metrics.descent()
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        """``horizontalAdvance(text)``, from each character's width."""
        widths, total = self._widths, 0.0
        for ch in text:
            w = widths.get(ch)
            if w is None:
                w = widths[ch] = self.metrics.horizontalAdvance(ch)
            total += w
        return total


def font(pixels: int, bold: bool = False) -> Font:
    """The canvas font of ``pixels`` (scene units), made once per size."""
    key = (pixels, bold)
    f = _FONTS.get(key)
    if f is None:
        f = _FONTS[key] = Font(pixels, bold)
    return f


def draw_centred(painter, f: Font, rect: QRectF, text: str) -> None:
    """``text`` in font ``f`` (the painter's already), centred as ``Qt.AlignCenter`` puts it."""
    centre = rect.center()
    left = centre.x() - f.width(text) / 2
    painter.drawText(QPointF(left, centre.y() + (f.ascent - f.descent) / 2), text)
