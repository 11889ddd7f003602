"""A compact colour key laid over the top-left corner of a plot.

Each entry is its own one-line label, so a narrow dock never breaks a word
(Chinese lines may break between any two characters) and the key takes as
few rows as the width allows.  The plot keeps a band at its top free for the
key (see ``ActivationPanel._fit_ranges``), so the key never hides a curve.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ui.text import palette

PAD = 3  # pixels around and between the entries


class PlotKey(QFrame):
    """Entries ``(colour, symbol, text)`` in as few rows as fit the width given to ``place``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plotKey")
        self.setStyleSheet(
            f"#plotKey {{ background: rgba{palette.KEY_BACKGROUND}; "
            f"border: 1px solid rgba{palette.KEY_BORDER}; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self._items: list[tuple[str, str, str]] = []
        self._labels: list[QLabel] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(PAD, PAD - 1, PAD, PAD - 1)
        self._grid.setHorizontalSpacing(3 * PAD)
        self._grid.setVerticalSpacing(0)

    def items(self) -> list[tuple[str, str, str]]:
        return list(self._items)

    def text(self) -> str:
        """The entries' texts, for tests and tooltips."""
        return "  ".join(text for _c, _s, text in self._items)

    def set_items(self, items: list[tuple[str, str, str]]) -> bool:
        """Show these entries; False (and nothing redone) when they are unchanged."""
        if items == self._items:
            return False
        self._items = list(items)
        while len(self._labels) < len(items):
            label = QLabel(self)
            label.setFont(self.font())
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(False)
            self._labels.append(label)
        for label, (colour, symbol, text) in zip(self._labels, items):
            label.setText(
                f'<span style="color:{colour}"><b>{symbol}</b></span>&nbsp;'
                f"{html.escape(text).replace(' ', '&nbsp;')}"
            )
        for label in self._labels[len(items) :]:
            label.hide()
        self._columns = 0  # relaid out by the next place()
        return True

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            # The style sheet stops the font reaching the labels by itself.
            for label in self._labels:
                label.setFont(self.font())
            self._columns = 0

    def place(self, area: QRect) -> int:
        """Lay the entries out in the top-left of ``area``; the height taken, in pixels."""
        shown = self._labels[: len(self._items)]
        if not shown:
            self.hide()
            return 0
        widths = [label.sizeHint().width() for label in shown]
        columns = _columns_that_fit(widths, area.width() - 2 * PAD, 3 * PAD)
        if columns != self._columns:
            self._columns = columns
            for label in self._labels:
                self._grid.removeWidget(label)
            for i, label in enumerate(shown):
                self._grid.addWidget(label, i // columns, i % columns)
                label.show()
        size = self._grid.sizeHint()
        self.setGeometry(area.left(), area.top(), min(size.width(), area.width()), size.height())
        self.show()
        self.raise_()
        return size.height()


def _columns_that_fit(widths: list[int], room: int, gap: int) -> int:
    """The most columns (of a row-major grid) whose widths and gaps fit in ``room``."""
    for n in range(len(widths), 1, -1):
        cols = [max(widths[c::n]) for c in range(n)]
        if sum(cols) + gap * (n - 1) <= room:
            return n
    return 1
