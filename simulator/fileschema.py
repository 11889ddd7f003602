"""The structure of a ``.neurostep`` document, and every check it must pass.

``to_document`` turns a network and its lesson settings into the JSON-ready dict
described in :mod:`simulator.fileformat`; ``read_document`` turns a parsed dict
back into a :class:`NetworkFile`, or raises ``InvalidDocument`` whose message
says what is wrong and where ("layer 2 weights: ...").  Layers are counted from
1, like the seeds' W1, B1.  Both directions apply the same checks, so whatever
NeuroStep saves it can open again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import ACTIVATIONS, LEAKY_SLOPE, PRELU_INITIAL
from .filesettings import read_extras
from .filevalues import InvalidDocument, _describe, _found, _is_finite_number, _short
from .limits import MAX_LAYERS, MAX_NEURONS, MAX_VALUE, NetworkTooLarge, check_sizes, check_values
from .network import Network

FORMAT_NAME = "neurostep"
FILE_EXTENSION = ".neurostep"
FORMAT_VERSION = 1


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
    data : Dataset or None
        The user's own data points (drawn or imported), see ``trainschema``.
    examples : simulator.fileexamples.ExampleRows or None
        The table of examples (rows of inputs and targets); None in older files.
    """

    network: Network
    input: np.ndarray | None = None
    target: np.ndarray | None = None
    dataset: str | dict | None = None
    training: dict | None = None
    title: str | None = None
    data: object = None
    examples: object = None


def to_document(
    net: Network, *, input=None, target=None, dataset=None, training=None, title=None, data=None
) -> dict:
    """Return the JSON-ready dict of the format.

    Raises ``InvalidDocument`` for anything ``read_document`` would refuse.
    """
    return build_document(
        net,
        input=input,
        target=target,
        dataset=dataset,
        training=training,
        title=title,
        data=data,
    )


def build_document(net: Network, *, as_lists: bool = True, **extras) -> dict:
    """``to_document``; with ``as_lists=False`` the weights and biases stay NumPy arrays.

    A writer that turns one row into text at a time then never holds the whole
    network as Python floats (32 bytes each instead of 8).
    """
    _check_sizes(net.sizes)
    plain = np.ndarray.tolist if as_lists else np.asarray
    layers = []
    for k, layer in enumerate(net.layers, start=1):
        entry = {
            "activation": layer.activation,
            "weights": plain(_finite(layer.W, f"layer {k} weights", layer=k, field="weights")),
            "biases": plain(_finite(layer.b, f"layer {k} biases", layer=k, field="biases")),
        }
        if layer.activation == "prelu" or layer.alpha != PRELU_INITIAL:
            entry["alpha"] = float(
                _finite(np.array(layer.alpha), f"layer {k} alpha", layer=k, field="alpha")
            )
        if layer.leaky_slope != LEAKY_SLOPE:  # older readers ignore it (and use 0.01)
            entry["leaky_slope"] = layer.leaky_slope
        layers.append(entry)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": extras.get("title"),
        "network": {"input_size": net.input_size, "layers": layers},
        "input": _optional_vector(extras.get("input"), net.input_size, "input"),
        "target": _optional_vector(extras.get("target"), net.output_size, "target"),
        "dataset": _plain(extras.get("dataset")),
        "training": _plain(extras.get("training")),
        "data": None,
    }
    if extras.get("data") is not None:
        from .trainschema import data_to_json

        document["data"] = data_to_json(extras["data"])
    dataset, training, _title = read_extras(document)  # refuse now what loading would
    _read_training_parts(document, dataset, training)  # refuse later
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
    if not check_values(array):
        raise _out_of_range(where, place)
    return array


def _out_of_range(where: str, place: dict) -> InvalidDocument:
    return InvalidDocument(
        f"{where}: a number is beyond ±{MAX_VALUE:g}, the most NeuroStep holds",
        "bad_value",
        expected="in_range",
        limit=MAX_VALUE,
        **place,
    )


def _check_sizes(sizes) -> None:
    try:
        check_sizes(sizes)
    except NetworkTooLarge as error:
        raise InvalidDocument(str(error), error.kind, **error.details) from None


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
    dataset, training, title = read_extras(doc)
    return NetworkFile(
        network,
        _read_optional_vector(doc.get("input"), network.input_size, "input"),
        _read_optional_vector(doc.get("target"), network.output_size, "target"),
        dataset,
        training,
        title,
        _read_training_parts(doc, dataset, training),
    )


def _read_training_parts(doc: dict, dataset, training):
    """The checks of ``trainschema``, raising ``InvalidDocument``; returns the own data."""
    # Imported here: the data sets it checks against cost start-up time otherwise.
    from .trainschema import InvalidSection, read_training_parts

    try:
        return read_training_parts(dataset, training, doc.get("data"))
    except InvalidSection as error:
        raise InvalidDocument(str(error), error.kind, **error.details) from None


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
    weights, biases, activations, alphas, leaks = [], [], [], [], []
    for k, layer in enumerate(layers, start=1):
        W, b, activation, alpha = _read_layer(layer, k, size)
        weights.append(W)
        biases.append(b)
        activations.append(activation)
        alphas.append(alpha)
        leaks.append(_read_number(layer, "leaky_slope", LEAKY_SLOPE, k))
        size = W.shape[1]
        _check_sizes([net["input_size"], *(w.shape[1] for w in weights)])
    try:
        return Network.from_arrays(weights, biases, activations, alphas, leaky_slopes=leaks)
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
    return W, b, activation, _read_number(layer, "alpha", PRELU_INITIAL, k)


def _read_number(layer: dict, field: str, default: float, k: int) -> float:
    """A layer's optional number setting (PReLU's alpha, Leaky ReLU's slope)."""
    value = layer.get(field, default)
    if not _is_finite_number(value) or abs(value) > MAX_VALUE:
        raise InvalidDocument(
            f"layer {k} {field} must be a finite number within ±{MAX_VALUE:g}, "
            f"not {_describe(value)}",
            layer=k,
            field=field,
            expected="finite_number",
            **_found(value),
        )
    return float(value)


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
    if not check_values(vector):
        raise _out_of_range(where, place)
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
