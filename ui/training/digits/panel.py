"""The digits dock: the drawing pad beside the output bars, and a test image to pick.

objectName ``digitsPanel``.  Draw a digit on the pad and the bars answer at once;
Clear blanks the pad; the test-image box makes any image of the test split the
stepping example (its pixels x and its class as the target t), as a click on a
point of the decision view does.  The feature maps have a dock of their own
(``FeaturePanel``), so the pad, the bars and the maps can all be seen together.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.text.notation import spans

from ..points import use_point
from .bars import OutputBars
from .features import FeatureTiles
from .pad import DigitsPad


class DigitsPanel(QWidget):
    """Pad, bars and the test images of ``model`` (the training model)."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setObjectName("digitsPanel")
        self.model = model
        document = model.document
        self.pad = DigitsPad(document, self)
        self.bars = OutputBars(document, self)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearPadButton")
        self.clear_button.clicked.connect(self.pad.clear)
        self.test_label = QLabel(self)
        self.test_image = QSpinBox(self)
        self.test_image.setObjectName("testImageSpinBox")
        self.test_image.setKeyboardTracking(False)
        self.test_image.valueChanged.connect(self._on_test_image)
        self.test_label.setBuddy(self.test_image)
        self._lay_out()
        model.dataChanged.connect(self._on_data_changed)
        document.namesChanged.connect(self._on_data_changed)
        self.retranslate()

    def _lay_out(self) -> None:
        top = self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.setSpacing(6)
        top.addWidget(self.pad, 1)
        top.addWidget(self.bars, 1)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.test_label)
        row.addWidget(self.test_image)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(3)
        box.addLayout(top, 1)
        box.addLayout(row)

    def resizeEvent(self, event) -> None:
        """The pad beside the bars, or above them in a tall dock (presentation mode's)."""
        super().resizeEvent(event)
        size = event.size()
        tall = size.height() > 1.3 * size.width()
        direction = QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        if self._top.direction() != direction:
            self._top.setDirection(direction)

    # ---- public calls (lessons) -------------------------------------------------------
    def use_test_image(self, k: int) -> None:
        """Make the ``k``-th image of the test split (from 1) the stepping example."""
        self.test_image.setValue(k)
        self._on_test_image(k)

    # ---- following the model ------------------------------------------------------------
    def _test_rows(self):
        return self.model.prepared.test_rows if self.model.ready else []

    def _on_data_changed(self) -> None:
        usable = self.pad.shape is not None
        for widget in (self.clear_button, self.test_label, self.test_image):
            widget.setEnabled(usable)
        count = len(self._test_rows()) if usable else 0
        self.test_image.blockSignals(True)
        self.test_image.setRange(0, count)
        self.test_image.setSpecialValueText("–")
        self.test_image.blockSignals(False)

    def _on_test_image(self, k: int) -> None:
        if k < 1 or self.pad.shape is None:
            return
        self.model.prepared  # noqa: B018 - make the points (a first pick, before any view did)
        self._on_data_changed()
        rows = self._test_rows()
        if k <= len(rows):
            use_point(self.model, int(rows[k - 1]))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.pad.shape is not None and not self.model.ready:
            self.model.prepared  # noqa: B018 - the test images are offered once in sight
        self._on_data_changed()

    # ---- texts ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Blank the pad (Ctrl+Z brings the drawing back)"))
        self.test_label.setText(self.tr("&Test image"))
        self.test_image.setToolTip(
            self.tr("Step through one of the test images: its pixels x and its class t")
        )


class FeaturePanel(QWidget):
    """The feature maps of the first layer, with the choice of what they show."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("featurePanel")
        self.tiles = FeatureTiles(document, self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.weights = QRadioButton(self)
        self.weights.setObjectName("featureWeightsButton")
        self.inputs = QRadioButton(self)
        self.inputs.setObjectName("featureInputsButton")
        self.weights.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.weights, self.inputs):
            group.addButton(button)
        self.weights.toggled.connect(lambda on: self.tiles.set_mode("weights" if on else "inputs"))
        self.tiles.modeChanged.connect(self._on_mode_changed)
        row = QHBoxLayout()
        row.addWidget(self.weights)
        row.addWidget(self.inputs)
        row.addSpacing(8)
        row.addWidget(self.caption, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.tiles, 1)
        self.retranslate()

    def show_mode(self, mode: str) -> None:
        """Show the weights (``"weights"``) or weights × the example (``"inputs"``)."""
        self.tiles.set_mode(mode)

    def _on_mode_changed(self, mode: str) -> None:
        button = self.weights if mode == "weights" else self.inputs
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self._write_caption()

    def _write_caption(self) -> None:
        if self.tiles.mode == "weights":
            text = self.tr("What each neuron of layer 1 looks for: its weights w as a picture")
        else:
            text = self.tr("What it sees in this example: ⟦w·x⟧ of every pixel (⟦Σ w·x + b = a⟧)")
        self.caption.setText(spans(text))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.weights.setText(self.tr("&Weights"))
        self.inputs.setText(self.tr("Weights × &input"))
        self._write_caption()
