"""How large a network and its numbers may be: one set of limits for the editor and the file.

The editor refuses an edit that would break one of these limits, ``save_network``
refuses to write such a network and ``load_network`` refuses to read it, so every
network that can be built can be saved and opened again.

- ``MAX_LAYERS`` layers, ``MAX_NEURONS`` neurons a layer (and inputs);
- ``MAX_PARAMETERS`` weights and biases in all: enough for 1024-2048-2048-10,
  few enough that the largest file (``MAX_FILE_BYTES``) still opens in seconds;
- a table of examples of at most ``MAX_EXAMPLES`` rows and
  ``MAX_EXAMPLE_NUMBERS`` inputs and targets in all (1000 rows of 784 pixels fit);
- every weight, bias, slope, input and target within ``±MAX_VALUE``.  Beyond
  1e15 a float no longer holds a single digit after the point, and the next
  forward pass is a few multiplications away from overflowing.
"""

from __future__ import annotations

import math

import numpy as np

MAX_LAYERS = 32
MAX_NEURONS = 4096
MAX_PARAMETERS = 8_000_000
MAX_VALUE = 1e15
MAX_EXAMPLES = 1000
MAX_EXAMPLE_NUMBERS = 1_000_000
# The longest number the file writes ("-2.2250738585072014e-308") and its ", ".
MAX_NUMBER_BYTES = 26
# Room for everything that is not a number of the network or the table: row brackets
# and indents (at most 32 × 4,096 + 2 × 1,000 rows), the input and target, titles, settings.
OTHER_BYTES = 16 * 2**20
# The largest file NeuroStep opens: a round number above the largest it can write.
MAX_FILE_MB = 256
MAX_FILE_BYTES = MAX_FILE_MB * 2**20
assert (MAX_PARAMETERS + MAX_EXAMPLE_NUMBERS) * MAX_NUMBER_BYTES + OTHER_BYTES <= MAX_FILE_BYTES

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_EXAMPLES",
    "MAX_EXAMPLE_NUMBERS",
    "MAX_FILE_MB",
    "MAX_LAYERS",
    "MAX_NEURONS",
    "MAX_PARAMETERS",
    "MAX_VALUE",
    "NetworkTooLarge",
    "check_examples",
    "check_sizes",
    "check_values",
    "in_range",
    "parameter_count",
]


class NetworkTooLarge(ValueError):
    """A network breaks one of the limits; ``str()`` says which, in English.

    Attributes
    ----------
    kind : str
        ``"too_large"``, as in :class:`~simulator.fileformat.NetworkFileError`.
    details : dict
        ``what`` is ``"layers"``, ``"neurons"``, ``"parameters"``, ``"examples"``
        (rows of the table) or ``"example_numbers"`` (its inputs and targets); ``count``
        the network's number and ``limit`` the most allowed (``layer`` too for
        neurons, counting from 1, the input layer being 0).
    """

    kind = "too_large"

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.details = details


def parameter_count(sizes) -> int:
    """Weights and biases of a network of ``sizes`` (input first): Σ (n_in + 1)·n_out."""
    return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes, sizes[1:]))


def check_sizes(sizes) -> None:
    """Raise ``NetworkTooLarge`` if a network of ``sizes`` (input first) breaks a limit."""
    layers = len(sizes) - 1
    if layers > MAX_LAYERS:
        raise NetworkTooLarge(
            f"a network has at most {MAX_LAYERS} layers; this one has {layers}",
            what="layers",
            count=layers,
            limit=MAX_LAYERS,
        )
    for k, n in enumerate(sizes):
        if n > MAX_NEURONS:
            raise NetworkTooLarge(
                f"a layer has at most {MAX_NEURONS:,} neurons; layer {k} has {n:,}",
                what="neurons",
                count=n,
                limit=MAX_NEURONS,
                layer=k,
            )
    count = parameter_count(sizes)
    if count > MAX_PARAMETERS:
        raise NetworkTooLarge(
            f"a network has at most {MAX_PARAMETERS:,} weights and biases; this one has {count:,}",
            what="parameters",
            count=count,
            limit=MAX_PARAMETERS,
        )


def check_examples(rows: int, n_in: int, n_out: int | None) -> None:
    """Raise ``NetworkTooLarge`` if a table of ``rows`` examples breaks a limit.

    ``n_out`` is None for a table without targets.
    """
    if rows > MAX_EXAMPLES:
        raise NetworkTooLarge(
            f"a table has at most {MAX_EXAMPLES:,} examples; this one has {rows:,}",
            what="examples",
            count=rows,
            limit=MAX_EXAMPLES,
        )
    count = rows * (n_in + (n_out or 0))
    if count > MAX_EXAMPLE_NUMBERS:
        raise NetworkTooLarge(
            f"a table of examples holds at most {MAX_EXAMPLE_NUMBERS:,} inputs and targets; "
            f"this one holds {count:,}",
            what="example_numbers",
            count=count,
            limit=MAX_EXAMPLE_NUMBERS,
        )


def in_range(value: float) -> bool:
    """Whether ``value`` is a number a network or an example may hold (finite, ≤ MAX_VALUE)."""
    return math.isfinite(value) and abs(value) <= MAX_VALUE


def check_values(array) -> bool:
    """Whether every element of ``array`` is finite and within ``±MAX_VALUE``."""
    array = np.asarray(array, dtype=float)
    if array.size == 0:
        return True
    # max and min skip the temporary that np.abs would make; NaN fails both tests.
    return bool(array.max() <= MAX_VALUE and array.min() >= -MAX_VALUE)
