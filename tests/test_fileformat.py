"""The .neurostep file format: exact round trips and atomic saves."""

import json
import os

import numpy as np
import pytest
from fileformat_helpers import assert_same_network, bits
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.activations import ACTIVATIONS
from simulator.fileformat import (
    NetworkFile,
    load_document,
    load_network,
    parse_document,
    save_network,
    to_document,
)
from simulator.limits import MAX_VALUE
from simulator.network import Network
from simulator.presets import PRESETS, load_preset

TITLE_ZH = "书中的 3 层神经网络"  # a title a Chinese teacher typed: must come back unchanged

# ---- round trips -----------------------------------------------------------------


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_round_trips_bit_for_bit(name, tmp_path):
    """A saved lesson would reopen with slightly different weights or lose its example."""
    p = load_preset(name)
    path = tmp_path / f"{name}.neurostep"
    save_network(
        p.network,
        path,
        input=p.input,
        target=p.target,
        dataset=p.dataset,
        training={"learning_rate": 0.1, "optimizer": "adam", "batch_size": 10},
        title=TITLE_ZH,
    )
    doc = load_document(path)
    assert isinstance(doc, NetworkFile)
    assert_same_network(p.network, doc.network)
    assert bits(doc.input) == bits(p.input) and bits(doc.target) == bits(p.target)
    assert doc.dataset == p.dataset and doc.title == TITLE_ZH
    assert doc.training == {"learning_rate": 0.1, "optimizer": "adam", "batch_size": 10}
    assert_same_network(p.network, load_network(path))


# Every number a network may hold: the one range of the editor and the file.
finite = st.floats(min_value=-MAX_VALUE, max_value=MAX_VALUE)


@st.composite
def networks(draw):
    sizes = draw(st.lists(st.integers(1, 6), min_size=2, max_size=5))
    acts = draw(
        st.lists(st.sampled_from(ACTIVATIONS), min_size=len(sizes) - 1, max_size=len(sizes) - 1)
    )
    net = Network.create(sizes[0], sizes[1:], acts, seed=draw(st.integers(0, 2**32 - 1)))
    for layer in net.layers:  # extreme values too: -0.0, subnormals, ±1e15
        for index in draw(st.lists(st.integers(0, layer.W.size - 1), max_size=3)):
            layer.W.flat[index] = draw(finite)
        if draw(st.booleans()):
            layer.b[0] = draw(finite)
        layer.alpha = draw(st.sampled_from([0.25, draw(finite)]))
    return net


@given(net=networks())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_networks_round_trip_bit_for_bit(net):
    """Any network the canvas can build would not come back exactly after save and open."""
    text = json.dumps(to_document(net))
    assert_same_network(net, parse_document(text).network)


def test_save_writes_readable_rows_and_no_temporary_files(tmp_path):
    """A teacher opening the file in an editor would see one number per line, or litter."""
    path = tmp_path / "book.neurostep"
    save_network(load_preset("book-3-layer").network, path)
    text = path.read_text(encoding="utf-8")
    assert '"format": "neurostep"' in text and "[0.1, 0.3, 0.5]," in text
    assert os.listdir(tmp_path) == ["book.neurostep"]


def test_save_replaces_an_existing_file_atomically(tmp_path, monkeypatch):
    """A crash while saving would destroy the previous version of the file."""
    path = tmp_path / "net.neurostep"
    save_network(load_preset("xor").network, path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_network(load_preset("digits").network, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["net.neurostep"]


def test_save_refuses_what_could_not_be_loaded(tmp_path):
    """Saving would write a file that NeuroStep itself then refuses to open."""
    net = load_preset("xor").network
    path = tmp_path / "x.neurostep"
    bad = net.copy()
    bad.layers[1].W[0, 0] = np.nan
    for kwargs, words in [
        ({"input": [1.0]}, "input has shape"),
        ({"target": [1.0, np.inf]}, "target"),
        ({"training": {"nested": {"a": 1}}}, "setting 'nested'"),
        ({"title": 5}, '"title" must be text'),
    ]:
        with pytest.raises(ValueError, match=words):
            save_network(net, path, **kwargs)
    with pytest.raises(ValueError, match="layer 2 weights: NaN"):
        save_network(bad, path)
    assert not path.exists()


def test_numpy_settings_are_saved_as_numbers(tmp_path):
    """Training settings held in NumPy types would make saving fail."""
    path = tmp_path / "n.neurostep"
    save_network(
        load_preset("xor").network,
        path,
        training={"batch_size": np.int64(10), "learning_rate": np.float64(0.5)},
    )
    assert load_document(path).training == {"batch_size": 10, "learning_rate": 0.5}
