"""The mouse wheel over the inspector scrolls it; it changes a value only in a focused field.

Qt's spin boxes, sliders and combo boxes take every wheel turn over them, even
unfocused: a student scrolling down the panel past x1 would move x1 (five
notches took it from 1.0 to 0.5, and the output with it).  This event filter
hands such a turn to the scroll area instead; a field the user clicked into
(it has the focus) keeps the wheel, as a text box keeps its keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox

GUARDED = (QAbstractSpinBox, QAbstractSlider, QComboBox)
_WATCHED = "wheelGuarded"  # a dynamic property: this widget already has the filter


class WheelGuard(QObject):
    """Sends the wheel over unfocused fields inside ``scroll_area`` to the scroll area."""

    def __init__(self, scroll_area: QAbstractScrollArea):
        super().__init__(scroll_area)
        self._scroll_area = scroll_area

    def watch(self, root) -> None:
        """Guard every spin box, slider and combo box under ``root`` (new ones too: call
        again after the page built more)."""
        for widget in (w for kind in GUARDED for w in root.findChildren(kind)):
            if not widget.property(_WATCHED):
                widget.setProperty(_WATCHED, True)
                widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Wheel or _has_focus(watched):
            return False
        QCoreApplication.sendEvent(self._scroll_area.viewport(), event)
        return True  # the field itself never sees it


def _has_focus(widget) -> bool:
    """Whether the field (or its own line edit) is where the user is typing."""
    focus = widget.focusProxy() or widget
    return widget.hasFocus() or focus.hasFocus()
