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

from PySide6.QtCore import QCoreApplication, QEvent, QObject
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

    Each graphics scene repaints its window as soon as it has taken its items' changes
    (Qt's scene sends the window's pending UpdateRequest then): left to the event loop,
    the first did so before the layouts had settled and the others had taken theirs,
    and the window painted twice (the activation plot twice, the second time whole).
    The window's paint is held back until every scene has taken its changes: the
    first scene's paint drew the canvas (a structural edit's new zoom: all of it), and
    the canvas's own changes then painted most of it again.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            scenes = [v.scene() for v in window.findChildren(QGraphicsView) if v.scene()]
            if scenes:
                _take_changes(window, scenes)


def _take_changes(window, scenes) -> None:
    """Deliver ``scenes``' changes to ``window``, then paint it once."""
    window.installEventFilter(_PAINT)
    try:
        for scene in scenes:
            QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)
    finally:
        window.removeEventFilter(_PAINT)
    if _PAINT.held:
        _PAINT.held = False
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))


class _HeldPaint(QObject):
    """Holds back a window's UpdateRequest (its paint) while it is watched."""

    held = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.held = True
            return True
        return False


_PAINT = _HeldPaint()


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
