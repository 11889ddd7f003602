"""Lesson 5: output layers, identity for regression and softmax for classification (seed 001).

softmax([0.3, 2.9, 4.0]) = [0.01821127, 0.24519181, 0.73659691]: exp_a =
[1.34985881, 18.17414537, 54.59815003], their sum 74.1221542101633, Σ y = 1.
For [1010, 1000, 990] np.exp overflows to inf and the naive form gives
[nan nan nan]; subtracting the max gives [9.99954600e-01, 4.53978686e-05,
2.06106005e-09] (``sim.softmax_overflow_demo``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.document.state import Selection

from .lesson import Lesson, Step

SEED_A = (0.3, 2.9, 4.0)
OVERFLOW_A = (1010.0, 1000.0, 990.0)
EYE = np.eye(3).tolist()  # the output's weighted inputs are the inputs themselves


def _identity(app) -> None:
    app.load("book-3-layer")
    app.doc.finish_pass()


def _softmax(app) -> None:
    app.network([EYE], [[0.0, 0.0, 0.0]], ["softmax"], inputs=SEED_A)
    app.heading(
        QT_TRANSLATE_NOOP("Lessons", "Softmax of three numbers"),
        QT_TRANSLATE_NOOP(
            "Lessons", "One softmax layer whose weighted inputs are its inputs: W = I, b = 0."
        ),
    )
    app.doc.select(Selection("layer", 1))
    app.doc.finish_pass()


def _first_share(app) -> None:
    app.doc.reset_pass()
    app.doc.step_forward()


def _overflow(app) -> None:
    for i, value in enumerate(OVERFLOW_A):
        app.doc.set_input_value(i, value, merge=False)
    app.doc.reset_pass()
    app.doc.step_forward()


def _stable(app) -> None:
    app.doc.finish_pass()


LESSON = Lesson(
    5,
    QT_TRANSLATE_NOOP("Lessons", "Output layers: identity and softmax"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Regression: the identity"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "For regression (predict a number, like a person's weight from a photo) "
                "the output layer uses the identity: ⟦y = a⟧, any real number. The book's "
                "network gives y = [0.3168, 0.6963].",
            ),
            _identity,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Classification: softmax"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "For classification the output layer has one neuron per class and "
                "softmax: ⟦y_k = e^(a_k) / Σ_i e^(a_i)⟧. Seed 001's "
                "⟦a⟧ = [0.3, 2.9, 4.0] gives y = [0.01821127, 0.24519181, 0.73659691]: "
                "each between 0 and 1, and Σ y = 1.",
            ),
            _softmax,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Read as probabilities"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Step by step: ⟦e^a⟧ = [1.34985881, 18.17414537, 54.59815003], their sum "
                "74.1221542101633, each share ⟦e^(a_k)⟧ / sum. So the input is class 2 "
                "with probability 73.7 %, class 1 with 24.5 %, class 0 with 1.8 %. "
                "The largest ⟦a⟧ stays the largest y.",
            ),
            _first_share,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "[1010, 1000, 990]: overflow"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Now ⟦a⟧ = [1010, 1000, 990]. ⟦e^1010⟧ is far beyond the largest float "
                "(about 1.8 × 10^308): np.exp gives inf, and inf / inf is nan. Written as "
                "the formula says, softmax prints [nan nan nan] (seed 001); the panel shows "
                "it under “Without subtracting it”.",
            ),
            _overflow,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Subtract the max"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Multiplying above and below by the same constant changes nothing, so "
                "softmax can use ⟦e^(a − max(a))⟧: the largest exponent is ⟦e^0⟧ = 1 and "
                "nothing overflows. The result is the seed's "
                "[9.99954600e-01, 4.53978686e-05, 2.06106005e-09], and NeuroStep always "
                "computes it this way.",
            ),
            _stable,
        ),
    ),
)
