"""The drawing pad: the example's input as a picture that the mouse draws on.

A view of the Document (objectName ``digitsPad``): its pixels are the stepped
row's input values, row by row (``Document.names.image`` gives the shape: 8×8
digits, 28×28 MNIST).  The left button draws and the right one erases with a
soft round brush about two pixels of an 8×8 digit wide, in the digits' own steps
of 1/16; one drag is one undo step (``Document.draw_input`` merges its moves),
and every view follows at each move: the canvas, the output bars, the feature
maps, the pass.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.text import palette

from .images import ink_image

LEVELS = 16  # the digits' pixels are whole sixteenths
BRUSH = 1.5  # a pixel at this distance (in 8×8 pixels) from the stroke gets no ink
REFERENCE_SIDE = 8  # the brush is sized for 8×8; larger pictures widen it in proportion


def stroke(values: np.ndarray, a, b, erase: bool = False) -> np.ndarray:
    """``values`` (rows, cols) after a stroke of the brush from ``a`` to ``b``.

    ``a``, ``b`` are (row, column) points in pixel units (0.5 is a pixel's centre).
    Drawing raises each pixel to the brush's ink there (1 on the line, less away
    from it); erasing lowers it as much.  Returns a new array in steps of 1/16.
    """
    rows, cols = values.shape
    scale = max(rows, cols) / REFERENCE_SIDE
    r, c = np.mgrid[0:rows, 0:cols] + 0.5
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    d = b - a
    length2 = float(d @ d)
    t = 0.0 if length2 == 0 else np.clip(((r - a[0]) * d[0] + (c - a[1]) * d[1]) / length2, 0, 1)
    distance = np.hypot(r - (a[0] + t * d[0]), c - (a[1] + t * d[1])) / scale
    ink = np.clip(BRUSH - distance, 0.0, 1.0)
    out = np.minimum(values, 1.0 - ink) if erase else np.maximum(values, ink)
    return np.round(np.clip(out, 0.0, 1.0) * LEVELS) / LEVELS


class DigitsPad(QWidget):
    """The stepped example's input of ``document`` as a picture to draw on."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("digitsPad")
        self.document = document
        self.setMouseTracking(True)
        self.setMinimumSize(60, 60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._strokes = itertools.count(1)
        self._stroke: int | None = None
        self._last: QPointF | None = None
        self._erase = False
        self._hover: tuple[int, int] | None = None
        for signal in (document.exampleChanged, document.namesChanged):
            signal.connect(self.update)
        document.networkChanged.connect(lambda _structural: self.update())
        self.retranslate()

    # ---- reading ------------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, int] | None:
        """(rows, columns) of the picture, or None when the inputs are no image."""
        return self.document.names.image

    def pixels(self) -> np.ndarray | None:
        """The picture now: the example's input, shape (rows, columns); None without one."""
        if self.shape is None:
            return None
        return np.asarray(self.document.input, dtype=float).reshape(self.shape)

    def cell_pos(self, row: int, column: int) -> QPointF:
        """The centre of pixel (row, column) in the widget (for qtbot and lessons)."""
        box, side = self._box()
        return QPointF(box.left() + (column + 0.5) * side, box.top() + (row + 0.5) * side)

    # ---- editing ------------------------------------------------------------------
    def clear(self) -> None:
        """Blank the picture (one undo step)."""
        if self.shape is not None:
            self.document.draw_input(np.zeros(self.shape).ravel(), None, "clear_input")

    def draw(self, pixels) -> None:
        """Put a whole picture (rows, columns) of 0..1 on the pad, as one stroke (lessons)."""
        if self.shape is not None:
            self.document.draw_input(np.asarray(pixels, dtype=float).ravel(), None)

    # ---- the mouse ------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        button = event.button()
        if self.shape is None or button not in (Qt.LeftButton, Qt.RightButton):
            return super().mousePressEvent(event)
        self._stroke, self._erase = next(self._strokes), button == Qt.RightButton
        self._last = event.position()
        self._paint_segment(self._last, self._last)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self._hover = self._cell_at(event.position())
        if self._stroke is not None:
            self._paint_segment(self._last, event.position())
            self._last = event.position()
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        self._stroke = self._last = None
        event.accept()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def _paint_segment(self, p: QPointF, q: QPointF) -> None:
        before = self.pixels()
        after = stroke(before, self._to_pixels(p), self._to_pixels(q), self._erase)
        if not np.array_equal(before, after):
            self.document.draw_input(after.ravel(), self._stroke)

    def _to_pixels(self, p: QPointF) -> tuple[float, float]:
        box, side = self._box()
        return (p.y() - box.top()) / side, (p.x() - box.left()) / side

    def _cell_at(self, p: QPointF) -> tuple[int, int] | None:
        if self.shape is None:
            return None
        r, c = (int(np.floor(v)) for v in self._to_pixels(p))
        rows, cols = self.shape
        return (r, c) if 0 <= r < rows and 0 <= c < cols else None

    # ---- painting -------------------------------------------------------------------
    def _box(self) -> tuple[QRectF, float]:
        """The picture's square in the widget, and one pixel's side."""
        rows, cols = self.shape or (8, 8)
        side = max(1.0, min((self.width() - 4) / cols, (self.height() - 4) / rows))
        w, h = side * cols, side * rows
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), side

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pixels = self.pixels()
        if pixels is None:
            painter.setPen(QColor(palette.MUTED))
            painter.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self._note)
            return
        box, side = self._box()
        painter.drawImage(box, ink_image(pixels))
        rows, cols = pixels.shape
        if side >= 6:  # a grid shows the pixels apart, but not 28 lines in a small pad
            painter.setPen(QPen(QColor(*palette.GRID), 1))
            for k in range(1, cols):
                painter.drawLine(
                    QPointF(box.left() + k * side, box.top()),
                    QPointF(box.left() + k * side, box.bottom()),
                )
            for k in range(1, rows):
                painter.drawLine(
                    QPointF(box.left(), box.top() + k * side),
                    QPointF(box.right(), box.top() + k * side),
                )
        painter.setPen(QPen(QColor(palette.INK), 1.5))
        painter.drawRect(box)
        if self._hover is not None:
            r, c = self._hover
            painter.setPen(QPen(QColor(palette.CURRENT_LINE), 2))
            painter.drawRect(QRectF(box.left() + c * side, box.top() + r * side, side, side))

    # ---- texts ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._note = self.tr(
            "The pad draws inputs that are pictures: open Examples ▸ Handwritten digits, "
            "or choose the digits data set and fit the network to it."
        )
        self.setToolTip(self.tr("Draw with the left button, erase with the right one"))
        self.update()
