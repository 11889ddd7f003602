"""Files as a user handles them: New, Open, Save, Save As, recent files, recovery."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox
from window_helpers import (
    action,
    make_window,
    patch_open_dialog,
    patch_save_dialog,
    record_boxes,
    same_network,
)

import simulator as sim
from ui.files import settings


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def test_save_as_new_open_round_trip_is_bit_for_bit(window, tmp_path, monkeypatch):
    """An edited example saved, replaced by New and reopened comes back bit for bit."""
    window.document.load_preset("book-3-layer")
    window.document.set_weight(1, 2, 0, -0.123456789012345, merge=False)
    window.document.set_input_value(1, 0.25)
    network, x = window.document.network.copy(), window.document.input.copy()
    patch_save_dialog(monkeypatch, tmp_path / "lesson")  # no suffix: one is added
    action(window, "actionSaveAs").trigger()
    saved = tmp_path / "lesson.neurostep"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("lesson.neurostep")
    action(window, "actionNew").trigger()
    assert window.document.network.sizes == [2, 3, 1]
    patch_open_dialog(monkeypatch, saved)
    action(window, "actionOpen").trigger()
    assert same_network(window.document.network, network)
    assert window.document.input.tobytes() == x.tobytes()
    assert window.document.path == str(saved)


def test_save_writes_to_the_open_file_without_asking(window, tmp_path, monkeypatch):
    """Ctrl+S on a file that has a name saves there; no dialog appears."""
    path = tmp_path / "net.neurostep"
    window.document.save(path)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: pytest.fail("Save asked for a file name"),
    )
    window.document.set_bias(0, 1, 1.5)
    assert window.isWindowModified()
    action(window, "actionSave").trigger()
    assert not window.isWindowModified()
    assert sim.load_network(path).layers[0].b[1] == 1.5


def test_save_without_a_name_asks_for_one(window, tmp_path, monkeypatch):
    """Save on an untitled network behaves as Save As; cancelling writes nothing."""
    patch_save_dialog(monkeypatch, "")
    window.document.set_bias(0, 0, 2.0)
    action(window, "actionSave").trigger()
    assert window.isWindowModified() and window.document.path is None
    patch_save_dialog(monkeypatch, tmp_path / "a.neurostep")
    action(window, "actionSave").trigger()
    assert (tmp_path / "a.neurostep").exists() and not window.isWindowModified()


def test_open_a_bad_file_shows_the_problem_and_keeps_the_document(window, tmp_path, monkeypatch):
    """Opening a broken file names the problem in a message; the network stays as it was."""
    bad = tmp_path / "broken.neurostep"
    bad.write_text("{ this is not json")
    window.document.load_preset("xor")
    before, undo_count = window.document.network.copy(), window.document.undo_stack.count()
    shown = record_boxes(monkeypatch)
    patch_open_dialog(monkeypatch, bad)
    window.document.undo_stack.setClean()
    action(window, "actionOpen").trigger()
    assert len(shown) == 1 and shown[0][0] == "critical"
    assert "broken.neurostep" in shown[0][2] and len(shown[0][2]) > len(str(bad)) + 5
    assert same_network(window.document.network, before)
    assert window.document.undo_stack.count() == undo_count
    assert window.document.path is None


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_save_into_a_read_only_folder_shows_a_message(window, tmp_path, monkeypatch):
    """Saving where the user may not write says so, and the network stays unsaved."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    shown = record_boxes(monkeypatch)
    patch_save_dialog(monkeypatch, locked / "x.neurostep")
    window.document.set_bias(0, 0, 2.0)
    action(window, "actionSaveAs").trigger()
    locked.chmod(0o700)
    assert shown and shown[0][0] == "critical"
    assert window.isWindowModified()


def test_save_error_shows_a_message(window, tmp_path, monkeypatch):
    """A save that fails (a folder where the file should go) shows a message, keeps the mark."""
    (tmp_path / "taken.neurostep").mkdir()
    shown = record_boxes(monkeypatch)
    patch_save_dialog(monkeypatch, tmp_path / "taken.neurostep")
    window.document.set_bias(0, 0, 2.0)
    action(window, "actionSaveAs").trigger()
    assert shown and shown[0][0] == "critical" and "taken.neurostep" in shown[0][2]
    assert window.isWindowModified()


def test_new_with_unsaved_changes_asks_and_save_saves_first(window, tmp_path, monkeypatch):
    """New after edits offers to save them; choosing Save writes the file, then starts afresh."""
    window.document.set_bias(0, 0, 2.0)
    record_boxes(monkeypatch, QMessageBox.StandardButton.Save)
    patch_save_dialog(monkeypatch, tmp_path / "kept.neurostep")
    action(window, "actionNew").trigger()
    assert sim.load_network(tmp_path / "kept.neurostep").layers[0].b[0] == 2.0
    assert window.document.path is None and window.document.network.layers[0].b[0] == 0.0


def test_recent_files_list_newest_first_and_reopens(window, tmp_path, monkeypatch):
    """Saved files appear in File > Recent files, newest first, and open from there."""
    for name in ("one", "two"):
        patch_save_dialog(monkeypatch, tmp_path / f"{name}.neurostep")
        action(window, "actionSaveAs").trigger()
    entries = [a for a in window.menus["recent"].actions() if a.data()]
    assert [a.text() for a in entries] == ["&1 two.neurostep", "&2 one.neurostep"]
    entries[1].trigger()
    assert window.document.path == str((tmp_path / "one.neurostep").resolve())


def test_recent_files_keep_eight_and_drop_missing_ones(window, tmp_path, monkeypatch):
    """At most 8 recent files; one deleted since is removed with a message."""
    for i in range(10):
        window.document.save(tmp_path / f"n{i}.neurostep")
        settings.add_recent_file(str(tmp_path / f"n{i}.neurostep"))
    assert len(settings.recent_files()) == 8
    gone = settings.recent_files()[0]
    os.remove(gone)
    shown = record_boxes(monkeypatch)
    assert not window.files.open_recent(gone)
    assert shown and shown[0][0] == "warning"
    assert gone not in settings.recent_files()
    assert all(a.data() != gone for a in window.menus["recent"].actions())


def test_autosave_writes_a_recovery_file_that_can_be_restored(qtbot, monkeypatch):
    """Unsaved work is written aside every minute and offered back after a crash."""
    first = make_window(qtbot)
    first.document.set_bias(0, 0, 4.0)
    first.autosave.save_now()
    assert first.autosave.path.exists()
    first.autosave.release_for_test()  # as if the first window's process had died
    second = make_window(qtbot)
    record_boxes(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    assert second.offer_recovery()
    assert second.document.network.layers[0].b[0] == 4.0
    assert second.isWindowModified() and second.document.path is None


def test_autosave_writes_what_save_writes(window, tmp_path):
    """A recovered lesson would lose its learning rate, title or target that Save keeps."""
    doc = window.document
    doc.load_preset("book-3-layer")
    doc.set_target([0.0, 1.0])
    doc.set_bias(0, 0, 4.0)  # the learning rate stays the default: Save writes it all the same
    window.autosave.save_now()
    recovered = window.autosave.path.read_text(encoding="utf-8")
    doc.save(tmp_path / "saved.neurostep")  # saved: the recovery file goes
    saved = (tmp_path / "saved.neurostep").read_text(encoding="utf-8")
    assert recovered == saved
    kept = sim.load_document(tmp_path / "saved.neurostep")
    assert kept.training["learning_rate"] == doc.learning_rate
    assert kept.title == doc.title and list(kept.target) == [0.0, 1.0]


def test_autosave_leaves_the_document_unsaved(window, tmp_path):
    """After an autosave the title bar would claim the work is saved, or name the recovery file."""
    window.document.set_bias(0, 0, 4.0)
    window.autosave.save_now()
    assert window.autosave.path.exists()
    assert window.document.is_modified() and window.document.path is None
    assert window.isWindowModified()


def test_autosave_runs_on_a_timer_only_when_modified(window, qtbot):
    """The recovery file appears only once there is something unsaved, and goes on save."""
    window.autosave.timer.setInterval(10)
    window.autosave.save_now()
    assert not window.autosave.path.exists()
    window.document.set_bias(0, 0, 4.0)
    qtbot.waitUntil(window.autosave.path.exists, timeout=2000)
    window.document.undo_stack.setClean()
    assert not window.autosave.path.exists()


def test_open_keeps_input_and_target(window, tmp_path):
    """A saved example keeps its input and target, so stepping backward works after reopening."""
    window.document.load_preset("book-3-layer")
    window.document.save(tmp_path / "b.neurostep")
    window.document.new()
    window.files.open_path(str(tmp_path / "b.neurostep"))
    assert np.array_equal(window.document.input, [1.0, 0.5])
    assert window.document.target is not None


def test_file_dialogs_start_in_the_last_folder_used(window, tmp_path, monkeypatch):
    """After saving into a folder, the next Open dialog starts there."""
    folder = tmp_path / "lessons"
    folder.mkdir()
    patch_save_dialog(monkeypatch, folder / "a.neurostep")
    action(window, "actionSaveAs").trigger()
    seen = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda parent, caption, start, filters: seen.append((start, filters)) or ("", ""),
    )
    action(window, "actionOpen").trigger()
    assert seen[0][0] == str(folder.resolve())
    assert "*.neurostep" in seen[0][1]
