"""A one-line label that shortens its text with "…" instead of wrapping.

Panels in docks are narrow at 1280×720: a wrapping label grows to two or three
lines and takes the height from the plot under it.  This one always stays one
line high; the whole text is in its tooltip and in ``text()``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """A QLabel kept to one line, eliding on the right; ``text()`` is the full text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self._shown = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)

    def setText(self, text: str) -> None:
        if text == self._full:
            return  # an unchanged text costs no relayout
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What is drawn: the full text, or its start and "…"."""
        return super().text()

    def minimumSizeHint(self) -> QSize:
        # Narrow enough for any dock; the height of one line.
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if text != self._shown:
            self._shown = text
            super().setText(text)
