"""The Train menu: Train/Pause, one epoch, reset, new seed, fit the network, import/export.

Each action calls the training model; the model's signals keep their texts and
enabled states right (Train reads Pause while a run is under way).  Shortcuts
are window-wide: Ctrl+T trains or pauses, Ctrl+E trains one epoch, Ctrl+R resets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle

import simulator as sim
from ui.text import names
from ui.text.i18n import HearsLanguage
from ui.window.actions import plain_text

from .fitting import choose_dataset

SP = QStyle.StandardPixmap
# objectName: shortcut, icon
SPECS = {
    "actionTrain": ("Ctrl+T", SP.SP_MediaPlay),
    "actionTrainStep": ("Ctrl+E", SP.SP_MediaSeekForward),
    "actionResetWeights": ("Ctrl+R", SP.SP_BrowserReload),
    "actionNewSeed": ("Ctrl+Shift+R", None),
    "actionFitNetwork": ("", None),
    "actionImportData": ("", SP.SP_DialogOpenButton),
    "actionExportData": ("", SP.SP_DialogSaveButton),
}


class TrainingActions(HearsLanguage, QObject):
    """The training actions of ``window`` and the Train menu holding them."""

    def __init__(self, model, window, data_files):
        super().__init__(window)
        self.model = model
        self.window = window
        self._by_name = {name: self._make(name, *spec) for name, spec in SPECS.items()}
        self.menu = QMenu(window)
        self.menu.setObjectName("menuTrain")
        self.dataset_menu = QMenu(self.menu)
        self.dataset_menu.setObjectName("menuDataset")
        self._dataset_group = QActionGroup(self)
        self._fill_menu()
        self.menu.aboutToShow.connect(self._on_menu_shown)
        window.addActions(list(self._by_name.values()))  # keys work without the menu bar
        a = self._by_name
        a["actionTrain"].triggered.connect(model.toggle)
        a["actionTrainStep"].triggered.connect(model.train_epoch)
        a["actionResetWeights"].triggered.connect(model.reset_weights)
        a["actionNewSeed"].triggered.connect(model.new_seed)
        a["actionFitNetwork"].triggered.connect(model.adapt_network)
        a["actionImportData"].triggered.connect(data_files.import_csv)
        a["actionExportData"].triggered.connect(data_files.export_csv)
        model.runningChanged.connect(self._on_state_changed)
        model.dataChanged.connect(self._on_state_changed)
        model.settingsChanged.connect(self._on_state_changed)
        self.retranslate()

    def _make(self, name: str, key: str, icon) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        style = QApplication.style()
        if icon is not None and style is not None:
            action.setIcon(style.standardIcon(icon))
        return action

    def _fill_menu(self) -> None:
        a, menu = self._by_name, self.menu
        for item in (
            "actionTrain",
            "actionTrainStep",
            None,
            "actionResetWeights",
            "actionNewSeed",
            None,
            self.dataset_menu,
            "actionFitNetwork",
            None,
            "actionImportData",
            "actionExportData",
        ):
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(a[item])
        for name in sim.DATASETS:
            action = self.dataset_menu.addAction("")
            action.setObjectName(f"actionDataset_{name}")
            action.setCheckable(True)
            action.setData(name)
            self._dataset_group.addAction(action)
            action.triggered.connect(
                lambda _c=False, n=name: choose_dataset(self.model, n, self.window)
            )

    def action(self, name: str) -> QAction:
        return self._by_name[name]

    def actions(self) -> list[QAction]:
        """Train, one epoch and reset: what a toolbar shows."""
        a = self._by_name
        return [a["actionTrain"], a["actionTrainStep"], a["actionResetWeights"]]

    # ---- texts and state ------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "actionTrain": (self.tr("&Train"), self.tr("Train the network on the data set")),
            "actionTrainStep": (
                self.tr("Train one &epoch"),
                self.tr("One pass through the training points, in mini-batches"),
            ),
            "actionResetWeights": (
                self.tr("&Reset weights"),
                self.tr("Start again from the seed's weights (the same each time), epoch 0"),
            ),
            "actionNewSeed": (
                self.tr("New &seed"),
                self.tr("Draw a new seed and start from its weights"),
            ),
            "actionFitNetwork": (
                self.tr("&Fit network to data"),
                self.tr("Give the input and output layers the sizes the data set needs"),
            ),
            "actionImportData": (
                self.tr("&Import data (CSV)…"),
                self.tr("Train on your own points: feature columns, then a label or target"),
            ),
            "actionExportData": (
                self.tr("E&xport data (CSV)…"),
                self.tr("Save the points of the data set as a CSV file"),
            ),
        }
        for name, (text, tip) in texts.items():
            action = self._by_name[name]
            action.setText(text)
            action.setStatusTip(tip)
        short = {  # what buttons show: a panel is narrow
            "actionTrainStep": self.tr("Epoch"),
            "actionResetWeights": self.tr("Reset"),
            "actionNewSeed": self.tr("New seed"),
        }
        for name, text in short.items():
            self._by_name[name].setIconText(text)
        self.menu.setTitle(self.tr("T&rain"))
        self.dataset_menu.setTitle(self.tr("&Data set"))
        for action in self.dataset_menu.actions():
            action.setText(names.dataset_label(action.data()))
        self._on_state_changed()

    def _on_menu_shown(self) -> None:
        self.model.prepared  # make the points now: the menu shows what fits  # noqa: B018
        self._on_state_changed()

    def _on_state_changed(self, *_args) -> None:
        a, model = self._by_name, self.model
        running = model.is_running
        train = a["actionTrain"]
        train.setText(self.tr("&Pause") if running else self.tr("&Train"))
        train.setIconText(self.tr("Pause") if running else self.tr("Train"))
        style = QApplication.style()
        if style is not None:
            train.setIcon(style.standardIcon(SP.SP_MediaPause if running else SP.SP_MediaPlay))
        # Whether the data fit is known once the points exist; until a view or a run made
        # them (not at start-up), Train stays offered and says so itself if it cannot.
        fits = model.problem() is None if model.ready else True
        train.setEnabled(running or fits)
        a["actionTrainStep"].setEnabled(fits and not running)
        a["actionFitNetwork"].setEnabled(not fits)
        for action in a.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = plain_text(action.text())
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        name = model.choice.name
        for action in self.dataset_menu.actions():
            action.setChecked(action.data() == name)
