"""Saving a ``.neurostep`` file: atomically, row by row, through links, never over a read-only one.

The text goes to a temporary file beside the real one (a symbolic link is
followed to it), which then replaces it, so a crash or a cancelled save never
leaves half a file.  ``save_steps`` writes one row of weights at a time and
yields the fraction done, so a window can show progress and stay responsive;
``save_network`` runs it to the end.  Only what :mod:`simulator.fileschema`
would read back is written.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .fileexamples import ExampleRows, examples_document
from .fileschema import InvalidDocument, build_document
from .network import Network

# A save reports its progress about every this many numbers (a few hundredths of a second:
# 100,000 took up to 450 ms on a busy machine, the window frozen meanwhile).
PROGRESS_NUMBERS = 16_000
SYNC_POLL_SECONDS = 0.03  # how often a save waiting for the disk says it is still there


class FileReadOnly(PermissionError):
    """Saving would overwrite a read-only file; NeuroStep leaves it as it is."""

    kind = "read_only"


class NotARegularFile(OSError):
    """The path names a pipe, a device or a folder, not a file NeuroStep may read or replace."""

    kind = "not_a_file"


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
    data=None,
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
    examples : ExampleRows, optional
        The table of examples (``input`` and ``target`` should be its stepped row).
    data : Dataset, optional
        The user's own data points (drawn or imported).

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
    extras = dict(
        input=input, target=target, dataset=dataset, training=training, title=title, data=data
    )
    for _ in save_steps(net, path, examples=examples, **extras):
        pass


def save_steps(net: Network, path, examples=None, **extras) -> Iterator[float]:
    """``save_network`` one piece at a time: iterate to write; yields the fraction done.

    Everything is checked before this returns (it raises as ``save_network``
    does); the file is replaced only when the last piece is written, so a save
    abandoned half-way (``close()``) leaves the old file untouched.
    """
    try:
        document = build_document(net, as_lists=False, **extras)
        if examples is not None:
            document["examples"] = examples_document(examples, net.input_size, net.output_size)
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


def _synced(fd: int, fraction: float) -> Iterator[float]:
    """``os.fsync(fd)`` in a thread (it lets go of Python), yielding ``fraction`` meanwhile.

    Writing 170 MB to the disk takes up to a second: the window keeps handling events.
    """
    errors: list[OSError] = []

    def sync() -> None:
        try:
            os.fsync(fd)
        except OSError as error:
            errors.append(error)

    worker = threading.Thread(target=sync, name="neurostep-fsync", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(SYNC_POLL_SECONDS)
            if worker.is_alive():
                yield fraction
    finally:
        worker.join()  # abandoned meanwhile: the file is closed only once the sync ended
    if errors:
        raise errors[0]


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
                    yield min(written / total, 0.999)  # 1.0 once the file is in place
            file.write("\n")
            file.flush()
            yield from _synced(file.fileno(), min(written / total, 0.999))
        with contextlib.suppress(OSError):  # keep an existing file's permissions
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temporary, path)
    except BaseException:  # GeneratorExit too: a save abandoned half-way leaves no litter
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    yield 1.0
