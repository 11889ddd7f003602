"""Each neuron's own output over the plane, drawn inside its circle; dead units marked.

The training views give the canvas a small image per neuron (its output z over
the data's plane, as TensorFlow Playground draws its nodes) and the set of
neurons that output 0 for every training point (a dead ReLU: its gradient is 0,
it no longer learns).  A column item paints the image inside the circle, under
the value, and marks a dead neuron with a grey cross and a "dead" tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen

from ui.text import palette

from . import style

DEAD_INK = QColor(palette.DEAD)
MAP_OPACITY = 0.85


def paint_map(painter, image, x: float, y: float, hw: float, r: float) -> None:
    """``image`` inside the circle (or pill) of centre (x, y), under whatever follows."""
    path = QPainterPath()
    if hw > r + 0.5:
        path.addRoundedRect(QRectF(x - hw, y - r, 2 * hw, 2 * r), r, r)
    else:
        path.addEllipse(QPointF(x, y), r, r)
    painter.save()
    painter.setClipPath(path)
    painter.setOpacity(MAP_OPACITY)
    # the image's row 0 is the plane's bottom: drawn flipped, so up is up
    painter.translate(x, y)
    painter.scale(1.0, -1.0)
    painter.drawImage(QRectF(-r, -r, 2 * r, 2 * r), image)
    painter.restore()


def paint_dead(painter, x: float, y: float, r: float, emphasis: float) -> None:
    """A grey cross over the neuron and a small "dead" tab at its top right."""
    painter.save()
    pen = QPen(DEAD_INK, 2.0 * emphasis)
    painter.setPen(pen)
    d = 0.62 * r
    painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
    painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
    text = QCoreApplication.translate("NetworkCanvas", "dead")
    font = style.font(max(9, round(0.34 * r)), bold=True)
    width = QFontMetricsF(font).horizontalAdvance(text) + 8 * emphasis
    box = QRectF(x + 0.45 * r, y - r - 4 * emphasis, width, 0.42 * r + 4 * emphasis)
    painter.setBrush(DEAD_INK)
    painter.setPen(Qt.NoPen)
    painter.drawRoundedRect(box, 4 * emphasis, 4 * emphasis)
    painter.setPen(QColor(palette.PAPER))
    painter.setFont(font)
    painter.drawText(box, Qt.AlignCenter, text)
    painter.restore()
