"""Fuzzing the loader: whatever the bytes, NetworkFileError or a whole network."""

import copy
import json

import numpy as np
import pytest
from fileformat_helpers import valid_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.fileformat import NetworkFileError, load_document, parse_document, save_network
from simulator.presets import PRESETS, load_preset

KINDS = {
    "not_json",
    "wrong_version",
    "unknown_activation",
    "shapes",
    "non_finite",
    "too_large",
    "missing",
    "unreadable",
    "not_neurostep",
    "bad_value",
    "bad_data",
}

finite = st.floats(allow_nan=False, allow_infinity=False)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | finite | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def check_parse(data):
    """Parse ``data``; only a NetworkFileError or a whole, consistent result is allowed."""
    try:
        result = parse_document(data)
    except NetworkFileError as error:
        assert str(error) and error.kind in KINDS and isinstance(error.details, dict)
        return
    net = result.network
    assert 1 <= len(net.layers) <= 32
    for previous, layer in zip([net.input_size] + [la.n_out for la in net.layers], net.layers):
        assert layer.W.shape == (previous, layer.n_out) and layer.b.shape == (layer.n_out,)
        assert np.all(np.isfinite(layer.W)) and np.all(np.isfinite(layer.b))
    assert result.input is None or result.input.shape == (net.input_size,)
    assert result.target is None or result.target.shape == (net.output_size,)


@given(st.binary(max_size=300))
@settings(max_examples=200, deadline=None)
def test_fuzz_random_bytes(data):
    """Random bytes in a .neurostep file would raise something other than NetworkFileError."""
    check_parse(data)


@given(json_values)
@settings(max_examples=200, deadline=None)
def test_fuzz_random_json(value):
    """Arbitrary JSON would raise something other than NetworkFileError."""
    check_parse(json.dumps(value))
    check_parse(json.dumps({"format": "neurostep", "version": 1, "network": value}))


def paths_in(value, prefix=()):
    """Every path to a value inside a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths_in(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths_in(v, prefix + (i,))


VALID_PATHS = list(paths_in(valid_document()))


@given(path=st.sampled_from(VALID_PATHS[1:]), replacement=json_values)
@settings(max_examples=300, deadline=None)
def test_fuzz_mutations_of_a_valid_file(path, replacement):
    """A valid file with one value changed would crash the loader or load half a network."""
    doc = copy.deepcopy(valid_document())
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = replacement
    check_parse(json.dumps(doc))


@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_fuzz_byte_edits_of_a_valid_file(data):
    """A file damaged byte by byte would raise something other than NetworkFileError."""
    raw = bytearray(json.dumps(valid_document()).encode())
    for _ in range(data.draw(st.integers(1, 5))):
        i = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        byte = data.draw(st.integers(0, 255))
        if action == "delete":
            del raw[i]
        elif action == "insert":
            raw.insert(i, byte)
        else:
            raw[i] = byte
    check_parse(bytes(raw))


@given(st.sampled_from(PRESETS), st.binary(min_size=1, max_size=20))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_through_real_files(tmp_path_factory, name, junk):
    """A truncated or appended-to file on disk would escape as another exception."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "f.neurostep"
    save_network(load_preset(name).network, path)
    text = path.read_bytes()
    only_blanks = not junk.strip(b" \t\n\r")  # JSON ignores surrounding whitespace
    for damaged, still_good in (
        (text[: len(text) // 2], False),
        (text + junk, only_blanks),
        (junk + text, only_blanks),
    ):
        path.write_bytes(damaged)
        if still_good:
            load_document(path)
            continue
        with pytest.raises(NetworkFileError):
            load_document(path)
