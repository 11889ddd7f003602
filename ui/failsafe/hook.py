"""The exception hook: an unexpected error is logged and shown, and the app carries on.

Qt calls back into Python from its event loop; an exception there (in a slot,
a paint, a timer) reaches ``sys.excepthook``.  Python's default prints it to a
terminal nobody reads and the user sees nothing; here it goes to the log file
and to a dialog.  ``main.py`` installs the hook before building the window, so
errors before the event loop starts are shown too.  Tests leave pytest-qt's own
hook in place and install this one on purpose.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

import simulator as sim

from . import log
from .dialog import ErrorDialog

_state = {"dialog": None, "previous": None, "reporting": False, "relay": None}


class _Relay(QObject):
    """Brings an error from another thread to the main one, where dialogs may be shown."""

    caught = Signal(object, str, object)


def install() -> None:
    """Make ``report`` the handler of every uncaught exception (main and other threads)."""
    if _state["relay"] is None and QApplication.instance() is not None:
        _state["relay"] = _Relay()  # made in the main thread: its signal is queued to it
        _state["relay"].caught.connect(_show)
    if sys.excepthook is not _hook:
        _state["previous"] = sys.excepthook
        sys.excepthook = _hook
        threading.excepthook = lambda args: _hook(args.exc_type, args.exc_value, args.exc_traceback)


def uninstall() -> None:
    if sys.excepthook is _hook:
        sys.excepthook = _state["previous"] or sys.__excepthook__
        threading.excepthook = threading.__excepthook__


def _hook(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal still ends the app
        sys.__excepthook__(kind, value, tb)
        QApplication.quit()
        return
    report(value, tb)


def report(error: BaseException, tb=None) -> None:
    """Log ``error`` with its traceback and show it in a dialog; never raises."""
    if _state["reporting"]:  # an error while reporting one: the log and stderr only
        sys.__excepthook__(type(error), error, tb or error.__traceback__)
        return
    _state["reporting"] = True
    try:
        details = describe(error, tb or error.__traceback__)
        sys.stderr.write(details + "\n")
        where = log.write(details)
        if threading.current_thread() is threading.main_thread():
            if QApplication.instance() is not None:
                _show(error, details, where)
        elif _state["relay"] is not None:
            _state["relay"].caught.emit(error, details, where)  # shown by the main thread
    finally:
        _state["reporting"] = False


def describe(error: BaseException, tb) -> str:
    """The details a bug report needs: versions, then the traceback."""
    from PySide6 import __version__ as pyside

    versions = (
        f"NeuroStep {sim.__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside}, {platform.platform()}"
    )
    lines = traceback.format_exception(type(error), error, tb)
    return versions + "\n" + "".join(lines).rstrip()


def _show(error: BaseException, details: str, where) -> None:
    dialog = _state["dialog"]
    if dialog is not None and dialog.isVisible():
        return  # one dialog at a time: a burst of the same error is one message
    message = str(error) or type(error).__name__
    parent = QApplication.activeWindow()
    dialog = ErrorDialog(f"{type(error).__name__}: {message}"[:2000], details, where, parent)
    _state["dialog"] = dialog
    dialog.open()  # not exec(): no nested event loop while the error is fresh


def current_dialog() -> ErrorDialog | None:
    """The error dialog on screen, if any."""
    dialog = _state["dialog"]
    return dialog if dialog is not None and dialog.isVisible() else None
