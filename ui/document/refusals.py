"""What the window says when the Document refuses an edit (a network over the limits).

The Document raises ``sim.NetworkTooLarge`` (a ValueError) and changes nothing;
a gesture's handler wrapped in ``shows_refusals`` turns that into a message
naming the limit, so the student learns why the "+" did nothing.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import simulator as sim
from ui.text.i18n import fill
from ui.text.numbers import short_number

translate = QCoreApplication.translate


def refusal_text(error: sim.NetworkTooLarge) -> str:
    """The sentence naming the limit the edit would break, in the UI's language."""
    d = error.details
    count, limit = short_number(d.get("count")), short_number(d.get("limit"))
    if d.get("what") == "parameters":
        text = translate(
            "Refusals",
            "A network may have at most %2 weights and biases, so that it can be saved and "
            "opened again; this one would have %1.",
        )
    elif d.get("what") == "examples":
        text = translate(
            "Refusals", "A table may have at most %2 examples; this one would have %1."
        )
    elif d.get("what") == "example_numbers":
        text = translate(
            "Refusals",
            "A table of examples may hold at most %2 inputs and targets, so that it can be "
            "saved and opened again; this one would hold %1.",
        )
    elif d.get("what") == "neurons":
        text = translate("Refusals", "A layer may have at most %2 neurons; this one would have %1.")
    else:
        text = translate(
            "Refusals", "A network may have at most %2 layers; this one would have %1."
        )
    return fill(text, count, limit)


def show_refusal(parent, error: sim.NetworkTooLarge) -> None:
    QMessageBox.warning(parent, translate("Refusals", "Network too large"), refusal_text(error))


def shows_refusals(handler):
    """Wrap a widget's handler so a refused edit shows its reason instead of escaping."""

    @functools.wraps(handler)
    def guarded(widget, *args, **kwargs):
        try:
            return handler(widget, *args, **kwargs)
        except sim.NetworkTooLarge as error:
            show_refusal(widget.window(), error)
            return None

    return guarded
