"""The confusion matrix on the test points: which classes the network takes for which.

``confusion(model)`` counts the test points by their true class (rows) and the
class the network chooses (columns: the largest output, or y > 0.5 for one
sigmoid output), so the counts sum to the test points and the diagonal's share
is the test accuracy.  ``ConfusionMatrix`` paints it (objectName
``confusionMatrix``): the diagonal in blue, mistakes in orange, each shaded by its
share of the row; clicking a cell chooses it (``cellChosen``), clicking it again
chooses none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.text import palette, unit_names
from ui.text.i18n import fill

from .colours import rgb


@dataclass(frozen=True)
class Confusion:
    """Counts of the test points.

    Attributes
    ----------
    matrix : ndarray of int, shape (k, k)
        ``matrix[t, y]``: test points of class t the network puts in class y.
    rows : ndarray of int, shape (n_test,)
        Which points of the data set they are.
    truth, chosen : ndarray of int, shape (n_test,)
        Each point's class and the network's choice.
    confidence : ndarray, shape (n_test,)
        The network's output for the class it chose.
    """

    matrix: np.ndarray
    rows: np.ndarray
    truth: np.ndarray
    chosen: np.ndarray
    confidence: np.ndarray

    def points(self, cell: tuple[int, int] | None = None) -> np.ndarray:
        """Indices into ``rows`` of a cell's points; with no cell, every mistake."""
        if cell is None:
            return np.flatnonzero(self.truth != self.chosen)
        return np.flatnonzero((self.truth == cell[0]) & (self.chosen == cell[1]))

    @property
    def accuracy(self) -> float:
        total = int(self.matrix.sum())
        return float(np.trace(self.matrix)) / total if total else float("nan")


def confusion(model) -> Confusion | None:
    """The test points of ``model``'s data under its network now; None when there is no
    such matrix (regression, a network that does not fit, no test points)."""
    prepared, net = model.prepared, model.network
    raw = prepared.raw
    if raw.kind != "classification" or prepared.problem(net) is not None:
        return None
    rows = prepared.test_rows
    if len(rows) == 0:
        return None
    with np.errstate(all="ignore"):
        Y = np.atleast_2d(net.forward(prepared.inputs[rows]))
    if Y.shape[1] == 1:
        p = Y[:, 0]
        chosen = (p > 0.5).astype(int)
        confidence = np.where(chosen == 1, p, 1.0 - p)
    else:
        chosen = np.argmax(Y, axis=1)
        confidence = Y[np.arange(len(rows)), chosen]
    truth = raw.labels[rows]
    k = raw.n_classes
    matrix = np.zeros((k, k), dtype=int)
    np.add.at(matrix, (truth, np.clip(chosen, 0, k - 1)), 1)
    return Confusion(matrix, np.asarray(rows), truth, chosen, confidence)


def _mix(colour: str, amount: float) -> QColor:
    """White moved ``amount`` (0..1) of the way to ``colour``."""
    return QColor(*(int(round(255.0 + (c - 255.0) * amount)) for c in _channels(colour)))


@functools.lru_cache(maxsize=8)
def _channels(colour: str) -> tuple[float, ...]:
    return tuple(float(c) for c in rgb(colour))  # a hundred cells a paint: parsed once


class ConfusionMatrix(QWidget):
    """A painted k × k matrix of counts (see the module docstring).

    Signals
    -------
    cellChosen(int, int)
        (true class, chosen class) of the clicked cell; (-1, -1) when none is chosen.
    """

    cellChosen = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setMinimumSize(60, 60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._matrix = np.zeros((0, 0), dtype=int)
        self._names = None
        self.chosen: tuple[int, int] | None = None
        self.retranslate()

    def set_matrix(self, matrix: np.ndarray, names) -> None:
        """Show ``matrix`` (k, k) with the classes' names (``Document.names``).

        Only the rows whose counts changed are painted again (a row's shades are
        shares of the row), none for the same matrix (another epoch scrubbed to).
        """
        matrix = np.array(matrix)
        same_frame = matrix.shape == self._matrix.shape and names == self._names
        if matrix.shape != self._matrix.shape:
            self.chosen = None
        changed = np.flatnonzero((matrix != self._matrix).any(axis=1)) if same_frame else None
        self._matrix, self._names = matrix, names
        if changed is None:
            self.update()
            return
        left, top, side = self._geometry()
        for t in changed:  # the chosen cell's 3-pixel frame overlaps its neighbours
            row = QRectF(left - 2, top + t * side - 2, len(matrix) * side + 4, side + 4)
            self.update(row.toAlignedRect())

    def matrix(self) -> np.ndarray:
        """The counts shown, shape (k, k): rows the true class, columns the chosen one."""
        return self._matrix.copy()

    def cell_rect(self, t: int, y: int) -> QRectF:
        """Where cell (true class t, chosen class y) is drawn (for qtbot)."""
        left, top, side = self._geometry()
        return QRectF(left + y * side, top + t * side, side, side)

    def choose(self, cell: tuple[int, int] | None) -> None:
        """Choose a cell (its points are listed), or none."""
        self.chosen = cell
        self.update()
        self.cellChosen.emit(*(cell if cell is not None else (-1, -1)))

    # ---- geometry and painting --------------------------------------------------------
    def _titled(self) -> bool:
        """Whether there is room for the axes' titles (a short dock shows the names only)."""
        k, label = max(len(self._matrix), 1), self.fontMetrics().height()
        return self.height() >= k * 18 + 3.5 * label

    def _geometry(self) -> tuple[float, float, float]:
        """(left, top, cell side) of the grid: room for the labels above and to the left."""
        k = max(len(self._matrix), 1)
        label = self.fontMetrics().height()
        titled = self._titled()
        left = self._label_width() + (1.3 * label if titled else 2)
        top = (2.3 if titled else 1.2) * label
        side = max(min((self.width() - left - 4) / k, (self.height() - top - 4) / k), 4.0)
        return left, top, side

    def cell_at(self, pos) -> tuple[int, int] | None:
        """(true class, chosen class) of the cell at ``pos``, or None."""
        left, top, side = self._geometry()
        if pos.x() < left or pos.y() < top:
            return None
        t, y = int((pos.y() - top) // side), int((pos.x() - left) // side)
        k = len(self._matrix)
        return (t, y) if 0 <= t < k and 0 <= y < k else None

    def _label_width(self) -> float:
        """The widest class name's width (measured once per names and font: every cell's
        place asks for it)."""
        return self._measures()["labels"]

    def _measures(self) -> dict:
        """Widths in the widget's font, kept until the names or the font change: the
        labels' (``"labels"``) and each count's (by its text)."""
        key = (self._names, len(self._matrix))  # names: frozen UnitNames; the font: below
        if getattr(self, "_measure_key", None) != key:
            names = (unit_names.class_text(self._names, j) for j in range(len(self._matrix)))
            metrics = self.fontMetrics()
            self._measure_key = key
            widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + 4
            self._measured = {"labels": widest}
        return self._measured

    def paintEvent(self, event) -> None:
        if not self._matrix.size:
            return
        painter = QPainter(self)
        left, top, side = self._geometry()
        k = len(self._matrix)
        shares = self._matrix / np.maximum(self._matrix.sum(axis=1, keepdims=True), 1)
        grid = QPen(QColor(*palette.GRID), 1)
        dirty = event.rect()  # the rows whose counts changed (set_matrix), or all
        rows = set()
        for r in event.region():
            rows.update(range(int((r.top() - top) // side), int((r.bottom() - top) // side) + 1))
        self._paint_cells(painter, sorted(rows & set(range(k))), shares, left, top, side, grid)
        painter.setPen(QPen(QColor(palette.MUTED), 1))
        painter.drawRect(QRectF(left, top, k * side, k * side))
        if self.chosen is not None:
            painter.setPen(QPen(QColor(palette.ACCENT), 3))
            painter.drawRect(self.cell_rect(*self.chosen))
        if dirty.top() < top - 3 or dirty.left() < left - 3:  # the names: above, to the left
            self._paint_labels(painter, left, top, side)

    def _paint_cells(self, painter, rows, shares, left, top, side, grid) -> None:
        """The cells of ``rows``: every fill, then every outline, then the counts in their
        two inks (a painter's pen switch costs more than a cell's fill)."""
        k, metrics = len(self._matrix), self.fontMetrics()
        widths, paper = self._measures(), QColor(palette.PAPER)
        counts = self._matrix.tolist()
        inks: dict[bool, list] = {False: [], True: []}  # light on a dark share, or not
        boxes = []
        for t in rows:
            for y in range(k):
                box = QRectF(left + y * side, top + t * side, side, side)
                boxes.append(box)
                count, share = counts[t][y], float(shares[t, y])
                colour = palette.POSITIVE if t == y else palette.NEGATIVE
                painter.fillRect(box, _mix(colour, 0.9 * share) if count else paper)
                if not count:
                    continue
                text = str(count)
                wide = widths.get(text)
                if wide is None:
                    wide = widths[text] = metrics.horizontalAdvance(text)
                if side >= wide + 2:
                    inks[share > 0.55].append((box, text))
        painter.setPen(grid)
        painter.drawRects(boxes)
        for light, texts in inks.items():
            painter.setPen(QColor(palette.PAPER if light else palette.INK))
            for box, text in texts:  # clipped to its box, as a tall font would overflow
                painter.drawText(box, Qt.AlignCenter, text)

    def _paint_labels(self, painter, left: float, top: float, side: float) -> None:
        k, label = len(self._matrix), self.fontMetrics().height()
        painter.setPen(QColor(palette.INK))
        for j in range(k):
            name = unit_names.class_text(self._names, j)
            painter.drawText(
                QRectF(left + j * side, top - 1.2 * label, side, label), Qt.AlignCenter, name
            )
            painter.drawText(
                QRectF(left - self._label_width() - 2, top + j * side, self._label_width(), side),
                Qt.AlignRight | Qt.AlignVCenter,
                name,
            )
        if not self._titled():
            return
        painter.setPen(QColor(palette.MUTED))
        painter.drawText(QRectF(left, 0, k * side, label), Qt.AlignCenter, self._chosen_axis)
        painter.save()
        painter.translate(0, top + k * side / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-k * side / 2, 0, k * side, label), Qt.AlignCenter, self._true_axis)
        painter.restore()

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if event.button() == Qt.LeftButton and cell is not None:
            self.choose(None if self.chosen == cell else cell)
        event.accept()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(event.pos())
            if cell is not None:
                t, y = (unit_names.class_text(self._names, c) for c in cell)
                count = int(self._matrix[cell])
                text = fill(self.tr("True class %1, answered %2: %3 test points"), t, y, count)
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)

    # ---- texts ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # presentation mode: measured anew
            self._measure_key = None
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._measure_key = None  # the names may read otherwise
        self._chosen_axis = self.tr("the network's answer")
        self._true_axis = self.tr("true class")
        self.setToolTip(
            self.tr(
                "Test points by their true class (rows) and the network's answer (columns): "
                "the diagonal is right. Click a cell to list its points."
            )
        )
        self.update()
