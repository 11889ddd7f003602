"""Numbers a lesson's step shows as they change: read from the window, never typed in.

Each function takes the ``LessonApp`` and returns rich text in the language shown
(an empty string when there is nothing to say yet).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.text.numbers import short

from .lesson import say


def percent(share: float) -> str:
    """0.975 -> "97.5 %": a tenth of a percent at most, never shown as more than it is."""
    text = f"{100 * share:.1f}".removesuffix(".0")
    return f"{text} %"


def training(app) -> str:
    """The epoch reached and the accuracy on the test and training points."""
    history = app.training.history
    test, train = history.last("test_accuracy"), history.last("train_accuracy")
    if app.training.epoch == 0 or test is None or train is None:
        return say(QT_TRANSLATE_NOOP("Lessons", "Not trained yet: epoch 0."))
    text = QT_TRANSLATE_NOOP("Lessons", "Epoch %1 · test points right: <b>%2</b> · training: %3")
    return say(text, app.training.epoch, percent(test), percent(train))


def number(value: float) -> str:
    """A number as the panels write it, "2" rather than "2.0"."""
    text = short(value)
    text = text.removesuffix(".0") if "e" not in text else text
    return text.replace("-", "−")  # the minus sign the lesson texts write
