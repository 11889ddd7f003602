"""The views' clock: training runs ahead, the views sample it at steady rates.

While a run is under way ``tick`` fires ``RATE_HZ`` times a second, however many
steps were trained in between (GAN Lab's way: drawing never slows training):
the figures follow it.  Every ``FRAME_EVERY``-th tick is also a ``frame``, for
the plots (the loss chart, and the decision view's forward pass over a grid),
and every ``SYNC_EVERY``-th a ``sync``: the Document is shown the run's weights
and the canvas its neurons' maps, so the canvas and the stepping panels follow
the run at a calmer pace (repainting the canvas costs most).  When nothing runs, ``poke()`` after a
change gives one tick and one frame on the next pass of the event loop, so a
burst of changes redraws once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

RATE_HZ = 20
FRAME_EVERY = 2  # the plots at 10 Hz
SYNC_EVERY = 10  # the Document and the canvas at 2 Hz: their repaint costs most


class ViewClock(QObject):
    """Ticks for the training views.

    Signals
    -------
    tick()
        Sample the model's figures now.
    frame()
        Redraw what is drawn from a forward pass over the plane (after ``tick``).
    sync()
        Show the run's weights in the Document and the canvas's maps now; also
        emitted once after ``poke()``.
    """

    tick = Signal()
    frame = Signal()
    sync = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(round(1000 / RATE_HZ))
        self._timer.timeout.connect(self._on_timer)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._at_once)
        self._count = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def run(self, on: bool) -> None:
        """Tick steadily (True) or only when poked (False); either way tick once now."""
        if on:
            self._count = 0
            self._timer.start()
        else:
            self._timer.stop()
        self.poke(force=True)

    def poke(self, force: bool = False) -> None:
        """Something changed: tick (and frame) once soon; a steady clock will anyway."""
        if force or not self._timer.isActive():
            self._soon.start()

    def _at_once(self) -> None:
        self.tick.emit()
        self.frame.emit()
        self.sync.emit()

    def _on_timer(self) -> None:
        self._count += 1
        if self._count % SYNC_EVERY == 0:
            self.sync.emit()
        self.tick.emit()
        if self._count % FRAME_EVERY == 0:
            self.frame.emit()
