"""What the decision view shows, in words: its title and the classes' colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import simulator as sim
from ui.text import describe, unit_names

from .colours import class_colour

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls


def map_title(model, focus) -> str:
    """ "Output: class 1 (blue) or class 0 (orange)" or "Neuron 2 of hidden layer 1: z"."""
    net, raw = model.network, model.dataset
    if focus is not None:
        column, j = focus
        n = len(net.layers) + 1
        names = model.document.names
        if column == 0:
            name = unit_names.input_label(names, j)
            return translate("DecisionView", "Input %1 over the plane").replace("%1", name)
        text = translate("DecisionView", "%1: its output z over the plane (blue > 0, orange < 0)")
        return text.replace("%1", _capital(describe.neuron_name(column, j, n, names)))
    if raw.kind == "regression":
        if raw.input_size == 1:
            return translate("DecisionView", "Output y (line) and the targets t (points)")
        return translate(
            "DecisionView", "Output y over the plane; points coloured by their target t"
        )
    return translate("DecisionView", "Output over the plane: ") + legend(raw)


def legend(raw: sim.Dataset) -> str:
    """The classes as coloured discs with their names, as rich text."""
    names = raw.class_names or tuple(str(i) for i in range(raw.n_classes))
    word = translate("DecisionView", "class %1")
    items = [
        f"<span style='color:{class_colour(i)}'>●</span>&nbsp;{word.replace('%1', name)}"
        for i, name in enumerate(names)
    ]
    return "  ".join(items)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
