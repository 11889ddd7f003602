"""One graphics item per column, painting all of its neurons.

Small columns are circles with the value written in bold; big ones are a strip
or an image grid of cells coloured by value (``style.value_colours``).  The
item holds only what it paints (values, deltas, which neuron is current or
selected); the canvas feeds it from the Document.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import style
from .layout import Column


class ColumnItem(QGraphicsItem):
    """The neurons of one column.

    Parameters
    ----------
    column : Column
        Its geometry.
    index : int
        Column number (0 = input).
    is_output : bool
    """

    def __init__(self, column: Column, index: int, is_output: bool, parent=None):
        super().__init__(parent)
        self.geometry = column
        self.index = index
        self.is_output = is_output
        n = column.size
        self.values = np.full(n, np.nan)
        self.deltas = np.full(n, np.nan)
        self.current: int | None = None
        self.current_backward = False
        self.selected: int | None = None
        self.setZValue(2)
        self.setAcceptedMouseButtons(Qt.NoButton)

    def set_state(self, values, deltas, current, current_backward, selected) -> None:
        """What to show; ``values``/``deltas`` shape (n,), NaN where not computed."""
        self.values = np.asarray(values, dtype=float)
        self.deltas = np.asarray(deltas, dtype=float)
        self.current, self.current_backward = current, current_backward
        self.selected = selected
        self.update()

    def boundingRect(self) -> QRectF:
        g = self.geometry
        pad = 44.0
        return QRectF(g.left - pad, g.top - 8, g.width + 2 * pad, g.bottom - g.top + 40)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        if self.geometry.kind == "circles":
            for j in range(self.geometry.size):
                self._paint_circle(painter, j)
        elif self.geometry.kind == "dots":
            self._paint_dots(painter)
        else:
            self._paint_cells(painter)

    # ---- circles ------------------------------------------------------------
    def _paint_circle(self, painter, j: int) -> None:
        x, y = self.geometry.centres[j]
        r = self.geometry.cell
        value, delta = self.values[j], self.deltas[j]
        fill, line, width, dash = self._look(j, np.isfinite(value))
        if j == self.selected:
            painter.setPen(QPen(style.SELECTED_LINE, 5))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(x, y), r + 6, r + 6)
        pen = QPen(line, width)
        pen.setStyle(Qt.DashLine if dash else Qt.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(QPointF(x, y), r, r)
        if np.isfinite(value):
            painter.setPen(style.INK)
            painter.setFont(style.font(round(r * 0.47), bold=True))
            painter.drawText(QRectF(x - r - 4, y - r, 2 * r + 8, 2 * r), Qt.AlignCenter,
                             style.fmt(value))
        if np.isfinite(delta):
            painter.setPen(style.DELTA_INK)
            painter.setFont(style.font(15, bold=True))
            painter.drawText(QRectF(x - 70, y + r + 1, 140, 20), Qt.AlignCenter,
                             "δ=" + style.fmt(delta))
        self._paint_name(painter, j, x, y, r)

    def _paint_name(self, painter, j: int, x: float, y: float, r: float) -> None:
        # the seeds call inputs x1, x2 and outputs y1, y2: label them alike
        if self.index != 0 and not self.is_output:
            return
        letter = "x" if self.index == 0 else "y"
        painter.setPen(style.MUTED)
        painter.setFont(style.font(14, bold=True))
        left = x - r - 36 if self.index == 0 else x + r + 4
        painter.drawText(QRectF(left, y - 10, 32, 20),
                         Qt.AlignRight if self.index == 0 else Qt.AlignLeft,
                         f"{letter}{j + 1}")

    def _look(self, j: int, computed: bool):
        """(fill, outline, outline width, dashed) of neuron ``j``."""
        if j == self.current:
            if self.current_backward:
                return style.BACKWARD_FILL, style.BACKWARD_LINE, 4.5, False
            return style.CURRENT_FILL, style.CURRENT_LINE, 4.5, False
        if not computed:
            return style.EMPTY_FILL, style.EMPTY_LINE, 2.0, True
        fill = style.INPUT_FILL if self.index == 0 else style.NEURON_FILL
        return fill, style.INK, 2.2, False

    # ---- dots: too many for numbers, coloured by value ----------------------
    def _paint_dots(self, painter) -> None:
        g = self.geometry
        colours = style.value_colours(self.values)
        for j, (x, y) in enumerate(g.centres):
            computed = np.isfinite(self.values[j])
            fill, line, width, dash = self._look(j, computed)
            if computed and j != self.current:
                fill = QColor(int(colours[j]))
            pen = QPen(line, width * 0.6)
            pen.setStyle(Qt.DashLine if dash else Qt.SolidLine)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawEllipse(QPointF(x, y), g.cell, g.cell)
            if j == self.selected:
                painter.setPen(QPen(style.SELECTED_LINE, 4))
                painter.setBrush(Qt.NoBrush)
                painter.drawEllipse(QPointF(x, y), g.cell + 4, g.cell + 4)

    # ---- strips and grids ---------------------------------------------------
    def _paint_cells(self, painter) -> None:
        g = self.geometry
        rows = g.size if g.kind == "strip" else -(-g.size // g.side)
        cols = 1 if g.kind == "strip" else g.side
        colours = np.full(rows * cols, 0xFFFFFFFF, dtype=np.uint32)
        colours[: g.size] = style.value_colours(self.values)
        image = QImage(colours.reshape(rows, cols).copy().data, cols, rows,
                       4 * cols, QImage.Format_ARGB32).copy()
        rect = QRectF(g.left, g.top, g.width, g.bottom - g.top)
        painter.drawImage(rect, image)
        painter.setPen(QPen(style.INK, 1.5))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect)
        marks = ((self.selected, style.SELECTED_LINE), (self.current, self._current_line()))
        for j, colour in marks:
            if j is not None and j < g.size:
                painter.setPen(QPen(colour, 3))
                painter.drawRect(self._cell_rect(j))

    def _current_line(self):
        return style.BACKWARD_LINE if self.current_backward else style.CURRENT_LINE

    def _cell_rect(self, j: int) -> QRectF:
        g = self.geometry
        x, y = g.centres[j]
        w = g.width if g.kind == "strip" else g.cell
        return QRectF(x - w / 2, y - g.cell / 2, w, g.cell)
