"""One change, several signals, one redraw.

An edit or an undo tells the views with several signals (``stepChanged``, then
``networkChanged``, maybe ``selectionChanged`` and ``exampleChanged``), and a view
listening to several of them redrew once for each.  The Document marks the signals
of one change (``changing`` is True while they go out) and emits ``settled`` after
the last; ``once_settled`` turns a view's refresh into a slot that runs at once
outside a change and once at its end inside one.

After ``settled`` the windows take the change's layouts and their graphics scenes
its item changes at once (``settle_windows``), so the change paints each window once.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QGraphicsView


def one_change(method):
    """Decorate a Document method whose signals belong to one change."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._changing += 1  # Settling gives it 0
        try:
            return method(self, *args, **kwargs)
        finally:
            self._changing -= 1
            if not self._changing:
                self.settled.emit()
                settle_windows()

    return wrapper


def settle_windows() -> None:
    """Lay the windows out and let their plots and canvas take their changes now.

    Each graphics scene repaints its window as soon as it has taken its items' changes:
    left to the event loop, the first did so before the layouts had settled and the
    others had taken theirs, and the window painted twice (the activation plot twice,
    the second time whole).
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            for view in window.findChildren(QGraphicsView):
                if view.scene() is not None:
                    QCoreApplication.sendPostedEvents(view.scene(), QEvent.Type.MetaCall)


class Settling:
    """Mixin for the Document: whether the signals of one change are going out."""

    _changing = 0

    @property
    def changing(self) -> bool:
        """True while a change's signals go out; ``settled`` follows the last."""
        return self._changing > 0


def once_settled(document, refresh):
    """A slot calling ``refresh()`` now, or once when the change under way has settled."""
    pending = [False]

    def slot(*_args) -> None:
        if document.changing:
            pending[0] = True
        else:
            refresh()

    def on_settled() -> None:
        if pending[0]:
            pending[0] = False
            refresh()

    document.settled.connect(on_settled)
    return slot
