"""When the data do not fit the network: saying why, and offering to fit the network.

A data set needs as many inputs as it has features and an output layer its
targets fit (1 or k outputs for k classes, 1 for regression).  Choosing one that
does not fit asks whether to adapt the input and output layers (one undo step);
the data panel shows the same sentence with a button until it fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls


def problem_text(problem) -> str:
    """The sentence for ``TrainingModel.problem()`` (empty when it fits)."""
    if problem is None:
        return ""
    part, needed, has = problem
    if part == "inputs":
        text = translate(
            "Fitting", "The data give %1 inputs, but the network's input layer has %2."
        )
    else:
        text = translate(
            "Fitting", "The data need %1 outputs, but the network's output layer has %2."
        )
    return text.replace("%1", str(needed)).replace("%2", str(has))


def choose_dataset(model, name: str, parent) -> None:
    """What picking a data set in the panel or the menu does: use it, then offer to fit."""
    if name != model.choice.name:
        model.set_dataset(name)
        offer_adapt(model, parent)


def offer_adapt(model, parent) -> bool:
    """Ask whether to fit the network to the data; True if it was fitted."""
    problem = model.problem()
    if problem is None:
        return False
    answer = QMessageBox.question(
        parent,
        translate("Fitting", "Fit the network to the data?"),
        problem_text(problem)
        + "\n\n"
        + translate(
            "Fitting",
            "Change the input and output layers to fit the data set? Hidden layers stay "
            "as they are; Edit ▸ Undo goes back.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    model.adapt_network()
    return True
