"""The current layer's arrays as text to paste: as NumPy prints them, or as code.

"The current layer" is the selected one (or the layer of the selected neuron or
edge), else the layer being computed, else layer 1: the one the panels show.
"""

from __future__ import annotations

import numpy as np

import simulator as sim
from ui.panels.computation.matrix_text import array_block, arrays_line, plain_arrays
from ui.text import describe
from ui.text.notation import letters


def current_layer(document) -> int:
    """The index in ``network.layers`` of the layer a copy takes."""
    sel, rec = document.selection, document.cursor.current()
    if sel is not None and sel.column >= 1:
        return sel.column - 1
    return rec.layer if rec is not None else 0


def as_text(document, index: int) -> str:
    """ "Layer 1 (hidden): sigmoid", then W1, B1 (and A1, Z1 once computed) as NumPy
    prints them, each with its shape."""
    net, n = document.network, index + 1
    layer = net.layers[index]
    title = describe.layer_name(n, len(net.layers) + 1)
    blocks = [array_block(f"W{n}", layer.W), array_block(f"B{n}", layer.b)]
    cursor = document.cursor
    done = [r for r in cursor.forward[: cursor.forward_done] if r.layer == index]
    if len(done) == layer.n_out:  # the layer is computed: its A and Z too
        blocks.append(array_block(letters(f"A{n}"), np.array([r.a for r in done])))
        blocks.append(array_block(letters(f"Z{n}"), np.array([r.z for r in done])))
    heading = f"{title[:1].upper() + title[1:]}: {layer.activation}"
    return heading + "\n" + plain_arrays(arrays_line(*blocks)[1])


def as_numpy(document, index: int) -> str:
    """``W1 = np.array([...])`` and ``B1 = np.array([...])``, every digit kept."""
    layer, n = document.network.layers[index], index + 1
    return f"W{n} = {sim.array_literal(layer.W)}\nB{n} = {sim.array_literal(layer.b)}\n"
