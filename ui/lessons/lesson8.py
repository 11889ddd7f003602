"""Lesson 8: the digits, softmax over ten classes and what the hidden layer looks for.

Seed 001: for classification the output layer has as many neurons as classes, ten
for the handwritten digits 0 to 9, and softmax makes them probabilities that sum
to 1.  The digits example: 64 pixel inputs (an 8×8 image, ink 0..1), 32 ReLU
neurons, 10 softmax outputs, the 1,797 images of the data set (1,438 to train on,
359 to test), its table the first ten images, one of each digit.  With the target
one-hot, cross-entropy is E = −log y of the right class and the output's
δ_k = y_k − t_k.  Each hidden neuron's 64 incoming weights, drawn as an 8×8 picture,
are the stroke it looks for: the feature maps draw them, the pad and its bars the
image and its ten y.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.document.state import Selection

from . import readouts
from .lesson import Lesson, Step, say

EPOCHS, RATE, BATCH = 10, 0.003, 32  # Adam: about 97 % of the test images right
SHOWN = 2  # classes the readout lists, most likely first
PAD, MAPS = ("dockDigits",), ("dockFeatures",)  # the pad with its bars; the feature maps


def _untrained(app) -> None:
    app.load("digits")  # its table: the data set's first ten images, a 0, a 1, …, a 9
    app.forward()


def _loss(app) -> None:
    app.doc.finish_pass()  # the backward pass: δ of every output


def _train(app) -> None:
    training = app.training
    training.optimizer = "adam"
    training.batch_size = BATCH
    app.train(EPOCHS, RATE)


def _answer(app) -> None:
    if app.doc.example_row != 0:
        app.doc.choose_example(0)
    app.forward()


def _least_sure(app) -> None:
    """Step the image of the table whose answer has the smallest probability."""
    row = least_sure_row(app.doc.example_outputs())
    if row != app.doc.example_row:
        app.doc.choose_example(row)
    app.forward()


def least_sure_row(outputs: np.ndarray) -> int:
    """The row of ``outputs`` (rows, classes) whose largest probability is the smallest."""
    return int(np.argmin(outputs.max(axis=1)))


def _features(app) -> None:
    net, x = app.doc.network, app.doc.input
    a = x @ net.layers[0].W + net.layers[0].b  # the hidden layer's weighted inputs
    app.doc.select(Selection("neuron", 1, int(np.argmax(a))))  # outlined among the maps
    app.feature_maps("weights")


# A 7 drawn by hand on the 8×8 pad (ink 0..1), thinner than the data set's.
SEVEN = (
    (0, 0.5, 1, 1, 1, 1, 0.5, 0),
    (0, 0, 0, 0, 0, 1, 0.5, 0),
    (0, 0, 0, 0, 0.5, 1, 0, 0),
    (0, 0, 0, 0, 1, 0.5, 0, 0),
    (0, 0, 0, 0.5, 1, 0, 0, 0),
    (0, 0, 0, 1, 0.5, 0, 0, 0),
    (0, 0, 0.5, 1, 0, 0, 0, 0),
    (0, 0, 1, 0.5, 0, 0, 0, 0),
)
SEVEN_ROW = 7  # the table's 7: the drawing replaces its pixels, its target stays 7


def _draw(app) -> None:
    if app.doc.example_row != SEVEN_ROW:
        app.doc.choose_example(SEVEN_ROW)
    app.draw(SEVEN)
    app.forward()
    app.feature_maps("inputs")


# ---- what the readouts say ------------------------------------------------------------
def _digit(app) -> int | None:
    target = app.doc.target
    return None if target is None else int(np.argmax(target))


def _answers(app) -> str:
    """The stepped image's digit and answer, E, and the two most likely classes."""
    if not app.doc.cursor.forward_finished:
        return ""
    y, n = app.doc.output(), readouts.number
    order = np.argsort(-y, kind="stable")[:SHOWN]
    loss, digit = app.doc.current_loss(), _digit(app)
    mark = "✓" if order[0] == digit else "✗"
    text = QT_TRANSLATE_NOOP(
        "Lessons", "Image %1, a %2: answer <b>%3</b> %4, E = %5<br>y: %6, …, Σ y = %7"
    )
    likely = ", ".join(say(QT_TRANSLATE_NOOP("Lessons", "%1 → %2"), k, n(y[k])) for k in order)
    lost = n(loss) if loss is not None else "–"
    return say(text, app.doc.example_row + 1, digit, order[0], mark, lost, likely, n(y.sum()))


def _verdict(app) -> str:
    """What the network answers for the picture on the pad, and its next guess."""
    if not app.doc.cursor.forward_finished:
        return ""
    y, n = app.doc.output(), readouts.number
    first, second = np.argsort(-y, kind="stable")[:2]
    text = QT_TRANSLATE_NOOP("Lessons", "The network says <b>%1</b> (y = %2), then %3 (%4)")
    return say(text, first, n(y[first]), second, n(y[second]))


def _deltas(app) -> str:
    """E = −log y of the right class; the output's δ = y − t for it and the likeliest other."""
    doc, digit = app.doc, _digit(app)
    if digit is None or not doc.cursor.backward_done:
        return _answers(app)
    delta = doc.cursor.deltas(len(doc.network.layers) - 1)
    y, n = doc.output(), readouts.number
    other = max((k for k in range(y.size) if k != digit), key=lambda k: delta[k])
    text = QT_TRANSLATE_NOOP(
        "Lessons",
        "E = −log %1 = %2<br>δ of %3 = %1 − 1 = <b>%4</b><br>δ of %5 = %6 − 0 = <b>%7</b>",
    )
    loss = doc.current_loss()
    return say(
        text, n(y[digit]), n(loss), digit, n(delta[digit]), other, n(y[other]), n(delta[other])
    )


def _fit_and_answers(app) -> str:
    answers = _answers(app)
    return readouts.training(app) + ("<br>" + answers if answers else "")


def _feature(app) -> str:
    selection, net, n = app.doc.selection, app.doc.network, readouts.number
    if selection is None or selection.kind != "neuron" or selection.column != 1:
        return ""
    j, x = selection.index, app.doc.input
    w = net.layers[0].W[:, j]
    a = float(x @ w + net.layers[0].b[j])
    text = QT_TRANSLATE_NOOP(
        "Lessons",
        "Hidden neuron %1: %2 of 64 weights > 0<br>its ⟦a⟧ = <b>%3</b>, the largest of 32",
    )
    return say(text, j + 1, int((w > 0).sum()), n(a))


LESSON = Lesson(
    8,
    QT_TRANSLATE_NOOP("Lessons", "Digits: softmax over 10 classes"),
    (
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Ten classes, ten outputs"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The 8×8 image on the pad is 64 inputs x (ink from 0 to 1). Seed 001: one "
                "output per class, ten for the digits 0 to 9, and softmax makes them "
                "probabilities: the bars. Untrained, each is near 1/10.",
            ),
            _untrained,
            readout=_answers,
            docks=PAD,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Cross-entropy and its δ"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The target t is 1 for the image's digit and 0 for the nine others, so "
                "cross-entropy ⟦E = −Σ t_k·log y_k⟧ is −log y of the right digit: about "
                "−log 0.1 ≈ 2.3 now. With softmax the output's δ is simply "
                "⟦δ_k = y_k − t_k⟧.",
            ),
            _loss,
            readout=_deltas,
            docks=PAD,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Training on 1,438 images"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Ten epochs over the 1,438 training images with Adam, ⟦η⟧ = 0.003, in "
                "batches of 32; the other 359 test it. The loss falls each epoch; the "
                "confusion matrix counts the test images by digit and answer.",
            ),
            _train,
            readout=readouts.training,
            docks=("dockLoss", "dockConfusion"),
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "The answer: the largest y"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The answer is the digit with the largest y (np.argmax). For the table's "
                "first image, a 0, nearly all the probability is now on 0, and E is "
                "close to 0. The table shows all ten images' answers.",
            ),
            _answer,
            readout=_answers,
            docks=PAD,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Where it hesitates"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Of the table's ten images, the one whose answer has the smallest y: its "
                "probability is shared between digits that look alike, and the answer may "
                "be wrong (✗). Softmax never gives exactly 0: every digit keeps a little.",
            ),
            _least_sure,
            readout=_answers,
            docks=PAD,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "What a hidden neuron looks for"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "The feature maps draw each ReLU neuron's 64 weights as an 8×8 picture: "
                "blue where ink raises its ⟦a = b + Σ w·x⟧, orange where it lowers it, "
                "the stroke it looks for. Outlined: this image's most active one.",
            ),
            _features,
            readout=_feature,
            docks=MAPS,
        ),
        Step(
            QT_TRANSLATE_NOOP("Lessons", "Draw a digit"),
            QT_TRANSLATE_NOOP(
                "Lessons",
                "Here the table's 7 redrawn by hand, thinner. Clear the pad and draw your "
                "own (left button draws, right erases): the bars answer at once, and the "
                "maps show weights × pixels, where the ink pushes each ⟦a⟧ up or down.",
            ),
            _draw,
            readout=_verdict,
            docks=(*PAD, *MAPS),
        ),
    ),
)
