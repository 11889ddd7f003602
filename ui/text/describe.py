"""Readable, translated names of canvas things, shared by the canvas and the inspector.

Numbering is 1-based as in the seeds: layer c is column c (its weights are the
seeds' W^(c)), ``w[i→j]`` joins neuron i of the previous column to neuron j.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def column_title(column: int, n_columns: int) -> str:
    """The header word of a column: "Input", "Hidden 2", "Output"."""
    if column == 0:
        return QCoreApplication.translate("Describe", "Input")
    if column == n_columns - 1:
        return QCoreApplication.translate("Describe", "Output")
    return QCoreApplication.translate("Describe", "Hidden %1").replace("%1", str(column))


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
    """ "the input layer", "hidden layer 2", "the output layer"."""
    if column == 0:
        return QCoreApplication.translate("Describe", "input layer")
    if column == n_columns - 1:
        return QCoreApplication.translate("Describe", "output layer")
    return QCoreApplication.translate("Describe", "hidden layer %1").replace("%1", str(column))


def neuron_name(column: int, j: int, n_columns: int) -> str:
    """ "input x2", "neuron 1 of hidden layer 1", "output y2"."""
    if column == 0:
        return QCoreApplication.translate("Describe", "input x%1").replace("%1", str(j + 1))
    if column == n_columns - 1:
        return QCoreApplication.translate("Describe", "output y%1").replace("%1", str(j + 1))
    text = QCoreApplication.translate("Describe", "neuron %1 of hidden layer %2")
    return text.replace("%1", str(j + 1)).replace("%2", str(column))


def weight_name(column: int, source: int, j: int) -> str:
    """ "w[2→1] of layer 2": the weight from neuron ``source`` into neuron ``j``."""
    text = QCoreApplication.translate("Describe", "w[%1→%2] of layer %3")
    return text.replace("%1", str(source + 1)).replace("%2", str(j + 1)).replace("%3", str(column))


def short_neuron(column: int, j: int, n_columns: int) -> str:
    """A short name for lists: "x2", "y1", or "neuron 3" inside a hidden layer."""
    if column == 0:
        return f"x{j + 1}"
    if column == n_columns - 1:
        return f"y{j + 1}"
    return QCoreApplication.translate("Describe", "neuron %1").replace("%1", str(j + 1))
