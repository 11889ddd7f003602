"""What a lesson may do to the window: the same public calls a user's gestures make.

Lessons change the network and the pass through the Document (undoable commands,
so Back can rewind them), and the views through their own public methods: the
activation panel's Compare and range, the computation panel's matrix form, which
dock is in front.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDockWidget

import simulator as sim

FRONT = ("dockInspector", "dockActivation")  # the docks in front in a new window


class LessonApp:
    """The window, as a lesson's steps see it.

    ``instant``: training runs to its end before ``train`` returns (a lesson
    replayed to a step) instead of in the background while the class watches.
    """

    def __init__(self, window):
        self.window = window
        self.doc = window.document
        self.instant = False

    @property
    def training(self):
        """``window.training``: the data, the settings and the runs."""
        return self.window.training

    @property
    def gradients(self):
        return self.window.findChild(QDockWidget, "dockGradients").widget()

    # ---- views --------------------------------------------------------------
    @property
    def activation(self):
        return self.window.findChild(QDockWidget, "dockActivation").widget()

    @property
    def computation(self):
        return self.window.findChild(QDockWidget, "dockComputation").widget()

    @property
    def features(self):
        """The feature maps' panel (``featurePanel``)."""
        return self.window.findChild(QDockWidget, "dockFeatures").widget()

    @property
    def pad(self):
        """The digits pad (``digitsPad``): its pixels are the stepped example's input."""
        return self.window.findChild(QDockWidget, "dockDigits").widget().pad

    def draw(self, picture) -> None:
        """Put ``picture`` (rows, columns of 0..1) on the pad: one undo step."""
        self.pad.draw(picture)

    def feature_maps(self, mode: str) -> None:
        """The feature maps show the weights (``"weights"``) or weights × the example."""
        self.features.show_mode(mode)

    def compare(self, *names: str) -> None:
        """Overlay these activations on the activation plot (none: clear it)."""
        self.activation.set_compared(names)

    def wide_range(self, wide: bool = True) -> None:
        self.activation.set_wide_range(wide)

    def matrix_form(self, on: bool = True) -> None:
        self.computation.matrix_box.setChecked(on)

    def fresh_views(self) -> None:
        """The views as a new window shows them: the Inspector and the activation plot in
        front, no curve compared, −5..5, no matrix form, the δ bars on a linear scale (a
        lesson starts from there, not from where the last one left them)."""
        for name in FRONT:
            self.show_dock(name)
        self.compare()
        self.wide_range(False)
        self.matrix_form(False)
        self.gradients.show_chart("delta")
        self.gradients.set_log_scale(False)
        self.feature_maps("weights")

    def show_dock(self, name: str) -> None:
        """Bring a dock to the front (shown even in presentation mode)."""
        dock = self.window.findChild(QDockWidget, name)
        if dock is not None:
            dock.show()
            dock.raise_()

    # ---- the document ---------------------------------------------------------
    def load(self, preset: str) -> None:
        """Open an example, as the Examples menu does (a lesson's first step)."""
        self.doc.load_preset(preset)

    def network(self, weights, biases, activations, inputs=None) -> None:
        """Replace the network (undoable); ``inputs`` sets the stepped row's values."""
        self.doc.set_network(sim.Network.from_arrays(weights, biases, activations))
        if inputs is not None:
            for i, value in enumerate(inputs):
                self.doc.set_input_value(i, float(value), merge=False)

    def targets(self, column) -> None:
        """Set every row's target of output 0 to ``column`` (one per row), undoably."""
        current = self.doc.example_targets
        for row, value in enumerate(column):
            if current is None or current[row, 0] != value:
                self.doc.set_example_target(row, 0, float(value))

    def heading(self, title: str, note: str = "") -> None:
        """What the Inspector and the window title call the network now (undoable)."""
        self.doc.set_heading(title, note)

    def start_afresh(self, network: sim.Network, x, t=None) -> None:
        """A new document holding ``network``, the example ``x`` and target ``t``."""
        self.doc.new()
        self.doc.set_network(network)
        for i, value in enumerate(x):
            self.doc.set_input_value(i, float(value), merge=False)
        if t is not None:
            self.doc.set_target(t)

    def use_data(self, name: str, n: int, noise: float = 0.05, seed: int = 0) -> None:
        """Train on ``n`` points of the data set ``name`` (undoable)."""
        self.training.set_dataset(name, n=n, noise=noise, seed=seed)

    def train(self, epochs: int, learning_rate: float | None = None) -> None:
        """Train ``epochs`` epochs (with ``learning_rate`` if given), the run one undo step;
        in the background, as Train does, unless ``instant``."""
        training = self.training
        if learning_rate is not None:
            training.learning_rate = learning_rate
        training.stop_epochs = epochs
        if self.instant:
            for _ in range(epochs):
                training.train_epoch()
        else:
            training.start()

    def forward(self) -> None:
        """The forward pass from its start to its end, the backward pass not begun."""
        self.doc.reset_pass()
        self.doc.finish_pass()

    def table_outputs(self) -> np.ndarray:
        return self.doc.example_outputs()
