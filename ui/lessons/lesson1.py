"""Lesson 1: the neuron and the perceptron (seeds 000 and 001).

A neuron adds its weighted inputs and its bias, then applies h; with the step it is
a perceptron.  The same neuron is AND, OR or NAND by its weights alone (the book's
gates: w = (0.5, 0.5) with b = −0.7 or −0.2, w = (−0.5, −0.5) with b = 0.7); no
weights make it XOR, but NAND and OR feeding an AND do.  The step's slope is 0, so
Apply update cannot teach it anything; a sigmoid output learns.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.text.examples import preset_texts

from .lesson import Lesson, Step

AND, OR, NAND, XOR = (0, 0, 0, 1), (0, 1, 1, 1), (1, 1, 1, 0), (0, 1, 1, 0)
STEP = "step"
# The book's XOR: hidden neuron 1 is NAND, hidden neuron 2 is OR, the output their AND.
XOR_W1 = [[-0.5, 0.5], [-0.5, 0.5]]
XOR_B1 = [0.7, -0.2]
XOR_W2 = [[0.5], [0.5]]
XOR_B2 = [-0.7]
LEARNING_RATE = 1.0  # large enough to see the sigmoid move in a few updates
TABLE = ("dockInspector",)  # the table of examples: the gate's truth table


def _and(app) -> None:
    app.load("perceptron-and")
    app.doc.finish_pass()


def _or(app) -> None:
    app.doc.set_bias(0, 0, -0.2, merge=False)
    app.targets(OR)
    app.heading(*preset_texts("perceptron-or"))


def _nand(app) -> None:
    for i in (0, 1):
        app.doc.set_weight(0, i, 0, -0.5, merge=False)
    app.doc.set_bias(0, 0, 0.7, merge=False)
    app.targets(NAND)
    app.heading(*preset_texts("perceptron-nand"))


def _xor_fails(app) -> None:
    app.targets(XOR)
    app.doc.choose_example(0)  # the row (0, 0): NAND says 1, XOR wants 0


def _xor_network(app) -> None:
    app.network([XOR_W1, XOR_W2], [XOR_B1, XOR_B2], [STEP, STEP])
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "XOR with two layers"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Step units: hidden neuron 1 is NAND, hidden neuron 2 is OR, the output their AND.",
        ),
    )
    app.doc.finish_pass()


def _step_cannot_learn(app) -> None:
    app.targets((0, 1, 1, 1))  # (1, 1) now wants 1: the network is wrong there
    app.doc.choose_example(3)
    app.doc.finish_pass()
    app.doc.finish_pass()  # the backward pass too: every δ is 0
    app.doc.learning_rate = LEARNING_RATE
    app.doc.apply_update()
    app.doc.finish_pass()
    app.doc.finish_pass()


def _sigmoid_learns(app) -> None:
    app.doc.set_activation(1, "sigmoid")
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "XOR network, sigmoid output"),
        QT_TRANSLATE_NOOP(
            "Lessons", "The two-layer step network with a sigmoid output, after five updates."
        ),
    )
    for _ in range(5):
        app.doc.apply_update()
    app.doc.finish_pass()
    app.doc.finish_pass()


LESSON = Lesson(
    1,
    QT_TRANSLATE_NOOP("Lessons", "The neuron and the perceptron"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "One neuron: the AND gate"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "A neuron adds its weighted inputs and its bias, ⟦a = b + Σ w·x⟧, and gives "
                "⟦y = h(a)⟧. With the step h (1 when ⟦a > 0⟧, else 0) it is a perceptron."
                "<br>Here w = (0.5, 0.5), b = −0.7: only x = (1, 1) gives "
                "0.5 + 0.5 − 0.7 = 0.3 > 0. The table of examples is AND's truth table: "
                "y = 0, 0, 0, 1.",
            ),
            _and,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Only the bias changes: OR"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Raise the bias to b = −0.2: one input at 1 is now enough "
                "(0.5 − 0.2 = 0.3 > 0). The same neuron computes OR: y = 0, 1, 1, 1. "
                "The weights and the bias decide what a perceptron does.",
            ),
            _or,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Turn the signs: NAND"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "With w = (−0.5, −0.5) and b = 0.7 the neuron says 1 unless both inputs are 1 "
                "(−0.5 − 0.5 + 0.7 = −0.3): NAND, y = 1, 1, 1, 0.",
            ),
            _nand,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "XOR: one perceptron cannot"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "XOR is 1 when exactly one input is 1: targets 0, 1, 1, 0. One perceptron "
                "draws one straight line w₁x₁ + w₂x₂ + b = 0 and says 1 on one side; no line "
                "puts (0, 1) and (1, 0) on one side and (0, 0), (1, 1) on the other. "
                "Whatever w and b, some row is wrong: here (0, 0) gives 1 and its E is 0.5.",
            ),
            _xor_fails,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "XOR with two layers"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Stack perceptrons: hidden neuron 1 is NAND, hidden neuron 2 is OR, and the "
                "output is their AND. This 2-2-1 network computes XOR: every row's E is 0. "
                "A layer more does what one neuron cannot.",
            ),
            _xor_network,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A step unit cannot learn"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Now ask for y = 1 at x = (1, 1): the network says 0, E = 0.5. The backward "
                "pass gives ⟦δ = ∂E/∂a = 0⟧ everywhere, because the step's slope ⟦h'(a)⟧ is 0, "
                "so every ∂E/∂w is 0. Apply update (⟦w ← w − η·∂E/∂w⟧, here ⟦η⟧ = 1) "
                "changed nothing: the weights and E are as they were.",
            ),
            _step_cannot_learn,
            docks=TABLE,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A sigmoid output learns"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Make the output a sigmoid: its slope ⟦h'(a) = z(1 − z)⟧ is never 0, so δ is "
                "not 0 and each Apply update moves the output's weights. After five updates "
                "the output for (1, 1) has risen towards its target 1: the table's y and E "
                "show it. This is why neural networks use smooth activations.",
            ),
            _sigmoid_learns,
            docks=TABLE,
        ),
    ),
)
