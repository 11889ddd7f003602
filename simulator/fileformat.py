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
bit.  Limits (:mod:`simulator.limits`, the same as the editor's): 32 layers,
4,096 neurons a layer (and inputs), 8,000,000 weights and biases, numbers within
±1e15, 256 MB a file.  Only regular files are read (never a pipe or a device),
and their size is checked before reading.
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
import errno
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .fileschema import (
    FILE_EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    InvalidDocument,
    NetworkFile,
    build_document,
    read_document,
    to_document,
)
from .limits import MAX_FILE_BYTES, MAX_FILE_MB, MAX_LAYERS, MAX_NEURONS
from .network import Network

# A save reports its progress about every this many numbers (a few hundredths of a second).
PROGRESS_NUMBERS = 100_000

__all__ = [
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


class FileReadOnly(PermissionError):
    """Saving would overwrite a read-only file; NeuroStep leaves it as it is."""

    kind = "read_only"


class NotARegularFile(OSError):
    """The path names a pipe, a device or a folder, not a file NeuroStep may read or replace."""

    kind = "not_a_file"


def save_network(
    net: Network, path, *, input=None, target=None, dataset=None, training=None, title=None
) -> None:
    """Write ``net`` (and optional lesson settings) to ``path`` atomically.

    A symbolic link is followed: its target is replaced (atomically), the link stays.

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
        input, nested settings, a network over the limits...).
    FileReadOnly
        When ``path`` is a read-only file.
    OSError
        When the folder cannot be written, or ``path`` is not a regular file.
    """
    for _ in save_steps(
        net, path, input=input, target=target, dataset=dataset, training=training, title=title
    ):
        pass


def save_steps(net: Network, path, **extras) -> Iterator[float]:
    """``save_network`` one piece at a time: iterate to write; yields the fraction done.

    Everything is checked before this returns (it raises as ``save_network``
    does); the file is replaced only when the last piece is written, so a save
    abandoned half-way (``close()``) leaves the old file untouched.
    """
    try:
        document = build_document(net, as_lists=False, **extras)
    except InvalidDocument as error:
        raise ValueError(f"cannot save the network: {error}") from None
    target = _save_target(Path(path))
    total = max(1, sum(layer.W.size + layer.b.size for layer in net.layers))
    return _write_atomic(target, _pretty(document), total)


def _save_target(path: Path) -> Path:
    """The real file behind ``path`` (links followed); refuses read-only and special files."""
    real = Path(os.path.realpath(path))
    try:
        status = os.stat(real)
    except FileNotFoundError:
        return real
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if not stat.S_ISREG(status.st_mode):
        raise NotARegularFile(errno.EINVAL, "it is not a regular file", str(path))
    # The folder may allow replacing it; the file's own mode says the user meant to keep it.
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        real, os.W_OK
    ):
        raise FileReadOnly(errno.EACCES, "the file is read-only", str(path))
    return real


def _pretty(value, indent: str = "") -> Iterator[tuple[str, int]]:
    """JSON with one line per list of numbers, so a weight row reads as a row.

    Yields pieces of text with the count of weights and biases in each.
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        yield "{\n", 0
        for i, (k, v) in enumerate(value.items()):
            yield (",\n" if i else "") + f"{inner}{json.dumps(k)}: ", 0
            yield from _pretty(v, inner)
        yield "\n" + indent + "}", 0
    elif isinstance(value, np.ndarray) and value.ndim == 2:
        yield from _pretty(list(value), indent)
    elif isinstance(value, list) and value and any(_nested(v) for v in value):
        yield "[\n", 0
        for i, v in enumerate(value):
            yield (",\n" if i else "") + inner, 0
            yield from _pretty(v, inner)
        yield "\n" + indent + "]", 0
    elif isinstance(value, np.ndarray):
        yield json.dumps(value.tolist(), allow_nan=False), value.size
    else:
        yield json.dumps(value, ensure_ascii=False, allow_nan=False), 0


def _nested(value) -> bool:
    return isinstance(value, (list, dict, np.ndarray))


def _write_atomic(path: Path, pieces, total: int) -> Iterator[float]:
    # os.urandom rather than secrets: secrets pulls in hmac, a cost paid at every start.
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    # os.open with 0o666 lets the user's umask decide, like any newly saved file.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            written, reported = 0, 0
            for text, numbers in pieces:
                file.write(text)
                written += numbers
                if written - reported >= PROGRESS_NUMBERS:
                    reported = written
                    yield written / total
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(OSError):  # keep an existing file's permissions
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temporary, path)
    except BaseException:  # GeneratorExit too: a save abandoned half-way leaves no litter
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    yield 1.0


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
        return read_document(_parse_json(data))
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
