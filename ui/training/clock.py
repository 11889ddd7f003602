"""The views' clock: training runs ahead, the views sample it at one steady rate.

While a run is under way the clock fires ``RATE_HZ`` times a second, however many
steps were trained in between (GAN Lab's way: drawing never slows training), and
each time emits, in this order, ``sync`` (the Document is shown the run's weights
and the canvas its neurons' maps), ``tick`` (the figures) and ``frame`` (the plots:
the loss chart, and the decision view's forward pass over a grid).  So every view a
student watches follows the run together, with one repaint per refresh.  The runner
ends each slice of training when the next refresh is ``due()``, so refreshes come on
time rather than a slice late.  When nothing runs, ``poke()`` after a change gives
one refresh on the next pass of the event loop, so a burst of changes redraws once.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

RATE_HZ = 11  # every view, 91 ms apart: motion to a student (10–30 Hz), and time to train


class ViewClock(QObject):
    """Refreshes for the training views.

    Signals
    -------
    sync()
        Show the run's weights in the Document and the canvas's maps now.
    tick()
        Sample the model's figures now (after ``sync``).
    frame()
        Redraw what is drawn from a forward pass over the plane (after ``tick``).
    """

    tick = Signal()
    frame = Signal()
    sync = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # steady, not rounded to 5 %
        self._timer.setInterval(round(1000 / RATE_HZ))
        self._timer.timeout.connect(self._refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._refresh)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def due(self) -> float:
        """When (``time.perf_counter()``) the next steady refresh is due; inf when idle."""
        left = self._timer.remainingTime()  # ms, -1 when stopped
        return math.inf if left < 0 else time.perf_counter() + left / 1000

    def run(self, on: bool) -> None:
        """Refresh steadily (True) or only when poked (False); either way refresh once now."""
        if on:
            self._timer.start()
        else:
            self._timer.stop()
        self.poke(force=True)

    def poke(self, force: bool = False) -> None:
        """Something changed: refresh once soon; a steady clock will anyway."""
        if force or not self._timer.isActive():
            self._soon.start()

    def _refresh(self) -> None:
        self.sync.emit()
        self.tick.emit()
        self.frame.emit()
