"""The mouse wheel over the inspector scrolls it; it changes a value only in a focused field.

Qt's spin boxes, sliders and combo boxes take every wheel turn over them, even
unfocused: a student scrolling down the panel past x1 would move x1 (five
notches took it from 1.0 to 0.5, and the output with it).  The inspector's
fields are these subclasses, and a field the user clicked
into (it has the focus) keeps the wheel, as a text box keeps its keys.  An
unfocused one hands the turn to the scroll area around it (Qt passes an ignored
wheel up to the parents only when it came from the mouse).  An event filter on
every field did the same, and ran Python for each of their events: a paint, a
move, a language change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QSlider

from ui.fields.boxes import CountBox, NumberBox


class WheelGuarded:
    """Mixin for a field inside a scroll area: the wheel edits it only when focused."""

    def wheelEvent(self, event) -> None:
        area = _scroll_area(self)
        if _has_focus(self) or area is None:
            super().wheelEvent(event)
        else:
            QCoreApplication.sendEvent(area.viewport(), event)  # the field never sees it


class GuardedNumberBox(WheelGuarded, NumberBox):
    """A NumberBox the unfocused wheel scrolls past."""


class GuardedCountBox(WheelGuarded, CountBox):
    """A CountBox the unfocused wheel scrolls past."""


class GuardedSlider(WheelGuarded, QSlider):
    """A slider the unfocused wheel scrolls past."""


class GuardedComboBox(WheelGuarded, QComboBox):
    """A combo box the unfocused wheel scrolls past."""


def _scroll_area(widget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _has_focus(widget) -> bool:
    """Whether the field (or its own line edit) is where the user is typing."""
    focus = widget.focusProxy() or widget
    return widget.hasFocus() or focus.hasFocus()
