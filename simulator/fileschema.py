"""The structure of a ``.neurostep`` document, and every check it must pass.

``to_document`` turns a network and its lesson settings into the JSON-ready dict
described in :mod:`simulator.fileformat`; ``read_document`` turns a parsed dict
back into a :class:`NetworkFile`, or raises ``InvalidDocument`` whose message
says what is wrong and where ("layer 2 weights: ...").  Layers are counted from
1, like the seeds' W1, B1.  Both directions apply the same checks, so whatever
NeuroStep saves it can open again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .activations import ACTIVATIONS, PRELU_INITIAL
from .network import Network

FORMAT_NAME = "neurostep"
FILE_EXTENSION = ".neurostep"
FORMAT_VERSION = 1
MAX_LAYERS = 32
MAX_NEURONS = 4096
MAX_TEXT = 1000
MAX_SETTINGS = 64


class InvalidDocument(Exception):
    """The document breaks the format; the message says how (without a file name).

    ``kind`` and ``details`` are those of :class:`~simulator.fileformat.NetworkFileError`.
    """

    def __init__(self, message: str, kind: str = "bad_value", /, **details):
        super().__init__(message)
        self.kind, self.details = kind, details


@dataclass(frozen=True, eq=False)
class NetworkFile:
    """Everything a ``.neurostep`` file holds.

    Attributes
    ----------
    network : Network
    input : ndarray, shape (n_in,), or None
    target : ndarray, shape (n_out,), or None
    dataset : str, dict or None
        A data-set name, or a flat dict of settings with a ``"name"``.
    training : dict or None
        Flat dict of training settings (learning rate, optimizer, ...).
    title : str or None
    examples : simulator.fileexamples.ExampleRows or None
        The table of examples (rows of inputs and targets); None in older files.
    """

    network: Network
    input: np.ndarray | None = None
    target: np.ndarray | None = None
    dataset: str | dict | None = None
    training: dict | None = None
    title: str | None = None
    examples: object = None


def to_document(
    net: Network, *, input=None, target=None, dataset=None, training=None, title=None
) -> dict:
    """Return the JSON-ready dict of the format.

    Raises ``InvalidDocument`` for anything ``read_document`` would refuse.
    """
    layers = []
    for k, layer in enumerate(net.layers, start=1):
        entry = {
            "activation": layer.activation,
            "weights": _finite(layer.W, f"layer {k} weights", layer=k, field="weights").tolist(),
            "biases": _finite(layer.b, f"layer {k} biases", layer=k, field="biases").tolist(),
        }
        if layer.activation == "prelu" or layer.alpha != PRELU_INITIAL:
            entry["alpha"] = float(
                _finite(np.array(layer.alpha), f"layer {k} alpha", layer=k, field="alpha")
            )
        layers.append(entry)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": title,
        "network": {"input_size": net.input_size, "layers": layers},
        "input": _optional_vector(input, net.input_size, "input"),
        "target": _optional_vector(target, net.output_size, "target"),
        "dataset": _plain(dataset),
        "training": _plain(training),
    }
    _read_extras(document)  # refuse now what loading would refuse later
    return document


def _plain(settings):
    """Turn NumPy scalars in a settings dict into the Python numbers JSON knows."""
    if not isinstance(settings, dict):
        return settings
    return {k: v.item() if isinstance(v, np.generic) else v for k, v in settings.items()}


def _finite(array, where: str, **place) -> np.ndarray:
    array = np.asarray(array, dtype=float)
    if not np.all(np.isfinite(array)):
        raise InvalidDocument(f"{where}: NaN or infinity cannot be saved", "non_finite", **place)
    return array


def _optional_vector(values, length: int, where: str):
    if values is None:
        return None
    try:
        vector = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise InvalidDocument(
            f"the {where} must be numbers", field=where, expected="numbers"
        ) from None
    if vector.shape != (length,):
        raise InvalidDocument(
            f"the {where} has shape {vector.shape}; the network needs ({length},)",
            "shapes",
            field=where,
            shape=vector.shape,
            expected=length,
        )
    return _finite(vector, f"the {where}", field=where).tolist()


def read_document(doc) -> NetworkFile:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise InvalidDocument(
            'it is not a NeuroStep file (no "format": "neurostep")', "not_neurostep"
        )
    _check_version(doc.get("version"))
    network = _read_network(doc.get("network"))
    dataset, training, title = _read_extras(doc)
    return NetworkFile(
        network,
        _read_optional_vector(doc.get("input"), network.input_size, "input"),
        _read_optional_vector(doc.get("target"), network.output_size, "target"),
        dataset,
        training,
        title,
    )


def _check_version(version) -> None:
    if type(version) is not int:
        raise InvalidDocument(
            f"its format version is {_describe(version)}, not a whole number",
            "wrong_version",
            reason="not_a_number",
            version=None,
            supported=FORMAT_VERSION,
            **_found(version),
        )
    if version > FORMAT_VERSION:
        raise InvalidDocument(
            f"it was made by a newer NeuroStep (format version {version}; "
            f"this one reads version {FORMAT_VERSION})",
            "wrong_version",
            reason="newer",
            version=version,
            supported=FORMAT_VERSION,
        )
    if version < FORMAT_VERSION:
        raise InvalidDocument(
            f"its format version {version} is unknown",
            "wrong_version",
            reason="unknown",
            version=version,
            supported=FORMAT_VERSION,
        )


def _read_extras(doc: dict):
    dataset = doc.get("dataset")
    if not isinstance(dataset, dict):
        dataset = _read_text(dataset, "dataset")
    else:
        dataset = _read_settings(dataset, "dataset")
    return (
        dataset,
        _read_settings(doc.get("training"), "training"),
        _read_text(doc.get("title"), "title"),
    )


def _read_text(value, where: str):
    if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
        raise InvalidDocument(
            f'"{where}" must be text of at most {MAX_TEXT} characters or null, '
            f"not {_describe(value)}",
            field=where,
            expected="text",
            limit=MAX_TEXT,
            **_found(value),
        )
    return value


def _read_settings(value, where: str):
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > MAX_SETTINGS:
        raise InvalidDocument(
            f'"{where}" must be an object of at most {MAX_SETTINGS} settings '
            f"or null, not {_describe(value)}",
            field=where,
            expected="settings",
            limit=MAX_SETTINGS,
            **_found(value),
        )
    for key, item in value.items():
        if not isinstance(key, str) or len(key) > 100:
            raise InvalidDocument(
                f'"{where}" has a setting name that is not short text',
                field=where,
                expected="setting_name",
            )
        if not _is_setting_value(item):
            raise InvalidDocument(
                f'"{where}" setting {key!r} is {_describe(item)}; allowed: null, '
                "true/false, a finite number or text",
                field=where,
                setting=key,
                expected="setting_value",
                **_found(item),
            )
    return dict(value)


def _is_setting_value(item) -> bool:
    if item is None or isinstance(item, bool):
        return True
    if isinstance(item, str):
        return len(item) <= MAX_TEXT
    if isinstance(item, int):
        return abs(item) <= 2**63
    return _is_finite_number(item)


def _is_finite_number(value) -> bool:
    """True for a JSON number (not a boolean) that is a finite float."""
    if type(value) is not int and not isinstance(value, float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an int beyond the float range
        return False


def _read_network(net) -> Network:
    if not isinstance(net, dict):
        raise InvalidDocument(
            f'"network" must be an object, not {_describe(net)}',
            field="network",
            expected="object",
            **_found(net),
        )
    size = _read_size(net.get("input_size"), '"input_size"', field="input_size")
    layers = net.get("layers")
    if not isinstance(layers, list) or not layers:
        raise InvalidDocument(
            f'"layers" must be a non-empty list, not {_describe(layers)}',
            field="layers",
            expected="non_empty_list",
            **_found(layers),
        )
    if len(layers) > MAX_LAYERS:
        raise InvalidDocument(
            f"it has {len(layers)} layers; the limit is {MAX_LAYERS}",
            "too_large",
            layers=len(layers),
            limit=MAX_LAYERS,
        )
    weights, biases, activations, alphas = [], [], [], []
    for k, layer in enumerate(layers, start=1):
        W, b, activation, alpha = _read_layer(layer, k, size)
        weights.append(W)
        biases.append(b)
        activations.append(activation)
        alphas.append(alpha)
        size = W.shape[1]
    try:
        return Network.from_arrays(weights, biases, activations, alphas)
    except (ValueError, KeyError, TypeError) as error:  # already checked; a safety net
        raise InvalidDocument(
            f"the network is inconsistent ({error})", "shapes", error=str(error)
        ) from None


def _read_layer(layer, k: int, n_in: int):
    if not isinstance(layer, dict):
        raise InvalidDocument(
            f"layer {k} must be an object, not {_describe(layer)}",
            layer=k,
            field="layers",
            expected="object",
            **_found(layer),
        )
    activation = layer.get("activation")
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        text = isinstance(activation, str)
        shown = _short(activation) if text else _describe(activation)
        raise InvalidDocument(
            f"layer {k} has unknown activation {shown}; known: {', '.join(ACTIVATIONS)}",
            "unknown_activation",
            layer=k,
            activation=activation[:40] if text else None,
            known=list(ACTIVATIONS),
            **_found(activation),
        )
    W = _read_matrix(layer.get("weights"), k, n_in)
    b = _read_vector(layer.get("biases"), W.shape[1], f"layer {k} biases", layer=k, field="biases")
    alpha = layer.get("alpha", PRELU_INITIAL)
    if not _is_finite_number(alpha):
        raise InvalidDocument(
            f"layer {k} alpha must be a finite number, not {_describe(alpha)}",
            layer=k,
            field="alpha",
            expected="finite_number",
            **_found(alpha),
        )
    return W, b, activation, float(alpha)


def _read_matrix(rows, k: int, n_in: int) -> np.ndarray:
    where, place = f"layer {k} weights", {"layer": k, "field": "weights"}
    if not isinstance(rows, list):
        raise InvalidDocument(
            f"{where} must be a list of rows, not {_describe(rows)}",
            expected="list_of_rows",
            **place,
            **_found(rows),
        )
    if len(rows) != n_in:
        before = "the input" if k == 1 else f"layer {k - 1}"
        raise InvalidDocument(
            f"{where}: {len(rows)} rows, but {before} gives {n_in} values (the shapes do not fit)",
            "shapes",
            rows=len(rows),
            expected=n_in,
            **place,
        )
    if not isinstance(rows[0], list):
        raise InvalidDocument(
            f"{where} row 1 is {_describe(rows[0])}, not a list of numbers",
            row=1,
            expected="list_of_numbers",
            **place,
            **_found(rows[0]),
        )
    n_out = _read_size(len(rows[0]), f"{where} row length", layer=k, field="row_length")
    return np.array(
        [
            _read_vector(row, n_out, f"{where} row {i}", row=i, **place)
            for i, row in enumerate(rows, start=1)
        ]
    )


def _read_vector(values, length: int, where: str, **place) -> np.ndarray:
    """Read a list of ``length`` finite numbers; ``place`` (layer, field, row) goes to details."""
    if not isinstance(values, list):
        raise InvalidDocument(
            f"{where} must be a list of numbers, not {_describe(values)}",
            expected="list_of_numbers",
            **place,
            **_found(values),
        )
    if len(values) != length:
        raise InvalidDocument(
            f"{where}: {len(values)} numbers where {length} are needed (the shapes do not fit)",
            "shapes",
            count=len(values),
            expected=length,
            **place,
        )
    for i, v in enumerate(values, start=1):
        if type(v) is not float and type(v) is not int:  # bool is an int: refuse it too
            raise InvalidDocument(
                f"{where}: item {i} is {_describe(v)}, not a number",
                item=i,
                expected="number",
                **place,
                **_found(v),
            )
    try:
        vector = np.array(values, dtype=float)
    except OverflowError:
        vector = None
    if vector is None or not np.all(np.isfinite(vector)):
        raise InvalidDocument(f"{where}: a number is too large for a float", "non_finite", **place)
    return vector


def _read_optional_vector(values, length: int, where: str):
    return None if values is None else _read_vector(values, length, f'"{where}"', field=where)


def _read_size(value, where: str, **place) -> int:
    if type(value) is not int or not 1 <= value <= MAX_NEURONS:
        raise InvalidDocument(
            f"{where} must be a whole number from 1 to {MAX_NEURONS}, not {_describe(value)}",
            expected="whole_number",
            minimum=1,
            maximum=MAX_NEURONS,
            **place,
            **_found(value),
        )
    return value


_JSON_TYPES = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "text",
    list: "list",
    dict: "object",
}


def _found(value) -> dict:
    """Details naming a refused value: ``found_type`` (its JSON type) and ``found``.

    ``found`` is the value itself for null, booleans, numbers and text (text and
    huge numbers shortened as in the message), None for lists and objects.
    """
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    if kind == "text":
        shown = value if len(value) <= 40 else value[:37] + "..."
    elif kind == "number" and isinstance(value, int) and abs(value) >= 10**30:
        shown = "a huge number"
    else:
        shown = None if kind in ("list", "object") else value
    return {"found_type": kind, "found": shown}


def _describe(value) -> str:
    """Name a JSON value for a message, showing short scalars."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _short(value)
    if isinstance(value, str):
        return f"the text {_short(value)}"
    return {list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _short(value) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a huge number"
    return text if len(text) <= 40 else text[:37] + "..."
