"""Lesson 7: dying ReLU, and Leaky ReLU, PReLU and ELU, which keep units alive (seed 002).

ReLU's slope is 0 for a < 0: a unit whose weighted input is negative for every
training point outputs 0 for all of them, its δ is 0 and no update moves it again
("一旦输入到了负数，ReLU就会死掉").  A large negative bias or a too-large learning
rate pushes units there.  Leaky ReLU, z = max(s·a, a) (s = 0.01; seed 002 plots
0.1), PReLU (s learned) and ELU keep a slope below 0, so δ is never 0.
Numbers below are those of the circle data (100 points, seed 0) and the
training's own start weights (seed 0).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

import simulator as sim
from ui.document.state import Selection
from ui.text.names import activation_label

from . import readouts
from .lesson import Knob, Lesson, Step, say

POINTS, HIDDEN = 100, 8
SMALL, TOO_LARGE, SIDE_BY_SIDE = 0.1, 1.0, 0.5  # learning rates
KILLED = 0  # the unit whose bias is pushed down
KILLING_BIAS = -5.0  # below −(|w1| + |w2|): its a < 0 wherever |x| ≤ 1
TRAINING = ("dockDecision", "dockLoss")
CURVES = ("relu", "leaky_relu", "prelu")


def _network(*activations: str) -> sim.Network:
    sizes = [HIDDEN] * len(activations) + [1]
    return sim.Network.create(2, sizes, [*activations, "sigmoid"], seed=0)


def _fresh_run(app, net: sim.Network, learning_rate: float, epochs: int) -> None:
    """``net``'s structure with the training's start weights, trained from epoch 0."""
    with app.doc.edit_group(QT_TRANSLATE_NOOP("Document", "New network")):
        app.doc.set_network(net)
        app.training.reset_weights()
    app.train(epochs, learning_rate)


def _healthy(app) -> None:
    app.start_afresh(_network("relu"), (0.5, 0.5))
    app.doc.set_loss("auto")
    app.use_data("circle", POINTS)
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "A ReLU hidden layer"),
        QT_TRANSLATE_NOOP("Lessons", "2 inputs, 8 ReLU neurons, 1 sigmoid output."),
    )
    app.doc.select(Selection("layer", 1))  # the activation panel: ReLU and its slope
    app.train(20, SMALL)  # from the training's own start weights: Network.create's, seed 0


def _bias_kill(app) -> None:
    app.doc.set_bias(0, KILLED, KILLING_BIAS, merge=False)
    app.train(10)


def _rate_kill(app) -> None:
    _fresh_run(app, _network("relu"), TOO_LARGE, 20)


def _leaky(app) -> None:
    app.doc.set_activation(0, "leaky_relu")
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "A Leaky ReLU hidden layer"),
        QT_TRANSLATE_NOOP(
            "Lessons", "The weights a too-large ⟦η⟧ left, the hidden layer now Leaky ReLU."
        ),
    )
    app.compare(*CURVES[:1])
    app.train(40, SMALL)


def _read_slope(app) -> float:
    return float(app.doc.network.layers[0].leaky_slope)


def _write_slope(app, value: float) -> None:
    app.doc.set_leaky_slope(0, value)


def _elu(app) -> None:
    app.doc.set_activation(0, "elu")
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "An ELU hidden layer"),
        QT_TRANSLATE_NOOP("Lessons", "The Leaky ReLU network's weights, the hidden layer now ELU."),
    )
    app.compare(*CURVES)
    app.train(20)


def _side_by_side(app) -> None:
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "ReLU beside Leaky ReLU"),
        QT_TRANSLATE_NOOP(
            "Lessons", "Hidden layer 1 ReLU, hidden layer 2 Leaky ReLU, trained with ⟦η⟧ = 0.5."
        ),
    )
    app.compare()
    _fresh_run(app, _network("relu", "leaky_relu"), SIDE_BY_SIDE, 20)


# ---- what the readouts count -------------------------------------------------------
def _hidden_outputs(app):
    """Each hidden layer's (weighted inputs, outputs) on the training points, or None."""
    training, net = app.training, app.doc.network
    if training.problem() is not None or len(training.prepared.train_rows) == 0:
        return None
    caches = net.forward_cache(training.train_set.X)[:-1]
    return [(cache.a, cache.z) for cache in caches]


def _layer_counts(app) -> str:
    """Per hidden layer: its units dead (0 for every point) and those below 0 everywhere."""
    layers = _hidden_outputs(app)
    if layers is None:
        return ""
    lines = []
    for k, (a, z) in enumerate(layers):
        dead = int((~np.any(z, axis=0)).sum())
        below = int((a <= 0).all(axis=0).sum())
        activation = activation_label(app.doc.network.layers[k].activation)
        text = QT_TRANSLATE_NOOP("Lessons", "Layer %1, %2: <b>%3 of %4 dead</b>")
        line = say(text, k + 1, activation, dead, z.shape[1])
        if below > dead:  # alive although below 0 everywhere: a slope of their own there
            line += say(QT_TRANSLATE_NOOP("Lessons", ", %1 below 0 for every point"), below)
        lines.append(line)
    return "<br>".join(lines)


def _counts_and_fit(app) -> str:
    counts = _layer_counts(app)
    return counts + "<br>" + readouts.training(app) if counts else readouts.training(app)


def _killed_unit(app) -> str:
    """The pushed unit: its bias, its largest output and its largest |δ| on the points."""
    layers = _hidden_outputs(app)
    if layers is None:
        return ""
    net = app.doc.network
    part = app.training.train_set
    _loss, grads = net.loss_and_gradients(part.X, part.T, loss=app.doc.loss_name)
    z = layers[0][1][:, KILLED]
    n = readouts.number
    text = QT_TRANSLATE_NOOP("Lessons", "Neuron %1: b = %2, largest ⟦z⟧ = %3, ∂E/∂b = %4<br>%5")
    bias = net.layers[0].b[KILLED]
    return say(
        text, KILLED + 1, n(bias), n(z.max()), n(grads[0].db[KILLED]), readouts.training(app)
    )


LESSON = Lesson(
    7,
    QT_TRANSLATE_NOOP("Lessons", "Dying ReLU and its cures"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "ReLU: nothing below 0"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "ReLU passes a positive ⟦a⟧ on and gives 0 otherwise: ⟦z = max(0, a)⟧, "
                "slope 1 above 0 and 0 below (seed 002). Eight ReLU neurons learn the circle "
                "in 20 epochs; the canvas draws each one's output over the plane.",
            ),
            _healthy,
            readout=_counts_and_fit,
            docks=TRAINING,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A large negative bias kills a unit"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Set neuron 1's bias to −5: its ⟦a⟧ is below 0 for every point, it outputs "
                "0 for all of them, and the canvas marks it dead (×). Its slope is 0, so "
                "⟦δ = 0⟧: ten more epochs leave b at exactly −5. Seed 002: ReLU dies.",
            ),
            _bias_kill,
            readout=_killed_unit,
            docks=TRAINING,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A too-large learning rate kills many"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Start again from fresh weights with ⟦η⟧ = 1, ten times larger. Big steps "
                "throw units below 0 for every point within a few epochs: they die (×) and "
                "stay dead, and the few left alive carry the fit alone.",
            ),
            _rate_kill,
            readout=_counts_and_fit,
            docks=TRAINING,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Leaky ReLU: a small slope below 0"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Leaky ReLU keeps a slope s below 0: ⟦z = max(s·a, a)⟧, s = 0.01 by default "
                "(seed 002 plots 0.1). δ is never 0: 40 epochs at ⟦η⟧ = 0.1 revive them.",
            ),
            _leaky,
            knob=Knob(
                QT_TRANSLATE_NOOP("Lessons", "Leaky ReLU slope s ="),
                _read_slope,
                _write_slope,
                0.0,
                1.0,
                0.01,
            ),
            readout=_counts_and_fit,
            docks=TRAINING,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "PReLU and ELU"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "PReLU learns its slope below 0 (from 0.25); ELU bends smoothly to −1, "
                "⟦z = e^a − 1⟧ for ⟦a < 0⟧. The activation panel draws them beside ReLU and "
                "Leaky ReLU. Now the hidden layer is ELU, trained 20 epochs more.",
            ),
            _elu,
            readout=_counts_and_fit,
            docks=("dockActivation", "dockLoss"),
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Side by side"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Hidden layer 1 ReLU, layer 2 Leaky ReLU, ⟦η⟧ = 0.5 too large for both. "
                "ReLU units die (×); Leaky units pushed below 0 for every point still "
                "output ⟦s·a⟧, not 0, and pass δ back: none dies.",
            ),
            _side_by_side,
            readout=_counts_and_fit,
            docks=TRAINING,
        ),
    ),
)
