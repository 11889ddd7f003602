"""The views' clock: training runs ahead, the views sample it at a steady rate.

While a run is under way ``tick`` fires ``RATE_HZ`` times a second, however many
steps were trained in between (GAN Lab's way: drawing never slows training);
every ``SYNC_EVERY``-th tick the Document is shown the weights too, so the canvas
and the stepping panels follow the run at a calmer pace.  When nothing runs,
``poke()`` after a change gives one tick on the next pass of the event loop, so
a burst of changes redraws once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

RATE_HZ = 20
SYNC_EVERY = 4  # the Document (canvas, stepping panels) at 5 Hz


class ViewClock(QObject):
    """Ticks for the training views.

    Signals
    -------
    tick()
        Sample the model now.
    sync()
        Show the run's weights in the Document now (while running).
    """

    tick = Signal()
    sync = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(round(1000 / RATE_HZ))
        self._timer.timeout.connect(self._on_timer)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.tick)
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
        """Something changed: tick once soon (a steady clock will tick anyway)."""
        if force or not self._timer.isActive():
            self._soon.start()

    def _on_timer(self) -> None:
        self._count += 1
        if self._count % SYNC_EVERY == 0:
            self.sync.emit()
        self.tick.emit()
