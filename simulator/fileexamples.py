"""The table of examples a ``.neurostep`` file may hold, and its checks.

A lesson steps through one example, but a truth table (AND, XOR) or a few
samples are several rows of inputs and targets; the file keeps them all::

    "examples": {
      "inputs": [[0.0, 0.0], [0.0, 1.0], ...],   // N rows of input_size numbers
      "targets": [[0.0], [1.0], ...] | null,      // N rows of n_out numbers, or none
      "row": 1                                    // the row being stepped (0-based)
    }

The file's ``"input"`` and ``"target"`` stay the stepped row, so a reader that
knows nothing of the table still opens the example.  At most ``MAX_EXAMPLES``
rows; older files without ``"examples"`` have a one-row table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .fileschema import InvalidDocument, _describe, _found, _read_vector
from .limits import MAX_EXAMPLES, NetworkTooLarge, check_examples


@dataclass(frozen=True, eq=False)
class ExampleRows:
    """Rows of inputs and targets, and which one is stepped.

    Attributes
    ----------
    inputs : ndarray, shape (N, n_in)
    targets : ndarray, shape (N, n_out), or None
    row : int
        0-based index of the stepped row.
    """

    inputs: np.ndarray
    targets: np.ndarray | None = None
    row: int = 0


def examples_document(examples: ExampleRows, n_in: int, n_out: int) -> dict:
    """The JSON-ready ``"examples"`` object; ``InvalidDocument`` for what reading refuses."""
    inputs = np.asarray(examples.inputs, dtype=float)
    targets = None if examples.targets is None else np.asarray(examples.targets, dtype=float)
    document = {
        "inputs": inputs.tolist(),
        "targets": None if targets is None else targets.tolist(),
        "row": int(examples.row),
    }
    read_examples(document, n_in, n_out)  # refuse now what opening would refuse later
    return document


def read_examples(value, n_in: int, n_out: int) -> ExampleRows | None:
    """Check and read a file's ``"examples"`` (None when absent)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise InvalidDocument(
            f'"examples" must be an object, not {_describe(value)}',
            field="examples",
            expected="object",
            **_found(value),
        )
    inputs = _read_rows(value.get("inputs"), n_in, "inputs", None)
    targets = value.get("targets")
    try:  # the editor's own limit: every table it allows can be saved and opened again
        check_examples(len(inputs), n_in, None if targets is None else n_out)
    except NetworkTooLarge as error:
        raise InvalidDocument(str(error), error.kind, **error.details) from None
    if targets is not None:
        targets = _read_rows(targets, n_out, "targets", len(inputs))
    row = value.get("row", 0)
    if type(row) is not int or not 0 <= row < len(inputs):
        raise InvalidDocument(
            f'"examples" row must be a whole number from 0 to {len(inputs) - 1}, '
            f"not {_describe(row)}",
            field="examples",
            expected="whole_number",
            minimum=0,
            maximum=len(inputs) - 1,
            **_found(row),
        )
    return ExampleRows(inputs, targets, row)


def _read_rows(rows, length: int, name: str, count: int | None) -> np.ndarray:
    """``count`` rows (1 to MAX_EXAMPLES when None) of ``length`` finite numbers."""
    where = f'"examples" {name}'
    if not isinstance(rows, list) or not rows or len(rows) > MAX_EXAMPLES:
        raise InvalidDocument(
            f"{where} must be a list of 1 to {MAX_EXAMPLES} rows, not {_describe(rows)}",
            field="examples",
            expected="list_of_rows",
            limit=MAX_EXAMPLES,
            **_found(rows),
        )
    if count is not None and len(rows) != count:
        raise InvalidDocument(
            f"{where}: {len(rows)} rows where the inputs have {count} (the shapes do not fit)",
            "shapes",
            field="examples",
            rows=len(rows),
            expected=count,
        )
    return np.array(
        [
            _read_vector(row, length, f"{where} row {i}", field="examples", row=i)
            for i, row in enumerate(rows, start=1)
        ]
    )
