"""Saving and opening networks: the ``.neurostep`` file format.

A ``.neurostep`` file is UTF-8 JSON, one object::

    {
      "format": "neurostep",          // always this string
      "version": 1,                   // the format version, a whole number
      "title": "XOR" | null,          // shown in the window title; at most 1,000 characters
      "network": {
        "input_size": 2,              // n_in of the first layer
        "layers": [                   // layer 1 first (the seeds' W1, B1), output layer last
          {
            "activation": "sigmoid",  // a name from simulator.ACTIVATIONS
            "weights": [              // W: n_in rows of n_out numbers, W[i][j] from
              [10.0, -10.0],          //    input (or neuron) i to neuron j
              [10.0, -10.0]
            ],
            "biases": [5.0, 5.0],     // b: n_out numbers
            "alpha": 0.25             // PReLU's slope; written for prelu layers (and any
          },                          //    layer whose kept slope is not 0.25), else absent
          ...
        ]
      },
      "input": [0.5, -0.5] | null,    // the example input: input_size numbers
      "target": [1.0] | null,         // its target: n_out of the last layer numbers
      "dataset": "xor" | {"name": "xor", "noise": 0.1, ...} | null,
      "training": {"learning_rate": 0.1, "optimizer": "sgd", ...} | null
    }

``dataset`` (when an object) and ``training`` are flat objects of settings:
string keys, values null, true/false, finite numbers or strings; at most 64 keys.
Keys this version does not know are ignored, so later versions can add some.

Numbers are written with Python's ``repr``, so every float reads back bit for
bit.  Limits: 32 layers, 4,096 neurons a layer (and inputs), 16 MB a file.
NaN and infinities are refused, as are booleans or strings where numbers belong.

Saving is atomic: the text goes to a temporary file in the same folder, which
then replaces the target, so a crash never leaves half a file.  Loading only
parses JSON (nothing is executed) and any problem raises ``NetworkFileError``
naming the file and the problem; a half-built network is never returned.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .activations import ACTIVATIONS, PRELU_INITIAL
from .network import Network

FORMAT_NAME = "neurostep"
FORMAT_VERSION = 1
FILE_EXTENSION = ".neurostep"
MAX_LAYERS = 32
MAX_NEURONS = 4096
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_TEXT = 1000
MAX_SETTINGS = 64


class NetworkFileError(Exception):
    """A ``.neurostep`` file could not be read; ``str()`` names the file and the problem.

    Attributes
    ----------
    problem : str
        What is wrong, without the file name.
    path : str or None
    """

    def __init__(self, problem: str, path=None):
        self.problem = problem
        self.path = None if path is None else str(path)
        message = problem if path is None else f"cannot open {self.path!r}: {problem}"
        super().__init__(message)


class _Invalid(Exception):
    """Internal: the document is wrong; the message says how."""


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
    """

    network: Network
    input: np.ndarray | None = None
    target: np.ndarray | None = None
    dataset: str | dict | None = None
    training: dict | None = None
    title: str | None = None


# ---- saving -------------------------------------------------------------------

def save_network(net: Network, path, *, input=None, target=None, dataset=None,
                 training=None, title=None) -> None:
    """Write ``net`` (and optional lesson settings) to ``path`` atomically.

    Parameters
    ----------
    net : Network
    path : str or PathLike
    input : array_like, shape (n_in,), optional
    target : array_like, shape (n_out,), optional
    dataset : str or dict, optional
    training : dict, optional
    title : str, optional

    Raises
    ------
    ValueError
        When something would make an unreadable file (NaN weights, a wrong-length
        input, nested settings...).  OSError when the folder cannot be written.
    """
    try:
        document = to_document(net, input=input, target=target, dataset=dataset,
                               training=training, title=title)
    except _Invalid as error:
        raise ValueError(f"cannot save the network: {error}") from None
    _write_atomic(Path(path), _pretty(document) + "\n")


def to_document(net: Network, *, input=None, target=None, dataset=None, training=None,
                title=None) -> dict:
    """Return the JSON-ready dict of the format (the same checks as loading)."""
    layers = []
    for k, layer in enumerate(net.layers, start=1):
        entry = {"activation": layer.activation,
                 "weights": _finite(layer.W, f"layer {k} weights").tolist(),
                 "biases": _finite(layer.b, f"layer {k} biases").tolist()}
        if layer.activation == "prelu" or layer.alpha != PRELU_INITIAL:
            entry["alpha"] = float(_finite(np.array(layer.alpha), f"layer {k} alpha"))
        layers.append(entry)
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "title": title,
                "network": {"input_size": net.input_size, "layers": layers},
                "input": _optional_vector(input, net.input_size, "input"),
                "target": _optional_vector(target, net.output_size, "target"),
                "dataset": _plain(dataset), "training": _plain(training)}
    _read_extras(document)  # refuse now what loading would refuse later
    return document


def _plain(settings):
    """Turn NumPy scalars in a settings dict into the Python numbers JSON knows."""
    if not isinstance(settings, dict):
        return settings
    return {k: v.item() if isinstance(v, np.generic) else v for k, v in settings.items()}


def _finite(array, where: str) -> np.ndarray:
    array = np.asarray(array, dtype=float)
    if not np.all(np.isfinite(array)):
        raise _Invalid(f"{where}: NaN or infinity cannot be saved")
    return array


def _optional_vector(values, length: int, where: str):
    if values is None:
        return None
    try:
        vector = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise _Invalid(f"the {where} must be numbers") from None
    if vector.shape != (length,):
        raise _Invalid(f"the {where} has shape {vector.shape}; the network needs ({length},)")
    return _finite(vector, f"the {where}").tolist()


def _pretty(value, indent: str = "") -> str:
    """JSON with one line per list of numbers, so a weight row reads as a row."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {_pretty(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + _pretty(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666 lets the user's umask decide, like any newly saved file.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(OSError):  # keep an existing file's permissions
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# ---- loading ------------------------------------------------------------------

def load_network(path) -> Network:
    """Read the network of a ``.neurostep`` file; any problem raises ``NetworkFileError``."""
    return load_document(path).network


def load_document(path) -> NetworkFile:
    """Read a whole ``.neurostep`` file; any problem raises ``NetworkFileError``."""
    try:
        return parse_document(_read_bytes(path))
    except _Invalid as error:
        raise NetworkFileError(str(error), path) from None
    except NetworkFileError as error:
        raise NetworkFileError(error.problem, path) from None


def parse_document(data: bytes | str) -> NetworkFile:
    """Parse the text of a ``.neurostep`` file; problems raise ``NetworkFileError``."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise _Invalid("the file is larger than the 16 MB limit")
        return _read_document(_parse_json(data))
    except _Invalid as error:
        raise NetworkFileError(str(error)) from None


def _read_bytes(path) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise _Invalid(f"the file is {size / 2**20:.1f} MB; the limit is 16 MB")
        with open(path, "rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _Invalid("there is no such file") from None
    except IsADirectoryError:
        raise _Invalid("it is a folder, not a file") from None
    except PermissionError:
        raise _Invalid("permission to read it was denied") from None
    except OSError as error:
        raise _Invalid(f"it cannot be read ({error.strerror or error})") from None
    except (TypeError, ValueError):
        raise _Invalid("that is not a valid file name") from None


def _reject_constant(name: str):
    raise _Invalid(f"it contains {name}, which is not a number NeuroStep accepts")


def _parse_json(data: bytes | str):
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _Invalid("it is not a text file (UTF-8 expected)") from None
    except json.JSONDecodeError as error:
        raise _Invalid(f"it is not valid JSON ({error.msg} at line {error.lineno}, "
                       f"column {error.colno})") from None
    except RecursionError:
        raise _Invalid("it is nested too deeply to be a NeuroStep file") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise _Invalid(f"it is not valid JSON ({error})") from None


def _read_document(doc) -> NetworkFile:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _Invalid('it is not a NeuroStep file (no "format": "neurostep")')
    _check_version(doc.get("version"))
    network = _read_network(doc.get("network"))
    dataset, training, title = _read_extras(doc)
    return NetworkFile(network,
                       _read_optional_vector(doc.get("input"), network.input_size, "input"),
                       _read_optional_vector(doc.get("target"), network.output_size, "target"),
                       dataset, training, title)


def _check_version(version) -> None:
    if type(version) is not int:
        raise _Invalid(f"its format version is {_describe(version)}, not a whole number")
    if version > FORMAT_VERSION:
        raise _Invalid(f"it was made by a newer NeuroStep (format version {version}; "
                       f"this one reads version {FORMAT_VERSION})")
    if version < FORMAT_VERSION:
        raise _Invalid(f"its format version {version} is unknown")


def _read_extras(doc: dict):
    dataset = doc.get("dataset")
    if not isinstance(dataset, dict):
        dataset = _read_text(dataset, "dataset")
    else:
        dataset = _read_settings(dataset, "dataset")
    return dataset, _read_settings(doc.get("training"), "training"), \
        _read_text(doc.get("title"), "title")


def _read_text(value, where: str):
    if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
        raise _Invalid(f'"{where}" must be text of at most {MAX_TEXT} characters or null, '
                       f"not {_describe(value)}")
    return value


def _read_settings(value, where: str):
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > MAX_SETTINGS:
        raise _Invalid(f'"{where}" must be an object of at most {MAX_SETTINGS} settings '
                       f"or null, not {_describe(value)}")
    for key, item in value.items():
        if not isinstance(key, str) or len(key) > 100:
            raise _Invalid(f'"{where}" has a setting name that is not short text')
        if not _is_setting_value(item):
            raise _Invalid(f'"{where}" setting {key!r} is {_describe(item)}; allowed: null, '
                           "true/false, a finite number or text")
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
        raise _Invalid(f'"network" must be an object, not {_describe(net)}')
    size = _read_size(net.get("input_size"), '"input_size"')
    layers = net.get("layers")
    if not isinstance(layers, list) or not layers:
        raise _Invalid(f'"layers" must be a non-empty list, not {_describe(layers)}')
    if len(layers) > MAX_LAYERS:
        raise _Invalid(f"it has {len(layers)} layers; the limit is {MAX_LAYERS}")
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
        raise _Invalid(f"the network is inconsistent ({error})") from None


def _read_layer(layer, k: int, n_in: int):
    if not isinstance(layer, dict):
        raise _Invalid(f"layer {k} must be an object, not {_describe(layer)}")
    activation = layer.get("activation")
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        shown = _short(activation) if isinstance(activation, str) else _describe(activation)
        raise _Invalid(f"layer {k} has unknown activation {shown}; "
                       f"known: {', '.join(ACTIVATIONS)}")
    W = _read_matrix(layer.get("weights"), k, n_in)
    b = _read_vector(layer.get("biases"), W.shape[1], f"layer {k} biases")
    alpha = layer.get("alpha", PRELU_INITIAL)
    if not _is_finite_number(alpha):
        raise _Invalid(f"layer {k} alpha must be a finite number, not {_describe(alpha)}")
    return W, b, activation, float(alpha)


def _read_matrix(rows, k: int, n_in: int) -> np.ndarray:
    where = f"layer {k} weights"
    if not isinstance(rows, list):
        raise _Invalid(f"{where} must be a list of rows, not {_describe(rows)}")
    if len(rows) != n_in:
        before = "the input" if k == 1 else f"layer {k - 1}"
        raise _Invalid(f"{where}: {len(rows)} rows, but {before} gives {n_in} values "
                       "(the shapes do not fit)")
    if not isinstance(rows[0], list):
        raise _Invalid(f"{where} row 1 is {_describe(rows[0])}, not a list of numbers")
    n_out = _read_size(len(rows[0]), f"{where} row length")
    return np.array([_read_vector(row, n_out, f"{where} row {i}")
                     for i, row in enumerate(rows, start=1)])


def _read_vector(values, length: int, where: str) -> np.ndarray:
    if not isinstance(values, list):
        raise _Invalid(f"{where} must be a list of numbers, not {_describe(values)}")
    if len(values) != length:
        raise _Invalid(f"{where}: {len(values)} numbers where {length} are needed "
                       "(the shapes do not fit)")
    for i, v in enumerate(values, start=1):
        if type(v) is not float and type(v) is not int:  # bool is an int: refuse it too
            raise _Invalid(f"{where}: item {i} is {_describe(v)}, not a number")
    try:
        vector = np.array(values, dtype=float)
    except OverflowError:
        raise _Invalid(f"{where}: a number is too large for a float") from None
    if not np.all(np.isfinite(vector)):
        raise _Invalid(f"{where}: a number is too large for a float")
    return vector


def _read_optional_vector(values, length: int, where: str):
    return None if values is None else _read_vector(values, length, f'"{where}"')


def _read_size(value, where: str) -> int:
    if type(value) is not int or not 1 <= value <= MAX_NEURONS:
        raise _Invalid(f"{where} must be a whole number from 1 to {MAX_NEURONS}, "
                       f"not {_describe(value)}")
    return value


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
