"""The .neurostep file format refuses bad files with an error that names the problem."""

import json
import os

import pytest
from fileformat_helpers import valid_document, write

from simulator.fileformat import NetworkFileError, load_document, load_network, parse_document
from simulator.limits import MAX_FILE_BYTES, MAX_FILE_MB

# ---- bad files -------------------------------------------------------------------


def mutate(change):
    doc = valid_document()
    change(doc)
    return doc


def layer(doc, k):
    return doc["network"]["layers"][k - 1]


BAD_DOCUMENTS = [
    ([1, 2, 3], "not a NeuroStep file", "not_neurostep"),
    ({"format": "other", "version": 1}, "not a NeuroStep file", "not_neurostep"),
    (mutate(lambda d: d.update(version=2)), "newer NeuroStep (format version 2", "wrong_version"),
    (mutate(lambda d: d.update(version=0)), "format version 0 is unknown", "wrong_version"),
    (mutate(lambda d: d.update(version="1")), "not a whole number", "wrong_version"),
    (mutate(lambda d: d.update(version=True)), "version is true", "wrong_version"),
    (mutate(lambda d: d.pop("version")), "version is null", "wrong_version"),
    (mutate(lambda d: d.pop("network")), '"network" must be an object, not null', "bad_value"),
    (
        mutate(lambda d: d["network"].update(layers=[])),
        '"layers" must be a non-empty list',
        "bad_value",
    ),
    (mutate(lambda d: d["network"].update(input_size=0)), '"input_size" must be', "bad_value"),
    (mutate(lambda d: d["network"].update(input_size=True)), '"input_size" must be', "bad_value"),
    (
        mutate(lambda d: d["network"].update(input_size=3)),
        "layer 1 weights: 2 rows, but the input gives 3 values",
        "shapes",
    ),
    (
        mutate(lambda d: layer(d, 2).update(activation="sigmoidx")),
        "layer 2 has unknown activation 'sigmoidx'; known: step",
        "unknown_activation",
    ),
    (
        mutate(lambda d: layer(d, 2).update(activation=None)),
        "layer 2 has unknown activation",
        "unknown_activation",
    ),
    (
        mutate(lambda d: layer(d, 2)["weights"].pop()),
        "layer 2 weights: 2 rows, but layer 1 gives 3 values",
        "shapes",
    ),
    (
        mutate(lambda d: layer(d, 1)["weights"][1].pop()),
        "layer 1 weights row 2: 2 numbers where 3 are needed",
        "shapes",
    ),
    (
        mutate(lambda d: layer(d, 3)["biases"].append(0.0)),
        "layer 3 biases: 3 numbers where 2 are needed",
        "shapes",
    ),
    (
        mutate(lambda d: layer(d, 1)["weights"][0].__setitem__(1, "0.3")),
        "layer 1 weights row 1: item 2 is the text '0.3', not a number",
        "bad_value",
    ),
    (
        mutate(lambda d: layer(d, 1)["biases"].__setitem__(0, True)),
        "layer 1 biases: item 1 is true, not a number",
        "bad_value",
    ),
    (mutate(lambda d: layer(d, 1)["biases"].__setitem__(0, None)), "item 1 is null", "bad_value"),
    (
        mutate(lambda d: layer(d, 1)["weights"][0].__setitem__(0, [0.1])),
        "item 1 is a list",
        "bad_value",
    ),
    (mutate(lambda d: layer(d, 1).update(weights={"a": 1})), "must be a list of rows", "bad_value"),
    (mutate(lambda d: layer(d, 1).update(weights=[5, 5])), "row 1 is 5, not a list", "bad_value"),
    (
        mutate(lambda d: layer(d, 1).update(alpha="0.25")),
        "layer 1 alpha must be a finite",
        "bad_value",
    ),
    (
        mutate(lambda d: d["network"]["layers"].__setitem__(0, "layer")),
        "layer 1 must be an object",
        "bad_value",
    ),
    (mutate(lambda d: d.update(input=[1.0])), '"input": 1 numbers where 2 are needed', "shapes"),
    (mutate(lambda d: d.update(target=["a", "b"])), '"target": item 1 is the text', "bad_value"),
    (mutate(lambda d: d.update(title=12)), '"title" must be text', "bad_value"),
    (mutate(lambda d: d.update(title="x" * 1001)), '"title" must be text', "bad_value"),
    (mutate(lambda d: d.update(dataset=[1])), '"dataset" must be text', "bad_value"),
    (mutate(lambda d: d.update(training=[1])), '"training" must be an object', "bad_value"),
    (
        mutate(lambda d: d.update(training={"lr": {"deep": 1}})),
        "setting 'lr' is an object",
        "bad_value",
    ),
    (
        mutate(lambda d: d.update(training={str(i): i for i in range(65)})),
        "at most 64",
        "bad_value",
    ),
    (
        mutate(
            lambda d: d["network"].update(
                layers=[layer(d, 1)]
                + [{"activation": "relu", "weights": [[1.0, 1.0, 1.0]] * 3, "biases": [0.0] * 3}]
                * 32
            )
        ),
        "33 layers; the limit is 32",
        "too_large",
    ),
    (
        mutate(
            lambda d: d["network"].update(
                input_size=1,
                layers=[{"activation": "relu", "weights": [[0.0] * 4097], "biases": [0.0] * 4097}],
            )
        ),
        "row length must be a whole number",
        "bad_value",
    ),
    (
        mutate(
            lambda d: d["network"].update(
                input_size=4097,
                layers=[{"activation": "relu", "weights": [[0.0]] * 4097, "biases": [0.0]}],
            )
        ),
        '"input_size" must be a whole number',
        "bad_value",
    ),
]


@pytest.mark.parametrize("document, words, kind", BAD_DOCUMENTS)
def test_bad_documents_raise_a_helpful_error(document, words, kind, tmp_path):
    """Opening a damaged file would crash, or fail without saying what is wrong."""
    path = write(tmp_path / "bad.neurostep", document)
    with pytest.raises(NetworkFileError) as info:
        load_network(path)
    assert words in str(info.value)
    assert str(path) in str(info.value) and info.value.path == str(path)
    assert info.value.kind == kind and info.value.details["path"] == str(path)


BAD_TEXTS = [
    ("", "not valid JSON", "not_json"),
    ("{", "not valid JSON (Expecting property name", "not_json"),
    ("__import__('os').system('echo hi')", "not valid JSON", "not_json"),
    ('{"format": "neurostep", "version": 1, "x": NaN}', "contains NaN", "non_finite"),
    ('{"format": "neurostep", "version": 1, "x": -Infinity}', "contains -Infinity", "non_finite"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply", "not_json"),
]


@pytest.mark.parametrize("text, words, kind", BAD_TEXTS)
def test_bad_texts_raise_a_helpful_error(text, words, kind, tmp_path):
    """A file that is not JSON at all would crash the app or run something."""
    with pytest.raises(NetworkFileError, match=words.replace("(", r"\(")) as info:
        load_document(write(tmp_path / "bad.neurostep", text))
    assert info.value.kind == kind


def test_too_large_numbers_are_refused(tmp_path):
    """A weight of 1e400 would silently load as infinity."""
    text = json.dumps(valid_document()).replace("0.3", "1e400", 1)
    with pytest.raises(NetworkFileError, match="too large for a float") as info:
        load_document(write(tmp_path / "big.neurostep", text))
    assert info.value.kind == "non_finite" and info.value.details["layer"] == 1
    text = json.dumps(valid_document()).replace("0.3", "9" * 5000, 1)
    with pytest.raises(NetworkFileError, match="(too large|digits)") as info:
        load_document(write(tmp_path / "digits.neurostep", text))
    assert info.value.kind in ("non_finite", "not_json")


def test_missing_file_folder_and_binary(tmp_path):
    """Opening a wrong path would show a traceback instead of a sentence."""
    cases = [
        (tmp_path / "missing.neurostep", "no such file", "missing", None),
        (tmp_path, "folder, not a file", "unreadable", "folder"),
    ]
    binary = tmp_path / "pic.neurostep"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    cases.append((binary, "not a text file", "not_json", "encoding"))
    for path, words, kind, reason in cases:
        with pytest.raises(NetworkFileError, match=words) as info:
            load_network(path)
        assert info.value.kind == kind and info.value.details.get("reason") == reason
        assert info.value.details["path"] == str(path)
    with pytest.raises(NetworkFileError, match="not a valid file name") as info:
        load_network("bad\0name")
    assert info.value.kind == "unreadable" and info.value.details["reason"] == "bad_name"


def test_files_over_the_size_limit_are_refused_unread(tmp_path):
    """A huge file would freeze the app while it parses."""
    path = tmp_path / "huge.neurostep"
    with open(path, "wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(NetworkFileError, match=f"limit is {MAX_FILE_MB} MB") as info:
        load_network(path)
    assert info.value.kind == "too_large" and info.value.details["limit_mb"] == MAX_FILE_MB
    assert info.value.details["size_mb"] > MAX_FILE_MB
    with pytest.raises(NetworkFileError, match=f"{MAX_FILE_MB} MB") as info:
        parse_document(b" " * (MAX_FILE_BYTES + 1))
    assert info.value.kind == "too_large" and "path" not in info.value.details


def test_unreadable_file(tmp_path):
    """A file without read permission would raise PermissionError at the user."""
    path = write(tmp_path / "locked.neurostep", valid_document())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read anything")
        with pytest.raises(NetworkFileError, match="permission") as info:
            load_network(path)
        assert info.value.kind == "unreadable" and info.value.details["reason"] == "permission"
    finally:
        path.chmod(0o644)


def test_error_details_name_the_values_of_the_message():
    """A translated error message could not say which layer, version or activation is wrong."""
    cases = [
        (mutate(lambda d: d.update(version=2)), {"reason": "newer", "version": 2, "supported": 1}),
        (
            mutate(lambda d: layer(d, 2).update(activation="sigmoidx")),
            {"layer": 2, "activation": "sigmoidx"},
        ),
        (
            mutate(lambda d: layer(d, 1)["weights"][1].pop()),
            {"layer": 1, "field": "weights", "row": 2, "count": 2, "expected": 3},
        ),
        (
            mutate(lambda d: layer(d, 1)["biases"].__setitem__(0, True)),
            {
                "layer": 1,
                "field": "biases",
                "item": 1,
                "expected": "number",
                "found_type": "boolean",
                "found": True,
            },
        ),
        (
            mutate(lambda d: d.update(training={"lr": {"deep": 1}})),
            {"field": "training", "setting": "lr", "found_type": "object", "found": None},
        ),
    ]
    for document, expected in cases:
        with pytest.raises(NetworkFileError) as info:
            parse_document(json.dumps(document))
        details = info.value.details
        assert {k: details[k] for k in expected} == expected, details
    with pytest.raises(NetworkFileError) as info:
        parse_document('{"format": "neurostep",\n "version": 1,, }')
    assert info.value.details == {
        "reason": "syntax",
        "message": "Expecting property name enclosed in double quotes",
        "line": 2,
        "column": 15,
    }


def test_unknown_keys_are_ignored_and_optional_keys_may_be_missing():
    """A file from a later minor version, or a hand-written minimal one, would be refused."""
    doc = valid_document()
    doc["future"] = {"anything": [1, 2]}
    for key in ("input", "target", "dataset", "training", "title"):
        doc.pop(key)
    result = parse_document(json.dumps(doc))
    assert result.input is None and result.title is None and result.training is None
    settings_doc = valid_document()
    settings_doc["dataset"] = {"name": "blobs", "classes": 3, "noise": 0.1}
    assert parse_document(json.dumps(settings_doc)).dataset["classes"] == 3
