"""Work survives a crash: per-window recovery files, a real kill -9, and two copies at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from window_helpers import make_window, record_boxes

import main
import simulator as sim

ROOT = Path(__file__).resolve().parent.parent
Yes = QMessageBox.StandardButton.Yes
CHILD = """
import os, sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import MainWindow
window = MainWindow()
if len(sys.argv) > 1:
    window.document.open(sys.argv[1])
window.document.set_bias(0, 0, 4.25)
window.autosave.save_now()
print("saved", window.autosave.path, flush=True)
app.exec()
"""


@pytest.fixture
def running_copy(tmp_path):
    """Another NeuroStep process with unsaved work on ``lesson.neurostep``, autosaved."""
    lesson = tmp_path / "lesson.neurostep"
    sim.save_network(sim.load_preset("book-3-layer").network, lesson)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the same data folder as this test
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(lesson)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = child.stdout.readline()
    assert line.startswith("saved"), line
    child.recovery = Path(line.split(None, 1)[1].strip())
    child.lesson = lesson
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(30)


def test_a_second_copy_neither_offers_nor_deletes_a_live_file(qtbot, monkeypatch, running_copy):
    """A second copy offered to "recover" the first one's live work, and No deleted it."""
    shown = record_boxes(monkeypatch, answer=QMessageBox.StandardButton.No)
    window = make_window(qtbot)
    assert not window.offer_recovery()
    assert shown == [] and running_copy.recovery.exists()
    window.document.set_bias(0, 0, 1.0)
    window.autosave.save_now()  # its own file, beside the first one's
    assert window.autosave.path != running_copy.recovery and running_copy.recovery.exists()


def test_a_killed_process_gets_its_work_back_under_its_name(qtbot, monkeypatch, running_copy):
    """After kill -9 the unsaved edit comes back, with the file name it had."""
    running_copy.send_signal(signal.SIGKILL)
    running_copy.wait(30)
    shown = record_boxes(monkeypatch, answer=Yes)
    window = make_window(qtbot)
    assert window.offer_recovery()
    assert shown[0][0] == "question" and "lesson.neurostep" in shown[0][2]
    assert window.document.network.layers[0].b[0] == 4.25
    assert window.document.path == str(running_copy.lesson) and window.isWindowModified()
    assert window.windowTitle().startswith("lesson.neurostep")
    window.files.save()  # Save writes back to the lesson, and the recovery file goes
    assert sim.load_network(running_copy.lesson).layers[0].b[0] == 4.25
    assert not running_copy.recovery.exists()


def test_recovery_is_offered_even_with_a_file_to_open(qtbot, monkeypatch, tmp_path):
    """Starting with a file argument skipped the offer, and the first autosave overwrote it."""
    first = make_window(qtbot)
    first.document.set_bias(0, 0, 2.5)
    first.autosave.save_now()
    left = first.autosave.path
    first.autosave.release_for_test()
    other = tmp_path / "other.neurostep"
    sim.save_network(sim.load_preset("xor").network, other)
    shown = record_boxes(monkeypatch, answer=Yes)
    window = make_window(qtbot)
    args = main.parse_args([str(other)])
    main._start(window, args, str(other), None)
    assert [kind for kind, *_ in shown] == ["question"]
    assert window.document.network.layers[0].b[0] == 2.5 and left.exists()


def test_a_failing_autosave_says_so_once(qtbot, monkeypatch):
    """A full disk made autosave fail in silence, minute after minute."""
    window = make_window(qtbot)
    window.document.set_bias(0, 0, 2.0)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sim, "save_steps", full)
    messages = []
    window.autosave.failed.connect(messages.append)
    for _ in range(3):
        window.autosave.save_now()
    assert len(messages) == 1 and "disk is full" in messages[0]
    assert window.statusBar().currentMessage() == messages[0]
