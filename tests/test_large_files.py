"""Opening and saving large networks in a helper process: the window keeps painting."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QProgressDialog
from window_helpers import make_window, patch_open_dialog, patch_save_dialog, record_boxes

import simulator as sim
from ui.files import helper


@pytest.fixture
def everything_large(monkeypatch):
    """Treat every file and network as large, so these small ones go through the helper."""
    monkeypatch.setattr(helper, "LARGE_FILE_BYTES", 0)
    monkeypatch.setattr(helper, "LARGE_NETWORK_NUMBERS", 0)


def weights(net) -> list[bytes]:
    return [a.tobytes() for layer in net.layers for a in (layer.W, layer.b)]


def test_a_large_file_opens_bit_for_bit_through_the_helper(qtbot, tmp_path, everything_large):
    """A 130 MB network would freeze the window for seconds while it is read."""
    net = sim.Network.create(6, [5, 3], ["tanh", "softmax"], seed=2)
    path = tmp_path / "big.neurostep"
    sim.save_network(net, path, input=np.linspace(0, 1, 6), title="Big")
    window = make_window(qtbot)
    assert window.files.open_path(str(path))
    doc = window.document
    assert weights(doc.network) == weights(net) and doc.title == "Big"
    assert doc.path == str(path) and not doc.is_modified()


def test_a_large_network_saves_through_the_helper(qtbot, tmp_path, monkeypatch, everything_large):
    """Saving 1024-2048-2048-10 would leave the window blank and unresponsive for seconds."""
    window = make_window(qtbot)
    window.document.load_preset("book-3-layer")
    path = tmp_path / "saved.neurostep"
    patch_save_dialog(monkeypatch, path)
    assert window.files.save_as()
    assert window.document.path == str(path) and not window.document.is_modified()
    again = sim.load_document(path)
    assert weights(again.network) == weights(window.document.network)
    assert again.input.tobytes() == window.document.input.tobytes()


def test_errors_from_the_helper_read_as_always(qtbot, tmp_path, monkeypatch, everything_large):
    """A bad large file would give a crash or a vague message instead of its reason."""
    bad = tmp_path / "bad.neurostep"
    bad.write_text('{"format": "neurostep", "version": 1, "network": []}')
    window = make_window(qtbot)
    boxes = record_boxes(monkeypatch)
    before = weights(window.document.network)
    patch_open_dialog(monkeypatch, bad)
    assert not window.files.open()
    assert boxes and boxes[-1][0] == "critical" and "bad.neurostep" in boxes[-1][2]
    assert weights(window.document.network) == before
    patch_save_dialog(monkeypatch, tmp_path / "no such folder" / "x.neurostep")
    assert not window.files.save_as()
    assert boxes[-1][0] == "critical" and window.document.path is None


def test_cancel_leaves_the_document_and_the_file_as_they_were(
    qtbot, tmp_path, monkeypatch, everything_large
):
    """Cancelling a long save would leave half a file, or the window waiting forever."""
    path = tmp_path / "kept.neurostep"
    path.write_text("the old file")
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
    patch_save_dialog(monkeypatch, path)
    assert not window.files.save_as()
    assert path.read_text() == "the old file" and window.document.path is None
    assert not window.findChildren(QProcess) or all(
        p.state() == QProcess.ProcessState.NotRunning for p in window.findChildren(QProcess)
    )
