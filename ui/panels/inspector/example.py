"""The inspector's page when nothing is selected: the example, what it shows, its table.

The page says what the open example is (its title and description, and for a
network of identity layers the single neuron it equals), then the table of
examples: every row's inputs and targets, the network's output and error.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

import simulator as sim
from ui.document.refusals import shows_refusals
from ui.text import examples, palette, unit_names
from ui.text.i18n import fill
from ui.text.names import loss_label
from ui.text.numbers import short

from .examples_table import ExamplesTable
from .pages import Page


class ExamplePage(Page):
    """The example's description, the table of examples and the stepped row's loss."""

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.description = QLabel()
        self.description.setObjectName("exampleDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {palette.INK};")
        self.table = ExamplesTable()
        self.table.valueEdited.connect(self._on_value_edited)
        self.table.rowChosen.connect(document.choose_example)
        self.add_row, self.remove_row = QPushButton(), QPushButton()
        self.add_row.setObjectName("addExampleButton")
        self.remove_row.setObjectName("removeExampleButton")
        self.add_target = QPushButton()
        self.add_target.setObjectName("addTargetButton")
        self.add_row.clicked.connect(self._on_add_row)
        self.remove_row.clicked.connect(lambda: document.remove_example(document.example_row))
        self.add_target.clicked.connect(self._on_add_target)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_row, self.remove_row, self.add_target):
            row.addWidget(button)
        row.addStretch(1)
        self.loss = QLabel()
        self.loss.setObjectName("exampleLoss")
        self.loss.setTextFormat(Qt.TextFormat.RichText)
        self.loss.setWordWrap(True)
        # Under the heading, outside the form: a form lays a long wrapped label out too short.
        self.layout().insertWidget(1, self.description)
        self.form.addRow(self.table)
        self.form.addRow(buttons)
        self.form.addRow(self.loss)

    def refresh(self) -> None:
        doc = self.document
        self.heading.setText(examples.example_title(doc.title) or self.tr("Example"))
        self.description.setText(self._description())
        self.description.setVisible(bool(self.description.text()))
        self.add_row.setText(self.tr("Add row"))
        self.add_row.setToolTip(self.tr("Add an example: a copy of the stepped row, after it"))
        self.remove_row.setText(self.tr("Remove row"))
        self.remove_row.setToolTip(self.tr("Remove the stepped row from the table"))
        self.remove_row.setEnabled(len(doc.example_inputs) > 1)
        self.add_target.setText(self.tr("Add target"))
        self.add_target.setToolTip(self.tr("Give every row a target, so the backward pass can run"))
        self.add_target.setVisible(doc.example_targets is None)
        self.table.setToolTip(
            self.tr(
                "One row per example: inputs x, targets t, the network's output y and error E. "
                "Click a row to step through it; double-click a number to change it."
            )
        )
        self.table.show_table(
            doc.example_inputs,
            doc.example_targets,
            doc.example_outputs(),
            doc.example_losses(),
            doc.example_row,
            doc.names,
        )
        self._show_loss()

    def _description(self) -> str:
        """The example's own words, and what a network of identity layers equals."""
        doc = self.document
        name, note = doc.preset_name, doc.note
        if note is not None:  # a lesson said what the network now shows
            parts = [examples.lesson_text(note) if note else ""]
        else:
            parts = [examples.preset_note(name) if name else ""]
        net = self.document.network
        if all(layer.activation == "identity" for layer in net.layers):
            formula = linear_formula(*sim.collapse_linear(net), self.document.names)
            parts.append(fill(self.tr("This network equals one linear layer: %1"), formula))
        return "\n".join(part for part in parts if part)

    def _show_loss(self) -> None:
        doc = self.document
        loss = doc.current_loss()
        self.loss.setVisible(loss is not None)
        if loss is None:
            return
        text = self.tr("Loss of row %1: E = %2 (%3)")
        # The loss's name is never broken: "½·Σ(y − t)²" (or "均方误差") in one piece.
        name = f"<nobr>{html.escape(loss_label(doc.loss_name))}</nobr>"
        text = fill(html.escape(text), doc.example_row + 1, short(loss), name)
        losses = doc.example_losses()
        if losses.size > 1:
            mean = fill(self.tr("mean over the %1 rows: %2"), losses.size, short(np.mean(losses)))
            text += "<br>" + html.escape(mean)
        self.loss.setText(text)

    @shows_refusals
    def _on_value_edited(self, group: str, row: int, i: int, value: float) -> None:
        if group == "input":
            self.document.set_example_input(row, i, value)
        else:
            self.document.set_example_target(row, i, value)

    @shows_refusals
    def _on_add_row(self) -> None:
        self.document.add_example()

    @shows_refusals
    def _on_add_target(self) -> None:
        self.document.set_target([0.0] * self.document.network.output_size)


def linear_formula(W, b, names=None) -> str:
    """ "OUT = −0.5·x1 − 2·x2 + 2" for one output; "y1 = …; y2 = …" for more.

    ``W`` (n_in, n_out) and ``b`` (n_out,) of the single affine layer; an input that
    is a feature of the data (``names``) is written as it: "0.5·x1²".
    """
    W, b = np.atleast_2d(W), np.atleast_1d(b)
    lines = []
    for j in range(W.shape[1]):
        name = "OUT" if W.shape[1] == 1 else f"y{j + 1}"
        terms = [(w, _variable(names, i)) for i, w in enumerate(W[:, j])] + [(b[j], "")]
        text = ""
        for k, (value, variable) in enumerate((v, x) for v, x in terms if v != 0):
            sign = "−" if value < 0 else ("+" if k else "")
            text += (f" {sign} " if k else sign) + _term(abs(value), variable)
        lines.append(f"{name} = {text or '0'}")
    return "; ".join(lines)


def _variable(names, i: int) -> str:
    name = names.input(i) if names is not None else None
    return name if unit_names.is_formula(name) else f"x{i + 1}"


def _term(value: float, variable: str) -> str:
    """ "0.5·x1", "2·x2", "x1" (no "1·"), "2": as the seeds write a formula."""
    text = short(value)
    text = text[:-2] if text.endswith(".0") else text
    if not variable:
        return text
    return variable if text == "1" else f"{text}·{variable}"
