"""Over a thousand bad files opened through File ▸ Open: no crash, no change, a reason each."""

from __future__ import annotations

import copy
import json
import random

import pytest
from fileformat_helpers import valid_document
from PySide6.QtWidgets import QFileDialog
from window_helpers import action, make_window, record_boxes, same_network

import simulator as sim
from ui.files.errors import _BY_KIND, describe

REPLACEMENTS = [
    None,
    True,
    0,
    -1,
    2.5,
    1e300,
    -1e16,
    2**70,
    "",
    "x",
    "sigmoid",
    [],
    [1],
    {},
    {"a": 1},
]
DAMAGES = 80  # byte-level edits per valid file


def json_paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:3]):  # the first rows are enough: the rest are alike
            yield from json_paths(item, (*prefix, i))


def mutations(document):
    """Each value of ``document`` replaced by each of REPLACEMENTS, and each key removed."""
    for path in list(json_paths(document))[1:]:
        for replacement in REPLACEMENTS:
            changed = copy.deepcopy(document)
            target = changed
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = replacement
            yield json.dumps(changed).encode()
        changed = copy.deepcopy(document)
        target = changed
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
        yield json.dumps(changed).encode()


def damages(data: bytes, rng: random.Random):
    """Truncations, cut-outs and random bytes, the way disks and e-mail break files."""
    for _ in range(DAMAGES):
        raw = bytearray(data)
        i = rng.randrange(len(raw))
        how = rng.choice(("truncate", "flip", "insert", "delete"))
        if how == "truncate":
            del raw[i:]
        elif how == "flip":
            raw[i] = rng.randrange(256)
        elif how == "insert":
            raw[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
        else:
            del raw[i : i + rng.randrange(1, 20)]
        yield bytes(raw)
    yield b""
    yield b"\xff\xfe" + data
    yield data.replace(b"neurostep", b"neuro", 1)


def bad_files():
    """At least 1,000 distinct files that NeuroStep must refuse."""
    rng = random.Random(12)
    base = valid_document()
    candidates = list(mutations(base))
    for name in ("xor", "book-3-layer", "softmax-classifier"):
        doc = sim.to_document(sim.load_preset(name).network, training={"loss": "mse"})
        candidates += damages(json.dumps(doc, indent=1).encode(), rng)
    seen, bad = set(), []
    for data in candidates:
        if data in seen:
            continue
        seen.add(data)
        try:
            sim.parse_document(data)
        except sim.NetworkFileError as error:
            bad.append((data, error))
    return bad


def test_a_thousand_bad_files_are_refused_through_the_file_menu(qtbot, tmp_path, monkeypatch):
    """A bad file crashed the app, changed the open network or gave no reason."""
    files = bad_files()
    assert len(files) >= 1000
    window = make_window(qtbot)
    window.load_example("book-3-layer")
    window.document.set_bias(0, 0, 0.5)
    window.document.undo_stack.setClean()
    before, count = window.document.network.copy(), window.document.undo_stack.count()
    title, shown = window.windowTitle(), record_boxes(monkeypatch)
    chosen = {}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["path"], ""))
    )
    kinds = set()
    for i, (data, error) in enumerate(files):
        path = tmp_path / f"bad {i} %2.neurostep"  # a "%2" in the name must survive the message
        path.write_bytes(data)
        chosen["path"] = str(path)
        action(window, "actionOpen").trigger()
        assert len(shown) == i + 1 and shown[-1][0] == "critical"
        text = shown[-1][2]
        assert str(path) in text
        reason = text.split("\n", 1)[1]
        assert error.kind in _BY_KIND and reason == describe(error) and "%" not in reason
        kinds.add(error.kind)
    assert same_network(window.document.network, before)
    assert window.document.undo_stack.count() == count and window.windowTitle() == title
    assert window.document.path is None and not window.isWindowModified()
    assert {"not_json", "bad_value", "shapes", "unknown_activation", "wrong_version"} <= kinds
    print(f"{len(files)} bad files refused; kinds: {sorted(kinds)}")


@pytest.mark.parametrize("value", ["bogus", "MSE", 5, None])
def test_bad_losses_are_among_them(value):
    """The fuzzing would miss the bad settings that once half-opened a file."""
    document = valid_document()
    document["training"]["loss"] = value
    with pytest.raises(sim.NetworkFileError):
        sim.parse_document(json.dumps(document))
