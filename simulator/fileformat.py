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
      "training": {"learning_rate": 0.1, "optimizer": "sgd", ...} | null,
      "examples": {"inputs": [[...], ...], "targets": [[...], ...] | null, "row": 0}
    }                                 // optional: see simulator.fileexamples

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
The checks themselves live in :mod:`simulator.fileschema`; this module does the
bytes, the JSON text and the files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
from pathlib import Path

from .fileexamples import ExampleRows, examples_document, read_examples
from .fileschema import (
    FILE_EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_LAYERS,
    MAX_NEURONS,
    InvalidDocument,
    NetworkFile,
    read_document,
    to_document,
)
from .network import Network

MAX_FILE_BYTES = 16 * 1024 * 1024

__all__ = [
    "ExampleRows",
    "FILE_EXTENSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_LAYERS",
    "MAX_NEURONS",
    "NetworkFile",
    "NetworkFileError",
    "load_document",
    "load_network",
    "parse_document",
    "save_network",
    "to_document",
]


class NetworkFileError(Exception):
    """A ``.neurostep`` file could not be read; ``str()`` names the file and the problem.

    ``str()`` is English; a translated user interface builds its own sentence
    from ``kind`` and ``details`` instead.

    Attributes
    ----------
    problem : str
        What is wrong, without the file name.
    path : str or None
    kind : str
        What sort of problem, one of:

        - ``"missing"``: there is no such file.
        - ``"unreadable"``: the file cannot be read; ``details["reason"]`` is
          ``"folder"`` (a folder, not a file), ``"permission"``, ``"bad_name"``
          (not a valid file name) or ``"os_error"`` (with ``details["error"]``,
          the system's words, and ``details["errno"]``, its code or None).
        - ``"too_large"``: over 16 MB (``size_mb``, ``limit_mb``), or too many
          layers (``layers``, ``limit``).
        - ``"not_json"``: not JSON text; ``reason`` is ``"encoding"`` (not UTF-8),
          ``"syntax"`` (``message``, ``line``, ``column``), ``"nesting"`` (too
          deep) or ``"number"`` (``message``: e.g. an integer of thousands of digits).
        - ``"not_neurostep"``: JSON, but without ``"format": "neurostep"``.
        - ``"wrong_version"``: ``version`` (None when not a whole number),
          ``supported``, and ``reason``: ``"newer"``, ``"unknown"`` (older) or
          ``"not_a_number"``.
        - ``"unknown_activation"``: ``layer``, ``activation`` (None if not text),
          ``known`` (the names NeuroStep knows).
        - ``"shapes"``: sizes that do not fit: ``field``, ``layer``, ``row``
          where they apply, ``expected`` and the size found (``rows`` or ``count``).
        - ``"non_finite"``: NaN or infinity (``constant``), or a number too large
          for a float (``field``, ``layer``, ``row``).
        - ``"bad_value"``: anything else of the wrong type or range; ``expected``
          names what was wanted (``"object"``, ``"non_empty_list"``,
          ``"list_of_rows"``, ``"list_of_numbers"``, ``"number"``,
          ``"finite_number"``, ``"whole_number"``, ``"text"``, ``"settings"``,
          ``"setting_name"``, ``"setting_value"``) with ``field`` and, where they
          apply, ``layer``, ``row``, ``item``, ``setting``, ``limit``,
          ``minimum``, ``maximum``.

    details : dict
        The values the message names; ``path`` when there is a file.  Layers,
        rows and items count from 1, as in the message.  Where a refused value is
        named, ``found_type`` is its JSON type (``"null"``, ``"boolean"``,
        ``"number"``, ``"text"``, ``"list"``, ``"object"``) and ``found`` the
        value itself (None for lists and objects).
    """

    def __init__(self, problem: str, path=None, kind: str = "bad_value", details=None):
        self.problem = problem
        self.path = None if path is None else str(path)
        self.kind = kind
        self.details = dict(details or {})
        if path is not None:
            self.details["path"] = self.path
        message = problem if path is None else f"cannot open {self.path!r}: {problem}"
        super().__init__(message)

    @classmethod
    def _from(cls, error: InvalidDocument, path=None) -> NetworkFileError:
        return cls(str(error), path, error.kind, error.details)


# ---- saving -------------------------------------------------------------------


def save_network(
    net: Network,
    path,
    *,
    input=None,
    target=None,
    dataset=None,
    training=None,
    title=None,
    examples: ExampleRows | None = None,
) -> None:
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
    examples : ExampleRows, optional
        The table of examples (``input`` and ``target`` should be its stepped row).

    Raises
    ------
    ValueError
        When something would make an unreadable file (NaN weights, a wrong-length
        input, nested settings...).  OSError when the folder cannot be written.
    """
    try:
        document = to_document(
            net, input=input, target=target, dataset=dataset, training=training, title=title
        )
        if examples is not None:
            document["examples"] = examples_document(examples, net.input_size, net.output_size)
    except InvalidDocument as error:
        raise ValueError(f"cannot save the network: {error}") from None
    _write_atomic(Path(path), _pretty(document) + "\n")


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
    # os.urandom rather than secrets: secrets pulls in hmac, a cost paid at every start.
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
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
    except InvalidDocument as error:
        raise NetworkFileError._from(error, path) from None
    except NetworkFileError as error:
        raise NetworkFileError(error.problem, path, error.kind, error.details) from None


def parse_document(data: bytes | str) -> NetworkFile:
    """Parse the text of a ``.neurostep`` file; problems raise ``NetworkFileError``."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise InvalidDocument(
                "the file is larger than the 16 MB limit",
                "too_large",
                size_mb=len(data) / 2**20,
                limit_mb=16,
            )
        doc = _parse_json(data)
        file = read_document(doc)
        net = file.network
        examples = read_examples(doc.get("examples"), net.input_size, net.output_size)
        return file if examples is None else dataclasses.replace(file, examples=examples)
    except InvalidDocument as error:
        raise NetworkFileError._from(error) from None


def _read_bytes(path) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise InvalidDocument(
                f"the file is {size / 2**20:.1f} MB; the limit is 16 MB",
                "too_large",
                size_mb=size / 2**20,
                limit_mb=16,
            )
        with open(path, "rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InvalidDocument("there is no such file", "missing") from None
    except IsADirectoryError:
        raise InvalidDocument("it is a folder, not a file", "unreadable", reason="folder") from None
    except PermissionError:
        raise InvalidDocument(
            "permission to read it was denied", "unreadable", reason="permission"
        ) from None
    except OSError as error:
        reason = str(error.strerror or error)
        raise InvalidDocument(
            f"it cannot be read ({reason})",
            "unreadable",
            reason="os_error",
            error=reason,
            errno=error.errno,
        ) from None
    except (TypeError, ValueError):
        raise InvalidDocument(
            "that is not a valid file name", "unreadable", reason="bad_name"
        ) from None


def _reject_constant(name: str):
    raise InvalidDocument(
        f"it contains {name}, which is not a number NeuroStep accepts", "non_finite", constant=name
    )


def _parse_json(data: bytes | str):
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise InvalidDocument(
            "it is not a text file (UTF-8 expected)", "not_json", reason="encoding"
        ) from None
    except json.JSONDecodeError as error:
        raise InvalidDocument(
            f"it is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})",
            "not_json",
            reason="syntax",
            message=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise InvalidDocument(
            "it is nested too deeply to be a NeuroStep file", "not_json", reason="nesting"
        ) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise InvalidDocument(
            f"it is not valid JSON ({error})", "not_json", reason="number", message=str(error)
        ) from None
