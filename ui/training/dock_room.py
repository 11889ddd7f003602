"""A view that needs more height than its dock has borrows it while it is in front.

Under the canvas at 1280×720 a dock is a few lines high: enough for the
computation, not for a confusion matrix of ten classes, whose rows each want a
line of text.  When such a view comes in front (its tab clicked, a run raising
it) its dock grows to the height the view asks for, taking it from the canvas
(only from the canvas: a dock above it, a lesson's, keeps its height, so its
text never scrolls); when another tab comes in front the dock goes back to the
height it had, unless the user has resized it meanwhile (then their size stays).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

VERTICAL = Qt.Orientation.Vertical


class DockRoom:
    """The height ``dock`` lends its view while in front (see the module docstring)."""

    def __init__(self, dock):
        self.dock = dock
        self._lent: tuple[int, int] | None = None  # (height before, height lent to)

    def ask(self, view_height: int, view) -> None:
        """Grow the dock so that ``view`` (inside it) is ``view_height`` high, if the
        window can make the room; never shrink it."""
        dock, window = self.dock, self.dock.parentWidget()
        if not isinstance(window, QMainWindow) or dock.isFloating() or not view.isVisible():
            return
        if _docks_above(window, dock):
            return
        short = view_height - view.height()
        if short <= 0:
            return
        before = dock.height()
        self._resize(window, before + short)
        self._lent = (before if self._lent is None else self._lent[0], before + short)

    def give_back(self) -> None:
        """The height lent, back to what it was (unless the user resized the dock)."""
        if self._lent is None:
            return
        (before, lent), self._lent = self._lent, None
        window = self.dock.parentWidget()
        if isinstance(window, QMainWindow) and abs(self.dock.height() - lent) <= 2:
            self._resize(window, before)

    def _resize(self, window, height: int) -> None:
        # The window sizes a group of tabbed docks with its tab bar.
        window.resizeDocks([self.dock], [height + _tab_bar_height(window, self.dock)], VERTICAL)


def _tab_bar_height(window, dock) -> int:
    """The height of the tab bar ``dock`` is a tab of (0 when it is not tabbed)."""
    title = dock.windowTitle()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for bar in window.findChildren(QTabBar, options=direct):
        if bar.isVisible() and any(bar.tabText(i) == title for i in range(bar.count())):
            return bar.height()
    return 0


def _docks_above(window, dock) -> bool:
    """Whether a dock of another area sits above ``dock`` (and would lose height to it)."""
    mine, area = dock.geometry(), window.dockWidgetArea(dock)
    for other in window.findChildren(QDockWidget):
        if other is dock or other.isFloating() or not other.isVisible():
            continue
        if window.dockWidgetArea(other) == area:
            continue
        g = other.geometry()
        if g.bottom() < mine.top() and g.left() < mine.right() and g.right() > mine.left():
            return True
    return False
