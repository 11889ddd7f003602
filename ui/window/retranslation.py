"""A new language (or View ▸ Notation) at the cost of what is seen, painted once.

A language switch (or View ▸ Notation) sends ``LanguageChange`` to every widget;
the docks behind another dock's tab, or closed, would retranslate, relay out and
redraw panels nobody sees (a third of a switch's time).  Such a dock keeps its
old texts until it is shown: then it gets the ``LanguageChange`` it missed, before
it is painted.  A window not shown yet retranslates everything at once.  (The
window then lays out and paints once: ``ui.text.i18n``.)

The window calls ``hold_back`` as it gets ``LanguageChange``, before it passes it on to
its docks; only the docks out of sight are then watched, each until its event is held
back (a filter on every dock ran Python for each of their events, a paint or a move).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDockWidget


class DockTexts(QObject):
    """Hold back ``LanguageChange`` from ``window``'s docks while they are out of sight."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._stale: set[QDockWidget] = set()
        self._docks = window.findChildren(QDockWidget)
        for dock in self._docks:
            dock.visibilityChanged.connect(lambda seen, d=dock: self._on_visibility(d, seen))

    def stale(self) -> list[QDockWidget]:
        """The docks still showing the language before the last switch (for tests)."""
        return sorted(self._stale, key=lambda dock: dock.objectName())

    def hold_back(self) -> None:
        """Watch the docks out of sight for the LanguageChange the window passes on next."""
        for dock in self._docks:
            if self._out_of_sight(dock):
                dock.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            watched.removeEventFilter(self)
            self._stale.add(watched)
            return True  # its panel retranslates when it is shown
        return False

    def _out_of_sight(self, dock: QDockWidget) -> bool:
        # Behind a tab a dock is "visible" but has nothing on screen.
        return self._window.isVisible() and dock.visibleRegion().isEmpty()

    def _on_visibility(self, dock: QDockWidget, seen: bool) -> None:
        if seen and dock in self._stale:
            self._stale.discard(dock)
            QCoreApplication.sendEvent(dock, QEvent(QEvent.Type.LanguageChange))
