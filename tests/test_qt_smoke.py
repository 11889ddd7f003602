"""Regression guard for the Qt binding the app ships with."""

from PySide6.QtWidgets import QWidget


def test_twenty_thousand_void_qt_calls_do_not_crash(qtbot):
    """PySide6 6.12.0 aborts CPython 3.11 ("none_dealloc") after a few thousand calls."""
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(20_000):
        widget.update()
    assert widget.isVisible() is False
