"""Files whose network is fine but whose settings are not: refused whole, nothing changes."""

from __future__ import annotations

import json

import pytest
from fileformat_helpers import valid_document, write
from test_cli import run_main
from window_helpers import action, make_window, patch_open_dialog, record_boxes, same_network

import simulator as sim

BAD_SETTINGS = [
    ("loss", "bogus"),
    ("loss", "MSE"),
    ("loss", 5),
    ("loss", None),
    ("learning_rate", "abc"),
    ("learning_rate", None),
    ("learning_rate", -1),
    ("learning_rate", 0),
]


def bad_file(tmp_path, key, value):
    document = valid_document()
    document["training"][key] = value
    return write(tmp_path / "lesson.neurostep", document)


@pytest.mark.parametrize("key, value", BAD_SETTINGS)
def test_a_bad_training_setting_leaves_the_document_as_it_was(
    qtbot, tmp_path, monkeypatch, key, value
):
    """A bad loss or η replaced the network, cleared undo and broke every later edit."""
    window = make_window(qtbot)
    window.load_example("xor")
    window.document.set_bias(0, 0, 0.5)
    before, count = window.document.network.copy(), window.document.undo_stack.count()
    title = window.windowTitle()
    shown = record_boxes(monkeypatch)
    patch_open_dialog(monkeypatch, bad_file(tmp_path, key, value))
    window.document.undo_stack.setClean()
    action(window, "actionOpen").trigger()
    assert len(shown) == 1 and shown[0][0] == "critical"
    assert "lesson.neurostep" in shown[0][2] and f"“{key}”" in shown[0][2]
    assert same_network(window.document.network, before)
    assert window.document.undo_stack.count() == count and window.document.path is None
    assert window.windowTitle() == title
    window.document.set_bias(0, 0, 0.25)  # later edits still work
    assert window.document.learning_rate == 0.1


def test_a_bad_setting_on_the_command_line_is_named(tmp_path):
    """Given on the command line, such a file killed the app at start."""
    path = bad_file(tmp_path, "loss", "bogus")
    result = run_main(path, "--screenshot", tmp_path / "x.png", tmp_path=tmp_path)
    assert result.returncode == 2 and "loss" in result.stderr and "bogus" in result.stderr


def test_a_bad_recovery_file_is_kept_aside_and_the_app_starts(qtbot, tmp_path, monkeypatch):
    """A recovery file with a bad setting killed every start; now it is set aside, named."""
    from ui.files import settings

    document = valid_document()
    document["training"]["learning_rate"] = "abc"
    write(settings.data_dir() / "recovery-dead0001.neurostep", document)
    window = make_window(qtbot)
    before = window.document.network.copy()
    shown = record_boxes(
        monkeypatch, answer=__import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes
    )
    assert not window.offer_recovery()
    assert [kind for kind, *_ in shown] == ["question", "warning"]
    assert "learning_rate" in shown[1][2]
    assert same_network(window.document.network, before)
    kept = list(settings.data_dir().glob("*.unreadable.neurostep"))
    assert len(kept) == 1 and json.loads(kept[0].read_text())["training"]["learning_rate"] == "abc"
    assert not window.offer_recovery()  # never offered again


def test_the_dataset_name_is_checked_too(tmp_path):
    """A data set NeuroStep does not know would fail later, when training starts."""
    document = valid_document()
    document["dataset"] = "bogus"
    with pytest.raises(sim.NetworkFileError, match="bogus") as info:
        sim.load_document(write(tmp_path / "d.neurostep", document))
    assert info.value.details["setting"] == "name"
