"""The outputs as a bar chart: one bar per class, the network's choice highlighted.

A view of the Document (objectName ``outputBars``): for the stepped example, each
output's value y is a horizontal bar labelled with its class ("0" to "9" for
digits, ``Document.names``), the largest one (the class the network chooses) in
the accent colour, the target's class marked t.  Softmax and sigmoid outputs are
probabilities, read as percentages; other outputs are scaled to the largest.
Clicking a bar makes its class the example's target t (one undo step).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.text import palette, unit_names
from ui.text.i18n import fill
from ui.text.numbers import share, short

PROBABILITIES = ("softmax", "sigmoid")
CHOSEN = QColor(palette.ACCENT)
OTHER = QColor(palette.BAR)
TARGET = QColor(palette.OK)


class OutputBars(QWidget):
    """The output layer of ``document``'s network for its example, one bar a class.

    Signals
    -------
    targetChosen(int)
        The user clicked the bar of this class (the Document's target follows).
    """

    targetChosen = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("outputBars")
        self.document = document
        self.setMinimumSize(80, 60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._values = np.zeros(0)
        for signal in (document.exampleChanged, document.namesChanged, document.pastChanged):
            signal.connect(self._refresh)
        document.networkChanged.connect(lambda _structural: self._refresh())
        self.retranslate()
        self._refresh()

    # ---- reading ------------------------------------------------------------------
    def values(self) -> np.ndarray:
        """The outputs shown, shape (n_out,)."""
        return self._values.copy()

    def predicted(self) -> int:
        """The class of the highest bar (the one highlighted)."""
        return int(np.argmax(self._values)) if self._values.size else -1

    def target_class(self) -> int | None:
        """The class the example's target t names (one-hot), or None."""
        t = self.document.target
        if t is None or t.size != self._values.size or t.size < 2:
            return None
        k = int(np.argmax(t))
        return k if t[k] == 1.0 and float(np.sum(t)) == 1.0 else None

    def bar_rect(self, j: int) -> QRectF:
        """Where the row of class ``j`` is drawn (label and bar), in widget pixels."""
        top, row = self._rows()
        return QRectF(0, top + j * row, self.width(), row)

    # ---- following the document ---------------------------------------------------------
    def _refresh(self) -> None:
        self._values = np.asarray(self.document.output(), dtype=float)
        self.update()

    def mousePressEvent(self, event) -> None:
        top, row = self._rows()
        j = int((event.position().y() - top) // row)
        n = self._values.size
        if event.button() == Qt.LeftButton and n > 1 and 0 <= j < n:
            target = np.zeros(self._values.size)
            target[j] = 1.0
            self.document.set_target(target)
            self.targetChosen.emit(j)
        event.accept()

    # ---- painting -------------------------------------------------------------------
    def _rows(self) -> tuple[float, float]:
        """(top of the first row, height of a row)."""
        top = self._title_height()
        n = max(self._values.size, 1)
        return top, max((self.height() - top - 2) / n, 1.0)

    def _title_height(self) -> float:
        return 1.7 * self.fontMetrics().height()

    def _probabilities(self) -> bool:
        return self.document.network.layers[-1].activation in PROBABILITIES

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        y, names = self._values, self.document.names
        if not y.size or not np.all(np.isfinite(y)):
            return
        best, target = self.predicted(), self.target_class()
        self._paint_title(painter, unit_names.class_text(names, best))
        top, row = self._rows()
        labels = [unit_names.class_text(names, j) for j in range(y.size)]
        label_w = max(self.fontMetrics().horizontalAdvance(t) for t in labels) + 14
        value_w = self.fontMetrics().horizontalAdvance("100.0 %") + 6
        room = max(self.width() - label_w - value_w - 6, 4)
        scale = 1.0 if self._probabilities() else max(float(np.max(np.abs(y))), 1e-12)
        bold = QFont(self.font())
        bold.setBold(True)
        for j, value in enumerate(y):
            cell = QRectF(0, top + j * row, self.width(), row)
            painter.setFont(bold if j == best else self.font())
            painter.setPen(QColor(palette.INK))
            painter.drawText(
                QRectF(2, cell.top(), label_w - 8, row), Qt.AlignRight | Qt.AlignVCenter, labels[j]
            )
            if j == target:
                painter.setPen(QPen(TARGET, 2))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(QRectF(1, cell.top() + 1, label_w - 4, row - 2), 4, 4)
            length = room * min(max(abs(value) / scale, 0.0), 1.0)
            bar = QRectF(label_w, cell.top() + 0.18 * row, max(length, 1.0), 0.64 * row)
            painter.setPen(Qt.NoPen)
            painter.setBrush(CHOSEN if j == best else OTHER)
            painter.drawRect(bar)
            painter.setPen(QColor(palette.INK if j == best else palette.MUTED))
            text = share(value) if self._probabilities() else short(value)
            painter.drawText(
                QRectF(bar.right() + 4, cell.top(), value_w, row),
                Qt.AlignLeft | Qt.AlignVCenter,
                text,
            )

    def _paint_title(self, painter, name: str) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        painter.setFont(font)
        painter.setPen(QColor(palette.ACCENT))
        text = fill(self._says, name)
        painter.drawText(
            QRectF(4, 0, self.width() - 8, self._title_height()),
            Qt.AlignLeft | Qt.AlignVCenter,
            text,
        )

    # ---- texts ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.update()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._says = self.tr("The network says: %1")
        self.setToolTip(
            self.tr(
                "The output y of each class for the example; the longest bar is the network's "
                "answer. A ring marks the target t: click a class to make it the target."
            )
        )
        self.update()
