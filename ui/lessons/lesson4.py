"""Lesson 4: seed 001's 3-layer network in matrix form, layer by layer with np.dot.

X = [1.0, 0.5]; A1 = np.dot(X, W1) + B1 = [0.3, 0.7, 1.1]; Z1 = sigmoid(A1) =
[0.57444252, 0.66818777, 0.75026011]; Z2 = [0.62624937, 0.7710107]; with the
identity output the book's [0.3168, 0.6963], with seed 001's step output [1 1].
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .lesson import Lesson, Step


def _arrays(app) -> None:
    app.load("book-3-layer")
    app.matrix_form(True)
    app.doc.step_forward()  # the first neuron: the matrix form shows its whole layer


def _layer1(app) -> None:
    app.doc.finish_layer()


def _layer2(app) -> None:
    app.doc.finish_layer()


def _layer3(app) -> None:
    app.doc.finish_layer()


def _step_output(app) -> None:
    app.doc.set_activation(2, "step")
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "Seed 001's network, step output"),
        QT_TRANSLATE_NOOP(
            "Lessons", "The book's 3-layer network with seed 001's step function at its output."
        ),
    )
    app.forward()  # the output layer shown last: Y = step(A3)


LESSON = Lesson(
    4,
    QT_TRANSLATE_NOOP("Lessons", "The 3-layer network in matrix form"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "The seed's arrays"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Seed 001's network: X = [1.0, 0.5] of shape (2,), W1 of shape (2, 3), "
                "B1 of shape (3,). A whole layer is one line of NumPy: "
                "⟦A1 = np.dot(X, W1) + B1⟧, shapes (2,)·(2, 3) + (3,) = (3,). The "
                "computation panel shows the arrays side by side.",
            ),
            _arrays,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Layer 1: A1 and Z1"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "⟦A1⟧ = [0.3, 0.7, 1.1], then the sigmoid of each: "
                "⟦Z1 = sigmoid(A1)⟧ = [0.57444252, 0.66818777, 0.75026011], as the seed "
                "prints. B1 is added to the row: NumPy broadcasts it.",
            ),
            _layer1,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Layer 2: Z1 feeds A2"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The output of layer 1 is the input of layer 2: "
                "⟦A2 = np.dot(Z1, W2) + B2⟧ with W2 of shape (3, 2), and "
                "⟦Z2 = sigmoid(A2)⟧ = [0.62624937, 0.7710107].",
            ),
            _layer2,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Layer 3: the identity output"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "⟦A3 = np.dot(Z2, W3) + B3⟧, and the output layer passes it on unchanged "
                "(the identity, for regression): Y = [0.31682708, 0.69627909], the book's "
                "[0.3168, 0.6963].",
            ),
            _layer3,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Seed 001's step output: [1 1]"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Seed 001's own code ends with a step function instead, "
                "⟦Y = function(A3)⟧: both ⟦A3⟧ values are above 0, so it prints [1 1]. "
                "The output layer's activation decides what the numbers mean.",
            ),
            _step_output,
        ),
    ),
)
