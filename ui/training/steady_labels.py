"""Labels whose new text lays nothing out again unless it needs another size.

A QLabel's ``setText`` invalidates its parent's layout whatever the text, and
the layouts above it after that, up to the main window's: a dock and the window
laid out again cost ~1.5 ms, at every scrubbed epoch and every frame of a run,
for a label that says "epoch 12 of 30" where it said "epoch 11 of 30".  These
labels ask for a new layout only when the new text needs another size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QLabel):
    """A one-line label held at the size its text needs (a fixed-size widget's new
    text lays out nothing); a text that needs another size gets it."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if self.minimumSize() != hint or self.maximumSize() != hint:
            self.setFixedSize(hint)


class SteadyText(QWidget):
    """A word-wrapped label (``label``) in a holder of no layout of its own, which its
    label's new texts stop at: the holder asks its parent for a new layout only when
    the text wraps to another height.  ``text()`` and ``setText`` as a QLabel's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        before = self.label.heightForWidth(self.width())
        self.label.setText(text)
        if self.label.heightForWidth(self.width()) != before:
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # the label's font follows; its text may wrap otherwise
