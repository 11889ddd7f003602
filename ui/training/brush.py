"""What a click on the plane adds: a point of the chosen class, or with the chosen target.

Shared by the data panel (the picker) and the decision view (the click); Shift
with the click takes the next class instead, as ConvNetJS does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Brush(QObject):
    """The class (or regression target) of the next point drawn.

    Signals
    -------
    changed()
    """

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cls = 0
        self.target = 0.5
        self.count = 2

    def set_count(self, count: int) -> None:
        """The data set has ``count`` classes; the chosen one stays among them."""
        self.count = max(1, int(count))
        if self.cls >= self.count:
            self.set_class(0)

    def set_class(self, cls: int) -> None:
        if cls != self.cls:
            self.cls = int(cls)
            self.changed.emit()

    def set_target(self, value: float) -> None:
        self.target = float(value)

    def class_for(self, shifted: bool) -> int:
        """The class a click adds: the chosen one, or with Shift the next one."""
        return (self.cls + 1) % self.count if shifted else self.cls
