"""The matrix form of a step: the whole layer at once, as seed 001 writes it with np.dot.

With one example, X is that example's row, shape (n_in,); with a table of
several examples, X is the whole table, shape (N, n_in), and the layer computes
every row at once: ``A1 = np.dot(X, W1) + B1`` with shapes ``(4, 2)·(2, 2) + (2,)``,
seed 001's 2×2 ``np.dot`` with real numbers.

The arrays are one ``"arrays"`` line: blocks separated by a blank line, each a
heading (the array's name, a tab, its shape) and its rows as NumPy prints them;
the panel draws the blocks side by side, ``plain_arrays`` writes them for Copy.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from ui.text.i18n import fill
from ui.text.numbers import matrix_rows, shape, vector

SOFTMAX_LIMIT = 10  # a softmax layer's vectors are written whole up to this size (digits)


def array_block(name: str, values, size: str | None = None) -> str:
    """One block of an ``"arrays"`` line: ``name<tab>shape`` (or ``size``, how the shape
    comes about), then the rows as NumPy prints them."""
    values = np.asarray(values, dtype=float)
    rows = [vector(values)] if values.ndim == 1 else matrix_rows(values)
    return "\n".join([f"{name}\t{size or shape(values)}", *rows])


def arrays_line(*blocks: str) -> tuple[str, str]:
    return ("arrays", "\n\n".join(blocks))


def array_blocks(text: str) -> list[tuple[str, str, list[str]]]:
    """The (name, shape, rows) of each block of an ``"arrays"`` line."""
    blocks = []
    for block in text.split("\n\n"):
        heading, *rows = block.split("\n")
        name, _, size = heading.partition("\t")
        blocks.append((name, size, rows))
    return blocks


def plain_arrays(text: str) -> str:
    """An ``"arrays"`` line as plain text: ``A1 = [0.3, 0.7, 1.1]   (3,)``, one per array."""
    lines = []
    for name, size, rows in array_blocks(text):
        pad = " " * (len(name) + 3)
        lines.append(f"{name} = {rows[0]}" + ("" if len(rows) > 1 else f"   {size}"))
        lines += [pad + row for row in rows[1:]]
        if len(rows) > 1:
            lines[-1] += f"   {size}"
    return "\n".join(lines)


class MatrixText(QObject):
    """Builds the matrix-form lines of the cursor's current layer."""

    def lines(self, document, rec, backward: bool, title: str) -> list[tuple[str, str]]:
        batch = len(document.example_inputs) > 1
        if backward:
            return self._backward(document, rec, batch)
        return self._forward(document, rec, batch)

    # ---- forward ---------------------------------------------------------------
    def _forward(self, document, rec, batch: bool) -> list[tuple[str, str]]:
        n, layer = rec.layer + 1, document.network.layers[rec.layer]
        x_name = "X" if rec.layer == 0 else f"Z{rec.layer}"
        if batch:
            cache = document.network.forward_cache(np.asarray(document.example_inputs))[rec.layer]
            X, A, Z = cache.x, cache.a, cache.z
            title = self.tr("Layer %1 in matrix form: all %2 examples (row %3 stepped)")
        else:
            recs = _layer_records(document.cursor.forward, rec.layer)
            X, A, Z = rec.inputs, np.array([r.a for r in recs]), np.array([r.z for r in recs])
            title = self.tr("Layer %1 in matrix form (the whole layer at once)")
        rows = len(document.example_inputs)
        shapes = f"{shape(X)} · {shape(layer.W)} + {shape(layer.b)} = {shape(A)}"
        out = [
            ("title", fill(title, n, rows, document.example_row + 1)),
            ("key", f"A{n} = np.dot({x_name}, W{n}) + B{n}:   {shapes}"),
            arrays_line(
                array_block(x_name, X),
                array_block(f"W{n}", layer.W),
                array_block(f"B{n}", layer.b),
                array_block(f"A{n}", A),
                array_block(f"Z{n} = {layer.activation}(A{n})", Z),
            ),
        ]
        if not batch:
            note = self.tr("B is added to every row: NumPy broadcasts it, as in the seeds")
            out.append(("note", note))
        return out

    # ---- backward --------------------------------------------------------------
    def _backward(self, document, rec, batch: bool) -> list[tuple[str, str]]:
        n, net = rec.layer + 1, document.network
        x_name = "X" if rec.layer == 0 else f"Z{rec.layer}"
        delta, X = self._deltas(document, rec, batch)
        rows = len(delta) if delta.ndim == 2 else 1
        title = (
            self.tr("Layer %1 backward in matrix form: all %2 examples")
            if batch
            else self.tr("Layer %1 backward in matrix form")
        )
        dW = np.dot(np.atleast_2d(X).T, np.atleast_2d(delta)) / rows
        dB = np.atleast_2d(delta).sum(axis=0) / rows
        if rec.outgoing is None:
            key = self._delta_line(net, n)
        else:
            upper = f"{_delta_shape(delta, net.layers[n].n_out)} · {shape(net.layers[n].W.T)}"
            key = f"∂E/∂Z{n} = δ{n + 1} · W{n + 1}ᵀ:   {upper} = {shape(delta)}"
        mean = " / N" if batch else ""
        product = f"{_transposed(X)} · {_column(delta)}"
        return [
            ("title", fill(title, n, rows)),
            ("key", key),
            arrays_line(
                array_block(
                    self._delta_line(net, n) if rec.outgoing is not None else f"δ{n}", delta
                ),
                array_block(f"dW{n} = {x_name}ᵀ · δ{n}{mean}", dW, f"{product} = {shape(dW)}"),
                array_block(f"dB{n} = Σ δ{n}{mean}", dB),
            ),
        ]

    def _delta_line(self, net, n: int) -> str:
        if net.layers[n - 1].activation == "softmax":
            return f"δ{n} = Z{n} ⊙ (∂E/∂Z{n} − (∂E/∂Z{n}·Z{n}))"
        return f"δ{n} = ∂E/∂Z{n} ⊙ h'(A{n})"

    def _deltas(self, document, rec, batch: bool):
        """Each example's δ of the layer, (N, n_out) (or (n_out,)), and what fed it."""
        if not batch:
            recs = _layer_records(document.cursor.backward, rec.layer)
            return np.array([r.delta for r in recs]), rec.inputs
        net, X = document.network, np.asarray(document.example_inputs)
        caches = net.forward_cache(X)
        T = np.asarray(document.example_targets)
        deltas, _grads = net.backward(caches, T, document.loss_name)
        # The mean loss's δ carries a 1/N: each row's own δ is N times it.
        return deltas[rec.layer] * len(X), caches[rec.layer].x


def _layer_records(records, layer: int) -> list:
    return sorted((r for r in records if r.layer == layer), key=lambda r: r.neuron)


def _transposed(values) -> str:
    """The shape of Xᵀ as the product uses it: a vector x counts as a (n, 1) column."""
    values = np.asarray(values)
    return f"({values.size}, 1)" if values.ndim == 1 else shape(values.T)


def _column(values) -> str:
    """The shape of δ in the product: a vector counts as a (1, n) row."""
    values = np.asarray(values)
    return f"(1, {values.size})" if values.ndim == 1 else shape(values)


def _delta_shape(delta, n_next: int) -> str:
    return f"({n_next},)" if np.ndim(delta) == 1 else f"({len(delta)}, {n_next})"
