"""Closing or quitting while training: the run stops at once, kept, and nothing is left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_training_worker import running
from training_helpers import training_window
from window_helpers import record_boxes, same_network

from ui.training import worker_link

ROOT = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(os.name != "posix", reason="/proc")


def training_in_the_worker(qtbot, monkeypatch):
    """A window training xor in the worker process; (window, the worker's pid)."""
    monkeypatch.setenv(worker_link.SWITCH, "1")
    window = training_window(qtbot)
    window.training.set_dataset("xor")
    window.training.start()
    qtbot.waitUntil(lambda: window.training.runner.in_worker, timeout=60_000)
    qtbot.waitUntil(lambda: window.training.epoch > 0, timeout=60_000)
    return window, worker_link.current().pid


@posix_only
def test_closing_the_window_pauses_the_run_and_ends_the_worker(qtbot, monkeypatch):
    """A closed window would go on training unseen, its worker process left running."""
    window, pid = training_in_the_worker(qtbot, monkeypatch)
    shown = record_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    window.close()
    training = window.training
    assert not training.is_running and not window.isVisible()
    epochs = training.epoch
    assert window.document.undo_stack.undoText() == f"Train {epochs} epochs"
    assert same_network(window.document.network, training.network)
    assert [kind for kind, *_ in shown] == ["warning"]  # the trained weights are unsaved
    qtbot.waitUntil(lambda: not running(pid), timeout=30_000)
    qtbot.wait(50)
    assert training.epoch == epochs  # nothing trains on


@posix_only
def test_quitting_then_cancelling_keeps_the_window_with_the_run_paused(qtbot, monkeypatch):
    """Ctrl+Q then Cancel would lose the run, or leave it training behind the prompt."""
    window, _pid = training_in_the_worker(qtbot, monkeypatch)
    shown = record_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    training = window.training
    assert [kind for kind, *_ in shown] == ["warning"]
    assert window.isVisible() and not training.is_running
    assert window.document.undo_stack.undoText() == f"Train {training.epoch} epochs"
    epochs = training.epoch
    training.start()  # going on works: a new worker, or the window, trains the rest
    qtbot.waitUntil(lambda: training.epoch > epochs, timeout=60_000)
    training.pause()


QUIT_WHILE_TRAINING = """
import sys
sys.path.insert(0, {root!r})
import main
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from ui import MainWindow
from ui.training import worker_link

app = main._make_app()
window = MainWindow()
window.show()
window.training.set_dataset("xor")
window.document.undo_stack.setClean()
window.training.start()

def quit_once_trained():
    runner = window.training.runner
    if not (runner.in_worker and window.training.epoch > 0):
        QTimer.singleShot(20, quit_once_trained)
        return
    print(worker_link.current().pid, flush=True)
    window.files.maybe_save = lambda: True  # the prompt is the other tests' part
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

QTimer.singleShot(0, quit_once_trained)
code = app.exec()
print("running" if window.training.is_running else "paused", flush=True)
sys.exit(code)
"""


@posix_only
def test_ctrl_q_while_training_ends_the_app_and_its_worker(qtbot, tmp_path):
    """Quitting mid-run would hang the app, or leave its training process behind."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{worker_link.SWITCH: "1"})
    app = subprocess.Popen(
        [sys.executable, "-c", QUIT_WHILE_TRAINING.format(root=str(ROOT))],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        pid = int(app.stdout.readline())
        assert app.stdout.readline().strip() == "paused"
        assert app.wait(timeout=60) == 0
        qtbot.waitUntil(lambda: not running(pid), timeout=30_000)
    finally:
        app.kill()
        app.wait()
