"""Panels that draw only while they can be seen.

A dock's tab behind another is "shown" too (Qt shows it off-screen), so
``isVisible()`` cannot say whether anyone sees a panel.  A panel in a dock asks
the dock instead (``visibilityChanged``): at start-up, with the training docks
behind the Inspector's and the activation plot's tabs, none of them generates
points, builds a plot or formats a number, and each catches up when its tab is
brought to the front.  The Inspector does the same: behind the loss chart's tab
it fills no table while the timeline is scrubbed or a run trains.
"""

from __future__ import annotations


class InSight:
    """Mixin for a QWidget panel; it defines ``refresh()``, called when it comes in sight."""

    _in_sight = True  # a panel outside a dock goes by isVisible() alone

    def watch_dock(self, dock) -> None:
        self._in_sight = False
        dock.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        self._in_sight = visible
        if visible:
            self.refresh()

    @property
    def in_sight(self) -> bool:
        return self._in_sight and self.isVisible()

    @property
    def behind(self) -> bool:
        """Whether the dock watched is behind another tab or closed (False outside a dock)."""
        return not self._in_sight
