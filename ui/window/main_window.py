"""The main window: the canvas in the middle, panels in docks, menus, toolbar, status bar.

The window owns the Document and hands it to every view; it never reaches
into a view.  Its texts are rebuilt by ``retranslate()`` on every language
change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
)

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.document import Document
from ui.document.history import MB
from ui.document.layer_rules import insert_index, new_layer, removal_index
from ui.document.refusals import shows_refusals
from ui.export.actions import ExportActions
from ui.fields.dialog import CountDialog
from ui.files import settings
from ui.files.autosave import Autosave
from ui.files.controller import FileController
from ui.lessons.menu import LessonMenu
from ui.panels.computation import ComputationPanel
from ui.panels.inspector import InspectorPanel
from ui.panels.plots.activation import ActivationPanel
from ui.panels.plots.gradients import GradientPanel
from ui.text import examples, i18n
from ui.text.notation import spans
from ui.training.docks import TrainingInWindow

from .actions import make_actions, retranslate_actions
from .menus import build_menus, build_toolbar, fill_examples, fill_recent, retitle_recent
from .notation_menu import NotationMenu
from .preferences import PreferencesDialog
from .presentation import PresentationMode
from .retranslation import DockTexts
from .step_actions import StepActions
from .texts import DOCKS, about_text, how_to_text, translate
from .undo_keys import UndoKeys

ICON = i18n.RESOURCES / "icons" / "neurostep.svg"
# The dock layout's version: a layout saved by a version with other docks is not
# restored (the new docks would land anywhere); the default layout is used instead.
LAYOUT_VERSION = 2  # 2: the digits pad, the feature maps, the confusion matrix
PANELS = {
    "dockInspector": InspectorPanel,
    "dockComputation": ComputationPanel,
    "dockActivation": ActivationPanel,
    "dockGradients": GradientPanel,
}


class MainWindow(QMainWindow):
    """NeuroStep's window; ``document`` is the model every view draws from."""

    def __init__(self, parent=None):
        # Before any widget exists: a new application font would otherwise send a
        # FontChange to every widget, and each panel would restyle and redraw for it.
        i18n.install_font()
        i18n.install_translators()
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(ICON)))
        self.notation = NotationMenu(self)  # the letters chosen, before any view shows one
        self.document = Document(self)
        self.document.history_budget = settings.undo_budget_mb() * MB
        self.files = FileController(self, self.document)
        self.autosave = Autosave(self.document, self)
        self.canvas = NetworkCanvas(self.document, self)
        self.setCentralWidget(self.canvas)
        self.step_actions = StepActions(self.document, self)
        self.action_map = make_actions(self)
        self.export = ExportActions(self)
        self._undo_keys = UndoKeys(self)  # Ctrl+Z undoes the document from any field
        self.docks = self._make_docks()
        self._training = TrainingInWindow(self)
        self.training = self._training.model  # the training model, beside the Document
        self._training.place(self.docks)
        self.docks.update(self._training.docks)
        self.presentation = PresentationMode(self)
        self.lessons = LessonMenu(self)
        self.presentation.choose_docks = lambda default: self.lessons.presentation_docks(
            self._training.presentation_docks(default)
        )
        self.presentation.extra_actions = self._training.actions.actions()
        self.presentation.changed.connect(self._training.on_presentation_changed)
        self.menus = build_menus(self)
        self.menuBar().insertMenu(self.menus["examples"].menuAction(), self._training.actions.menu)
        self.toolbar = build_toolbar(self)
        self.toolbar.addSeparator()  # Train at the end of the toolbar, one click away
        self.toolbar.addAction(self._training.actions.action("actionTrain"))
        self._summary = QLabel(self)
        self.statusBar().addPermanentWidget(self._summary)
        # The language is written when the user pauses (closing writes it too): a switch,
        # or ten in a row, waits for no disk.
        self._save_language = QTimer(self, singleShot=True, interval=1000)
        self._save_language.timeout.connect(lambda: settings.save_language(i18n.current_language()))
        self._connect()
        self.retranslate()
        self._dock_texts = DockTexts(self)  # docks out of sight retranslate when shown
        self.resize(1280, 720)
        self._layout_pending = not self._restore_settings()
        # Dock sizes stick once the window is laid out: lay it out now, before the canvas
        # first fits itself at a size the docks would change right away.
        # The status bar sizes itself for its label's text on a posted LayoutRequest: take
        # it now, or the first paint lays the window out again 1 px lower (and refits the canvas).
        QCoreApplication.sendPostedEvents(self.statusBar(), QEvent.Type.LayoutRequest)
        if self._layout_pending and self.layout().activate():
            self._layout_pending = False
            self._default_layout()

    # ---- building -------------------------------------------------------------
    def _make_docks(self) -> dict[str, QDockWidget]:
        docks = {}
        for name, panel_class in PANELS.items():
            dock = QDockWidget(self)
            dock.setObjectName(name)
            panel = panel_class(self.document, dock)
            if hasattr(panel, "watch_dock"):  # it waits while behind another tab
                panel.watch_dock(dock)
            dock.setWidget(panel)
            docks[name] = dock
        # Right: what is selected, and the curve of the layer being computed;
        # bottom: the computation in numbers, as wide as the canvas.
        area = Qt.DockWidgetArea
        self.addDockWidget(area.RightDockWidgetArea, docks["dockInspector"])
        self.addDockWidget(area.RightDockWidgetArea, docks["dockActivation"])
        self.tabifyDockWidget(docks["dockActivation"], docks["dockGradients"])
        self.addDockWidget(area.BottomDockWidgetArea, docks["dockComputation"])
        docks["dockActivation"].raise_()
        self.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
        return docks

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout_pending:  # dock sizes only stick once the window is laid out
            self._layout_pending = False
            self._default_layout()
        # No fit here: the canvas fits itself when shown and at every resize until zoomed.

    def _default_layout(self) -> None:
        """Dock sizes for 1280×720 (a projector), used when no saved state exists."""
        d, o = self.docks, Qt.Orientation
        self.resizeDocks([d["dockInspector"]], [370], o.Horizontal)
        self.resizeDocks([d["dockInspector"], d["dockActivation"]], [305, 305], o.Vertical)
        self.resizeDocks([d["dockComputation"]], [190], o.Vertical)

    def _connect(self) -> None:
        a, doc = self.action_map, self.document
        a["actionNew"].triggered.connect(self.files.new)
        a["actionOpen"].triggered.connect(self.files.open)
        a["actionSave"].triggered.connect(self.files.save)
        a["actionSaveAs"].triggered.connect(self.files.save_as)
        a["actionClearRecent"].triggered.connect(self.files.clear_recent)
        a["actionQuit"].triggered.connect(self.close)
        a["actionUndo"].triggered.connect(doc.undo)
        a["actionRedo"].triggered.connect(doc.redo)
        a["actionDelete"].triggered.connect(self.delete_selected_layer)
        a["actionPreferences"].triggered.connect(self.show_preferences)
        a["actionAddLayer"].triggered.connect(lambda: self.add_layer(before=False))
        a["actionAddLayerBefore"].triggered.connect(lambda: self.add_layer(before=True))
        a["actionRemoveLayer"].triggered.connect(self.remove_layer)
        a["actionSetInputSize"].triggered.connect(self.ask_input_size)
        a["actionFitView"].triggered.connect(self.canvas.fit_view)
        a["actionZoomIn"].triggered.connect(lambda: self._zoom(1.25))
        a["actionZoomOut"].triggered.connect(lambda: self._zoom(0.8))
        a["actionLanguageEnglish"].triggered.connect(lambda: self.set_language("en"))
        a["actionLanguageChinese"].triggered.connect(lambda: self.set_language("zh"))
        a["actionHowTo"].triggered.connect(self.show_how_to)
        a["actionAbout"].triggered.connect(self.show_about)
        self.files.recentFilesChanged.connect(lambda: fill_recent(self))
        fill_recent(self)  # a language switch only retitles it
        stack = doc.undo_stack
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(self._update_undo_actions)
        doc.fileChanged.connect(self._on_file_changed)
        doc.networkChanged.connect(self._on_network_changed)
        doc.selectionChanged.connect(self._on_selection_changed)
        self.canvas.statusMessage.connect(self._show_pointer_text)
        self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 30_000))

    # ---- language -------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the whole interface to ``"en"`` or ``"zh"`` and remember it."""
        i18n.set_language(language)  # delivers LanguageChange: this window retranslates in it
        self._save_language.start()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._dock_texts.hold_back()  # before the docks hear it, after this
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # the children have it already
            self.step_actions.fit_play_buttons()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        retranslate_actions(self.action_map)
        self.document.retranslate()
        self.statusBar().clearMessage()  # a pointer text in the old language must not linger
        for key, menu in self.menus.items():
            if isinstance(menu, QMenu):
                menu.setTitle(translate(key))
        self.toolbar.setWindowTitle(translate("toolbar"))
        for name, dock in self.docks.items():
            title, tip = DOCKS[name]
            dock.setWindowTitle(translate(title))
            dock.setStatusTip(spans(translate(tip)))
            dock.toggleViewAction().setStatusTip(
                translate("toggle_dock").replace("%1", translate(title))
            )
        language = i18n.current_language()
        self.action_map["actionLanguageEnglish"].setChecked(language == "en")
        self.action_map["actionLanguageChinese"].setChecked(language == "zh")
        fill_examples(self)
        retitle_recent(self)
        self._update_undo_actions()
        self._on_file_changed()
        self._on_network_changed(True)

    # ---- network commands -----------------------------------------------------
    @shows_refusals
    def add_layer(self, before: bool = False) -> None:
        """Add a hidden layer next to the selected one (before the output without one)."""
        net = self.document.network
        index = insert_index(self.document.selection, len(net.layers), before)
        self.document.insert_layer(index, *new_layer(net, index))

    def remove_layer(self) -> None:
        """Remove the selected layer (the last hidden one without a selection)."""
        index = removal_index(self.document.selection, len(self.document.network.layers))
        if index is None:
            self.statusBar().showMessage(
                self.tr(
                    "Select a hidden or output layer to remove; the network keeps at least one."
                ),
                5000,
            )
            return
        self.document.remove_layer(index)

    def delete_selected_layer(self) -> None:
        """Delete acts only on a selected layer: a stray key never removes anything else."""
        if self._selected_layer_removable():
            self.document.remove_layer(self.document.selection.column - 1)

    def _selected_layer_removable(self) -> bool:
        sel = self.document.selection
        return (
            sel is not None
            and sel.kind == "layer"
            and removal_index(sel, len(self.document.network.layers)) is not None
        )

    @shows_refusals
    def ask_input_size(self) -> None:
        value, ok = CountDialog.get_count(
            self,
            self.tr("Input size"),
            self.tr("Number of input neurons:"),
            self.document.network.input_size,
            1,
            sim.MAX_NEURONS,
        )
        if ok:
            self.document.set_input_size(value)

    def load_example(self, name: str) -> bool:
        """What a click in the Examples menu does."""
        return self.files.load_example(name)

    def _zoom(self, factor: float) -> None:
        self.canvas.scale(factor, factor)

    def show_preferences(self) -> None:
        """Edit ▸ Preferences…: apply and remember what the dialog accepts."""
        dialog = PreferencesDialog(self.document, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            settings.save_undo_budget_mb(dialog.budget_mb())
            self.document.history_budget = dialog.budget_mb() * MB

    # ---- help -----------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About NeuroStep"), about_text(sim.__version__))

    def show_how_to(self) -> None:
        QMessageBox.information(self, self.tr("How to use NeuroStep"), how_to_text())

    def offer_recovery(self) -> bool:
        """Ask to restore unsaved work left by a previous run (main.py calls this)."""
        return self.autosave.offer_recovery(self)

    # ---- reacting to the Document ---------------------------------------------
    def _on_file_changed(self) -> None:
        name = examples.document_name(self.document.path, self.document.title)
        self.setWindowTitle(f"{name}[*] — NeuroStep")
        self.setWindowModified(self.document.is_modified())

    def _on_network_changed(self, _structural: bool = True) -> None:
        if self.document.live:  # a run's weights: no title, size or action changes with them
            return  # (an undo step's clean state comes as fileChanged)
        self._on_file_changed()  # an example's title may have changed with it
        sizes = "–".join(str(n) for n in self.document.network.sizes)
        self._summary.setText(self.tr("Network %1").replace("%1", sizes))
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        n_layers = len(self.document.network.layers)
        for name in ("actionAddLayer", "actionAddLayerBefore"):
            self.action_map[name].setEnabled(n_layers < sim.MAX_LAYERS)  # the most a file holds
        removable = removal_index(self.document.selection, n_layers) is not None
        self.action_map["actionRemoveLayer"].setEnabled(removable)
        self.action_map["actionDelete"].setEnabled(self._selected_layer_removable())

    def _update_undo_actions(self, *_args) -> None:
        stack, a = self.document.undo_stack, self.action_map
        a["actionUndo"].setEnabled(stack.canUndo())
        a["actionRedo"].setEnabled(stack.canRedo())
        undo = self.tr("&Undo %1").replace("%1", stack.undoText())
        redo = self.tr("&Redo %1").replace("%1", stack.redoText())
        a["actionUndo"].setText(undo if stack.canUndo() else translate("undo"))
        a["actionRedo"].setText(redo if stack.canRedo() else translate("redo"))

    def _show_pointer_text(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # ---- closing and settings -------------------------------------------------
    def closeEvent(self, event) -> None:
        self._training.close()  # a run stops now: its weights are among the changes asked about
        if not self.files.maybe_save():
            event.ignore()
            return
        # Leave presentation mode first: its full-screen, docks-hidden layout must not be
        # remembered as the window's own for the next start.
        self.presentation.action.setChecked(False)
        self._save_settings()
        self._save_language.stop()  # written just now
        self.autosave.finish()
        event.accept()

    def _save_settings(self) -> None:
        store = settings.open_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState(LAYOUT_VERSION))
        store.setValue("language", i18n.current_language())

    def _restore_settings(self) -> bool:
        """Geometry and docks as they were last time; False if none was saved."""
        store = settings.open_settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        restored = state is not None and self.restoreState(state, LAYOUT_VERSION)
        self.lessons.dock.hide()  # a lesson left open last time does not run now
        return restored

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
