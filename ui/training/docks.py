"""Training in the main window: the model, its Train menu, its docks and their places.

At 1280×720 the canvas keeps its room and the computation its height: the data
and training panels, the loss chart and the digits pad are tabs beside the
Inspector, the decision view a tab beside the activation plot, the feature maps
and the confusion matrix tabs beside the computation (their rows of pictures
want its width), so each is one click away and no tab bar is too full to read.
Data whose inputs are a picture (the digits) bring the pad (with its output
bars) and the feature maps to the front, so both are seen with the canvas;
starting a run brings the loss chart (whose first line reads the epoch, losses
and accuracy) to the front with the decision view, or, for data it cannot draw,
the confusion matrix.  The two setting panels scroll when a dock is small, so
they never make the window's minimum size grow.  In presentation mode (F5) the
class sees the same views instead of the stepping panels: the pad and the
feature maps for pictures, the loss chart and the decision view (or the
confusion matrix) once training has begun.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from .actions import TrainingActions
from .brush import Brush
from .canvas_maps import CanvasMaps
from .confusion_panel import ConfusionPanel
from .context_docks import ContextDocks
from .data_files import DataFiles
from .data_panel import DataPanel
from .decision_view import DecisionView
from .digits.panel import DigitsPanel, FeaturePanel
from .loss_chart import LossChart
from .model import TrainingModel
from .timeline.bar import TimelineBar
from .training_panel import TrainingPanel

# dock objectName: the dock it is a tab beside
TABS = {
    "dockData": "dockInspector",
    "dockTraining": "dockData",
    "dockLoss": "dockTraining",
    "dockDecision": "dockGradients",
    "dockDigits": "dockLoss",
    "dockFeatures": "dockComputation",
    "dockConfusion": "dockFeatures",
}
SHOWN_WHEN_TRAINING = ("dockDecision", "dockLoss")
SHOWN_WHEN_TRAINING_UNDRAWN = ("dockConfusion", "dockLoss")  # data the plane cannot show
SCROLLED = ("dockData", "dockTraining")
VERTICAL = Qt.Orientation.Vertical
PRESENTATION_DOCKS = ("dockLoss", "dockDecision")
# Pictures: the pad and the maps beside the computation, then the loss and the matrix
# (the last one named is in front of its tab group).
PICTURE_DOCKS = ("dockComputation", "dockFeatures", "dockDigits")
PICTURE_TRAINING_DOCKS = ("dockComputation", "dockConfusion", "dockDigits", "dockLoss")


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
            "dockFeatures": FeaturePanel(window.document),
            "dockDigits": DigitsPanel(self.model),
            "dockConfusion": ConfusionPanel(self.model),
        }
        self.docks = {}
        for name, panel in panels.items():
            dock = QDockWidget(window)
            dock.setObjectName(name)
            if hasattr(panel, "watch_dock"):
                panel.watch_dock(dock)
            dock.setWidget(_scrolled(panel) if name in SCROLLED else panel)
            self.docks[name] = dock
        self.timeline_bar = TimelineBar(self.model.timeline)
        panels["dockLoss"].add_footer(self.timeline_bar)
        self.canvas_maps = CanvasMaps(self.model, window.canvas)
        window.canvas.neuronHovered.connect(self.model.set_hovered)
        self.context = ContextDocks(window, self.model, self.docks)  # before the raising below
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
        self.context.update(force=True)

    def close(self) -> None:
        """The window closes: a run pauses (one undo step) and its worker process ends."""
        self.model.runner.close()

    def presentation_docks(self, default):
        """The docks presentation mode keeps: the training views once training has begun."""
        pictures = self.window.document.names.image is not None
        if self.model.is_running or self.model.epoch > 0:
            return PICTURE_TRAINING_DOCKS if pictures else PRESENTATION_DOCKS
        return PICTURE_DOCKS if pictures else default

    def _on_running_changed(self, running: bool) -> None:
        if not running:
            return
        drawn = self.model.prepared.raw.input_size in (1, 2)  # what the decision view draws
        for name in SHOWN_WHEN_TRAINING if drawn else SHOWN_WHEN_TRAINING_UNDRAWN:
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
            QTimer.singleShot(0, self.docks["dockConfusion"].widget().ask_room)  # after both
        else:
            self.context.update(force=True)  # the data may have changed meanwhile

    def split_for_presentation(self) -> None:
        """In front of a class the loss chart gets 40 % of the side's height, the map 60 %.

        Queued after presentation mode's own sizing of its docks (also a zero timer).
        """
        QTimer.singleShot(0, self._split)

    def _split(self) -> None:
        presentation = getattr(self.window, "presentation", None)
        if presentation is None or not presentation.active:
            return
        kept = set(presentation.kept_docks())
        below = "dockDecision" if "dockDecision" in kept else "dockConfusion"
        docks = [self.docks["dockLoss"], self.docks[below]]
        areas = {self.window.dockWidgetArea(dock) for dock in docks}
        # For pictures the matrix is a tab below the canvas, not under the loss chart:
        # splitting the height there would give it 60 % of the screen.
        if {"dockLoss", below} <= kept and len(areas) == 1:
            height = self.window.height()
            self.window.resizeDocks(docks, [round(0.4 * height), round(0.6 * height)], VERTICAL)


def _scrolled(panel) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(panel)
    return scroll
