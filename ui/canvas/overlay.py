"""The highlight layer: the neuron being computed's incoming edges, the selected edge.

Drawn above the plain edges and below the neurons, with a label on each
highlighted edge saying what it carries ("0.5744 × 0.1" forward, the weight's
gradient backward, "w = 0.3000" for the selected edge).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import style

MAX_HIGHLIGHTED = 64  # a neuron fed by 784 inputs shows its 64 strongest


@dataclass
class Mark:
    """One highlighted edge: end points, label (may be ''), colour, width, label spot.

    ``ends`` are the half widths of the neurons at either end: the label moves along
    the edge (from ``at``) until it clears both, when the gap between them allows.
    """

    p1: tuple[float, float]
    p2: tuple[float, float]
    label: str
    colour: QColor
    width: float
    at: float = 0.3
    ends: tuple[float, float] = (0.0, 0.0)


class HighlightItem(QGraphicsItem):
    """Paints the ``marks``; set them with ``set_marks``.

    ``emphasis`` multiplies line widths and label size (1.5 in presentation mode).
    """

    def __init__(self, emphasis: float = 1.0, parent=None):
        super().__init__(parent)
        self.emphasis = emphasis
        self.marks: list[Mark] = []
        self.text_floor = 0.0  # presentation: no label smaller than this (scene units)
        self._rect = QRectF()
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_marks(self, marks: list[Mark]) -> None:
        if marks == self.marks:
            return  # e.g. an edit upstream of nothing highlighted: no repaint
        self.prepareGeometryChange()
        self.marks = marks
        pts = [p for m in marks for p in (m.p1, m.p2)]
        if pts:
            a = np.array(pts)
            pad = max(90 * self.emphasis, 6 * self.text_floor)  # room for the labels
            lo, hi = a.min(0) - pad, a.max(0) + pad
            self._rect = QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
        else:
            self._rect = QRectF()
        self.update()

    def set_text_floor(self, pixels: float) -> None:
        """Write the labels at least ``pixels`` high (scene units)."""
        if pixels != self.text_floor:
            self.text_floor = pixels
            self.set_marks(self.marks)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        e = self.emphasis
        for m in self.marks:
            # Unlabelled marks are the thin lines into a strip or grid (up to 64 of them):
            # drawn like the dense edges, without antialiasing, seven times faster.
            painter.setRenderHint(painter.RenderHint.Antialiasing, bool(m.label))
            pen = QPen(m.colour, m.width * e)
            pen.setCapStyle(Qt.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(*m.p1), QPointF(*m.p2))
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        font = style.font(max(round(14 * e), round(self.text_floor)), bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for m in self.marks:
            if m.label:
                self._paint_label(painter, metrics, m)

    def _paint_label(self, painter, metrics, m: Mark) -> None:
        e = self.emphasis
        w, h = metrics.horizontalAdvance(m.label) + 12 * e, metrics.height() + 4 * e
        at = label_spot(m, w, 4 * e)
        x = m.p1[0] + (m.p2[0] - m.p1[0]) * at
        y = m.p1[1] + (m.p2[1] - m.p1[1]) * at
        box = QRectF(x - w / 2, y - h / 2, w, h)
        painter.setPen(QPen(m.colour, 1.5 * e))
        painter.setBrush(style.LABEL_BACKGROUND)
        painter.drawRoundedRect(box, 5 * e, 5 * e)
        painter.setPen(style.INK)
        painter.drawText(box, Qt.AlignCenter, m.label)


def label_spot(m: Mark, width: float, margin: float) -> float:
    """Where along the edge (0 at p1, 1 at p2) a label ``width`` wide clears both neurons.

    ``m.at`` when it already does; the middle of the free stretch when the label
    fits there; else the middle of the gap.
    """
    span = abs(m.p2[0] - m.p1[0])
    if span <= 0:
        return m.at
    low = (m.ends[0] + margin + width / 2) / span
    high = 1.0 - (m.ends[1] + margin + width / 2) / span
    if low > high:
        return (low + high) / 2
    return min(max(m.at, low), high)


def incoming(src: np.ndarray, strength: np.ndarray) -> np.ndarray:
    """Indices of the sources to highlight: all, or the strongest ``MAX_HIGHLIGHTED``.

    Parameters
    ----------
    src : ndarray, shape (n_in, 2)
    strength : ndarray, shape (n_in,)
    """
    if len(src) <= MAX_HIGHLIGHTED:
        return np.arange(len(src))
    # in source order: the same edges give the same marks, which need no repaint
    return np.sort(np.argsort(-np.abs(strength), kind="stable")[:MAX_HIGHLIGHTED])
