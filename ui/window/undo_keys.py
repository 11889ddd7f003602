"""Ctrl+Z and Ctrl+Shift+Z undo the document wherever the focus is.

A focused line edit or spin box claims the undo keys for its own text (Qt asks
it first, with a ShortcutOverride event), so with a field of the inspector
focused Ctrl+Z did nothing.  This filter follows the focus: while the user is
typing in a field (it has text of its own to undo), the field keeps the keys;
otherwise they go to the window's Undo and Redo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class UndoKeys(QObject):
    """Lets the window's undo keys through a focused field that is not being typed in."""

    def __init__(self, window):
        super().__init__(window)
        self._watched = None
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if isinstance(new, (QLineEdit, QAbstractSpinBox)):
            new.installEventFilter(self)
            self._watched = new
            new.destroyed.connect(self._on_destroyed)

    def _on_destroyed(self, *_args) -> None:
        self._watched = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if any(event.matches(key) for key in UNDO_KEYS) and not typing(watched):
            event.ignore()  # not claimed: the window's shortcut runs
            return True
        return False


def typing(widget) -> bool:
    """Whether a field holds text the user typed and has not yet undone or committed
    (a spin box's own undo history ends when its number is set: Enter, or an undo)."""
    edit = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    return isinstance(edit, QLineEdit) and edit.isUndoAvailable()
