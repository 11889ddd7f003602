"""The arithmetic of one step, written as the seeds write it, with real numbers.

``StepText.lines(document, matrix)`` returns ``(kind, text)`` pairs in the
order shown; the computation panel renders them and its Copy button joins
their texts.  The step's result comes first, so a short panel shows it
without scrolling; explanations come last.  Kinds:

- ``"title"``: what the step is (the panel shows it in its header row);
- ``"key"``: the step's result, larger (a and z; δ);
- ``"math"``: a formula with numbers (left column when beside ``"side"`` lines);
- ``"side"``: a formula of a list shown beside the ``"math"`` lines (∂E/∂w, ∂E/∂b);
- ``"wide"``: a formula on its own line (the loss, a finished layer);
- ``"caption"``: a short sentence kept next to the formula after it;
- ``"note"``: an explanation, moved after every formula.

Translatable words go through ``self.tr`` (context ``StepText``); formulas
and numbers stay as they are.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from ui.text.i18n import fill
from ui.text.numbers import factor, fmt, matrix_rows, shape, vector

MAX_TERMS = 8  # past this fan-in a sum shows its largest terms and sums up the rest
SHOWN_TERMS = 4  # how many of a long sum's terms are written out
SOFTMAX_LIMIT = 10  # a softmax layer's vectors are written whole up to this size (digits)


class StepText(QObject):
    """Builds the lines explaining the cursor's current step."""

    def lines(self, document, matrix: bool = False) -> list[tuple[str, str]]:
        """The lines for the current step of ``document.cursor``."""
        cursor = document.cursor
        rec = cursor.current()
        if rec is None:
            return self._hint(document)
        backward = cursor.phase == "backward"
        if matrix:
            out = (
                self._matrix_backward(document, rec)
                if backward
                else self._matrix_forward(document, rec)
            )
        else:
            out = self._backward(document, rec) if backward else self._forward(document, rec)
        if backward or cursor.forward_finished:
            out += self._loss(document)
        return [line for line in out if line[0] != "note"] + [
            line for line in out if line[0] == "note"
        ]

    # ---- nothing yet ---------------------------------------------------------
    def _hint(self, document) -> list[tuple[str, str]]:
        return [
            ("title", self.tr("Nothing computed yet")),
            ("note", self.tr("Press → (Right arrow) to compute the first neuron.")),
            ("math", "x = " + vector(document.input)),
        ]

    # ---- forward, one neuron -------------------------------------------------
    def _title(self, document, rec, backward: bool) -> str:
        n_layers = len(document.network.layers)
        role = self.tr("output layer") if rec.layer == n_layers - 1 else self.tr("hidden layer")
        text = (
            self.tr("Backward · layer %1 (%2) · neuron %3")
            if backward
            else self.tr("Forward · layer %1 (%2) · neuron %3")
        )
        return fill(text, rec.layer + 1, role, rec.neuron + 1)

    def _forward(self, document, rec) -> list[tuple[str, str]]:
        out = [
            ("title", self._title(document, rec, False)),
            ("key", "a = " + weighted_sum(rec.inputs, rec.weights, rec.bias) + " = " + fmt(rec.a)),
        ]
        if rec.softmax is not None:
            out += self._softmax(rec)
        else:
            out.append(("key", f"z = {rec.activation}({fmt(rec.a)}) = {fmt(rec.z)}"))
        layer = document.network.layers[rec.layer]
        if rec.neuron == layer.n_out - 1:
            zs = [r.z for r in layer_records(document.cursor.forward, rec.layer)]
            out.append(("caption", fill(self.tr("Layer %1 is complete:"), rec.layer + 1)))
            out.append(("wide", f"Z{rec.layer + 1} = {vector(zs)}"))
        out.append(("note", self.tr("Weighted input a = Σ x·w + b, then output z = h(a)")))
        return out

    def _softmax(self, rec) -> list[tuple[str, str]]:
        """Seed 002's softmax: the whole layer's e^a, their sum, and this neuron's share."""
        p, k = rec.softmax, rec.neuron
        out = [
            (
                "key",
                f"z = e^({factor(rec.a)} − {factor(p.max)}) / {fmt(p.sum)}"
                f" = {fmt(p.exp[k])} / {fmt(p.sum)} = {fmt(rec.z)}",
            ),
            ("math", f"max(a) = {fmt(p.max)}"),
            ("math", f"e^(a − max) = {vector(p.exp, SOFTMAX_LIMIT)}"),
            ("math", f"Σ e^(a − max) = {fmt(p.sum)}"),
            ("math", f"y = e^(a − max) / Σ = {vector(p.exp / p.sum, SOFTMAX_LIMIT)}"),
            (
                "note",
                self.tr(
                    "Softmax: the exponentials of (a − max), their sum, and this neuron's share"
                ),
            ),
            (
                "caption",
                self.tr(
                    "Subtracting the max changes nothing (e^max cancels above "
                    "and below) but keeps e^a from overflowing. Without it:"
                ),
            ),
        ]
        with np.errstate(over="ignore"):
            raw = np.exp(p.a)
        total = float(np.sum(raw))
        if np.isfinite(total):
            out += [
                ("wide", f"e^a = {vector(raw, SOFTMAX_LIMIT)}"),
                ("wide", f"Σ e^a = {full(total)}"),
                ("wide", f"e^a / Σ e^a = {fmt(raw[k])} / {full(total)} = {fmt(raw[k] / total)}"),
            ]
        else:
            out.append(("wide", self.tr("e^a / Σ e^a = inf / inf = nan (overflow)")))
        return out

    # ---- backward, one neuron ------------------------------------------------
    def _backward(self, document, rec) -> list[tuple[str, str]]:
        act = document.network.layers[rec.layer].activation
        out = [("title", self._title(document, rec, True))]
        if act == "softmax":
            out += self._softmax_delta(document, rec)
        else:
            out.append(
                (
                    "key",
                    f"δ = ∂E/∂z · h'(a) = {factor(rec.grad_z)}×{factor(rec.dh)} = {fmt(rec.delta)}",
                )
            )
        out += self._grad_z(document, rec)
        if act != "softmax":
            out.append(("math", f"h'(a) = {act}'({fmt(rec.a)}) = {fmt(rec.dh)}"))
        out += gradient_lines(rec)
        out.append(
            (
                "note",
                self.tr(
                    "δ = ∂E/∂a: how much the loss E changes with this neuron's weighted input a"
                ),
            )
        )
        out.append(
            ("note", self.tr("Gradients of the incoming weights (x·δ) and of the bias (δ):"))
        )
        out.append(
            (
                "note",
                self.tr("Apply update: w ← w − η·∂E/∂w, b ← b − η·∂E/∂b (η: the learning rate)"),
            )
        )
        return out

    def _softmax_delta(self, document, rec) -> list[tuple[str, str]]:
        """δ through softmax's full Jacobian, with the layer's z and ∂E/∂z plugged in."""
        recs = layer_records(document.cursor.backward, rec.layer)
        z = np.array([r.z for r in recs])
        g = np.array([r.grad_z for r in recs])
        mixed = float(z @ g)
        # The numbers and the result in the larger line, the formula under it: together
        # they would wrap to three lines at 1280×720.
        out = [
            (
                "key",
                f"δ = {factor(rec.z)}×({factor(rec.grad_z)} − {factor(mixed)}) = {fmt(rec.delta)}",
            ),
            ("math", "δ = z·(∂E/∂z − Σ_k z_k·∂E/∂z_k)"),
            ("math", "Σ_k z_k·∂E/∂z_k = " + join_products(z, g) + " = " + fmt(mixed)),
            (
                "note",
                self.tr(
                    "Softmax mixes the whole layer (its full Jacobian): δ is z "
                    "times how far this neuron's ∂E/∂z lies above the "
                    "z-weighted mean of the layer's ∂E/∂z"
                ),
            ),
        ]
        if document.loss_name == "cross_entropy":
            t = float(document.target[rec.neuron])
            out.append(("math", f"= y − t = {fmt(rec.z)} − {factor(t)} = {fmt(rec.delta)}"))
            out.append(("note", self.tr("With cross-entropy loss this simplifies to δ = y − t")))
        return out

    def _grad_z(self, document, rec) -> list[tuple[str, str]]:
        if rec.outgoing is None:
            t = float(document.target[rec.neuron])
            if document.loss_name == "mse":
                text = f"∂E/∂z = y − t = {fmt(rec.z)} − {factor(t)} = {fmt(rec.grad_z)}"
            elif document.loss_name == "cross_entropy":
                text = f"∂E/∂z = −t/y = −{factor(t)}/{factor(rec.z)} = {fmt(rec.grad_z)}"
            else:
                text = f"∂E/∂z = {fmt(rec.grad_z)}"
            return [("math", text)]
        return [
            (
                "math",
                "∂E/∂z = " + join_products(rec.outgoing, rec.next_delta) + " = " + fmt(rec.grad_z),
            ),
            (
                "note",
                fill(self.tr("The error arriving from layer %1: Σ_k w_jk·δ_k"), rec.layer + 2),
            ),
        ]

    # ---- matrix form ---------------------------------------------------------
    def _matrix_forward(self, document, rec) -> list[tuple[str, str]]:
        n, layer = rec.layer + 1, document.network.layers[rec.layer]
        recs = layer_records(document.cursor.forward, rec.layer)
        A = np.array([r.a for r in recs])
        Z = np.array([r.z for r in recs])
        x_name = "X" if rec.layer == 0 else f"Z{rec.layer}"
        out = [
            (
                "title",
                fill(self.tr("Layer %1 in matrix form (the whole layer at once)"), n),
            ),
            ("key", f"A{n} = {vector(A)}"),
            ("key", f"Z{n} = {layer.activation}(A{n}) = {vector(Z)}"),
            ("math", f"A{n} = np.dot({x_name}, W{n}) + B{n}"),
            ("math", f"{shape(rec.inputs)} · {shape(layer.W)} + {shape(layer.b)} = {shape(A)}"),
            ("math", f"{x_name} = {vector(rec.inputs)}"),
            ("math", f"B{n} = {vector(layer.b)}"),
        ]
        return out + [("side", text) for _kind, text in array_lines(f"W{n}", layer.W)]

    def _matrix_backward(self, document, rec) -> list[tuple[str, str]]:
        n, net = rec.layer + 1, document.network
        recs = layer_records(document.cursor.backward, rec.layer)
        delta = np.array([r.delta for r in recs])
        x_name = "X" if rec.layer == 0 else f"Z{rec.layer}"
        out = [("title", fill(self.tr("Layer %1 backward in matrix form"), n))]
        if net.layers[rec.layer].activation == "softmax":
            Z = np.array([r.z for r in recs])
            G = np.array([r.grad_z for r in recs])
            out += [
                (
                    "key",
                    f"δ{n} = Z{n} ⊙ (∂E/∂Z{n} − (∂E/∂Z{n}·Z{n})) = {vector(delta, SOFTMAX_LIMIT)}",
                ),
                ("math", f"Z{n} = {vector(Z, SOFTMAX_LIMIT)}"),
                ("math", f"∂E/∂Z{n}·Z{n} = {fmt(G @ Z)}"),
                (
                    "note",
                    self.tr(
                        "Softmax mixes the whole layer: each δ is its z times "
                        "(its ∂E/∂z minus the z-weighted sum ∂E/∂Z·Z), "
                        "not ∂E/∂Z ⊙ h'(A)"
                    ),
                ),
            ]
        else:
            out.append(("key", f"δ{n} = ∂E/∂Z{n} ⊙ h'(A{n}) = {vector(delta)}"))
        if rec.outgoing is None:
            out.append(("math", f"∂E/∂Z{n} = {vector([r.grad_z for r in recs])}"))
        else:
            out.append(
                (
                    "math",
                    f"∂E/∂Z{n} = δ{n + 1} · W{n + 1}ᵀ   "
                    f"{shape(rec.next_delta)} · {shape(net.layers[n].W.T)}"
                    f" = {shape(delta)}",
                )
            )
        out += [
            (
                "math",
                f"dW{n} = {x_name}ᵀ · δ{n}   ({rec.inputs.size}, 1) · "
                f"(1, {delta.size}) = {shape(net.layers[rec.layer].W)}",
            ),
            ("math", f"dB{n} = δ{n} = {vector(delta)}"),
        ]
        return out + [
            ("side", text) for _kind, text in array_lines(f"dW{n}", np.outer(rec.inputs, delta))
        ]

    # ---- the loss ------------------------------------------------------------
    def _loss(self, document) -> list[tuple[str, str]]:
        loss = document.current_loss()
        if loss is None:
            return []
        y, t = document.output(), document.target
        if document.loss_name == "mse" and y.size <= MAX_TERMS:
            terms = [f"({fmt(a)} − {factor(b)})²" for a, b in zip(y, t)]
            out = [("math", "E = ½·Σ(y − t)² = ½·(" + " + ".join(terms) + ") = " + fmt(loss))]
        else:
            out = [("math", f"E = {fmt(loss)}")]
        return out + [("note", fill(self.tr("Output y = %1, target t = %2"), vector(y), vector(t)))]


def layer_records(records, layer: int) -> list:
    """The records of one layer, in neuron order (forward or backward).

    A cursor's records come by layer (``of_layer``): the other layers' records are
    not made for it (5,130 of them in a 1024-2048-2048-10 pass).
    """
    if hasattr(records, "of_layer"):
        return records.of_layer(layer)
    return sorted((r for r in records if r.layer == layer), key=lambda r: r.neuron)


def weighted_sum(inputs, weights, bias: float) -> str:
    """``1.0×0.1 + 0.5×0.2 + 0.1``; past ``MAX_TERMS`` inputs, the largest terms and the rest."""
    return join_products(inputs, weights, [factor(bias)])


def join_products(left, right, tail: list[str] | None = None) -> str:
    """``l1×r1 + l2×r2 + …`` for arrays of shape (n,), then the ``tail`` terms.

    Past ``MAX_TERMS`` products only the ``SHOWN_TERMS`` largest in size are
    written (in their order), the others summed up in one term, so a digit's
    64 inputs, mostly 0.0, show the pixels that count and still add up.
    """
    left, right = np.asarray(left, dtype=float), np.asarray(right, dtype=float)
    tail = tail or []
    if left.size <= MAX_TERMS:
        shown = range(left.size)
    else:
        shown = np.sort(np.argsort(-np.abs(left * right), kind="stable")[:SHOWN_TERMS])
    terms = [f"{factor(left[i])}×{factor(right[i])}" for i in shown]
    if len(terms) < left.size:
        rest = float(left @ right - sum(left[i] * right[i] for i in shown))
        more = StepText.tr("(%n more terms, sum %1)", "", left.size - len(terms))
        terms.append("… + " + fill(more, fmt(rest)))
    return " + ".join(terms + tail)


def full(value: float) -> str:
    """A scalar as NumPy prints one: every digit, ``74.1221542101633`` (seed 002's sum)."""
    return repr(float(value))


def gradient_lines(rec) -> list[tuple[str, str]]:
    """``∂E/∂w1 = x1·δ = 1.0×0.1 = 0.1`` per incoming weight (shortened), and ``∂E/∂b``."""
    out = []
    rows = list(enumerate(zip(rec.inputs, rec.dW), start=1))
    shown = rows
    if len(rows) > MAX_TERMS:  # the three largest, "…" and ∂E/∂b: five lines
        largest = np.sort(np.argsort(-np.abs(rec.dW), kind="stable")[:3])
        shown = [rows[i] for i in largest]
    for i, (x, dw) in shown:
        out.append(("side", f"∂E/∂w{i} = x{i}·δ = {factor(x)}×{factor(rec.delta)} = {fmt(dw)}"))
    if len(shown) < len(rows):
        out.append(("side", f"… (n = {len(rows)})   mean |∂E/∂w| = {fmt(np.mean(np.abs(rec.dW)))}"))
    out.append(("side", f"∂E/∂b = δ = {fmt(rec.db)}"))
    return out


def array_lines(name: str, values) -> list[tuple[str, str]]:
    """A matrix as ``name = [[...`` lines, indented under the first."""
    rows = matrix_rows(values)
    pad = " " * (len(name) + 3)
    return [("math", f"{name} = {rows[0]}")] + [("math", pad + r) for r in rows[1:]]
