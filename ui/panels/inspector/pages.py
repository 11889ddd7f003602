"""The inspector's pages for a selected neuron, edge or layer.

Each page shows the Document's numbers with signals blocked (no feedback
loops) and turns the user's edits into Document calls.  ``refresh()`` is
called on every Document signal, so it only sets values.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import simulator as sim
from ui.document.refusals import shows_refusals
from ui.document.state import Selection
from ui.fields.signals import signals_blocked
from ui.text import describe
from ui.text.names import (
    activation_description,
    activation_formula,
    activation_label,
    fill_activation_combo,
)
from ui.text.notation import spans
from ui.text.numbers import fixed

from .wheel_guard import GuardedComboBox, GuardedCountBox
from .widgets import ValueEditor, WeightList

# Inputs whose data have bounds: a digit's pixels run from 0 (white) to 1 (black).
INPUT_RANGES = {"digits": (0.0, 1.0)}


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def bind(editor: ValueEditor, document, apply, drag_text: str) -> None:
    """Send the editor's values to ``apply(value, merge)``; a slider drag is one undo step."""
    state = {"open": False}

    def start():
        document.undo_stack.beginMacro(drag_text)
        state["open"] = True

    def finish():
        if state["open"]:
            state["open"] = False
            document.undo_stack.endMacro()

    editor.valueEdited.connect(lambda value, merge: apply(value, merge))
    editor.dragStarted.connect(start)
    editor.dragFinished.connect(finish)


class Page(QWidget):
    """A heading over a form; subclasses fill ``self.form``."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.selection: Selection | None = None
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        self.heading.setWordWrap(True)
        self._style_heading()
        self.form = QFormLayout()
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(self.form)
        box.addStretch(1)

    def _style_heading(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

    def changeEvent(self, event) -> None:
        # The heading's font was set, and widgets with a style sheet keep theirs: both
        # follow the page's (presentation mode's large type) only when told.
        if event.type() == QEvent.Type.FontChange:
            self._style_heading()
            for styled in self.findChildren(QWidget):
                if styled.styleSheet():  # with its headers and cells
                    for widget in (styled, *styled.findChildren(QWidget)):
                        widget.setFont(self.font())
        super().changeEvent(event)

    def show_selection(self, selection) -> None:
        """Show ``selection``; also how the panel retranslates the page in view."""
        self.selection = selection
        self.refresh()

    def n_columns(self) -> int:
        return len(self.document.network.sizes)

    def refresh(self) -> None:
        raise NotImplementedError


class NeuronPage(Page):
    """A neuron: its bias (or input value), activation, a, z, δ, inputs and outputs."""

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.value = ValueEditor()
        self.value.setObjectName("neuronValueEditor")
        self.activation, self.a, self.z, self.delta = QLabel(), QLabel(), QLabel(), QLabel()
        self.activation.setWordWrap(True)
        self.incoming, self.outgoing = WeightList(), WeightList()
        self.incoming.setObjectName("incomingWeights")
        self.outgoing.setObjectName("outgoingWeights")
        self.labels = [QLabel() for _ in range(7)]
        for label, widget in zip(
            self.labels,
            (self.value, self.activation, self.a, self.z, self.delta, self.incoming, self.outgoing),
        ):
            self.form.addRow(label, widget)
        bind(self.value, document, self._apply, self.tr("Drag bias"))
        for lst in (self.incoming, self.outgoing):
            lst.chosen.connect(document.select)

    def _apply(self, value: float, merge: bool) -> None:
        c, j = self.selection.column, self.selection.index
        if c == 0:
            self.document.set_input_value(j, value, merge)
        else:
            self.document.set_bias(c - 1, j, value, merge)

    def refresh(self) -> None:
        doc, c, j = self.document, self.selection.column, self.selection.index
        net, n = doc.network, self.n_columns()
        self.heading.setText(capital(describe.neuron_name(c, j, n, doc.names)))
        texts = (
            self.tr("Input value") if c == 0 else self.tr("Bias b"),
            self.tr("Activation"),
            spans(self.tr("Weighted input ⟦a⟧")),
            spans(self.tr("Output ⟦z⟧")),
            spans(self.tr("⟦δ = ∂E/∂a⟧")),
            self.tr("Incoming weights\nfrom %1").replace(
                "%1", describe.layer_name(max(c - 1, 0), n)
            ),
            self.tr("Outgoing weights\nto %1").replace(
                "%1", describe.layer_name(min(c + 1, n - 1), n)
            ),
        )
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.value.set_range(*(INPUT_RANGES.get(doc.dataset, ()) if c == 0 else ()))
        self.value.set_value(float(doc.input[j] if c == 0 else net.layers[c - 1].b[j]))
        for row in range(1, 6):
            self.form.setRowVisible(row, c > 0)
        self.form.setRowVisible(6, c < n - 1)
        if c > 0:
            self._show_layer_neuron(c, j)
        if c < n - 1:
            self.outgoing.set_rows(
                self._weight_rows(c + 1, j, outgoing=True), self.tr("… and %1 more")
            )

    def _show_layer_neuron(self, c: int, j: int) -> None:
        doc = self.document
        layer = doc.network.layers[c - 1]
        name = layer.activation
        # The formula on a line of its own: wrapped after the name, it broke inside "e^(-a)".
        formula = activation_formula(name, layer.leaky_slope)
        self.activation.setText(activation_label(name) + "\n" + formula)
        self.activation.setToolTip(activation_description(name))
        record = doc.cursor.step_record(c - 1, j)
        pending = self.tr("not computed yet")
        self.a.setText(fixed(record.a) if record else pending)
        self.z.setText(fixed(record.z) if record else pending)
        back = doc.cursor.backward_record(c - 1, j)
        self.form.setRowVisible(4, back is not None)
        self.delta.setText(fixed(back.delta) if back else "")
        self.incoming.set_rows(self._weight_rows(c, j, outgoing=False), self.tr("… and %1 more"))

    def _weight_rows(self, column: int, j: int, outgoing: bool) -> list[tuple[str, Selection]]:
        """Rows for the weights into ``column``: from ``j`` (outgoing) or into ``j``."""
        W, n = self.document.network.layers[column - 1].W, self.n_columns()
        rows = []
        for k in range(W.shape[1] if outgoing else W.shape[0]):
            source, target = (j, k) if outgoing else (k, j)
            other = describe.short_neuron(
                column if outgoing else column - 1, k, n, self.document.names
            )
            rows.append(
                (
                    self.tr("%1: w = %2")
                    .replace("%1", other)
                    .replace("%2", fixed(W[source, target])),
                    Selection("edge", column, target, source),
                )
            )
        return rows


class EdgePage(Page):
    """An edge: its weight, where it comes from and goes to, its gradient when known."""

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.value = ValueEditor()
        self.value.setObjectName("weightEditor")
        self.source, self.target, self.grad = QLabel(), QLabel(), QLabel()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.value, self.source, self.target, self.grad)):
            self.form.addRow(label, widget)
        bind(self.value, document, self._apply, self.tr("Drag weight"))

    def _apply(self, value: float, merge: bool) -> None:
        s = self.selection
        self.document.set_weight(s.column - 1, s.source, s.index, value, merge)

    def refresh(self) -> None:
        s, n = self.selection, self.n_columns()
        self.heading.setText(
            capital(
                self.tr("Weight %1").replace(
                    "%1", describe.weight_name(s.column, s.source, s.index)
                )
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Weight w"), self.tr("From"), self.tr("To"), self.tr("Gradient ∂E/∂w")),
        ):
            label.setText(text)
        self.value.set_value(float(self.document.network.layers[s.column - 1].W[s.source, s.index]))
        names = self.document.names
        self.source.setText(describe.neuron_name(s.column - 1, s.source, n, names))
        self.target.setText(describe.neuron_name(s.column, s.index, n, names))
        back = self.document.cursor.backward_record(s.column - 1, s.index)
        self.form.setRowVisible(3, back is not None)
        self.grad.setText(fixed(back.dW[s.source]) if back else "")


class LayerPage(Page):
    """A layer: its size, activation (with PReLU's α or Leaky ReLU's slope), a button to
    remove it."""

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.size = GuardedCountBox(1, sim.MAX_NEURONS)
        self.size.setObjectName("layerSizeSpin")
        self.combo = GuardedComboBox()
        self.combo.setObjectName("layerActivationCombo")
        fill_activation_combo(self.combo)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.alpha = ValueEditor()
        self.alpha.setObjectName("alphaEditor")
        self.remove = QPushButton()
        self.remove.setObjectName("removeLayerButton")
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self.labels, (self.size, self.combo, self.formula, self.alpha, self.remove)
        ):
            self.form.addRow(label, widget)
        self.size.valueChanged.connect(self._on_size_edited)
        self.combo.currentIndexChanged.connect(self._on_activation_chosen)
        bind(self.alpha, document, self._on_slope_edited, self.tr("Drag slope"))
        self.remove.clicked.connect(lambda: document.remove_layer(self.selection.column - 1))

    @shows_refusals
    def _on_size_edited(self, size: int) -> None:
        c = self.selection.column
        try:
            if c == 0:
                self.document.set_input_size(size)
            else:
                self.document.resize_layer(c - 1, size)
        finally:
            self.refresh()  # a refused size shows the layer's own size again

    def _on_slope_edited(self, value: float, merge: bool) -> None:
        index = self.selection.column - 1
        if self.document.network.layers[index].activation == "leaky_relu":
            self.document.set_leaky_slope(index, value, merge)
        else:
            self.document.set_alpha(index, value, merge)

    def _on_activation_chosen(self, index: int) -> None:
        self.document.set_activation(self.selection.column - 1, sim.ACTIVATIONS[index])

    def refresh(self) -> None:
        c, net = self.selection.column, self.document.network
        self.heading.setText(capital(describe.layer_name(c, self.n_columns())))
        leaky = c > 0 and net.layers[c - 1].activation == "leaky_relu"
        slope = self.tr("Leaky ReLU slope") if leaky else self.tr("PReLU slope α")
        texts = (self.tr("Size"), self.tr("Activation"), "", slope, "")
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.remove.setText(self.tr("Remove this layer"))
        with signals_blocked(self.size):
            self.size.setValue(net.sizes[c])
        layer = net.layers[c - 1] if c else None
        for row in range(1, 5):
            self.form.setRowVisible(row, layer is not None)
        if layer is None:
            return
        self.form.setRowVisible(3, layer.activation in ("prelu", "leaky_relu"))
        self.form.setRowVisible(4, len(net.layers) > 1)
        with signals_blocked(self.combo):
            self._show_activation(layer.activation)
        self.formula.setText(activation_formula(layer.activation, layer.leaky_slope))
        self.formula.setToolTip(activation_description(layer.activation))
        self.alpha.set_value(layer.leaky_slope if leaky else float(np.asarray(layer.alpha)))

    def _show_activation(self, name: str) -> None:
        fill_activation_combo(self.combo)
        self.combo.setCurrentIndex(sim.ACTIVATIONS.index(name))
