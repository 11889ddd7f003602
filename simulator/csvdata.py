"""A user's own data as CSV: feature columns, then a label or a target column.

``load_csv`` reads UTF-8 text with one sample a line, values separated by commas
(semicolons or tabs also work); lines that are empty or start with ``#`` are
skipped.  The first line is a header when one of its feature cells is not a
number.  The last column says what to learn:

- a **label** (classification) when it holds text, or whole numbers with at most
  ``MAX_CLASSES`` different values, or when its header says ``label``/``class``;
  the classes are the different labels in sorted order (0, 1, 2 stay 0, 1, 2);
- a **target** (regression) otherwise, or when its header says ``target``/``t``/``y``.

Any problem raises :class:`DataFileError`, whose ``line`` and ``column`` (1-based,
None where they do not apply) say where and whose message says what is wrong.
``save_csv`` writes a data set back in the same form, so the two round-trip.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np

from .datasets import MAX_SAMPLES, Dataset, one_hot
from .fileschema import MAX_NEURONS

MAX_CLASSES = 10
LABEL_HEADERS = frozenset({"label", "class", "category", "y_class"})
TARGET_HEADERS = frozenset({"target", "t", "y", "value"})


class DataFileError(Exception):
    """A CSV file could not be read as a data set.

    ``str()`` is English; a translated user interface builds its own sentence
    from ``kind`` and ``details``.

    Attributes
    ----------
    line, column : int or None
        Where the problem is, counting from 1 as an editor does; None if it is
        not at one place.
    kind : str
        ``"missing"``, ``"unreadable"`` (``reason``), ``"too_large"``
        (``limit_mb`` or ``rows``/``limit``), ``"encoding"``, ``"empty"``,
        ``"too_few_columns"``, ``"columns"`` (``expected``, ``found``),
        ``"not_a_number"`` (``text``), ``"non_finite"`` (``text``),
        ``"too_many_features"`` (``found``, ``limit``) or
        ``"too_many_classes"`` (``found``, ``limit``).
    details : dict
        The values the message names; also ``path``.
    """

    def __init__(self, message: str, kind: str, line=None, column=None, path=None, **details):
        self.problem, self.kind, self.line, self.column = message, kind, line, column
        self.path = None if path is None else str(path)
        self.details = dict(details, line=line, column=column, path=self.path)
        where = f"line {line}" if line is not None else ""
        if column is not None:
            where += f", column {column}"
        text = f"{where}: {message}" if where else message
        super().__init__(text if path is None else f"{self.path}: {text}")


# ---- reading ------------------------------------------------------------------


def load_csv(path, kind: str | None = None) -> Dataset:
    """Read a data set from a CSV file.

    Parameters
    ----------
    path : str or PathLike
    kind : {"classification", "regression"}, optional
        Overrides what the last column is taken to be.

    Returns
    -------
    Dataset
        Named after the file; ``X`` (N, n_features); ``T`` one-hot (N, k) or (N, 1).

    Raises
    ------
    DataFileError
    """
    try:
        return parse_csv(_read_text(path), Path(path).stem, kind)
    except DataFileError as error:
        raise DataFileError(
            error.problem,
            error.kind,
            error.line,
            error.column,
            path,
            **_own_details(error),
        ) from None


def _own_details(error: DataFileError) -> dict:
    return {k: v for k, v in error.details.items() if k not in ("line", "column", "path")}


def parse_csv(text: str, name: str = "data", kind: str | None = None) -> Dataset:
    """``load_csv`` on text already read; ``name`` names the data set."""
    if kind not in (None, "classification", "regression"):
        raise ValueError(f"kind must be 'classification', 'regression' or None, got {kind!r}")
    rows = _rows(text)
    if not rows:
        raise DataFileError("there are no data lines in the file", "empty")
    header, first_line = None, rows[0][0]
    if _is_header(rows[0][1]):
        header = [cell.strip() for cell in rows.pop(0)[1]]
        if not rows:
            raise DataFileError("there is a header but no data lines", "empty")
    width = len(header) if header else len(rows[0][1])
    _check_width(width, first_line)
    if len(rows) > MAX_SAMPLES:
        raise DataFileError(
            f"it has {len(rows):,} samples; the limit is {MAX_SAMPLES:,}",
            "too_large",
            rows=len(rows),
            limit=MAX_SAMPLES,
        )
    X = _features(rows, width)
    last = [cells[-1].strip() for _, cells in rows]
    names = tuple(header[:-1]) if header else tuple(f"x{i + 1}" for i in range(width - 1))
    kind = kind or _guess_kind(last, header[-1] if header else None)
    if kind == "regression":
        T = np.array([[_number(text, line, width)] for (line, _), text in zip(rows, last)])
        return Dataset(name, X, T, "regression", None, names)
    classes, labels = _classes(last, rows, width)
    k = max(len(classes), 2)  # one class still trains a single 0/1 output
    return Dataset(name, X, one_hot(labels, k), "classification", k, names, tuple(classes))


def _read_text(path) -> str:
    # Read as network files are, with their limit and their kinds of problem.
    from .fileformat import _read_bytes
    from .fileschema import InvalidDocument

    try:
        data = _read_bytes(path)
    except InvalidDocument as error:
        raise DataFileError(str(error), error.kind, **error.details) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataFileError("it is not UTF-8 text", "encoding", line) from None


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every line that is not empty or a comment."""
    lines = text.splitlines()
    sample = next((s for s in lines if s.strip() and not s.lstrip().startswith("#")), "")
    delimiter = max(",;\t", key=sample.count) if sample else ","
    rows = []
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        rows.append((line, cells))
    return rows


def _is_header(cells: list[str]) -> bool:
    """A first line whose feature cells are not all numbers names the columns."""
    return any(not _is_number(c) for c in cells[:-1])


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_width(width: int, line: int) -> None:
    if width < 2:
        raise DataFileError(
            "a data line needs at least two values: features, then the label or target",
            "too_few_columns",
            line,
        )
    if width - 1 > MAX_NEURONS:
        raise DataFileError(
            f"it has {width - 1} feature columns; the limit is {MAX_NEURONS}",
            "too_many_features",
            line,
            found=width - 1,
            limit=MAX_NEURONS,
        )


def _features(rows, width: int) -> np.ndarray:
    X = np.empty((len(rows), width - 1))
    for r, (line, cells) in enumerate(rows):
        if len(cells) != width:
            raise DataFileError(
                f"{len(cells)} values where {width} are expected",
                "columns",
                line,
                expected=width,
                found=len(cells),
            )
        for c in range(width - 1):
            X[r, c] = _number(cells[c], line, c + 1)
    return X


def _number(text: str, line: int, column: int) -> float:
    try:
        value = float(text)
    except ValueError:
        shown = text.strip()[:40]
        raise DataFileError(
            f"{shown!r} is not a number", "not_a_number", line, column, text=shown
        ) from None
    if not math.isfinite(value):
        raise DataFileError(
            f"{text.strip()!r} is not a finite number", "non_finite", line, column, text=text
        )
    return value


def _guess_kind(last: list[str], heading: str | None) -> str:
    heading = (heading or "").strip().lower()
    if heading in LABEL_HEADERS:
        return "classification"
    if heading in TARGET_HEADERS:
        return "regression"
    if not all(_is_number(v) for v in last):
        return "classification"
    values = {float(v) for v in last}
    whole = all(math.isfinite(v) and v == int(v) for v in values)
    return "classification" if whole and len(values) <= MAX_CLASSES else "regression"


def _classes(last: list[str], rows, width: int) -> tuple[list[str], np.ndarray]:
    """Class names in sorted order (numerically when they are numbers), and each label's index."""
    numeric = all(_is_number(v) for v in last)
    distinct = set(last)
    if numeric:
        by_value = {}
        for v in distinct:
            by_value.setdefault(float(v), v)
        ordered = [_number_text(by_value[v]) for v in sorted(by_value)]
        index = {_number_text(v): i for i, v in enumerate(ordered)}
        labels = [index[_number_text(v)] for v in last]
    else:
        ordered = sorted(distinct)
        index = {v: i for i, v in enumerate(ordered)}
        labels = [index[v] for v in last]
    if len(ordered) > MAX_CLASSES:
        raise DataFileError(
            f"the last column has {len(ordered)} different labels; the limit is {MAX_CLASSES}",
            "too_many_classes",
            None,
            width,
            found=len(ordered),
            limit=MAX_CLASSES,
        )
    return ordered, np.array(labels, dtype=int)


def _number_text(text: str) -> str:
    value = float(text)
    return str(int(value)) if value == int(value) else repr(value)


# ---- writing ------------------------------------------------------------------


def save_csv(dataset: Dataset, path) -> None:
    """Write ``dataset`` as CSV: a header, then one sample a line (features, label or target).

    Numbers are written with ``repr``, so they read back bit for bit.
    """
    # The same crash-safe write as network files: links followed, read-only files kept.
    from .filesave import _save_target, _write_atomic

    text = to_csv_text(dataset).removesuffix("\n")  # the writer ends the file with one
    for _ in _write_atomic(_save_target(Path(path)), [(text, 0)], 1):
        pass


def to_csv_text(dataset: Dataset) -> str:
    """The text ``save_csv`` writes."""
    names = list(dataset.feature_names) or [f"x{i + 1}" for i in range(dataset.input_size)]
    last = "target" if dataset.kind == "regression" else "label"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*names, last])
    if dataset.kind == "regression":
        ends = [repr(float(t)) for t in dataset.T[:, 0]]
    else:
        classes = dataset.class_names or tuple(str(i) for i in range(dataset.n_classes))
        ends = [classes[i] for i in dataset.labels]
    for row, end in zip(dataset.X, ends):
        writer.writerow([*(repr(float(v)) for v in row), end])
    return out.getvalue()
