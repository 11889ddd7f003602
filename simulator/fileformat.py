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
            "alpha": 0.25,            // PReLU's slope; written for prelu layers (and any
                                      //    layer whose kept slope is not 0.25), else absent
            "leaky_slope": 0.1        // Leaky ReLU's slope; written when it is not 0.01
          },
          ...
        ]
      },
      "input": [0.5, -0.5] | null,    // the example input: input_size numbers
      "target": [1.0] | null,         // its target: n_out of the last layer numbers
      "dataset": "xor" | {"name": "xor", "noise": 0.1, ...} | null,
      "training": {"learning_rate": 0.1, "optimizer": "sgd", ...} | null,
      "data": {"inputs": [[0.1, 0.2], ...], "labels": [0, ...], ...} | null,
      "examples": {"inputs": [[...], ...], "targets": [[...], ...] | null, "row": 0}
    }                                 // optional: see simulator.fileexamples

``dataset`` (when an object) and ``training`` are flat objects of settings:
string keys, values null, true/false, finite numbers or strings; at most 64 keys.
Keys this version does not know are ignored, so later versions can add some.
The settings NeuroStep knows, and ``data`` (the user's own points), are described
and checked in :mod:`simulator.trainschema`.

Numbers are written with Python's ``repr``, so every float reads back bit for
bit.  Limits (:mod:`simulator.limits`, the same as the editor's): 32 layers,
4,096 neurons a layer (and inputs), 8,000,000 weights and biases, numbers within
±1e15, 256 MB a file.  Only regular files are read (never a pipe or a device),
and their size is checked before reading.
NaN and infinities are refused, as are booleans or strings where numbers belong.

Saving is atomic: the text goes to a temporary file in the same folder, which
then replaces the target, so a crash never leaves half a file (see
:mod:`simulator.filesave`, re-exported here).  Loading only parses JSON (nothing
is executed) and any problem raises ``NetworkFileError`` naming the file and the
problem; a half-built network is never returned.  The checks live in
:mod:`simulator.fileschema` (the network) and :mod:`simulator.filesettings` (the
settings sections); this module reads the bytes and the JSON text.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat

from .fileexamples import ExampleRows, read_examples
from .filesave import FileReadOnly, NotARegularFile, save_network, save_steps
from .fileschema import (
    FILE_EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    InvalidDocument,
    NetworkFile,
    read_document,
    to_document,
)
from .limits import MAX_FILE_BYTES, MAX_FILE_MB, MAX_LAYERS, MAX_NEURONS
from .network import Network

__all__ = [
    "ExampleRows",
    "FILE_EXTENSION",
    "FileReadOnly",
    "NotARegularFile",
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
    "save_steps",
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
          (not a valid file name), ``"not_a_file"`` (a pipe or a device) or
          ``"os_error"`` (with ``details["error"]``, the system's words, and
          ``details["errno"]``, its code or None).
        - ``"too_large"``: over 256 MB (``size_mb``, ``limit_mb``), too many
          layers (``layers``, ``limit``), or too many weights and biases
          (``what`` = ``"parameters"``, ``count``, ``limit``).
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
          ``"setting_name"``, ``"setting_value"``, ``"in_range"`` (beyond
          ±``limit``), and for a setting NeuroStep uses (``setting``) whose
          value it cannot use, as :mod:`simulator.filesettings` checks it:
          ``"one_of"`` (``choices``) or ``"number"``/``"whole_number"``
          (``minimum``, ``maximum``, ``above``)) with ``field`` and, where they
          apply, ``layer``, ``row``, ``item``, ``setting``, ``limit``,
          ``minimum``, ``maximum``.
        - ``"bad_data"``: the saved data points are damaged: ``field`` and,
          where it applies, ``row``.

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
                f"the file is larger than the {MAX_FILE_MB} MB limit",
                "too_large",
                size_mb=len(data) / 2**20,
                limit_mb=MAX_FILE_MB,
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
        return _read_regular_file(path)
    except FileNotFoundError:
        raise InvalidDocument("there is no such file", "missing") from None
    except IsADirectoryError:
        raise InvalidDocument("it is a folder, not a file", "unreadable", reason="folder") from None
    except NotARegularFile:
        raise InvalidDocument(
            "it is not a regular file (a pipe or a device)", "unreadable", reason="not_a_file"
        ) from None
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


def _read_regular_file(path) -> bytes:
    """The bytes of ``path`` if it is a regular file within the size limit.

    A pipe or a device would block the reader forever, or never end: only
    regular files are opened, and non-blocking, so one swapped in after the
    check cannot block the open either.
    """
    _check_regular(os.stat(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as file:
        _check_regular(os.fstat(file.fileno()))
        return file.read(MAX_FILE_BYTES + 1)


def _check_regular(status: os.stat_result) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder")
    if not stat.S_ISREG(status.st_mode):
        raise NotARegularFile(errno.EINVAL, "it is not a regular file")
    if status.st_size > MAX_FILE_BYTES:
        size = status.st_size
        raise InvalidDocument(
            f"the file is {size / 2**20:.1f} MB; the limit is {MAX_FILE_MB} MB",
            "too_large",
            size_mb=size / 2**20,
            limit_mb=MAX_FILE_MB,
        )


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
