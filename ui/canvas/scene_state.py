"""What the canvas shows of the Document's pass and selection, as plain data.

Kept apart from the view so it can be computed (and tested) without painting:
the values and deltas of every column and the highlighted edges.
"""

from __future__ import annotations

import numpy as np

from ui.text import numbers

from . import style
from .overlay import Mark, incoming


def column_values(document, column: int) -> np.ndarray:
    """z of each neuron of a column (the input values for column 0), NaN if not computed."""
    if column == 0:
        return np.asarray(document.input, dtype=float)
    return document.cursor.outputs(column - 1)


def column_biases(document, column: int, n: int) -> np.ndarray:
    """b of each neuron of a layer column; NaN for the input column (it has none)."""
    if column == 0:
        return np.full(n, np.nan)
    return np.asarray(document.network.layers[column - 1].b, dtype=float)


def column_deltas(document, column: int, n: int) -> np.ndarray:
    """δ of each neuron of a layer column whose backward record exists, else NaN."""
    if column == 0:
        return np.full(n, np.nan)
    return document.cursor.deltas(column - 1)


def nth(items: list, i: int):
    """``items[i]``, or None once the scene has fewer (a rebuild may drop one)."""
    return items[i] if i < len(items) else None


def is_backward(record) -> bool:
    return record is not None and hasattr(record, "delta")


def current_marks(record, layout, labelled: bool) -> list[Mark]:
    """The edges into the neuron just computed, labelled with what they carry."""
    if record is None:
        return []
    c = record.layer + 1
    target = tuple(layout.columns[c].centres[record.neuron])
    sources = layout.columns[c - 1].centres
    backward = is_backward(record)
    strength = record.dW if backward else record.weights * record.inputs
    colour = style.BACKWARD_LINE if backward else style.CURRENT_LINE
    marks = []
    ends = (layout.columns[c - 1].half_w, layout.columns[c].half_w)
    for i in incoming(sources, strength):
        label = ""
        if labelled:
            label = (
                "∂E/∂w=" + numbers.compact(record.dW[i])
                if backward
                else numbers.product(record.inputs[i], record.weights[i])
            )
        width = 5.0 if labelled else 2.0
        marks.append(Mark(tuple(sources[i]), target, label, colour, width, 0.4, ends))
    return marks


def selected_edge_mark(selection, layout, net) -> list[Mark]:
    """The selected edge drawn thick in the selection colour with its weight."""
    if selection is None or selection.kind != "edge":
        return []
    c, i, j = selection.column, selection.source, selection.index
    w = float(net.layers[c - 1].W[i, j])
    p1 = tuple(layout.columns[c - 1].centres[i])
    p2 = tuple(layout.columns[c].centres[j])
    ends = (layout.columns[c - 1].half_w, layout.columns[c].half_w)
    return [Mark(p1, p2, "w = " + numbers.fixed(w), style.SELECTED_LINE, 7.0, 0.55, ends)]
