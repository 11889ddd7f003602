"""The training panel: Train/Pause, one epoch, reset; the live figures; the settings.

A view of the training model (objectName ``trainingPanel``): its controls set the
model's settings (each an undoable command) and follow the model's
``settingsChanged`` with their signals blocked; the figures (epoch, loss,
accuracy or R²) are read from the model on every ``tick`` of its clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import simulator as sim
from ui.fields.boxes import NumberBox
from ui.text import names, palette

from .figures import loss_text, score_text
from .quiet import set_quietly
from .sight import InSight

MESSAGE_COLOURS = {"diverged": palette.ERROR, "cannot": palette.ERROR, "stopped": palette.OK}


def _spin(box, low, high, decimals=None, step=None):
    box.setRange(low, high)
    if decimals is not None:
        box.setDecimals(decimals)
    if step is not None:
        box.setSingleStep(step)
    box.setKeyboardTracking(False)  # one setting change per value typed, not per digit
    return box


class ShortBox(NumberBox):
    """A ``NumberBox`` whose large values drop the decimals they do not have: η = 10000
    reads "10000" in a narrow column, not a cut "10000.0"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        if abs(value) >= 10.0:
            return f"{value:.12g}".replace(".", self.locale().decimalPoint())
        return super().textFromValue(value)


def _number(box, step):
    box.setSingleStep(step)
    return box


class TrainingPanel(InSight, QWidget):
    """Controls and live figures of ``model``'s training."""

    def __init__(self, model, actions, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.model = model
        self.buttons = [
            self._button(a) for a in (*actions.actions(), actions.action("actionNewSeed"))
        ]
        self.figures = {key: QLabel(self) for key in ("epoch", "train", "test")}
        self.figures["epoch"].setObjectName("epochLabel")
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._make_controls()
        self._labels = {
            key: QLabel(self) for key in ("optimizer", "rate", "batch", "l2", "loss", "stop", "at")
        }
        self._lay_out()
        self._connect()
        self.retranslate()
        self._on_settings_changed()
        self._on_tick()

    def _button(self, action) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _make_controls(self) -> None:
        self.optimizer = QComboBox(self)
        self.optimizer.setObjectName("optimizerCombo")
        for name in sim.OPTIMIZERS:
            self.optimizer.addItem("", name)
        # η and L2 show the value the run uses whatever it is (a file may hold η = 100):
        # a plain spin box clamped it to its range and read 10.0000 for η = 10000.
        self.rate = _number(ShortBox(0.0001, 10.0, self), 0.01)
        self.rate.setObjectName("trainingRateSpinBox")
        self.batch = _spin(QSpinBox(self), 1, 10_000)
        self.batch.setObjectName("batchSizeSpinBox")
        self.l2 = _number(NumberBox(0.0, 1.0, self), 0.001)
        self.l2.setObjectName("l2SpinBox")
        self.loss = QComboBox(self)
        self.loss.setObjectName("lossCombo")
        for choice in sim.LOSS_CHOICES:
            self.loss.addItem("", choice)
        self.stop_epochs = _spin(QSpinBox(self), 0, 99_999, step=50)
        self.stop_epochs.setObjectName("stopEpochsSpinBox")
        self.stop_loss = _spin(QDoubleSpinBox(self), 0.0, 100.0, 4, 0.001)
        self.stop_loss.setObjectName("stopLossSpinBox")

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        figures = QGridLayout()
        figures.addWidget(self.figures["epoch"], 0, 0, 2, 1)
        figures.addWidget(self.figures["train"], 0, 1)
        figures.addWidget(self.figures["test"], 1, 1)
        figures.setColumnStretch(1, 1)
        grid = QGridLayout()
        rows = [
            ("optimizer", self.optimizer, "rate", self.rate),
            ("batch", self.batch, "l2", self.l2),
            ("stop", self.stop_epochs, "at", self.stop_loss),
        ]
        for r, (k1, w1, k2, w2) in enumerate(rows):
            grid.addWidget(self._labels[k1], r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(self._labels[k2], r, 2)
            grid.addWidget(w2, r, 3)
        grid.addWidget(self._labels["loss"], 3, 0)
        grid.addWidget(self.loss, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for key, box in (
            ("optimizer", self.optimizer),
            ("rate", self.rate),
            ("batch", self.batch),
            ("loss", self.loss),
            ("stop", self.stop_epochs),
        ):
            self._labels[key].setBuddy(box)
        for box in (self.rate, self.batch, self.l2, self.stop_epochs, self.stop_loss):
            box.setMinimumWidth(40)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(buttons)
        layout.addLayout(figures)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _connect(self) -> None:
        m = self.model
        self.optimizer.activated.connect(
            lambda i: setattr(m, "optimizer", self.optimizer.itemData(i))
        )
        self.rate.valueChanged.connect(lambda v: setattr(m, "learning_rate", v))
        self.batch.valueChanged.connect(lambda v: setattr(m, "batch_size", v))
        self.l2.valueChanged.connect(lambda v: setattr(m, "l2", v))
        self.loss.activated.connect(lambda i: m.document.set_loss(self.loss.itemData(i)))
        self.stop_epochs.valueChanged.connect(lambda v: setattr(m, "stop_epochs", v or None))
        self.stop_loss.valueChanged.connect(lambda v: setattr(m, "stop_loss", v or None))
        m.settingsChanged.connect(self._on_settings_changed)
        m.document.networkChanged.connect(self._on_network_changed)
        m.clock.tick.connect(self._on_tick)
        m.message.connect(self._on_message)

    # ---- texts ------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "optimizer": self.tr("&Optimizer"),
            "rate": self.tr("η"),
            "batch": self.tr("&Batch"),
            "l2": self.tr("L2"),
            "loss": self.tr("&Loss"),
            "stop": self.tr("&Stop after"),
            "at": self.tr("or loss ≤"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for i, name in enumerate(sim.OPTIMIZERS):
            self.optimizer.setItemText(
                i,
                {"sgd": self.tr("SGD"), "momentum": self.tr("Momentum"), "adam": self.tr("Adam")}[
                    name
                ],
            )
        self.stop_epochs.setSpecialValueText(self.tr("never"))
        self.stop_loss.setSpecialValueText(self.tr("never"))
        self.rate.setToolTip(
            self.tr("Learning rate η: each step changes w by −η·∂E/∂w (shared with Apply update)")
        )
        self.batch.setToolTip(
            self.tr("Points per step: the gradient is averaged over a mini-batch")
        )
        self.l2.setToolTip(
            self.tr("L2 regularisation: adds λ/2·Σw² to the loss, pulling weights towards 0")
        )
        self.optimizer.setToolTip(self.tr("How a gradient becomes a change of the weights"))
        self.loss.setToolTip(
            self.tr("The error E that training makes small (also used when stepping)")
        )
        self.stop_epochs.setToolTip(
            self.tr("Pause by itself after this many epochs of a run (never: run until paused)")
        )
        self.stop_loss.setToolTip(self.tr("Pause by itself once the training loss is this low"))
        self._retranslate_losses()
        self._on_tick()

    def _retranslate_losses(self) -> None:
        auto = self.model.document
        for i, choice in enumerate(sim.LOSS_CHOICES):
            if choice == "auto":
                out = auto.network.layers[-1]
                text = self.tr("Automatic: %1").replace(
                    "%1", names.loss_label(sim.suggested_loss(out.activation, out.n_out))
                )
            else:
                text = names.loss_label(choice)
            self.loss.setItemText(i, text)

    # ---- following the model ----------------------------------------------------------
    def refresh(self) -> None:
        self._on_settings_changed()
        self._on_tick()

    def _on_settings_changed(self) -> None:
        if not self.in_sight:
            return
        m = self.model
        values = (
            (self.optimizer, sim.OPTIMIZERS.index(m.optimizer)),
            (self.rate, m.learning_rate),
            (self.batch, m.batch_size),
            (self.l2, m.l2),
            (self.loss, sim.LOSS_CHOICES.index(m.document.loss_choice)),
            (self.stop_epochs, m.stop_epochs or 0),
            (self.stop_loss, m.stop_loss or 0.0),
        )
        set_quietly(values)
        self.batch.setMaximum(max(1, len(m.prepared.train_rows)))

    def _on_network_changed(self, structural: bool) -> None:
        if structural:  # the automatic loss follows the output layer
            self._retranslate_losses()
            self._on_settings_changed()

    def _on_message(self, kind: str, text: str) -> None:
        self.message.setVisible(bool(text))
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {MESSAGE_COLOURS.get(kind, palette.INK)};")

    def _on_tick(self) -> None:
        if not self.in_sight:
            return
        m = self.model
        h = m.history
        regression = m.kind == "regression"
        score = self.tr("R²") if regression else self.tr("accuracy")
        word = self.tr("Epoch")
        self.figures["epoch"].setText(f"{word}<br><b style='font-size:x-large'>{m.epoch}</b>")
        for key, loss, acc in (
            ("train", h.last("train_loss"), h.last("train_accuracy")),
            ("test", h.last("test_loss"), h.last("test_accuracy")),
        ):
            title = self.tr("Training") if key == "train" else self.tr("Test")
            text = self.tr("%1 loss %2 · %3 %4")
            self.figures[key].setText(
                text.replace("%1", title)
                .replace("%2", loss_text(loss))
                .replace("%3", score)
                .replace("%4", score_text(acc, regression))
            )
