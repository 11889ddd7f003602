"""What the editor allows, Save writes and Open accepts are the same; only real files are read."""

from __future__ import annotations

import json
import os
import stat
import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox
from window_helpers import action, make_window, patch_save_dialog, record_boxes

import simulator as sim
import simulator.limits as limits
from simulator.filesave import _pretty


@pytest.fixture
def small_limit(monkeypatch):
    """A parameter limit of 40, so networks on both sides of it are tiny."""
    monkeypatch.setattr(limits, "MAX_PARAMETERS", 40)
    return 40


@pytest.mark.parametrize("hidden", range(1, 12))
def test_the_editor_save_and_open_agree_on_the_limit(qtbot, tmp_path, small_limit, hidden):
    """A network the editor built could not be reopened (784-1024-10 saved, then refused)."""
    from ui.document import Document

    doc = Document()
    net = sim.Network.create(2, [hidden, 2], seed=0)
    allowed = sim.parameter_count(net.sizes) <= small_limit
    path = tmp_path / "n.neurostep"
    try:
        doc.set_network(net)
        edited = True
    except sim.NetworkTooLarge:
        edited = False
    try:
        sim.save_network(net, path)
        saved = True
    except ValueError:
        saved = False
    text = json.dumps(sim.to_document(sim.Network.create(2, [1, 2])))  # a file over the limit:
    layers = [
        {"activation": "sigmoid", "weights": [[0.0] * hidden] * 2, "biases": [0.0] * hidden},
        {"activation": "sigmoid", "weights": [[0.0] * 2] * hidden, "biases": [0.0] * 2},
    ]
    document = json.loads(text)
    document["network"] = {"input_size": 2, "layers": layers}
    try:
        sim.parse_document(json.dumps(document))
        opened = True
    except sim.NetworkFileError as error:
        assert error.kind == "too_large" and error.details["limit"] == small_limit
        opened = False
    assert edited == saved == opened == allowed


def test_a_layer_too_large_is_refused_at_the_edit_with_a_message(qtbot, monkeypatch, small_limit):
    """Clicking + past the limit did nothing, or built a network that could not be saved."""
    window = make_window(qtbot)
    shown = record_boxes(monkeypatch)
    before = window.document.network.sizes
    for _ in range(12):
        window.canvas.headers[1].resizeRequested.emit(1, window.document.network.sizes[1] + 1)
    assert shown and shown[-1][0] == "warning" and "40" in shown[-1][2]
    assert sim.parameter_count(window.document.network.sizes) <= small_limit
    assert window.document.network.sizes[1] > before[1]


def test_the_largest_numbers_fit_the_file_limit():
    """The file limit must hold the largest network with the longest numbers."""
    net = sim.Network.create(3, [4, 2], seed=0)
    for layer in net.layers:
        layer.W[:] = -2.2250738585072014e-308
        layer.b[:] = -2.2250738585072014e-308
    body = "".join(text for text, _ in _pretty(sim.to_document(net)["network"]["layers"]))
    numbers, rows, layers = sim.parameter_count(net.sizes), sum(net.sizes[:-1]), len(net.layers)
    row_bytes, layer_bytes = 16, 100  # brackets, commas and indents of a row; keys of a layer
    most = numbers * limits.MAX_NUMBER_BYTES + rows * row_bytes + layers * layer_bytes
    assert len(body.encode()) <= most
    most_rows = sim.MAX_LAYERS * sim.MAX_NEURONS
    assert most_rows * row_bytes + sim.MAX_LAYERS * layer_bytes < limits.OTHER_BYTES / 4
    largest = limits.MAX_PARAMETERS * limits.MAX_NUMBER_BYTES + limits.OTHER_BYTES
    assert largest <= sim.MAX_FILE_BYTES


def test_values_beyond_the_range_are_refused_everywhere(tmp_path):
    """1e308 was a weight the Document took but the next pass could not compute with."""
    from ui.document import Document

    doc = Document()
    for value in (1e308, -1e16, float("nan")):
        with pytest.raises(ValueError):
            doc.set_weight(0, 0, 0, value)
    net = doc.network.copy()
    net.layers[0].W[0, 0] = 2e15
    with pytest.raises(ValueError, match="beyond"):
        sim.save_network(net, tmp_path / "x.neurostep")
    doc.set_weight(0, 0, 0, sim.MAX_VALUE)
    doc.save(tmp_path / "edge.neurostep")
    assert sim.load_network(tmp_path / "edge.neurostep").layers[0].W[0, 0] == sim.MAX_VALUE


def test_a_large_save_shows_progress_and_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    """Saving a large network froze the window with no sign of life."""
    window = make_window(qtbot)
    window.document.set_network(sim.Network.create(512, [512, 512, 10], seed=0))
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "big.neurostep"
    patch_save_dialog(monkeypatch, path)
    fractions = []
    real = window.document.save

    def watched(p=None, progress=None):
        return real(p, lambda f: fractions.append(f) or progress(f))

    monkeypatch.setattr(window.document, "save", watched)
    action(window, "actionSaveAs").trigger()
    assert len(fractions) > 3 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert sim.load_network(path).sizes == [512, 512, 512, 10]
    before = path.read_bytes()
    window.document.set_bias(0, 0, 1.0)
    assert not real(path, lambda f: f < 0.5)  # Cancel half-way: the file stays as it was
    assert path.read_bytes() == before and os.listdir(path.parent) == ["big.neurostep"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(qtbot, tmp_path, monkeypatch):
    """Opening a FIFO or a device blocked the window forever."""
    fifo = tmp_path / "pipe.neurostep"
    os.mkfifo(fifo)
    result = {}
    thread = threading.Thread(target=lambda: result.update(error=_open_error(fifo)), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "opening a FIFO blocked"
    assert (
        result["error"].kind == "unreadable" and result["error"].details["reason"] == "not_a_file"
    )
    assert _open_error("/dev/zero").details["reason"] == "not_a_file"
    window = make_window(qtbot)
    shown = record_boxes(monkeypatch)
    assert not window.files.open_path(str(fifo))
    assert "pipe" in shown[0][2]


def _open_error(path):
    try:
        sim.load_document(path)
    except sim.NetworkFileError as error:
        return error
    return None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_saving_through_a_link_writes_the_real_file(qtbot, tmp_path):
    """Saving over a symbolic link replaced the link instead of writing its target."""
    real = tmp_path / "lessons" / "real.neurostep"
    real.parent.mkdir()
    link = tmp_path / "link.neurostep"
    window = make_window(qtbot)
    window.document.save(real)
    link.symlink_to(real)
    window.document.open(link)
    window.document.set_bias(0, 0, 3.0)
    window.files.save()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert sim.load_network(real).layers[0].b[0] == 3.0
    assert sorted(os.listdir(real.parent)) == ["real.neurostep"]  # atomic: no litter


def test_a_read_only_file_is_not_overwritten(qtbot, tmp_path, monkeypatch):
    """A read-only file was overwritten without a word."""
    path = tmp_path / "keep.neurostep"
    window = make_window(qtbot)
    window.document.save(path)
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    window.document.set_bias(0, 0, 3.0)
    shown = record_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    assert not window.files.save()
    path.chmod(0o644)
    assert path.read_bytes() == before and window.isWindowModified()
    assert shown[0][0] == "critical" and "read-only" in shown[0][2]


def test_numbers_in_the_largest_file_are_written_as_they_are(tmp_path):
    """The writer that streams rows must give the same text as the whole-file one."""
    net = sim.load_preset("book-3-layer").network
    path = tmp_path / "b.neurostep"
    sim.save_network(net, path, input=np.array([1.0, 0.5]))
    assert json.loads(path.read_text()) == sim.to_document(net, input=[1.0, 0.5])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_saving_over_a_pipe_is_refused(tmp_path):
    """Save As onto a FIFO replaced it with a file, or blocked."""
    fifo = tmp_path / "pipe.neurostep"
    os.mkfifo(fifo)
    with pytest.raises(sim.NotARegularFile):
        sim.save_network(sim.load_preset("xor").network, fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_large_autosave_is_written_between_events_and_whole(qtbot):
    """Autosaving a large network froze the lesson, or wrote half a file."""
    window = make_window(qtbot)
    window.document.set_network(sim.Network.create(512, [512, 512, 10], seed=0))
    window.document.set_bias(0, 0, 1.5)
    window.autosave.save_now()
    qtbot.waitUntil(lambda: not window.autosave.is_writing(), timeout=60_000)
    saved = sim.load_network(window.autosave.path)
    assert saved.sizes == [512, 512, 512, 10] and saved.layers[0].b[0] == 1.5


def test_training_never_makes_a_weight_a_file_could_not_hold():
    """A finite step past ±1e15 left a network that Save then refused."""
    net = sim.Network.from_arrays([[[1.0]]], [[0.0]], ["identity"])
    X, T = np.array([[1e7]]), np.array([[0.0]])
    trainer = sim.Trainer(net, X, T, optimizer=sim.SGD(learning_rate=100.0), batch_size=1)
    with pytest.raises(sim.TrainingDiverged):
        trainer.step()
    assert net.layers[0].W[0, 0] == 1.0
    with pytest.raises(sim.TrainingDiverged):
        sim.sgd_update(net, X[0], T[0], "mse", 100.0)
    new, _ = sim.sgd_update(net, X[0], T[0], "mse", 1.0)  # -1e14: within the range
    assert abs(new.layers[0].W[0, 0]) < sim.MAX_VALUE


def test_the_table_of_examples_keeps_to_the_limits_save_and_open_share(qtbot, monkeypatch):
    """Add row past 1,000 rows made a table that Save then refused."""
    monkeypatch.setattr(limits, "MAX_EXAMPLES", 3)
    window = make_window(qtbot)
    shown = record_boxes(monkeypatch)
    add = window.docks["dockInspector"].widget().pages["example"].add_row
    for _ in range(4):
        add.click()
    assert len(window.document.example_inputs) == 3
    assert shown and shown[-1][0] == "warning" and "3" in shown[-1][2]
    monkeypatch.setattr(limits, "MAX_EXAMPLE_NUMBERS", 10)
    with pytest.raises(sim.NetworkTooLarge):
        window.document.set_input_size(4)  # 3 rows of 4 inputs: 12 numbers
    assert window.document.network.input_size == 2
