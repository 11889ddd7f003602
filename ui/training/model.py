"""The training model: the data, the settings, the progress, and whether it runs.

It sits beside the Document (``window.training``) and edits it only through the
Document's API: settings and data choices are the Document's saved parts (one
undoable command each), the weights change by ``show_weights`` while a run is
under way and become one undo step when it pauses.  The loop itself is the
``Runner``'s; the views sample the model on ``tick`` (``ViewClock``: a steady
rate while training runs, once after any change otherwise), never once a step.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

import simulator as sim
from ui.document.state import structure_key

from .clock import ViewClock
from .commands import WeightsCommand, label
from .data import Prepared, prepare
from .history import History
from .naming import names_of
from .plane import PlaneSampler
from .runner import Runner
from .settings import DATASET_DEFAULTS, DataChoice, training_value
from .timeline.model import Timeline


class Progress(NamedTuple):
    """How far training has come since the last reset.

    ``snapshots`` is the timeline's branch of weights kept for these epochs
    (``timeline.store.Branch``, shared, never copied), or None.
    """

    epoch: int
    history: History
    snapshots: object = None


class TrainingModel(QObject):
    """Training of ``document``'s network on a data set.

    Signals
    -------
    dataChanged()
        The points, their split or the network's inputs made from them changed.
    settingsChanged()
        A training setting changed (optimizer, batch size, ...).
    runningChanged(bool)
    progressChanged()
        The epoch and history were reset, restored by undo, or a run ended.
    message(str, str)
        ``(kind, text)`` for the training panel: ``"diverged"``, ``"stopped"``,
        ``"cannot"`` (Train could not start), ``"worker"`` (the training worker was
        lost; the run went on here) or ``""`` to clear it.
    hoverChanged()
        The neuron under the pointer on the canvas changed (see ``focus``).
    epochReached(int, object)
        ``(epoch, network)``: the network as it is at the end of that epoch, when a
        run starts from it (for the timeline; the network is the trainer's own:
        copy what is kept).
    epochsReached(int, object)
        ``(first, rows)``: the epochs a slice of the run finished, ``first`` to
        ``first + n - 1``, with each one's parameters, ``rows`` (n, P) flat in
        ``network.parameters()`` order (the runner's buffer: copy what is kept).
        Emitted at the end of each slice, before the epoch counter is read.
    """

    dataChanged = Signal()
    settingsChanged = Signal()
    runningChanged = Signal(bool)
    progressChanged = Signal()
    message = Signal(str, str)
    hoverChanged = Signal()
    epochReached = Signal(int, object)
    epochsReached = Signal(int, object)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._progress = Progress(0, History())
        self._prepared: Prepared | None = None
        self._choice = DataChoice.of(document)  # read again at each settingsChanged
        self._data_key = None
        self._hovered = None
        self.clock = ViewClock(self)
        self.plane = PlaneSampler()  # before any view: a frame first forgets the last maps
        self.clock.sync.connect(self.plane.invalidate)  # the first of every refresh
        self.runner = Runner(self)
        self.timeline = Timeline(self)
        document.settingsChanged.connect(self._on_settings_changed)
        document.networkChanged.connect(self._on_network_changed)
        document.aboutToEdit.connect(self.pause)
        document.replaced.connect(self._on_replaced)
        self._on_settings_changed()

    # ---- the data -------------------------------------------------------------
    @property
    def prepared(self) -> Prepared:
        """The points, split and featured (made again when the data choice changed)."""
        if self._prepared is None:
            self._prepared = prepare(self._choice, self.document.own_data)
        return self._prepared

    @property
    def dataset(self) -> sim.Dataset:
        """The points in use, as generated, drawn or imported (``X`` before features)."""
        return self.prepared.raw

    @property
    def train_set(self) -> sim.Dataset:
        """The training points: inputs as the network takes them, targets fitted to it."""
        return self.prepared.parts(self.document.network)[0]

    @property
    def test_set(self) -> sim.Dataset:
        return self.prepared.parts(self.document.network)[1]

    @property
    def kind(self) -> str:
        """ "classification" or "regression" (without making the points)."""
        return self._choice.kind(self.document.own_data)

    @property
    def ready(self) -> bool:
        """Whether the points are made already (views may then ask about them cheaply)."""
        return self._prepared is not None

    @property
    def choice(self) -> DataChoice:
        """Which data and how they are used, as the Document's settings say."""
        return self._choice

    def set_dataset(self, name: str, n=None, noise=None, seed=None) -> None:
        """Use the data set ``name`` of ``sim.DATASETS``; one undoable command.

        ``n``, ``noise`` (``make_dataset``'s units) and ``seed`` keep their
        present values when None (digits then takes all its images).
        """
        if name not in sim.DATASETS:
            raise ValueError(f"unknown data set {name!r}; known: {', '.join(sim.DATASETS)}")
        settings = dict(self.document.dataset_settings, name=name)
        if name == "digits" and n is None:
            settings.pop("n", None)
        elif n is not None or settings.get("n") is None:
            settings["n"] = int(n if n is not None else DATASET_DEFAULTS["n"])
        for key, value in (("noise", noise), ("seed", seed)):
            if value is not None:
                settings[key] = value
        sim.make_dataset(name, n=1, noise=settings.get("noise", 0.0))  # refuse bad values now
        self.document.set_training_data(settings, None, label("choose_dataset"))

    def set_data_setting(self, key: str, value) -> None:
        """Change one data-set setting (points, noise, training share, seed, classes)."""
        self.document.set_setting("dataset", key, value, label(key))

    @property
    def features(self) -> tuple[str, ...]:
        return self.choice.features

    def set_features(self, names) -> None:
        """Give the network these input features of 2-D points; its input layer follows."""
        names = sim.check_features(names)
        with self.document.edit_group(label("features")):
            self.document.set_setting("dataset", "features", " ".join(names), label("features"))
            if self.prepared.two_d:
                self.document.set_input_size(len(names))

    # ---- which neuron's map is shown large ----------------------------------------
    def set_hovered(self, column: int, j: int) -> None:
        """The canvas's pointer is over neuron ``j`` of ``column`` (-1, -1: none)."""
        hovered = None if column < 0 else (column, j)
        if hovered != self._hovered:
            self._hovered = hovered
            self.hoverChanged.emit()

    def focus(self) -> tuple[int, int] | None:
        """(column, neuron) to show over the plane: hovered, else selected; None: the output."""
        sizes = self.network.sizes
        sel = self.document.selection
        chosen = self._hovered
        if chosen is None and sel is not None and sel.kind == "neuron":
            chosen = (sel.column, sel.index)
        if chosen is None or chosen[0] >= len(sizes) or chosen[1] >= sizes[chosen[0]]:
            return None
        return chosen

    # ---- fitting the network to the data ----------------------------------------
    def problem(self) -> tuple[str, int, int] | None:
        """Why the network cannot train on the data (see ``Prepared.problem``), or None."""
        return self.prepared.problem(self.document.network)

    def out_of_reach(self) -> tuple[str, float, float] | None:
        """Whether the output activation cannot give most regression targets (see
        ``Prepared.out_of_reach``): (its name, the targets' lowest, highest), or None."""
        return self.prepared.out_of_reach(self.document.network)

    def adapt_network(self) -> None:
        """Fit the input and output layers to the data, as one undoable step."""
        if self.problem() is None and self.out_of_reach() is None:
            return
        adapted = self.prepared.adapted(self.document.network)
        new_output = adapted.layers[-1].activation != self.document.network.layers[-1].activation
        with self.document.edit_group(label("adapt")):
            self.document.set_network(adapted)
            if new_output:  # the loss that went with the old output would not suit the new one
                self.document.set_loss("auto")

    # ---- settings (each change one undoable command) ------------------------------
    def _setting(self, key: str):
        return training_value(self.document, key)

    @property
    def optimizer(self) -> str:
        return self._setting("optimizer")

    @optimizer.setter
    def optimizer(self, name: str) -> None:
        if name not in sim.OPTIMIZERS:
            raise ValueError(f"unknown optimizer {name!r}; known: {', '.join(sim.OPTIMIZERS)}")
        self._set("optimizer", name)

    @property
    def learning_rate(self) -> float:
        """η, shared with Apply update (the Document's)."""
        return self.document.learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        self.document.learning_rate = float(value)

    @property
    def batch_size(self) -> int:
        return int(self._setting("batch_size"))

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        if int(value) != value or value < 1:
            raise ValueError(f"the batch size must be a whole number ≥ 1, got {value!r}")
        self._set("batch_size", int(value))

    @property
    def l2(self) -> float:
        return float(self._setting("l2"))

    @l2.setter
    def l2(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"L2 must be from 0 to 1, got {value!r}")
        self._set("l2", float(value))

    @property
    def loss(self) -> str:
        """The loss trained (and stepped) with: ``document.loss_name``."""
        return self.document.loss_name

    @property
    def stop_epochs(self) -> int | None:
        return self._setting("stop_epochs")

    @stop_epochs.setter
    def stop_epochs(self, value: int | None) -> None:
        self._set("stop_epochs", None if not value else int(value))

    @property
    def stop_loss(self) -> float | None:
        return self._setting("stop_loss")

    @stop_loss.setter
    def stop_loss(self, value: float | None) -> None:
        self._set("stop_loss", None if not value else float(value))

    @property
    def weight_seed(self) -> int:
        return int(self._setting("weight_seed"))

    def _set(self, key: str, value) -> None:
        if value != self._setting(key):
            self.document.set_setting("training", key, value, label(key))

    # ---- running --------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self.runner.running

    @property
    def epoch(self) -> int:
        """Epochs trained since the last reset."""
        return self._progress.epoch

    @property
    def history(self) -> History:
        return self._progress.history

    @property
    def network(self) -> sim.Network:
        """The network as training has it now: ahead of the Document's during a run."""
        return self.runner.network or self.document.network

    def start(self) -> bool:
        """Train until paused (or a stop rule, or divergence); False if it cannot start.

        A past epoch shown (the timeline) becomes the current network first: training
        goes on from what the user sees.
        """
        self.document.settle_past()
        return self.runner.start()

    def pause(self) -> None:
        """Stop after the step under way; the run becomes one undo step."""
        self.runner.pause()

    def toggle(self) -> None:
        self.pause() if self.is_running else self.start()

    def train_epoch(self) -> bool:
        """Train exactly one more epoch (one undo step)."""
        self.document.settle_past()
        return self.runner.one_epoch()

    def reset_weights(self) -> None:
        """Fresh starting weights from the seed (the same each time), epoch 0; undoable."""
        self.pause()
        self.document.leave_past()  # the weights before the reset are those of now
        net = self.document.network
        fresh = sim.Network.create(
            net.input_size,
            net.sizes[1:],
            [layer.activation for layer in net.layers],
            seed=self.weight_seed,
        )
        before = (net.copy(), self._copy_progress())
        after = (fresh, Progress(0, History()))
        self.document.undo_stack.push(WeightsCommand(self, before, after, "reset"))

    def new_seed(self) -> None:
        """Draw a new seed, then reset the weights from it; one undoable step."""
        import secrets

        with self.document.edit_group(label("weight_seed")):
            seed = secrets.randbelow(10**6)
            self.document.set_setting("training", "weight_seed", seed, label("weight_seed"))
            self.reset_weights()

    # ---- used by the runner and the commands ---------------------------------------
    @property
    def progress(self) -> Progress:
        """The epoch, the history and the timeline's snapshots (read-only: a copy's parts)."""
        return self._progress

    def attach_snapshots(self, branch) -> None:
        """The timeline keeps this run's weights in ``branch`` (no undo step of its own)."""
        self._progress = self._progress._replace(snapshots=branch)

    def _copy_progress(self) -> Progress:
        p = self._progress
        return Progress(p.epoch, p.history.copy(), p.snapshots)

    def _restore(self, net: sim.Network, progress: Progress) -> None:
        """Show ``net``'s weights and put the progress back (undo and redo of a run)."""
        self._progress = Progress(progress.epoch, progress.history.copy(), progress.snapshots)
        if structure_key(net) == structure_key(self.document.network):
            self.document.show_weights(net)
        self.progressChanged.emit()
        self.clock.poke()

    # ---- reacting to the Document ------------------------------------------------
    def _on_settings_changed(self) -> None:
        self._choice = DataChoice.of(self.document)
        key = (self._choice, self.document.own_data)  # Dataset compares by identity
        if key != self._data_key:
            self._data_key, self._prepared = key, None
            self.document.set_names(names_of(self._choice, self.document.own_data))
            self.runner.invalidate()
            self.dataChanged.emit()
        self.settingsChanged.emit()
        self.clock.poke()

    def _on_network_changed(self, structural: bool) -> None:
        if structural:
            self.runner.invalidate()
            self.dataChanged.emit()  # the targets are fitted to the output layer anew
        self.clock.poke()

    def _on_replaced(self) -> None:
        self.runner.stop()
        self._progress = Progress(0, History())
        self.runner.invalidate()
        self.progressChanged.emit()
        self.message.emit("", "")
        self._on_settings_changed()
