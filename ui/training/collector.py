"""Python's cycle collector kept off the application's objects while a run trains.

A full collection (generation 2) walks every object the program holds: with the
main window built that is some 76,000, which took 55–70 ms of CPU (over 100 ms on
a busy machine), the longest gaps in the window's event loop while it trained.
While a run goes on in a window that is shown, ``gc.freeze()`` moves the objects
there are into a generation the collector passes by, so a collection walks only
what was made since (well under a millisecond); when the last such run stops,
or its window is closed or deleted, ``gc.unfreeze()`` gives them back, so garbage
among them is still found, when nothing trains.  (A closed window must let go: its
widgets, frozen, would never be collected, nor the run it holds stop.)
"""

from __future__ import annotations

import gc
import itertools
import weakref

_keys = itertools.count()
_holding: dict[int, weakref.ref] = {}  # a run's key: its window


def new_key() -> int:
    """A key for one holder (a runner), never given twice."""
    return next(_keys)


def hold(key: int, window) -> None:
    """A run began in ``window`` (a QWidget, or None: nothing to keep smooth)."""
    if window is None or key in _holding:
        return
    if not _holding:
        gc.freeze()
    _holding[key] = weakref.ref(window)


def keep(key: int) -> None:
    """The run goes on: let go if its window is no longer shown."""
    window = _holding.get(key)
    if window is not None and not _shown(window()):
        release(key)


def release(key: int, *_args) -> None:
    """That run stopped (or its runner was deleted): unfreeze if it was the last."""
    if _holding.pop(key, None) is not None and not _holding:
        gc.unfreeze()


def _shown(window) -> bool:
    try:
        return window is not None and window.isVisible()
    except RuntimeError:  # its C++ side is gone
        return False
