"""An unexpected error is shown and logged, and the app carries on with the document as it was."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from window_helpers import make_window, record_boxes, same_network

import main
from ui.failsafe import hook, log


@pytest.fixture
def installed(monkeypatch):
    """Our hook in place of pytest-qt's, for this test only."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook.install()
    yield
    hook.uninstall()
    log.close()


def test_an_error_in_a_slot_shows_a_dialog_and_is_logged(qtbot, installed, capsys):
    """An exception in a slot printed to a terminal nobody reads; the user saw nothing."""
    window = make_window(qtbot)
    window.load_example("xor")
    before = window.document.network.copy()

    def broken():
        raise RuntimeError("the canvas lost its way")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: hook.current_dialog() is not None)
    dialog = hook.current_dialog()
    assert "the canvas lost its way" in dialog.message.text()
    dialog.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError" in copied and "NeuroStep" in copied and "broken" in copied
    assert "the canvas lost its way" in log.log_path().read_text(encoding="utf-8")
    dialog.close()
    assert same_network(window.document.network, before) and window.isVisible()
    window.document.set_bias(0, 0, 1.0)  # and the app goes on working
    assert window.document.network.layers[0].b[0] == 1.0


def test_the_log_rotates(installed):
    """A log that grew forever would fill the user's disk."""
    for i in range(150):
        log.write(f"error {i} " + "x" * 20_000)
    folder = log.log_path().parent
    assert sorted(p.name for p in folder.iterdir()) == [
        "neurostep.log",
        "neurostep.log.1",
        "neurostep.log.2",
        "neurostep.log.3",
    ]
    assert all(p.stat().st_size <= log.MAX_BYTES + 30_000 for p in folder.iterdir())


def test_an_error_before_the_event_loop_keeps_the_app_running(qtbot, monkeypatch):
    """A failure at start (a bad recovery file, say) ended the app with status 1."""
    windows = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    reported = []
    monkeypatch.setattr(hook, "report", lambda error, tb=None: reported.append(error))
    real = main._make_window

    def made(args):
        window = real(args)
        windows.append(window)
        qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        monkeypatch.setattr(window, "offer_recovery", lambda: 1 / 0)
        return window

    monkeypatch.setattr(main, "_make_window", made)
    record_boxes(monkeypatch)
    assert main.main(["--preset", "xor"]) == 0
    hook.uninstall()
    assert isinstance(reported[0], ZeroDivisionError)
    assert windows[0].isVisible() and windows[0].document.network.sizes == [2, 2, 1]


def test_an_error_in_another_thread_is_shown_by_the_window(qtbot, installed):
    """A worker thread's error (a training slice, say) vanished without a word."""
    import threading

    make_window(qtbot)

    def work():
        raise ValueError("the worker tripped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.current_dialog() is not None)
    assert "the worker tripped" in hook.current_dialog().message.text()
    hook.current_dialog().close()
