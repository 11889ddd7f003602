"""Readable, translated names of canvas things, shared by the canvas and the inspector.

Numbering is 1-based as in the seeds: layer c is column c (its weights are the
seeds' W^(c)); a layer is "layer c" everywhere, with its role (hidden, output)
beside it, and a weight is the seeds' w⁽ᶜ⁾ⱼᵢ from neuron i into neuron j.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .notation import symbol, to_plain, weight_symbol


def column_title(column: int, n_columns: int) -> str:
    """The header word of a column: "Input", "Layer 2" (``column_role`` says hidden/output)."""
    if column == 0:
        return QCoreApplication.translate("Describe", "Input")
    return QCoreApplication.translate("Describe", "Layer %1").replace("%1", str(column))


def column_role(column: int, n_columns: int) -> str:
    """ "hidden" or "output" for a layer column, "" for the input."""
    if column == 0:
        return ""
    if column == n_columns - 1:
        return QCoreApplication.translate("Describe", "output")
    return QCoreApplication.translate("Describe", "hidden")


def size_text(column: int, n: int) -> str:
    """ "3 neurons", "2 values" (the input column holds values, not neurons)."""
    if column == 0:
        text = (
            QCoreApplication.translate("Describe", "1 value")
            if n == 1
            else QCoreApplication.translate("Describe", "%1 values")
        )
    else:
        text = (
            QCoreApplication.translate("Describe", "1 neuron")
            if n == 1
            else QCoreApplication.translate("Describe", "%1 neurons")
        )
    return text.replace("%1", str(n))


def layer_name(column: int, n_columns: int) -> str:
    """ "the input layer", "layer 2 (hidden)", "layer 3 (output)": one way everywhere."""
    if column == 0:
        return QCoreApplication.translate("Describe", "input layer")
    if column == n_columns - 1:
        text = QCoreApplication.translate("Describe", "layer %1 (output)")
    else:
        text = QCoreApplication.translate("Describe", "layer %1 (hidden)")
    return text.replace("%1", str(column))


def neuron_name(column: int, j: int, n_columns: int) -> str:
    """ "input x₂", "neuron 1 of layer 1 (hidden)", "output y₂ (neuron 2 of layer 3)"."""
    if column == 0:
        text = QCoreApplication.translate("Describe", "input %1")
        return text.replace("%1", to_plain(symbol("x", None, j)))
    if column == n_columns - 1:
        text = QCoreApplication.translate("Describe", "output %1 (neuron %2 of layer %3)")
        text = text.replace("%1", to_plain(symbol("y", None, j)))
        return text.replace("%2", str(j + 1)).replace("%3", str(column))
    text = QCoreApplication.translate("Describe", "neuron %1 of layer %2 (hidden)")
    return text.replace("%1", str(j + 1)).replace("%2", str(column))


def weight_name(column: int, source: int, j: int) -> str:
    """ "w⁽²⁾₁₂ (2→1)": the seeds' name of the weight from ``source`` into neuron ``j``.

    The seeds write the neuron fed first; the arrow says it in plain words.
    """
    return f"{to_plain(weight_symbol(column, source, j))} ({source + 1}→{j + 1})"


def short_neuron(column: int, j: int, n_columns: int) -> str:
    """The output a neuron hands on, for lists: "x₂", "z⁽¹⁾₃", "y₁"."""
    if column == 0:
        return to_plain(symbol("x", None, j))
    if column == n_columns - 1:
        return to_plain(symbol("y", None, j))
    return to_plain(symbol("z", column, j))
