"""Training in the main window: the model, its Train menu, its four docks and their places.

At 1280×720 the canvas keeps its room and the computation its height: the data
and training panels and the loss chart are tabs beside the Inspector, the
decision view a tab beside the activation plot, so each is one click away;
starting a run brings the loss chart (whose first line reads the epoch, losses
and accuracy) and the decision view to the front.  The two panels scroll when a
dock is small, so they never make the window's minimum size grow.
In presentation mode (F5) after training has begun, the class sees the decision
view and the loss chart instead of the stepping panels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from .actions import TrainingActions
from .brush import Brush
from .canvas_maps import CanvasMaps
from .data_files import DataFiles
from .data_panel import DataPanel
from .decision_view import DecisionView
from .loss_chart import LossChart
from .model import TrainingModel
from .training_panel import TrainingPanel

# dock objectName: the dock it is a tab beside
TABS = {
    "dockData": "dockInspector",
    "dockTraining": "dockData",
    "dockLoss": "dockTraining",
    "dockDecision": "dockGradients",
}
SHOWN_WHEN_TRAINING = ("dockDecision", "dockLoss")
SCROLLED = ("dockData", "dockTraining")
VERTICAL = Qt.Orientation.Vertical
PRESENTATION_DOCKS = ("dockLoss", "dockDecision")


class TrainingInWindow:
    """Everything training adds to ``window``; ``model`` is ``window.training``."""

    def __init__(self, window):
        self.window = window
        self.model = TrainingModel(window.document, window)
        self.brush = Brush(window)
        self.files = DataFiles(self.model, window)
        self.actions = TrainingActions(self.model, window, self.files)
        panels = {
            "dockData": DataPanel(self.model, self.actions, self.brush),
            "dockTraining": TrainingPanel(self.model, self.actions),
            "dockDecision": DecisionView(self.model, self.brush),
            "dockLoss": LossChart(self.model),
        }
        self.docks = {}
        for name, panel in panels.items():
            dock = QDockWidget(window)
            dock.setObjectName(name)
            panel.watch_dock(dock)
            dock.setWidget(_scrolled(panel) if name in SCROLLED else panel)
            self.docks[name] = dock
        self.canvas_maps = CanvasMaps(self.model, window.canvas)
        window.canvas.neuronHovered.connect(self.model.set_hovered)
        self.model.runningChanged.connect(self._on_running_changed)

    def place(self, docks: dict) -> None:
        """Put the docks as tabs beside the window's own ``docks`` (name → dock)."""
        every = {**docks, **self.docks}
        for name, beside in TABS.items():
            area = self.window.dockWidgetArea(every[beside])
            self.window.addDockWidget(area, every[name])
            self.window.tabifyDockWidget(every[beside], every[name])
        for name in set(TABS.values()) - set(self.docks) - {"dockGradients"}:
            every[name].raise_()  # the stepping panels stay in front until training starts
        docks["dockActivation"].raise_()

    def presentation_docks(self, default):
        """The docks presentation mode keeps: the training views once training has begun."""
        if self.model.is_running or self.model.epoch > 0:
            return PRESENTATION_DOCKS
        return default

    def _on_running_changed(self, running: bool) -> None:
        if not running:
            return
        for name in SHOWN_WHEN_TRAINING:
            dock = self.docks[name]
            if not dock.isHidden():
                dock.raise_()
        presentation = getattr(self.window, "presentation", None)
        if presentation is not None and presentation.active:
            presentation.refresh_docks()
            self.split_for_presentation()

    def on_presentation_changed(self, on: bool) -> None:
        """Presentation mode was entered (``on``) or left."""
        if on:
            self.split_for_presentation()

    def split_for_presentation(self) -> None:
        """In front of a class the loss chart gets 40 % of the side's height, the map 60 %.

        Queued after presentation mode's own sizing of its docks (also a zero timer).
        """
        QTimer.singleShot(0, self._split)

    def _split(self) -> None:
        presentation = getattr(self.window, "presentation", None)
        if presentation is None or not presentation.active:
            return
        if set(PRESENTATION_DOCKS) <= set(presentation.kept_docks()):
            docks = [self.docks["dockLoss"], self.docks["dockDecision"]]
            height = self.window.height()
            self.window.resizeDocks(docks, [round(0.4 * height), round(0.6 * height)], VERTICAL)


def _scrolled(panel) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(panel)
    return scroll
