"""Where the Network menu's commands act, given the selection, and what a new layer is.

Columns count from the input (column 0); column ``c`` is ``layers[c - 1]``.
Pure functions of the selection and the network, so they are easy to test.
"""

from __future__ import annotations

NEW_LAYER_SIZE = 3


def insert_index(selection, n_layers: int, before: bool = False) -> int:
    """Where a new hidden layer goes, as an index into ``network.layers``.

    After the selected layer (``before=False``) or before it; with nothing
    selected, or "after" the output layer, just before the output layer.
    """
    output_index = n_layers - 1
    if selection is None:
        return output_index
    if before:
        return max(selection.column - 1, 0)
    return min(selection.column, output_index)


def removal_index(selection, n_layers: int) -> int | None:
    """The layer Remove acts on: the selected one, else the last hidden one.

    None when there is nothing removable (one layer only, or the input selected).
    """
    if n_layers < 2:
        return None
    if selection is None:
        return n_layers - 2
    return selection.column - 1 if selection.column >= 1 else None


def new_layer(network, index: int) -> tuple[int, str]:
    """The size and activation of a layer inserted so it becomes ``network.layers[index]``.

    The one rule for the canvas "+" buttons and Network ▸ Add layer.  A new hidden
    layer copies the hidden layer before it (at the front, the one after it); one
    added after the output layer copies the output, so the output and its target
    keep their size.  With no hidden layer to copy: NEW_LAYER_SIZE sigmoid neurons.
    """
    layers = network.layers
    if index >= len(layers):
        model = layers[-1]
    elif index > 0:
        model = layers[index - 1]
    elif len(layers) > 1:
        model = layers[0]
    else:
        return NEW_LAYER_SIZE, "sigmoid"
    return model.n_out, model.activation
