"""A box that holds one label whose text changes at every frame, laying nothing out.

A label whose text changes asks its parent's layout to lay out again; in a dock
that went on up through the dock to the main window, and repainted it, at every
frame of a run.  In a ``QuietBox`` (no layout of its own) the label asks the box,
which has nothing to lay out.  The box's height is fixed by its owner; its width
either follows the layout (``fit_width=False``) or fits the label's text, changed
only when the text no longer fits or is much shorter (a counting label keeps still).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class QuietBox(QWidget):
    """Holds ``label``, filling it (see the module docstring)."""

    def __init__(self, label: QLabel, parent=None, fit_width: bool = False):
        super().__init__(parent)
        self.label = label
        self._fit_width = fit_width
        label.setParent(self)
        horizontal = QSizePolicy.Policy.Fixed if fit_width else QSizePolicy.Policy.Ignored
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)
        if fit_width:
            self.fit()

    def set_text(self, text: str) -> None:
        """Show ``text`` (nothing happens when it is the label's already).

        A rich text is laid out here, at the label's width: left to its paint, it was
        laid out there and asked for a second paint of the label, at every frame.
        """
        label = self.label
        if text == label.text():
            return
        label.setText(text)
        if label.textFormat() != Qt.TextFormat.PlainText:
            label.heightForWidth(label.width())

    def fit(self) -> None:
        """The label's text set (``fit_width``): its size, if the text outgrew the box or
        takes much less."""
        hint = self.label.sizeHint()
        slack = 2 * self.label.fontMetrics().averageCharWidth()
        if hint.height() != self.height():
            self.setFixedHeight(hint.height())
        if hint.width() > self.width() or hint.width() < self.width() - slack:
            self.setFixedWidth(hint.width())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and self._fit_width:
            self.fit()  # presentation mode's larger letters
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)
