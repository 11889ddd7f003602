"""Readable, translated names of canvas things, shared by the canvas and the inspector.

Numbering is 1-based as in the seeds: layer c is column c (its weights are the
seeds' W^(c)), ``w[i→j]`` joins neuron i of the previous column to neuron j.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import i18n
from .i18n import fill


class Describe(QObject):
    """The translation context ("Describe") of this module's texts: ``Describe.tr(text)``.

    Counts go through ``Describe.tr(text, "", n)``, the form in which lupdate sees a
    ``%n`` plural (it reads the count of ``QCoreApplication.translate`` as an encoding
    and marks no plural).
    """


def column_title(column: int, n_columns: int) -> str:
    """The header word of a column: "Input", "Hidden 2", "Output"."""
    if column == 0:
        return Describe.tr("Input")
    if column == n_columns - 1:
        return Describe.tr("Output")
    return fill(Describe.tr("Hidden %1"), column)


def size_text(column: int, n: int) -> str:
    """ "3 neurons", "1 value" (the input column holds values, not neurons)."""
    i18n.install_translators()  # English's "1 neuron" / "2 neurons" come from a catalogue too
    if column == 0:
        return Describe.tr("%n value(s)", "", n)
    return Describe.tr("%n neuron(s)", "", n)


def layer_name(column: int, n_columns: int) -> str:
    """ "the input layer", "hidden layer 2", "the output layer"."""
    if column == 0:
        return Describe.tr("input layer")
    if column == n_columns - 1:
        return Describe.tr("output layer")
    return fill(Describe.tr("hidden layer %1"), column)


def neuron_name(column: int, j: int, n_columns: int) -> str:
    """ "input x2", "neuron 1 of hidden layer 1", "output y2"."""
    if column == 0:
        return fill(Describe.tr("input x%1"), j + 1)
    if column == n_columns - 1:
        return fill(Describe.tr("output y%1"), j + 1)
    return fill(Describe.tr("neuron %1 of hidden layer %2"), j + 1, column)


def weight_name(column: int, source: int, j: int) -> str:
    """ "w[2→1] of layer 2": the weight from neuron ``source`` into neuron ``j``."""
    return fill(Describe.tr("w[%1→%2] of layer %3"), source + 1, j + 1, column)


def short_neuron(column: int, j: int, n_columns: int) -> str:
    """A short name for lists: "x2", "y1", or "neuron 3" inside a hidden layer."""
    if column == 0:
        return f"x{j + 1}"
    if column == n_columns - 1:
        return f"y{j + 1}"
    return fill(Describe.tr("neuron %1"), j + 1)
