"""Lesson 6: vanishing gradients, a deep sigmoid network against the same one with ReLU.

Seed 002: away from 0 the sigmoid's slope is nearly 0 and backpropagation barely
moves the first layers (梯度饱和, 梯度弥散); its slope z(1 − z) is at most 0.25, so
δ = h'(a)·Σ w·δ shrinks layer by layer.  ReLU's slope is 1 wherever a > 0.
The network: 2 inputs, 6 hidden layers of 3, 1 sigmoid output (7 layers), with
He start weights drawn from seed 21, a draw whose ReLU version keeps every layer
alive for x = (1.0, 0.5).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

import simulator as sim

from . import readouts
from .lesson import Lesson, Step, say

HIDDEN_LAYERS, WIDTH, SEED = 6, 3, 21
X, T = (1.0, 0.5), (1.0,)
UPDATES = 10
GRADIENTS = ("dockGradients",)


def deep_network(activation: str) -> sim.Network:
    """The lesson's network with ``activation`` in its hidden layers (the same weights)."""
    sizes = [WIDTH] * HIDDEN_LAYERS + [1]
    net = sim.Network.create(2, sizes, ["relu"] * HIDDEN_LAYERS + ["sigmoid"], seed=SEED)
    for index in range(HIDDEN_LAYERS):
        net.set_activation(index, activation)
    return net


def _show_deltas(app) -> None:
    app.forward()
    app.doc.finish_pass()  # the backward pass, to layer 1's last neuron
    app.show_dock("dockGradients")
    app.gradients.show_chart("delta")
    app.gradients.set_log_scale(True)


def _sigmoid(app) -> None:
    app.start_afresh(deep_network("sigmoid"), X, T)
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "Seven sigmoid layers"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "2 inputs, 6 hidden layers of 3 sigmoid neurons, 1 sigmoid output; "
            "x = (1.0, 0.5), t = 1.",
        ),
    )
    _show_deltas(app)


def _chain_rule(app) -> None:
    app.doc.select(None)  # the computation panel shows the last neuron computed: layer 1's


def _updates(app) -> None:
    for _ in range(UPDATES):
        app.doc.apply_update()
    app.forward()
    app.doc.finish_pass()
    app.gradients.show_chart("history")


def _relu(app) -> None:
    with app.doc.edit_group(QT_TRANSLATE_NOOP("Document", "ReLU hidden layers")):
        for index in range(HIDDEN_LAYERS):
            app.doc.set_activation(index, "relu")
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "Six ReLU layers and a sigmoid output"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "The same network and weights, its hidden layers ReLU; x = (1.0, 0.5), t = 1.",
        ),
    )
    _show_deltas(app)


def times(ratio: float) -> str:
    """A ratio ≥ 1 to two figures: 3,300; 1.2."""
    rounded = float(f"{ratio:.2g}")
    return f"{rounded:,.0f}" if rounded >= 10 else f"{rounded:g}"


def layer_1_against(top: float, bottom: float) -> str:
    """Layer 1's number ``bottom`` against the output layer's ``top``, in words."""
    if bottom <= top:
        return say(QT_TRANSLATE_NOOP("Lessons", "<b>%1</b> times smaller"), times(top / bottom))
    return say(QT_TRANSLATE_NOOP("Lessons", "<b>%1</b> times larger"), times(bottom / top))


def _deltas(app) -> str:
    """The largest |δ| of the output layer and of layer 1, as the backward pass has them."""
    cursor, last = app.doc.cursor, len(app.doc.network.layers) - 1
    top, bottom = (np.nanmax(np.abs(cursor.deltas(k)), initial=0.0) for k in (last, 0))
    if not (top > 0 and bottom > 0):
        return ""
    text = QT_TRANSLATE_NOOP("Lessons", "Largest |δ|: layer %1 %2, layer 1 %3: %4")
    n = readouts.number
    return say(text, last + 1, n(top), n(bottom), layer_1_against(top, bottom))


def _norms(app) -> str:
    """The gradient norms of the last Apply update: the output layer's and layer 1's."""
    history = app.doc.gradient_history
    if not history or not (history[-1][0] > 0):
        return ""
    top, bottom = history[-1][-1], history[-1][0]
    text = QT_TRANSLATE_NOOP("Lessons", "Update %1: ⟦‖∂E/∂W‖⟧ of layer %2 %3, of layer 1 %4: %5")
    n = readouts.number
    return say(
        text, len(history), len(history[-1]), n(top), n(bottom), layer_1_against(top, bottom)
    )


LESSON = Lesson(
    6,
    QT_TRANSLATE_NOOP("Lessons", "Vanishing gradients"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A deep sigmoid network"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Six hidden layers of three sigmoid neurons and a sigmoid output: seven "
                "layers. The backward pass has run, and the gradient panel draws each "
                "neuron's ⟦δ = ∂E/∂a⟧ on powers of ten: from layer 7 back to layer 1 the "
                "bars fall, step after step.",
            ),
            _sigmoid,
            readout=_deltas,
            docks=GRADIENTS,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Why: the slope, layer after layer"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "A layer's δ is the next layer's, passed back through the weights and "
                "multiplied by the slope: ⟦δ = h'(a)·Σ w·δ⟧ (the computation panel, layer 1). "
                "The sigmoid's slope ⟦h'(a) = z(1 − z)⟧ is at most 0.25: six layers can "
                "shrink δ to 0.25⁶ ≈ 0.00024 of itself. Seed 002 calls it gradient "
                "saturation.",
            ),
            _chain_rule,
            readout=_deltas,
            docks=GRADIENTS,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Ten updates: layer 1 hardly learns"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Apply update ten times. The history draws each layer's gradient norm "
                "⟦‖∂E/∂W‖⟧ at every update, on a log scale: the seven lines lie apart, "
                "layer 1 lowest. Its weights move thousands of times less than the "
                "output's.",
            ),
            _updates,
            readout=_norms,
            docks=GRADIENTS,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "The same network with ReLU"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Make the six hidden layers ReLU, the weights as they are. ReLU's slope is "
                "1 wherever ⟦a > 0⟧ (seed 002), so δ passes back without shrinking: "
                "layer 1's bars stand as tall as layer 7's.",
            ),
            _relu,
            readout=_deltas,
            docks=GRADIENTS,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Ten more updates: every layer learns"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Ten more updates, with ReLU: from update 11 on the seven lines lie "
                "together, within a power of ten. Every layer learns, which is why deep "
                "networks use ReLU in their hidden layers (seeds 002 and 003).",
            ),
            _updates,
            readout=_norms,
            docks=GRADIENTS,
        ),
    ),
)
