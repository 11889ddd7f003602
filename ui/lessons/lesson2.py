"""Lesson 2: the step against the sigmoid on −5..5 (seeds 000 and 001 plot them together).

Both map any weighted input into 0..1 and both are nonlinear; the step jumps at 0,
the sigmoid changes smoothly, and that smoothness (a slope that is never 0) is what
learning needs.  Seeds 002 and 003 plot −10..10: far out, the sigmoid is flat too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.document.state import Selection

from .lesson import Lesson, Step

ROW_11 = 3  # the table's row x = (1, 1)
CURVES = ("dockActivation",)


def _side_by_side(app) -> None:
    app.load("perceptron-and")
    app.doc.choose_example(ROW_11)
    app.doc.select(Selection("layer", 1))
    app.compare("sigmoid")
    app.forward()


def _step_jumps(app) -> None:
    app.doc.set_bias(0, 0, -1.1, merge=False)  # a = 0.5 + 0.5 − 1.1 = −0.1: just below 0
    app.heading(QT_TRANSLATE_NOOP("Lessons", "One step neuron"))  # no longer the AND gate


def _sigmoid_slides(app) -> None:
    app.doc.set_bias(0, 0, -0.7, merge=False)
    app.doc.set_activation(0, "sigmoid")
    app.heading(QT_TRANSLATE_NOOP("Lessons", "One sigmoid neuron"))
    app.compare("step")
    app.forward()


def _sigmoid_nudged(app) -> None:
    app.doc.set_bias(0, 0, -1.1, merge=False)
    app.forward()
    app.doc.finish_pass()  # and backward: δ is not 0


def _far_out(app) -> None:
    app.wide_range(True)
    app.doc.set_bias(0, 0, -7.0, merge=False)  # a = −6: deep in the flat tail
    app.forward()


LESSON = Lesson(
    2,
    QT_TRANSLATE_NOOP("Lessons", "Step versus sigmoid"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Two curves on −5..5"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The activation panel draws the perceptron's step (1 when ⟦a > 0⟧, else 0) "
                "and, in another colour, the sigmoid ⟦h(a) = 1 / (1 + e^(−a))⟧, over −5..5 as "
                "the seeds do with np.arange(−5.0, 5.0, 0.1). Both give 0 for very negative "
                "⟦a⟧, 1 for very positive ⟦a⟧, and stay between 0 and 1.",
            ),
            _side_by_side,
            docks=CURVES,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "The step jumps"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Lower the bias from −0.7 to −1.1: for x = (1, 1), ⟦a⟧ goes from 0.3 to −0.1 "
                "and the step's output falls from 1 straight to 0. A small change of the "
                "weights flips the output or leaves it as it was: nothing in between.",
            ),
            _step_jumps,
            docks=CURVES,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "The sigmoid slides"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The same neuron with the sigmoid, bias back at −0.7: ⟦a⟧ = 0.3 gives "
                "0.574, not 1. Signals between sigmoid neurons are real numbers, not only "
                "0 or 1 (seed 000).",
            ),
            _sigmoid_slides,
            docks=CURVES,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "A small change, a small effect"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Bias −1.1 again: ⟦a⟧ = −0.1 now gives 0.475. The output moved a little, "
                "where the step jumped. Its slope ⟦h'(a) = z(1 − z)⟧ (dashed) is never 0, "
                "so the backward pass can tell each weight which way to move.",
            ),
            _sigmoid_nudged,
            docks=CURVES,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Far out, flat again: −10..10"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Seeds 002 and 003 plot −10..10. With b = −7, ⟦a⟧ = −6 and the sigmoid is "
                "0.0025, its slope 0.0025 too: in the grey bands the curve is nearly flat "
                "and learning slows almost to a stop (seed 002 calls it saturation). "
                "Lesson 6 shows what that does to a deep network.",
            ),
            _far_out,
            docks=CURVES,
        ),
    ),
)
