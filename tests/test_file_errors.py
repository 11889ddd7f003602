"""A bad file's reason reads in the language shown, never in the model core's English."""

import json

import pytest
from window_helpers import action, make_window, patch_open_dialog, record_boxes

import simulator as sim
from simulator.fileformat import parse_document
from ui.files.errors import describe
from ui.text import i18n


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize(
    "content",
    [
        "{ this is not json",
        '{"format": "something else"}',
        '{"format": "neurostep", "version": 99, "network": {}}',
    ],
)
def test_open_a_bad_file_in_chinese_gives_a_chinese_reason(qtbot, tmp_path, monkeypatch, content):
    """A Chinese class sees why a file failed in Chinese, with the file's name."""
    i18n.set_language("zh")
    window = make_window(qtbot)
    bad = tmp_path / "broken.neurostep"
    bad.write_text(content)
    shown = record_boxes(monkeypatch)
    patch_open_dialog(monkeypatch, bad)
    action(window, "actionOpen").trigger()
    reason = shown[0][2].split("\n", 1)[-1]
    assert "broken.neurostep" in shown[0][2] and has_cjk(reason)
    assert "JSON" in reason or "NeuroStep" in reason


def test_every_kind_of_file_error_has_a_sentence(tmp_path):
    """Each kind the model core reports is described, with its numbers filled in."""
    cases = {"missing": tmp_path / "none.neurostep", "unreadable": tmp_path}
    for kind, path in cases.items():
        with pytest.raises(sim.NetworkFileError) as caught:
            sim.load_document(path)
        assert caught.value.kind == kind
        assert describe(caught.value) and "%" not in describe(caught.value)


def test_a_bad_training_setting_is_worded_in_chinese(qapp):
    """A file with an optimizer NeuroStep lacks names the setting, in the UI's language."""
    text = json.loads(json.dumps(sim.to_document(sim.Network.create(2, [1]))))
    text["training"] = {"optimizer": "rmsprop"}
    with pytest.raises(sim.NetworkFileError) as caught:
        parse_document(json.dumps(text))
    assert "optimizer" in describe(caught.value) and "rmsprop" in describe(caught.value)
    i18n.set_language("zh")
    assert describe(caught.value).startswith("训练设置“optimizer”")
