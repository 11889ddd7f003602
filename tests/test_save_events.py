"""Saving a large network: the window keeps handling events from start to end, and no edit
slips in before the progress dialog shows."""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QTimer
from window_helpers import action, make_window, patch_save_dialog

import simulator as sim
import simulator.filesave as filesave


def test_the_window_handles_events_while_the_disk_syncs(qtbot, tmp_path, monkeypatch):
    """Writing the last of 170 MB to the disk froze the window for up to a second."""
    window = make_window(qtbot)
    window.document.set_network(sim.Network.create(64, [64, 10], seed=0))
    path = tmp_path / "synced.neurostep"
    patch_save_dialog(monkeypatch, path)
    handled, real_fsync = threading.Event(), os.fsync

    def slow_fsync(fd):  # a disk that finishes only once the window has handled a timer
        handled.wait(10)
        real_fsync(fd)

    monkeypatch.setattr(filesave.os, "fsync", slow_fsync)
    timer = QTimer()
    timer.timeout.connect(handled.set)
    timer.start(5)
    action(window, "actionSaveAs").trigger()
    timer.stop()
    assert handled.is_set()
    assert sim.load_network(path).sizes == [64, 64, 10] and not window.document.is_modified()


def test_events_are_handled_before_the_progress_dialog_shows(qtbot, tmp_path, monkeypatch):
    """A large save drew nothing in its first 400 ms, before its dialog appeared."""
    window = make_window(qtbot)
    window.document.set_network(sim.Network.create(256, [256, 10], seed=0))
    monkeypatch.setattr(filesave, "PROGRESS_NUMBERS", 1000)  # many pieces, each quick
    path = tmp_path / "early.neurostep"
    patch_save_dialog(monkeypatch, path)
    seen = []
    QTimer.singleShot(0, lambda: seen.append(path.exists()))
    action(window, "actionSaveAs").trigger()
    assert seen == [False]  # the timer ran during the save, before the file was in place
    assert sim.load_network(path).sizes == [256, 256, 10] and not window.document.is_modified()
