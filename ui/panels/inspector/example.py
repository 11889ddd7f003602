"""The inspector's page when nothing is selected: the example's input, target, output, loss."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QWidget

from ui.text.i18n import fill
from ui.text.names import loss_label
from ui.text.numbers import fixed

from .pages import Page

MAX_FIELDS = 32  # 784 pixel inputs are edited on the canvas, not in 784 spin boxes


def spin_box() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(4)
    spin.setRange(-1000.0, 1000.0)
    spin.setSingleStep(0.1)
    spin.setKeyboardTracking(False)
    return spin


class ExamplePage(Page):
    """Editable input and target values (one spin box each), the output and the loss."""

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.inputs_box, self.targets_box = QWidget(), QWidget()
        self.inputs_form, self.targets_form = (
            QFormLayout(self.inputs_box),
            QFormLayout(self.targets_box),
        )
        self.input_spins: list[QDoubleSpinBox] = []
        self.target_spins: list[QDoubleSpinBox] = []
        self.add_target = QPushButton()
        self.add_target.setObjectName("addTargetButton")
        self.add_target.clicked.connect(self._on_add_target)
        self.output, self.loss, self.note = QLabel(), QLabel(), QLabel()
        self.output.setWordWrap(True)
        self.note.setWordWrap(True)
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self.labels,
            (self.inputs_box, self.targets_box, self.add_target, self.output, self.loss),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.note)

    def refresh(self) -> None:
        doc = self.document
        self.heading.setText(self.tr("Example"))
        texts = (self.tr("Input x"), self.tr("Target t"), "", self.tr("Output y"), self.tr("Loss"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.add_target.setText(self.tr("Add target"))
        self._fit_spins(self.input_spins, self.inputs_form, len(doc.input), "x", self._edit_input)
        n_target = 0 if doc.target is None else len(doc.target)
        self._fit_spins(self.target_spins, self.targets_form, n_target, "t", self._edit_target)
        _show_values(self.input_spins, doc.input)
        if doc.target is not None:
            _show_values(self.target_spins, doc.target)
        self.form.setRowVisible(1, doc.target is not None)
        self.form.setRowVisible(2, doc.target is None)
        self._show_results()

    def _show_results(self) -> None:
        doc = self.document
        y = doc.output()
        shown = ", ".join(f"y{k + 1} = {fixed(v)}" for k, v in enumerate(y[:MAX_FIELDS]))
        self.output.setText(shown + (" …" if len(y) > MAX_FIELDS else ""))
        loss = doc.current_loss()
        self.form.setRowVisible(4, loss is not None)
        if loss is not None:
            self.loss.setText(fill(self.tr("%1  (%2)"), fixed(loss), loss_label(doc.loss_name)))
        cut = len(doc.input) > MAX_FIELDS
        self.note.setVisible(cut)
        text = self.tr(
            "Showing the first %1 of %2 inputs; select an input "
            "neuron on the canvas to edit any of them."
        )
        self.note.setText(fill(text, MAX_FIELDS, len(doc.input)))

    def _fit_spins(self, spins, form: QFormLayout, n: int, letter: str, edit) -> None:
        n = min(n, MAX_FIELDS)
        while len(spins) > n:
            spins.pop()
            form.removeRow(form.rowCount() - 1)
        while len(spins) < n:
            i = len(spins)
            spin = spin_box()
            spin.setObjectName(f"{letter}{i + 1}Spin")
            spin.valueChanged.connect(lambda v, i=i: edit(i, v))
            spins.append(spin)
            form.addRow(f"{letter}{i + 1}", spin)

    def _edit_input(self, i: int, value: float) -> None:
        self.document.set_input_value(i, value, merge=False)

    def _edit_target(self, i: int, value: float) -> None:
        self.document.set_target_value(i, value, merge=False)

    def _on_add_target(self) -> None:
        self.document.set_target([0.0] * self.document.network.output_size)


def _show_values(spins, values) -> None:
    for spin, value in zip(spins, values):
        spin.blockSignals(True)
        spin.setValue(float(value))
        spin.blockSignals(False)
