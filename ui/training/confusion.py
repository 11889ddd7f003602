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
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
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
        resized = len(matrix) != len(self._matrix) or names != self._names
        self._matrix, self._names = matrix, names
        if resized:
            self._fit_minimum()
        if changed is None:
            self.update()
            return
        left, top, wide, high = self._geometry()
        for t in changed:  # the chosen cell's 3-pixel frame overlaps its neighbours
            row = QRectF(left - 2, top + t * high - 2, len(matrix) * wide + 4, high + 4)
            self.update(row.toAlignedRect())

    def matrix(self) -> np.ndarray:
        """The counts shown, shape (k, k): rows the true class, columns the chosen one."""
        return self._matrix.copy()

    def cell_rect(self, t: int, y: int) -> QRectF:
        """Where cell (true class t, chosen class y) is drawn (for qtbot)."""
        left, top, wide, high = self._geometry()
        return QRectF(left + y * wide, top + t * high, wide, high)

    def choose(self, cell: tuple[int, int] | None) -> None:
        """Choose a cell (its points are listed), or none."""
        self.chosen = cell
        self.update()
        self.cellChosen.emit(*(cell if cell is not None else (-1, -1)))

    # ---- geometry and painting --------------------------------------------------------
    # The grid is square where there is room; where it is short, its cells widen instead,
    # so that a count reads whole.  Its rows want a line of text each: the panel asks its
    # dock for that height while it is in sight (``wanted_height``).
    def _floor(self, least: bool = False) -> tuple[float, float]:
        """(width, height) of the smallest cell whose count and class name read whole;
        ``least``: the name may be cut to four characters (the widget's minimum width:
        long names must not make the window wider than the screen)."""
        metrics = self.fontMetrics()
        names = self._measures()["names"]
        if least:
            names = min(names, metrics.horizontalAdvance("0000"))
        return max(metrics.horizontalAdvance("00"), names) + 8.0, metrics.height() + 2.0

    def _titled(self) -> bool:
        """Whether there is room for the axes' titles (a short dock shows the names only)."""
        k, label = max(len(self._matrix), 1), self.fontMetrics().height()
        return self.height() >= 2.3 * label + k * label + 4  # rows a line high, at least

    def _margins(self, titled: bool = True) -> tuple[float, float]:
        """(left, top): room for the class names, and the axes' titles if ``titled``."""
        label = self.fontMetrics().height()
        if not titled:
            return self._label_width() + 2, 1.2 * label
        return self._label_width() + 1.3 * label, 2.3 * label

    def _geometry(self) -> tuple[float, float, float, float]:
        """(left, top, cell width, cell height) of the grid."""
        k = max(len(self._matrix), 1)
        left, top = self._margins(self._titled())
        across = max((self.width() - left - 4) / k, 4.0)
        high = min(max((self.height() - top - 4) / k, 4.0), across)
        return left, top, min(across, max(high, self._floor()[0])), high

    def width_for(self, height: float) -> int:
        """The width the grid and its titles take at ``height`` (the panel gives the
        matrix no more, and the list of points the rest)."""
        k = max(len(self._matrix), 1)
        left, top = self._margins()
        high = max((height - top - 4) / k, self._floor()[1])
        grid = k * max(high, self._floor()[0])
        return int(np.ceil(left + max(grid, self._title_width()) + 4))

    def _title_width(self) -> float:
        return self.fontMetrics().horizontalAdvance(self._chosen_axis) + 8

    def _fit_minimum(self) -> None:
        """No narrower than every count and name reads whole at."""
        k = max(len(self._matrix), 1)
        left, _top = self._margins()
        grid = max(k * self._floor(least=True)[0], self._title_width())
        self.setMinimumWidth(int(np.ceil(left + grid + 4)))

    def wanted_height(self) -> int:
        """The height at which every row's count and name reads whole (the panel asks
        its dock for it when it comes in sight)."""
        k = max(len(self._matrix), 1)
        return int(np.ceil(self._margins()[1] + k * self._floor()[1] + 4))

    def cell_at(self, pos) -> tuple[int, int] | None:
        """(true class, chosen class) of the cell at ``pos``, or None."""
        left, top, wide, high = self._geometry()
        if pos.x() < left or pos.y() < top:
            return None
        t, y = int((pos.y() - top) // high), int((pos.x() - left) // wide)
        k = len(self._matrix)
        return (t, y) if 0 <= t < k and 0 <= y < k else None

    def _label_width(self) -> float:
        """The widest class name's width (measured once per names and font: every cell's
        place asks for it)."""
        return self._measures()["labels"]

    def _measures(self) -> dict:
        """Widths in the widget's font, kept until the names or the font change: the
        labels' (``"labels"``, ``"names"``) and each count's (by its text)."""
        key = (self._names, len(self._matrix))  # names: frozen UnitNames; the font: below
        if getattr(self, "_measure_key", None) != key:
            names = (unit_names.class_text(self._names, j) for j in range(len(self._matrix)))
            metrics = self.fontMetrics()
            self._measure_key = key
            widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
            rows = min(widest, metrics.horizontalAdvance("0" * 12))  # longer ones are cut
            self._measured = {"labels": rows + 4, "names": widest}
        return self._measured

    def paintEvent(self, event) -> None:
        if not self._matrix.size:
            return
        painter = QPainter(self)
        left, top, wide, high = self._geometry()
        k = len(self._matrix)
        shares = self._matrix / np.maximum(self._matrix.sum(axis=1, keepdims=True), 1)
        dirty = event.rect()  # the rows whose counts changed (set_matrix), or all
        rows = set()
        for r in event.region():
            rows.update(range(int((r.top() - top) // high), int((r.bottom() - top) // high) + 1))
        self._paint_cells(painter, sorted(rows & set(range(k))), shares, (left, top, wide, high))
        painter.setPen(QPen(QColor(palette.MUTED), 1))
        painter.drawRect(QRectF(left, top, k * wide, k * high))
        if self.chosen is not None:
            painter.setPen(QPen(QColor(palette.ACCENT), 3))
            painter.drawRect(self.cell_rect(*self.chosen))
        if dirty.top() < top - 3 or dirty.left() < left - 3:  # the names: above, to the left
            self._paint_labels(painter, left, top, wide, high)

    def _paint_cells(self, painter, rows, shares, grid_at) -> None:
        """The cells of ``rows``: every fill, then every outline, then the counts in their
        two inks (a painter's pen switch costs more than a cell's fill)."""
        left, top, wide, high = grid_at
        k, metrics = len(self._matrix), self.fontMetrics()
        legible = 0.75 * metrics.height()  # a count in a shorter cell would be cut
        widths, paper = self._measures(), QColor(palette.PAPER)
        counts = self._matrix.tolist()
        inks: dict[bool, list] = {False: [], True: []}  # light on a dark share, or not
        boxes = []
        for t in rows:
            for y in range(k):
                box = QRectF(left + y * wide, top + t * high, wide, high)
                boxes.append(box)
                count, share = counts[t][y], float(shares[t, y])
                colour = palette.POSITIVE if t == y else palette.NEGATIVE
                painter.fillRect(box, _mix(colour, 0.9 * share) if count else paper)
                if not count:
                    continue
                text = str(count)
                needed = widths.get(text)
                if needed is None:
                    needed = widths[text] = metrics.horizontalAdvance(text)
                if wide >= needed + 2 and high >= legible:
                    inks[share > 0.55].append((box, text))
        painter.setPen(QPen(QColor(*palette.GRID), 1))
        painter.drawRects(boxes)
        for light, texts in inks.items():
            painter.setPen(QColor(palette.PAPER if light else palette.INK))
            for box, text in texts:  # clipped to its box, as a tall font would overflow
                painter.drawText(box, Qt.AlignCenter, text)

    def _paint_labels(self, painter, left: float, top: float, wide: float, high: float) -> None:
        k, label = len(self._matrix), self.fontMetrics().height()
        painter.setPen(QColor(palette.INK))
        names_width = self._label_width()
        for j in range(k):
            name = unit_names.class_text(self._names, j)
            above = self.fontMetrics().elidedText(name, Qt.ElideRight, int(wide))
            painter.drawText(
                QRectF(left + j * wide, top - 1.2 * label, wide, label), Qt.AlignCenter, above
            )
            painter.drawText(
                QRectF(left - names_width - 2, top + j * high, names_width, high),
                Qt.AlignRight | Qt.AlignVCenter,
                self.fontMetrics().elidedText(name, Qt.ElideRight, int(names_width)),
            )
        if not self._titled():
            return
        # Each title centred on its side of the grid, and wider than the grid where it
        # must be (a grid of two or three classes is narrower than "the network's answer").
        painter.setPen(QColor(palette.MUTED))
        across = _centred(left + k * wide / 2, self._title_width(), self.width())
        painter.drawText(QRectF(across[0], 0, across[1], label), Qt.AlignCenter, self._chosen_axis)
        down = _centred(top + k * high / 2, self._true_width(), self.height())
        painter.save()
        painter.translate(0, down[0] + down[1])
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, down[1], label), Qt.AlignCenter, self._elided_true(down[1]))
        painter.restore()

    def _true_width(self) -> float:
        return self.fontMetrics().horizontalAdvance(self._true_axis) + 8

    def _elided_true(self, room: float) -> str:
        """The rows' title, cut with an ellipsis only where the widget is too short."""
        return self.fontMetrics().elidedText(self._true_axis, Qt.ElideRight, int(room))

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if event.button() == Qt.LeftButton and cell is not None:
            self.choose(None if self.chosen == cell else cell)
        event.accept()

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.wanted_height())

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
            self._fit_minimum()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._measure_key = None  # the names may read otherwise
        self._chosen_axis = self.tr("the network's answer")
        self._true_axis = self.tr("true class")
        self._fit_minimum()
        self.setToolTip(
            self.tr(
                "Test points by their true class (rows) and the network's answer (columns): "
                "the diagonal is right. Click a cell to list its points."
            )
        )
        self.update()


def _centred(middle: float, length: float, room: float) -> tuple[float, float]:
    """(start, length) of a text ``length`` long centred on ``middle``, moved to lie
    within 0..``room`` (and no longer than that)."""
    length = min(length, room)
    return min(max(middle - length / 2, 0.0), room - length), length
