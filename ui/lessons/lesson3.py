"""Lesson 3: why activations must be nonlinear (seeds 000, 001, 002 and 004).

Seed 004's 2-2-1 network without activations collapses into one neuron:
OUT = x1(w11w13 + w12w23) + x2(w21w13 + w22w23) + (b1w13 + b2w23 + b3), here
−0.5·x1 − 2·x2 + 2 (``sim.collapse_linear``).  Seeds 000 and 001: with h(x) = cx,
y(x) = h(h(h(x))) = c·c·c·x.  A line cannot split the inside of a circle from its
outside; a tanh hidden layer (seed 004's f) can.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

import simulator as sim

from . import readouts
from .lesson import Knob, Lesson, Step, say

# The table of examples: seed 004's x = (1.0, 0.5) and three more inputs.
ROWS = ((1.0, 0.5), (0.0, 0.0), (1.0, 1.0), (-1.0, 2.0))
C_START, C_INPUT = 2.0, 1.5  # c, and the x that h(h(h(x))) is shown for
POINTS = 100  # circle data: few enough to train in a second or two
LINEAR_EPOCHS, TANH_EPOCHS = 20, 40
HIDDEN = 4  # a closed boundary needs at least three bends: two lines cannot enclose
INSPECTOR, TRAINING = ("dockInspector",), ("dockDecision", "dockLoss")


def _seed_004(app) -> None:
    app.load("nonlinearity-2-2-1")
    doc = app.doc
    for row, x in enumerate(ROWS[1:], start=1):
        doc.add_example()
        for i, value in enumerate(x):
            doc.set_example_input(row, i, value)
    doc.choose_example(0)
    doc.set_target(None)  # seed 004 has no target: the table shows x and y only
    doc.finish_pass()


def _one_neuron(app) -> None:
    W, b = sim.collapse_linear(app.doc.network)
    app.network([W], [b], ["identity"])
    app.heading(QT_TRANSLATE_NOOP("Lessons", "One linear neuron"))  # the Inspector: OUT = …
    app.doc.finish_pass()


def _three_cx(app) -> None:
    c = C_START
    app.network([[[c]], [[c]], [[c]]], [[0.0], [0.0], [0.0]], ["identity"] * 3)
    app.doc.set_input_value(0, C_INPUT, merge=False)
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "⟦h(x) = cx⟧, three times"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Three layers of one neuron, each ⟦h(x) = cx⟧: weight c, bias 0, the identity. "
            "y = c·c·c·x = c³x.",
        ),
    )
    app.doc.finish_pass()


def _read_c(app) -> float:
    layers = app.doc.network.layers
    return float(layers[0].W[0, 0]) if layers[0].W.shape == (1, 1) else C_START


def _write_c(app, c: float) -> None:
    doc = app.doc
    with doc.edit_group(QT_TRANSLATE_NOOP("Document", "Change c")):
        for layer in range(min(3, len(doc.network.layers))):
            doc.set_weight(layer, 0, 0, c, merge=False)


def _c_numbers(app) -> str:
    """c, then h(x), h(h(x)), h(h(h(x))) and c³·x for the stepped x, as the network has them."""
    net, x = app.doc.network, app.doc.input
    if net.sizes != [1, 1, 1, 1]:
        return ""
    c = _read_c(app)
    z = [float(cache.z[0]) for cache in net.forward_cache(x)]
    n = readouts.number
    text = QT_TRANSLATE_NOOP(
        "Lessons",
        "⟦h⟧ three times: %1 → %2 → %3 → <b>%4</b><br>c³·x = %5 × %1 = <b>%6</b>",
    )
    return say(text, n(x[0]), n(z[0]), n(z[1]), n(z[2]), n(c**3), n(c**3 * x[0]))


def _collapsed(app) -> str:
    """What ``collapse_linear`` gives for the network shown (all identity), else nothing."""
    net = app.doc.network
    if any(layer.activation != "identity" for layer in net.layers):
        return ""
    W, b = sim.collapse_linear(net)
    n = readouts.number
    seed_004 = sim.load_preset("nonlinearity-2-2-1").network
    inputs = app.doc.example_inputs
    if inputs.shape[1] != seed_004.input_size:
        return ""
    text = QT_TRANSLATE_NOOP(
        "Lessons",
        "collapse_linear: w = (%1), b = %2<br>y: %3 (seed 004's: %4)",
    )
    mine = ", ".join(n(v) for v in app.doc.example_outputs()[:, 0])
    theirs = ", ".join(n(v) for v in seed_004.forward(inputs)[:, 0])
    return say(text, ", ".join(n(v) for v in np.ravel(W)), n(b[0]), mine, theirs)


def _line_on_circle(app) -> None:
    app.doc.set_network(sim.load_preset("nonlinearity-2-2-1").network)
    app.use_data("circle", POINTS)
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "Seed 004's linear network on a circle"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "The identity everywhere: OUT is a plane over (x1, x2), and where it crosses "
            "0.5 is a straight line.",
        ),
    )
    app.train(LINEAR_EPOCHS)


def _tanh_layer(app) -> None:
    net = sim.Network.create(2, [HIDDEN, 1], ["tanh", "sigmoid"], seed=0)
    with app.doc.edit_group(QT_TRANSLATE_NOOP("Document", "Nonlinear hidden layer")):
        app.doc.set_network(net)
        app.doc.set_loss("auto")  # binary cross-entropy, as a sigmoid output wants
        app.training.reset_weights()  # the run counts from epoch 0, its chart afresh
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "A tanh hidden layer"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Seed 004's OUT = g(f(…)·w13 + f(…)·w23 + b3) with f = tanh in 4 hidden neurons "
            "and g = sigmoid: no single linear layer equals it.",
        ),
    )
    app.train(TANH_EPOCHS)


LESSON = Lesson(
    3,
    QT_TRANSLATE_NOOP("Lessons", "Why activations must be nonlinear"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Seed 004's network, no activation"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Two inputs, two hidden neurons, one output, no activation: each neuron "
                "passes on its ⟦a⟧. Seed 004 names a weight from→to (w21 joins x2 to hidden "
                "neuron 1): OUT = (x1w11 + x2w21 + b1)·w13 + (x1w12 + x2w22 + b2)·w23 + b3. "
                "For x = (1.0, 0.5) the hidden neurons give 1.0 and 1.25: "
                "OUT = 1.0·1.5 + 1.25·(−1) + 0.25 = 0.5.",
            ),
            _seed_004,
            docks=INSPECTOR,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Multiply it out: one neuron"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Open the brackets: OUT = x1·(w11w13 + w12w23) + x2·(w21w13 + w22w23) + "
                "(b1w13 + b2w23 + b3) = x1·(1.5 − 2) + x2·(−1.5 − 0.5) + (0.75 + 1 + 0.25) "
                "= <b>−0.5·x1 − 2·x2 + 2</b>: one neuron, the network shown now.",
            ),
            _one_neuron,
            readout=_collapsed,
            docks=INSPECTOR,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "⟦h(x) = cx⟧, three times"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Seeds 000 and 001: with a linear ⟦h(x) = cx⟧, three layers give "
                "⟦y(x) = h(h(h(x)))⟧ = c·c·c·x = c³x, one layer's work. Each layer here is "
                "a neuron of weight c.",
            ),
            _three_cx,
            knob=Knob(QT_TRANSLATE_NOOP("Lessons", "c ="), _read_c, _write_c, -5.0, 5.0, 0.5),
            readout=_c_numbers,
            docks=INSPECTOR,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A straight line cannot fit a circle"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Train seed 004's linear network for 20 epochs on 100 points: one class "
                "inside a circle, the other on a ring around it. OUT is a plane whatever "
                "the weights: one straight line splits the decision view, and about half "
                "the points stay wrong.",
            ),
            _line_on_circle,
            readout=readouts.training,
            docks=TRAINING,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A nonlinear hidden layer fits it"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Seed 004: with a nonlinear f in the hidden layer, "
                "OUT = g(f(x1w11 + x2w21 + b1)·w13 + f(x1w12 + x2w22 + b2)·w23 + b3) no "
                "longer collapses. Here f = tanh in 4 hidden neurons (2 draw only 2 lines), "
                "g = sigmoid: in 40 epochs the boundary closes round the circle.",
            ),
            _tanh_layer,
            readout=readouts.training,
            docks=TRAINING,
        ),
    ),
)
