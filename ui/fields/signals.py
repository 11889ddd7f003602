"""Showing a model's value in a widget without the widget reporting it back as an edit."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def signals_blocked(*objects):
    """Block the signals of ``objects`` inside the ``with``; always undone, even on an error.

    Each object gets back the blocking it had before, so nested uses compose.
    """
    before = [obj.blockSignals(True) for obj in objects]
    try:
        yield
    finally:
        for obj, was_blocked in zip(objects, before):
            obj.blockSignals(was_blocked)
