"""The arithmetic of one step, written as the seeds write it, with real numbers.

``StepText.lines(document, matrix)`` returns ``(kind, text)`` pairs in the
order shown; the computation panel renders them and its Copy button joins
their texts.  The step's result comes first, so a short panel shows it
without scrolling; one explanation comes last.  Kinds:

- ``"title"``: what the step is (the panel shows it in its header row);
- ``"key"``: the step's result, larger (a and z; δ);
- ``"math"``: a formula with numbers (left column when beside ``"side"`` lines);
- ``"side"``: a formula of a list shown beside the ``"math"`` lines (∂E/∂w, ∂E/∂b);
- ``"wide"``: a formula on its own line (a finished layer);
- ``"caption"``: a short sentence kept next to the formula after it;
- ``"note"``: an explanation, moved after every formula;
- ``"arrays"``: the matrix form's arrays side by side (see ``matrix_text``).

Translatable words go through ``self.tr`` (context ``StepText``); formulas
and numbers stay as they are.  Names are the book's (``ui.text.notation``):
``a^{(1)}_{3}`` in the lines' markup is a⁽¹⁾₃, with real sub- and superscripts
on screen and Unicode ones in plain text.  Every line is written in the book's
letters and turned into the chosen ones (View ▸ Notation) once, by ``lines``:
formula lines whole, so the few words inside them (“Layer 1 is complete:”) have no
one-letter word; sentences only where they mark a formula ⟦…⟧.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from ui.text import describe, unit_names
from ui.text.i18n import fill
from ui.text.notation import input_symbol, letters, spans, symbol, weight_symbol
from ui.text.numbers import factor, fmt, vector

from .matrix_text import MatrixText

MAX_TERMS = 8  # past this fan-in a sum shows its largest terms and sums up the rest
SHOWN_TERMS = 4  # how many of a long sum's terms are written out
SOFTMAX_LIMIT = 10  # a softmax layer's vectors are written whole up to this size (digits)


class StepText(QObject):
    """Builds the lines explaining the cursor's current step."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrix = MatrixText(self)

    def lines(self, document, matrix: bool = False) -> list[tuple[str, str]]:
        """The lines for the current step of ``document.cursor``."""
        cursor = document.cursor
        rec = cursor.current()
        if rec is None:
            return self._hint(document)
        backward = cursor.phase == "backward"
        if matrix:
            out = self._matrix.lines(document, rec, backward, self.title(document, rec, backward))
        else:
            out = self._backward(document, rec) if backward else self._forward(document, rec)
        last_layer = rec.layer == len(document.network.layers) - 1
        if (backward and last_layer) or (not backward and cursor.forward_finished):
            # where the output meets its target: the table's mean E when it is the batch
            batch = matrix and len(document.example_inputs) > 1
            out += self._table_loss(document) if batch else self._loss(document)
        ordered = [line for line in out if line[0] != "note"]
        ordered += [line for line in out if line[0] == "note"]
        return [(kind, in_letters(kind, text)) for kind, text in ordered]

    # ---- nothing yet ---------------------------------------------------------
    def _hint(self, document) -> list[tuple[str, str]]:
        return [
            ("title", self.tr("Nothing computed yet")),
            ("note", self.tr("Press → (Right arrow) to compute the first neuron.")),
            ("math", "x = " + vector(document.input)),
        ]

    # ---- forward, one neuron -------------------------------------------------
    def title(self, document, rec, backward: bool) -> str:
        """ "Forward · Layer 1 (hidden) · neuron 3", the layer named as everywhere else."""
        n_columns = len(document.network.layers) + 1
        layer = describe.layer_name(rec.layer + 1, n_columns)
        text = (
            self.tr("Backward · %1 · neuron %2")
            if backward
            else self.tr("Forward · %1 · neuron %2")
        )
        title = fill(text, layer[:1].upper() + layer[1:], rec.neuron + 1)
        label = unit_names.output_label(document.names, rec.neuron)
        if rec.layer == n_columns - 2 and label is not None:  # an output of a named class
            title = fill(self.tr("%1 (class %2)"), title, label)
        return title

    def _forward(self, document, rec) -> list[tuple[str, str]]:
        n = rec.layer + 1
        a, z = symbol("a", n, rec.neuron), symbol("z", n, rec.neuron)
        out = [
            ("title", self.title(document, rec, False)),
            (
                "key",
                f"{a} = " + weighted_sum(rec.inputs, rec.weights, rec.bias) + " = " + fmt(rec.a),
            ),
        ]
        if rec.softmax is not None:
            out += self._softmax(rec, z)
        else:
            out.append(("key", f"{z} = {rec.activation}({fmt(rec.a)}) = {fmt(rec.z)}"))
        layer = document.network.layers[rec.layer]
        if rec.neuron == layer.n_out - 1:
            zs = [r.z for r in layer_records(document.cursor.forward, rec.layer)]
            done = fill(self.tr("Layer %1 is complete:"), n)
            out.append(("wide", f"{done} Z{n} = {vector(zs)}"))
        if rec.softmax is None:  # softmax says what it does itself: one explanation a step
            note = self.tr("Weighted input ⟦a = b + Σ w·x⟧, then output ⟦z = h(a)⟧")
            out.append(("note", note))
        return out

    def _softmax(self, rec, z: str) -> list[tuple[str, str]]:
        """Seed 002's softmax: the whole layer's e^(a − max), their sum, this neuron's share.

        The layer's first neuron also shows the seed's overflow lesson: the same
        share without subtracting the max (every neuron of the layer would repeat it).
        """
        p, k = rec.softmax, rec.neuron
        out = [
            (
                "key",
                f"{z} = e^({factor(rec.a)} − {factor(p.max)}) / {fmt(p.sum)}"
                f" = {fmt(p.exp[k])} / {fmt(p.sum)} = {fmt(rec.z)}",
            ),
            ("math", f"e^(a − max(a)) = e^(a − {factor(p.max)}) = {vector(p.exp, SOFTMAX_LIMIT)}"),
            ("math", f"Σ e^(a − max(a)) = {fmt(p.sum)}"),
        ]
        if k > 0:
            note = self.tr(
                "Softmax: this neuron's share of the layer's ⟦e^(a − max)⟧; they sum to 1"
            )
            return out + [("note", note)]
        out += [
            (
                "note",
                self.tr(
                    "Subtracting the max changes nothing (⟦e^max⟧ cancels above "
                    "and below) but keeps ⟦e^a⟧ from overflowing."
                ),
            ),
            ("side", self.tr("Without subtracting it:")),
        ]
        with np.errstate(over="ignore"):
            raw = np.exp(p.a)
        total = float(np.sum(raw))
        if np.isfinite(total):
            out += [
                ("side", f"e^a = {vector(raw, SOFTMAX_LIMIT)}"),
                ("side", f"Σ e^a = {full(total)}"),
                ("side", f"e^a / Σ e^a = {fmt(raw[k])} / {full(total)} = {fmt(raw[k] / total)}"),
            ]
        else:
            out.append(("side", self.tr("e^a / Σ e^a = inf / inf = nan (overflow)")))
        return out

    # ---- backward, one neuron ------------------------------------------------
    def _backward(self, document, rec) -> list[tuple[str, str]]:
        act = document.network.layers[rec.layer].activation
        delta = symbol("δ", rec.layer + 1, rec.neuron)
        out = [("title", self.title(document, rec, True))]
        if act == "softmax":
            out += self._softmax_delta(document, rec, delta)
        else:
            products = f"{factor(rec.grad_z)}×{factor(rec.dh)}"
            out.append(("key", f"{delta} = ∂E/∂z · h'(a) = {products} = {fmt(rec.delta)}"))
        out += self._grad_z(document, rec)
        if act != "softmax":
            out.append(("math", f"h'(a) = {act}'({fmt(rec.a)}) = {fmt(rec.dh)}"))
        out += gradient_lines(rec, document.names)
        return self._one_note(document, out)

    def _one_note(self, document, out: list) -> list[tuple[str, str]]:
        """One explanation a step: the pass's last step says what comes next, another says
        what its δ means (unless softmax explained its own)."""
        if document.cursor.backward_finished:
            out = [line for line in out if line[0] != "note"]
            note = self.tr(
                "Backward pass done. Apply update (Ctrl+U) takes one step: "
                "⟦w ← w − η·∂E/∂w⟧, ⟦b ← b − η·∂E/∂b⟧"
            )
            return out + [("note", note)]
        if any(kind == "note" for kind, _text in out):
            return out
        note = self.tr(
            "⟦δ = ∂E/∂a⟧: how much the loss E changes with this neuron's weighted input ⟦a⟧"
        )
        return out + [("note", note)]

    def _softmax_delta(self, document, rec, delta: str) -> list[tuple[str, str]]:
        """δ through softmax's full Jacobian, with the layer's z and ∂E/∂z plugged in."""
        recs = layer_records(document.cursor.backward, rec.layer)
        z = np.array([r.z for r in recs])
        g = np.array([r.grad_z for r in recs])
        mixed = float(z @ g)
        # The numbers and the result in the larger line, the formula under it: together
        # they would wrap to three lines at 1280×720.
        mix = "Σ_{k} z_{k}·∂E/∂z_{k}"
        out = [
            (
                "key",
                f"{delta} = {factor(rec.z)}×({factor(rec.grad_z)} − {factor(mixed)})"
                f" = {fmt(rec.delta)}",
            ),
            ("math", f"δ = z·(∂E/∂z − {mix})"),
            ("math", f"{mix} = " + join_products(z, g) + " = " + fmt(mixed)),
        ]
        if document.loss_name != "cross_entropy":
            note = self.tr(
                "Softmax mixes the whole layer (its full Jacobian): δ is ⟦z⟧ "
                "times how far this neuron's ⟦∂E/∂z⟧ lies above the "
                "⟦z⟧-weighted mean of the layer's ⟦∂E/∂z⟧"
            )
            return out + [("note", note)]
        j, t = rec.neuron, float(document.target[rec.neuron])
        yt = f"{symbol('y', None, j)} − {symbol('t', None, j)}"
        out.append(("math", f"{delta} = {yt} = {fmt(rec.z)} − {factor(t)} = {fmt(rec.delta)}"))
        note = self.tr("With cross-entropy loss this simplifies to δ = y − t")
        return out + [("note", note)]

    def _grad_z(self, document, rec) -> list[tuple[str, str]]:
        j = rec.neuron
        if rec.outgoing is None:
            t = float(document.target[j])
            y_j, t_j = symbol("y", None, j), symbol("t", None, j)
            if document.loss_name == "mse":
                text = f"∂E/∂z = {y_j} − {t_j} = {fmt(rec.z)} − {factor(t)} = {fmt(rec.grad_z)}"
            elif document.loss_name == "cross_entropy":
                text = f"∂E/∂z = −{t_j}/{y_j} = −{factor(t)}/{factor(rec.z)} = {fmt(rec.grad_z)}"
            else:
                text = f"∂E/∂z = {fmt(rec.grad_z)}"
            return [("math", text)]
        above = rec.layer + 2  # the error arrives from the layer above, through its weights
        formula = f"Σ_{{k}} {symbol('w', above, 'k', j)}·{symbol('δ', above, 'k')}"
        products = join_products(rec.outgoing, rec.next_delta)
        return [("math", f"∂E/∂z = {formula} = {products} = {fmt(rec.grad_z)}")]

    # ---- the loss ------------------------------------------------------------
    def _loss(self, document) -> list[tuple[str, str]]:
        loss = document.current_loss()
        if loss is None:
            return []
        y, t = document.output(), document.target
        if document.loss_name == "mse" and y.size <= MAX_TERMS:
            terms = [f"({fmt(a)} − {factor(b)})²" for a, b in zip(y, t)]
            return [("math", "E = ½·Σ(y − t)² = ½·(" + " + ".join(terms) + ") = " + fmt(loss))]
        if document.loss_name == "cross_entropy" and np.count_nonzero(t) <= MAX_TERMS:
            terms = [f"{factor(b)}×log({fmt(a)})" for a, b in zip(y, t) if b != 0]
            return [("math", "E = −Σ t·log y = −(" + " + ".join(terms) + ") = " + fmt(loss))]
        return [
            ("math", f"E = {fmt(loss)}"),
            ("note", fill(self.tr("Output y = %1, target t = %2"), vector(y), vector(t))),
        ]

    def _table_loss(self, document) -> list[tuple[str, str]]:
        losses = document.example_losses()
        if losses is None:
            return []
        if losses.size > MAX_TERMS:
            return [("math", f"E = mean(E) = {fmt(np.mean(losses))}")]
        terms = " + ".join(fmt(v) for v in losses)
        return [("math", f"E = ({terms}) / {losses.size} = {fmt(np.mean(losses))}")]


def in_letters(kind: str, text: str) -> str:
    """A line in the letters chosen (View ▸ Notation): a formula whole, a sentence's ⟦…⟧."""
    return spans(text) if kind in ("title", "note", "caption") else letters(text)


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


def gradient_lines(rec, names=None) -> list[tuple[str, str]]:
    """``∂E/∂w⁽¹⁾₁₁ = x₁·δ = 1.0×0.1 = 0.1`` per incoming weight (shortened), and ``∂E/∂b``.

    The first layer's inputs are written as the data name them (``x₁²·δ``, ``names``).
    """
    n, j, out = rec.layer + 1, rec.neuron, []
    count = len(rec.dW)
    shown = range(count)  # indices only: a record of 4,096 inputs made 4,096 tuples a step
    if count > MAX_TERMS:  # the three largest, "…" and ∂E/∂b: five lines
        shown = np.sort(np.argsort(-np.abs(rec.dW), kind="stable")[:3]).tolist()
    for i in shown:
        x, dw = rec.inputs[i], rec.dW[i]
        source = unit_names.input_symbol(names, i) if n == 1 else input_symbol(n, i)
        name = f"∂E/∂{weight_symbol(n, i, j)} = {source}·δ"
        out.append(("side", f"{name} = {factor(x)}×{factor(rec.delta)} = {fmt(dw)}"))
    if len(shown) < count:
        out.append(("side", f"… (n = {count})   mean |∂E/∂w| = {fmt(np.mean(np.abs(rec.dW)))}"))
    out.append(("side", f"∂E/∂{symbol('b', n, j)} = δ = {fmt(rec.db)}"))
    return out
