"""The names of inputs and outputs as they are written: in formulas, on the canvas, in lists.

A ``UnitNames`` (``Document.names``) holds what the data call each unit; this
module writes them:

- ``input_symbol``: an input in a formula, in the notation's markup (``x_{1}²``,
  ``sin x_{1}``, or ``x_{29}`` for an input without a formula of its own, such as a
  pixel or a column of a file);
- ``input_label``: what the input is, in words and in the language shown (``x₁²``,
  "pixel at row 4, column 5", a file's own header);
- ``input_title``: both, for headings (``x₂₉ (pixel at row 4, column 5)``);
- ``output_label``: an output's class ("7", "cat"), or None;
- ``output_symbol``: the output in formulas, always ``y_{j}`` (its class beside it).

Rows and columns of pixels count from 1, as the seeds count neurons.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from .i18n import fill
from .notation import symbol, to_plain

# A feature made of the coordinates (x1, x2): "x1", "x1²", "x1·x2", "sin x1".
_FORMULA = re.compile(r"^(sin )?x\d+(²|·x\d+)?$")
_INDEX = re.compile(r"x(\d+)")
_PIXEL = re.compile(r"^pixel ?(\d+),(\d+)$")  # the digits' "pixel 3,4", 0-based


class UnitText(QObject):
    """The translation context ("UnitText") of this module's words."""


def is_formula(name: str | None) -> bool:
    """Whether an input's name is a formula of the coordinates (``x1²``, ``sin x1``)."""
    return name is not None and _FORMULA.match(name) is not None


def input_symbol(names, i: int) -> str:
    """Input ``i`` in a formula (markup): its feature's formula, else ``x_{i+1}``."""
    name = names.input(i) if names is not None else None
    if is_formula(name):
        return _INDEX.sub(lambda m: "x_{" + m.group(1) + "}", name)
    return symbol("x", None, i)


def input_label(names, i: int) -> str:
    """What input ``i`` is, in plain text: ``x₁²``, a pixel's place, a file's header."""
    name = names.input(i) if names is not None else None
    if name is None or is_formula(name):
        return to_plain(input_symbol(names, i))
    pixel = _PIXEL.match(name)
    if pixel:
        row, column = (int(g) + 1 for g in pixel.groups())
        return fill(UnitText.tr("pixel at row %1, column %2"), row, column)
    return name


def input_title(names, i: int) -> str:
    """Symbol and meaning together, for headings: ``x₂₉ (pixel at row 4, column 5)``."""
    plain, label = to_plain(input_symbol(names, i)), input_label(names, i)
    return plain if label == plain else fill(UnitText.tr("%1 (%2)"), plain, label)


def output_label(names, j: int) -> str | None:
    """The class output ``j`` stands for ("7"), or None when the outputs are unnamed."""
    return names.output(j) if names is not None else None


def output_symbol(j: int) -> str:
    """Output ``j`` in a formula (markup): ``y_{j+1}``."""
    return symbol("y", None, j)


def output_title(names, j: int) -> str:
    """``y₈ (class 7)`` when the output is a class's, else ``y₈``."""
    plain, label = to_plain(output_symbol(j)), output_label(names, j)
    return plain if label is None else fill(UnitText.tr("%1 (class %2)"), plain, label)


def class_text(names, j: int) -> str:
    """Output ``j``'s class for a chart or a list: its name, or its number from 0."""
    label = output_label(names, j)
    return str(j) if label is None else label
