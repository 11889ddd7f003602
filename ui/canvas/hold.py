"""Keep the controls under the pointer where they were after − or + on the canvas.

Re-fitting the view at once after a layer grew moved every header: the second
click on "+" landed on another control (two clicks gave 2-3-4-1).  So a change
asked for from a header or an insert button rebuilds the scene at the same zoom,
shifted so the clicked control stays under the pointer; the view fits itself
again when the pointer leaves that control, or after ``HOLD_MS`` without a click.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer

HOLD_MS = 1500


class PlaceHold:
    """What the canvas holds still: a control (by how to find it again) and where it was.

    ``find`` returns the control's graphics item in the current scene (it is rebuilt
    with the scene), so the hold survives a rebuild.
    """

    def __init__(self, view):
        self._view = view
        self._find = None
        self._where: QPointF | None = None  # the control's top-left, in viewport pixels
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self.release)

    @property
    def active(self) -> bool:
        return self._find is not None

    def hold(self, find) -> None:
        """Hold the control ``find()`` returns where it is now (call before the edit)."""
        item = find()
        self._find = find
        self._where = self._view.mapFromScene(item.sceneBoundingRect().topLeft())
        self._timer.start()

    def keep_in_place(self) -> None:
        """After a rebuild: scroll so the held control is where it was."""
        item = self._find()
        if item is None:
            self.release()
            return
        now = self._view.mapFromScene(item.sceneBoundingRect().topLeft())
        h, v = self._view.horizontalScrollBar(), self._view.verticalScrollBar()
        h.setValue(h.value() + now.x() - self._where.x())
        v.setValue(v.value() + now.y() - self._where.y())

    def holds(self, item) -> bool:
        """Whether ``item`` is (inside) the held control."""
        held = self._find() if self._find is not None else None
        while item is not None and held is not None:
            if item is held:
                return True
            item = item.parentItem()
        return False

    def release(self) -> None:
        """Stop holding: the view fits the network again (unless the user zoomed)."""
        if self._find is None:
            return
        self._find, self._where = None, None
        self._timer.stop()
        if not self._view._user_zoomed:
            self._view.fit_view()
