"""Opening large networks in a helper process: the window keeps painting."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QProgressDialog
from window_helpers import make_window, patch_open_dialog, record_boxes

import simulator as sim
from ui.files import helper


@pytest.fixture
def every_file_large(monkeypatch):
    """Treat every file as large, so these small ones are read by the helper."""
    monkeypatch.setattr(helper, "LARGE_FILE_BYTES", 0)


def weights(net) -> list[bytes]:
    return [a.tobytes() for layer in net.layers for a in (layer.W, layer.b)]


def test_a_large_file_opens_bit_for_bit_through_the_helper(qtbot, tmp_path, every_file_large):
    """A 170 MB network would freeze the window for seconds while it is read."""
    net = sim.Network.create(6, [5, 3], ["tanh", "softmax"], seed=2)
    path = tmp_path / "big.neurostep"
    sim.save_network(net, path, input=np.linspace(0, 1, 6), title="Big")
    window = make_window(qtbot)
    assert window.files.open_path(str(path))
    doc = window.document
    assert weights(doc.network) == weights(net) and doc.title == "Big"
    assert doc.input.tobytes() == np.linspace(0, 1, 6).tobytes()
    assert doc.path == str(path) and not doc.is_modified()


def test_a_bad_large_file_says_why_as_a_small_one_does(
    qtbot, tmp_path, monkeypatch, every_file_large
):
    """A bad large file would give a crash or a vague message instead of its reason."""
    bad = tmp_path / "bad.neurostep"
    bad.write_text('{"format": "neurostep", "version": 1, "network": []}')
    window = make_window(qtbot)
    boxes = record_boxes(monkeypatch)
    before = weights(window.document.network)
    patch_open_dialog(monkeypatch, bad)
    assert not window.files.open()
    assert boxes and boxes[-1][0] == "critical" and "bad.neurostep" in boxes[-1][2]
    monkeypatch.setattr(helper, "LARGE_FILE_BYTES", 2**40)  # the same file, read here
    assert not window.files.open()
    assert boxes[-1] == boxes[-2] and weights(window.document.network) == before


def test_cancel_leaves_the_document_as_it_was(qtbot, tmp_path, monkeypatch, every_file_large):
    """Cancelling a long open would still replace the network, or leave the window waiting."""
    path = tmp_path / "slow.neurostep"
    sim.save_network(sim.Network.create(3, [2], seed=0), path)
    real = helper._helper

    def slow(parent, task, source, out):  # a helper that never finishes by itself
        process = real(parent, task, source, out)
        process.setArguments(["-c", "import time; time.sleep(60)"])
        return process

    monkeypatch.setattr(helper, "_helper", slow)
    window = make_window(qtbot)
    window.document.load_preset("book-3-layer")

    def cancel():
        dialog = window.findChild(QProgressDialog, "fileProgress")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, cancel)
            return
        dialog.cancel()

    QTimer.singleShot(50, cancel)
    assert not window.files.open_path(str(path))
    assert window.document.preset_name == "book-3-layer" and window.document.path is None
    assert all(p.state() == QProcess.ProcessState.NotRunning for p in window.findChildren(QProcess))
