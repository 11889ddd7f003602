"""The data panel: which data set, how many points, noise, split, seed, input features.

A view of the training model (objectName ``dataPanel``).  Choosing a data set
that does not fit the network offers to fit it; until it fits, a line says why
with a button that fits it.  Below: the class (or target) that a click on the
decision view adds, and CSV import and export.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import simulator as sim
from ui.text import names, palette
from ui.text.i18n import fill
from ui.text.numbers import short

from .brush import Brush
from .colours import class_colour
from .fitting import choose_dataset, problem_text
from .quiet import set_quietly
from .settings import MAX_POINTS, noise_from_percent, noise_percent
from .sight import InSight


def _spin(box, low, high, suffix=""):
    box.setRange(low, high)
    box.setKeyboardTracking(False)
    box.setSuffix(suffix)
    return box


class DataPanel(InSight, QWidget):
    """Controls of ``model``'s data; ``brush`` is what a click on the plane adds."""

    def __init__(self, model, actions, brush: Brush, parent=None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.model, self.brush = model, brush
        self._make_controls(actions)
        self._labels = {
            k: QLabel(self)
            for k in ("dataset", "points", "noise", "share", "seed", "classes", "features", "brush")
        }
        self._lay_out()
        self._connect()
        self.retranslate()
        self._on_data_changed()

    def _make_controls(self, actions) -> None:
        self.dataset = QComboBox(self)
        self.dataset.setObjectName("datasetCombo")
        for name in sim.DATASETS:
            self.dataset.addItem("", name)
        self.dataset.addItem("", sim.OWN_DATA)
        # its longest name must not widen the dock (a sideways scroll bar once it scrolls)
        self.dataset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dataset.setMinimumContentsLength(10)
        self.regenerate = QPushButton(self)
        self.regenerate.setObjectName("regenerateButton")
        self.points = _spin(QSpinBox(self), 1, MAX_POINTS)
        self.points.setObjectName("pointsSpinBox")
        self.points.setSingleStep(50)
        self.noise = _spin(QSpinBox(self), 0, 50, " %")
        self.noise.setObjectName("noiseSpinBox")
        self.noise.setSingleStep(5)
        self.share = _spin(QSpinBox(self), 10, 90, " %")
        self.share.setObjectName("trainShareSpinBox")
        self.share.setSingleStep(10)
        self.seed = _spin(QSpinBox(self), 0, 99_999)
        self.seed.setObjectName("dataSeedSpinBox")
        self.classes = _spin(QSpinBox(self), 2, 10)
        self.classes.setObjectName("classesSpinBox")
        self.feature_buttons = {}
        for name in sim.FEATURES:
            button = QToolButton(self)
            button.setObjectName(f"feature_{name}")
            button.setCheckable(True)
            button.setText(sim.FEATURE_SYMBOLS[name])
            self.feature_buttons[name] = button
        self.brush_class = QComboBox(self)
        self.brush_class.setObjectName("brushClassCombo")
        self.brush_target = QDoubleSpinBox(self)
        self.brush_target.setObjectName("brushTargetSpinBox")
        self.brush_target.setRange(-100.0, 100.0)
        self.brush_target.setDecimals(2)
        self.brush_target.setSingleStep(0.1)
        self.problem = QLabel(self)
        self.problem.setObjectName("fitProblemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.ERROR};")
        # wrapped to the dock's width, never widening the panel (a sideways scroll bar)
        self.problem.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fit = QPushButton(self)
        self.fit.setObjectName("fitNetworkButton")
        self.summary = QLabel(self)
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        self.file_buttons = []
        for name in ("actionImportData", "actionExportData"):
            button = QToolButton(self)
            button.setDefaultAction(actions.action(name))
            self.file_buttons.append(button)

    def _lay_out(self) -> None:
        L = self._labels
        grid = QGridLayout()
        grid.addWidget(L["dataset"], 0, 0)
        grid.addWidget(self.dataset, 0, 1, 1, 2)
        grid.addWidget(self.regenerate, 0, 3)
        for r, (k1, w1, k2, w2) in enumerate(
            [
                ("points", self.points, "noise", self.noise),
                ("share", self.share, "seed", self.seed),
            ],
            start=1,
        ):
            grid.addWidget(L[k1], r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(L[k2], r, 2)
            grid.addWidget(w2, r, 3)
        grid.addWidget(L["classes"], 3, 0)
        grid.addWidget(self.classes, 3, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        features = QHBoxLayout()
        features.setSpacing(1)
        for button in self.feature_buttons.values():
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(24)
            features.addWidget(button, 1)
        brush = QHBoxLayout()
        brush.addWidget(L["brush"])
        brush.addWidget(self.brush_class, 1)
        brush.addWidget(self.brush_target, 1)
        brush.addStretch(0)  # with neither picker shown (pictures), the buttons stay right
        for button in self.file_buttons:
            brush.addWidget(button)
        fit = QHBoxLayout()
        fit.addWidget(self.problem, 1)
        fit.addWidget(self.fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(grid)
        layout.addWidget(L["features"])
        layout.addLayout(features)
        layout.addLayout(brush)
        layout.addLayout(fit)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        L["dataset"].setBuddy(self.dataset)
        L["points"].setBuddy(self.points)

    def _connect(self) -> None:
        m = self.model
        self.dataset.activated.connect(self._on_dataset_chosen)
        self.regenerate.clicked.connect(lambda: m.set_data_setting("seed", m.choice.seed + 1))
        self.points.valueChanged.connect(lambda v: m.set_data_setting("n", int(v)))
        self.noise.valueChanged.connect(
            lambda v: m.set_data_setting("noise", noise_from_percent(v))
        )
        self.share.valueChanged.connect(lambda v: m.set_data_setting("train_share", v / 100))
        self.seed.valueChanged.connect(lambda v: m.set_data_setting("seed", int(v)))
        self.classes.valueChanged.connect(lambda v: m.set_data_setting("classes", int(v)))
        for name, button in self.feature_buttons.items():
            button.clicked.connect(lambda _c=False, n=name: self._toggle_feature(n))
        self.brush_class.activated.connect(lambda i: self.brush.set_class(i))
        self.brush_target.valueChanged.connect(self.brush.set_target)
        self.fit.clicked.connect(m.adapt_network)
        m.dataChanged.connect(self._on_data_changed)
        m.settingsChanged.connect(self._on_data_changed)
        m.document.networkChanged.connect(lambda _s: self._show_problem())
        self.brush.changed.connect(self._on_brush_changed)

    # ---- gestures ---------------------------------------------------------------------
    def _on_dataset_chosen(self, index: int) -> None:
        name = self.dataset.itemData(index)
        if name != sim.OWN_DATA:
            choose_dataset(self.model, name, self.window())

    def _toggle_feature(self, name: str) -> None:
        chosen = set(self.model.features) ^ {name}
        if chosen:
            self.model.set_features(chosen)
        else:  # the last feature stays: a network needs an input
            self.feature_buttons[name].setChecked(True)

    # ---- texts ------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        L = self._labels
        for key, text in {
            "dataset": self.tr("&Data set"),
            "points": self.tr("&Points"),
            "noise": self.tr("Noise"),
            "share": self.tr("Training"),
            "seed": self.tr("Seed"),
            "classes": self.tr("Classes"),
            "features": self.tr("Input features (the input layer follows):"),
            "brush": self.tr("Click adds"),
        }.items():
            L[key].setText(text)
        for i in range(self.dataset.count()):
            name = self.dataset.itemData(i)
            own = name == sim.OWN_DATA
            self.dataset.setItemText(
                i, self.tr("Your own points") if own else names.dataset_label(name)
            )
        self.dataset.setToolTip(
            self.tr(
                "The points the network trains on: a generated set, or your own "
                "(imported from a CSV file or clicked on the plot)"
            )
        )
        self.regenerate.setText(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New points from the next seed; the network stays"))
        self.noise.setToolTip(
            self.tr("Random jitter added to every point (targets for regression)")
        )
        self.share.setToolTip(self.tr("Share of the points used to train; the rest test"))
        self.seed.setToolTip(
            self.tr("Seed of the points and of the split: the same seed gives the same points")
        )
        self.points.setToolTip(self.tr("Number of points generated"))
        self.classes.setToolTip(self.tr("Number of clusters of the blobs data set"))
        for name, button in self.feature_buttons.items():
            button.setToolTip(
                self.tr("Give the network the input %1").replace("%1", sim.FEATURE_SYMBOLS[name])
            )
        self.brush_class.setToolTip(
            self.tr(
                "The class of a point added by clicking the plane (Shift+click: the next class)"
            )
        )
        self.brush_target.setToolTip(self.tr("The target of a point added by clicking the plane"))
        self.fit.setText(self.tr("Fit network"))
        self.fit.setToolTip(
            self.tr(
                "Give the input and output layers the sizes (and the output the activation) "
                "the data set needs (undoable)"
            )
        )
        self._on_data_changed()

    # ---- following the model ------------------------------------------------------------
    def refresh(self) -> None:
        self._on_data_changed()

    def _on_data_changed(self) -> None:
        if not self.in_sight:
            return
        m, choice = self.model, self.model.choice
        raw = m.dataset
        generated = not choice.own
        # A file may hold more noise or a larger seed than the boxes offer: they show it.
        self.noise.setMaximum(max(50, round(noise_percent(choice.noise))))
        self.seed.setMaximum(min(2**31 - 1, max(99_999, choice.seed)))
        values = (
            (self.dataset, self.dataset.findData(choice.name)),
            (self.points, len(raw)),
            (self.noise, round(noise_percent(choice.noise))),
            (self.share, round(choice.train_share * 100)),
            (self.seed, choice.seed),
            (self.classes, choice.classes),
        )
        set_quietly(values)
        for widget in (self.points, self.noise, self.regenerate):
            widget.setEnabled(generated and choice.name != "digits")
        self.classes.setVisible(choice.name == "blobs")
        self._labels["classes"].setVisible(choice.name == "blobs")
        two_d = m.prepared.two_d
        for name, button in self.feature_buttons.items():
            button.setEnabled(two_d)
            button.setChecked(two_d and name in m.features)
        self._fill_brush(raw)
        self._show_problem()
        prepared = m.prepared
        self.summary.setText(
            self.tr("%1 points: %2 train, %3 test")
            .replace("%1", str(len(raw)))
            .replace("%2", str(len(prepared.train_rows)))
            .replace("%3", str(len(prepared.test_rows)))
        )

    def _reach_text(self) -> str:
        """What keeps a bounded output from fitting the targets (empty when none does)."""
        reach = self.model.out_of_reach()
        if reach is None:
            return ""
        activation, low, high = reach
        text = self.tr("The targets go from %1 to %2: a %3 output cannot give most of them.")
        return fill(text, short(low), short(high), names.activation_label(activation))

    def _fill_brush(self, raw) -> None:
        regression = raw.kind == "regression"
        drawable = raw.input_size in (1, 2)
        # points of more than two inputs are not drawn: no click adds one, nothing to pick
        self.brush_class.setVisible(not regression and drawable)
        self.brush_target.setVisible(regression and raw.input_size == 2)
        self._labels["brush"].setVisible(drawable)
        if regression and raw.input_size == 1:  # nothing to choose: the place is x and t
            self._labels["brush"].setText(self.tr("Click the plot to add a point at (x, t)"))
        else:
            self._labels["brush"].setText(self.tr("Click adds"))
        if regression:
            return
        self.brush.set_count(raw.n_classes)
        self.brush_class.blockSignals(True)
        self.brush_class.clear()
        names = raw.class_names or [str(i) for i in range(raw.n_classes)]
        for i, name in enumerate(names):
            self.brush_class.addItem(class_icon(i), self.tr("class %1").replace("%1", name))
        self.brush_class.setCurrentIndex(self.brush.cls)
        self.brush_class.blockSignals(False)
        self.brush_class.setEnabled(drawable)

    def _on_brush_changed(self) -> None:
        if self.brush_class.currentIndex() != self.brush.cls:
            self.brush_class.setCurrentIndex(self.brush.cls)

    def _show_problem(self) -> None:
        if not self.in_sight:
            return
        text = problem_text(self.model.problem()) or self._reach_text()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.fit.setVisible(bool(text))


def class_icon(index: int):
    """A small disc of the class's colour, for the class picker."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(*palette.TRANSPARENT))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(class_colour(index)))
    painter.setPen(QColor(palette.INK))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)
