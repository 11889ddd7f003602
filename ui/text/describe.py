"""Readable, translated names of canvas things, shared by the canvas and the inspector.

Numbering is 1-based as in the seeds: layer c is column c (its weights are the
seeds' W^(c)); a layer is "layer c" everywhere, with its role (hidden, output)
beside it, and a weight is the seeds' w⁽ᶜ⁾ⱼᵢ from neuron i into neuron j.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import i18n, unit_names
from .i18n import fill
from .notation import letters, symbol, to_plain, weight_symbol


class Describe(QObject):
    """The translation context ("Describe") of this module's texts: ``Describe.tr(text)``.

    Counts go through ``Describe.tr(text, "", n)``, the form in which lupdate sees a
    ``%n`` plural (it reads the count of ``QCoreApplication.translate`` as an encoding
    and marks no plural).
    """


def column_title(column: int, n_columns: int) -> str:
    """The header word of a column: "Input", "Layer 2" (``column_role`` says hidden/output)."""
    if column == 0:
        return Describe.tr("Input")
    return fill(Describe.tr("Layer %1"), column)


def column_role(column: int, n_columns: int) -> str:
    """ "hidden" or "output" for a layer column, "" for the input."""
    if column == 0:
        return ""
    if column == n_columns - 1:
        return Describe.tr("output")
    return Describe.tr("hidden")


def size_text(column: int, n: int) -> str:
    """ "3 neurons", "1 value" (the input column holds values, not neurons)."""
    i18n.install_translators()  # English's "1 neuron" / "2 neurons" come from a catalogue too
    if column == 0:
        return Describe.tr("%n value(s)", "", n)
    return Describe.tr("%n neuron(s)", "", n)


def layer_name(column: int, n_columns: int) -> str:
    """ "the input layer", "layer 2 (hidden)", "layer 3 (output)": one way everywhere."""
    if column == 0:
        return Describe.tr("input layer")
    if column == n_columns - 1:
        return fill(Describe.tr("layer %1 (output)"), column)
    return fill(Describe.tr("layer %1 (hidden)"), column)


def neuron_name(column: int, j: int, n_columns: int, names=None) -> str:
    """ "input x₂", "neuron 1 of layer 1 (hidden)", "output y₂ (neuron 2 of layer 3)".

    ``names`` (``Document.names``) says what inputs and outputs stand for: "input x₁²",
    "output y₈ (class 7) (neuron 8 of layer 2)".
    """
    if column == 0:
        return fill(Describe.tr("input %1"), unit_names.input_title(names, j))
    if column == n_columns - 1:
        text = Describe.tr("output %1 (neuron %2 of layer %3)")
        return fill(text, unit_names.output_title(names, j), j + 1, column)
    return fill(Describe.tr("neuron %1 of layer %2 (hidden)"), j + 1, column)


def weight_name(column: int, source: int, j: int) -> str:
    """ "w⁽²⁾₁₂ (2→1)": the seeds' name of the weight from ``source`` into neuron ``j``.

    The seeds write the neuron fed first; the arrow says it in plain words.
    """
    return f"{to_plain(weight_symbol(column, source, j))} ({source + 1}→{j + 1})"


def short_neuron(column: int, j: int, n_columns: int, names=None) -> str:
    """The output a neuron hands on, for lists: "x₂", "z⁽¹⁾₃" (in the letters chosen), "y₁".

    With ``names``: an input's feature ("x₁²") and an output's class ("y₈ (class 7)").
    """
    if column == 0:
        return to_plain(unit_names.input_symbol(names, j))
    if column == n_columns - 1:
        return unit_names.output_title(names, j)
    return to_plain(letters(symbol("z", column, j)))
