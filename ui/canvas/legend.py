"""The canvas legend: what colours, thicknesses and marks mean."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import style

ROW = 26.0


class LegendItem(QGraphicsItem):
    """A few lines of key below the network; ``set_note`` adds a line (e.g. hidden edges)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = ""
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.NoButton)

    def set_note(self, note: str) -> None:
        self.prepareGeometryChange()
        self.note = note
        self.update()

    def entries(self) -> list[tuple[str, str]]:
        """(swatch kind, text) of each key entry, in the current language."""
        return [
            ("positive", QCoreApplication.translate("NetworkCanvas", "positive weight")),
            ("negative", QCoreApplication.translate("NetworkCanvas", "negative weight")),
            ("thickness", QCoreApplication.translate("NetworkCanvas", "thicker = larger |w|")),
            ("current", QCoreApplication.translate("NetworkCanvas", "being computed")),
            ("empty", QCoreApplication.translate("NetworkCanvas", "not computed yet")),
            ("backward", QCoreApplication.translate("NetworkCanvas", "backward: δ = ∂E/∂a")),
        ]

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, 1400, 2 * ROW + 12)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        font = style.font(15)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        x = 0.0
        for kind, text in self.entries():
            self._swatch(painter, kind, x)
            painter.setPen(style.INK)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x + 44, 0, width + 4, ROW), Qt.AlignVCenter, text)
            x += 44 + width + 26
        if self.note:
            painter.setPen(style.MUTED)
            painter.drawText(QRectF(0, ROW + 4, 1100, ROW), Qt.AlignVCenter, self.note)

    @staticmethod
    def _swatch(painter, kind: str, x: float) -> None:
        y = ROW / 2
        if kind in ("positive", "negative"):
            colour = style.POSITIVE if kind == "positive" else style.NEGATIVE
            painter.setPen(QPen(colour, 4, Qt.SolidLine, Qt.RoundCap))
            painter.drawLine(QPointF(x + 2, y), QPointF(x + 36, y))
        elif kind == "thickness":
            for i, w in enumerate((1.0, 3.0, 6.0)):
                painter.setPen(QPen(style.MUTED, w, Qt.SolidLine, Qt.RoundCap))
                painter.drawLine(QPointF(x + 2 + 12 * i, y + 7), QPointF(x + 10 + 12 * i, y - 7))
        else:
            line, fill = {"current": (style.CURRENT_LINE, style.CURRENT_FILL),
                          "backward": (style.BACKWARD_LINE, style.BACKWARD_FILL),
                          "empty": (style.EMPTY_LINE, style.EMPTY_FILL)}[kind]
            pen = QPen(line, 2 if kind == "empty" else 3)
            pen.setStyle(Qt.DashLine if kind == "empty" else Qt.SolidLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x + 19, y), 11, 11)


def truncation_note(truncated: list[tuple[int, int, int]]) -> str:
    """"Layer 1 shows its 2500 strongest of 100352 weights." for each thinned layer."""
    parts = []
    for column, shown, total in truncated:
        text = QCoreApplication.translate(
            "NetworkCanvas", "layer %1 shows its %2 strongest of %3 weights")
        parts.append(text.replace("%1", str(column)).replace("%2", str(shown))
                     .replace("%3", str(total)))
    return "; ".join(parts)
