"""Shared helpers of the window tests: a fresh window, patched dialogs, comparisons."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox


def make_window(qtbot, size=None):
    """A fresh MainWindow, shown (at ``size``, e.g. (1280, 720), if given), registered."""
    from ui import MainWindow

    window = MainWindow()
    # Closing at teardown must never stop at the unsaved-changes prompt (a run still going
    # becomes an undo step when the window closes: paused first, so it is the clean state).
    qtbot.addWidget(window, before_close_func=_leave_clean)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _leave_clean(window) -> None:
    window.training.pause()
    window.document.undo_stack.setClean()


def lesson_window(qtbot, size=None):
    """A shown, active window with the book's example open; presentation mode is left at
    the end, so no big app font reaches the next test (a generator for a fixture)."""
    win = make_window(qtbot, size)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.document.load_preset("book-3-layer")
    yield win
    if win.presentation.active:
        win.presentation.action.setChecked(False)


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, f"no action {name}"
    return found


def patch_save_dialog(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def patch_open_dialog(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def record_boxes(monkeypatch, answer=QMessageBox.StandardButton.Discard) -> list:
    """Replace QMessageBox's static functions; returns the list of (kind, title, text)."""
    shown = []
    for kind in ("critical", "warning", "question", "information", "about"):

        def box(parent, title, text, *rest, _kind=kind, **kw):
            shown.append((_kind, title, text))
            return answer

        monkeypatch.setattr(QMessageBox, kind, staticmethod(box))
    return shown


def same_network(a, b) -> bool:
    """Bit-for-bit equal weights, biases, activations and slopes."""
    if a.sizes != b.sizes:
        return False
    for la, lb in zip(a.layers, b.layers):
        if la.activation != lb.activation or la.W.tobytes() != lb.W.tobytes():
            return False
        if la.b.tobytes() != lb.b.tobytes():
            return False
        if not np.array_equal(
            np.asarray(getattr(la, "alpha", 0.0)), np.asarray(getattr(lb, "alpha", 0.0))
        ):
            return False
    return True
