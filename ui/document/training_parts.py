"""What the training model needs of the Document: its saved parts and a few edits.

The training model (``ui.training``) keeps what is running (the data arrays, the
trainer, the history); the Document keeps what is saved with the file, so Save,
Open and undo have one place to look:

- ``training_settings`` (the file's ``"training"``: learning rate, optimizer, ...),
- ``dataset_settings`` (``"dataset"``: ``make_dataset``'s arguments, the split, the
  features), and ``own_data`` (``"data"``: the user's own points, or None).

Each change of them is one undoable command; ``show_weights`` shows a training
run's weights as it goes, without an undo step (the run becomes one when it
pauses); ``aboutToEdit`` warns a running training before the network is edited.
The names of the inputs and outputs (``names``: features, classes, an image) come
from the data, which the training model reads: it sets them with ``set_names``.
Mixed into :class:`~ui.document.document.Document`.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal

import simulator as sim

from .commands import LABELS, SettingCommand, TrainingDataCommand
from .state import fit, structure_key
from .unit_names import NO_NAMES, UnitNames

AUTO_LOSS = "auto"
DEFAULT_LEARNING_RATE = 0.1


class TrainingParts:
    """The Document's side of training (see the module docstring).

    Signals
    -------
    namesChanged()
        The names of the inputs or outputs changed (``set_names``).
    """

    namesChanged = Signal()
    dataset_settings: dict
    own_data: sim.Dataset | None

    def _init_training_parts(self) -> None:
        self.dataset_settings = {}
        self.own_data = None
        self._names = NO_NAMES
        self._groups: dict[int, str] = {}  # undo-stack index -> English label of a group
        self._live = False  # see live

    # ---- several edits as one undo step -------------------------------------------
    @contextmanager
    def edit_group(self, label: str):
        """The edits made inside ``with document.edit_group(label):`` undo as one step.

        ``label`` is English (marked with QT_TRANSLATE_NOOP in context "Document"); a
        group is a QUndoStack macro, whose text ``retranslate`` keeps in the language
        shown.
        """
        self.undo_stack.beginMacro(QCoreApplication.translate("Document", label))
        try:
            yield
        finally:
            self.undo_stack.endMacro()
            self._groups[self.undo_stack.index() - 1] = label

    def retranslate(self) -> None:
        """Put the undo history's texts into the language now shown: the two the Edit
        menu shows (Undo and Redo) now, every other one when an undo or redo brings it
        there (a long history took milliseconds of each language switch for texts
        nobody saw)."""
        self._texts_stale = True
        self._retranslate_shown(self.undo_stack.index())

    def _retranslate_shown(self, index: int) -> None:
        """The texts of the steps Undo and Redo would take from ``index``, translated."""
        if self._texts_stale:
            for i in (index - 1, index):
                if 0 <= i < self.undo_stack.count():
                    self._retranslate_command(i, self.undo_stack.command(i))

    def _retranslate_command(self, index: int, command) -> None:
        """Set one undo step's text in the language shown (a group's, or a command's)."""
        if hasattr(command, "retranslate"):
            command.retranslate()
        elif index in self._groups and command.childCount():
            command.setText(QCoreApplication.translate("Document", self._groups[index]))

    def _take_training_parts(self, dataset, own_data=None) -> None:
        """What a file or an example brings: a data-set name or its settings, own points."""
        if isinstance(dataset, str):
            dataset = {"name": dataset}
        self.dataset_settings = dict(dataset or {})
        self.own_data = own_data

    def _with_training_parts(self, fields: dict) -> dict:
        """``sim.save_network``'s arguments with the data-set settings and own points."""
        return dict(fields, dataset=self.dataset_settings or fields["dataset"], data=self.own_data)

    # ---- η and the loss, shared by stepping and training ------------------------------
    @property
    def learning_rate(self) -> float:
        """η of Apply update and of training; saved in the file's training settings."""
        return float(self.training_settings.get("learning_rate", DEFAULT_LEARNING_RATE))

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        if not (np.isfinite(value) and value > 0):
            raise ValueError(f"the learning rate must be a positive number, got {value!r}")
        self._push_value(
            ("learning_rate",), self.learning_rate, value, LABELS["change_learning_rate"], True
        )

    @property
    def loss_name(self) -> str:
        """The loss in use: the one chosen, or with "auto" the one that suits the output."""
        choice = self._state.loss
        if choice != AUTO_LOSS:
            return choice
        out = self.network.layers[-1]
        return sim.suggested_loss(out.activation, out.n_out)

    @property
    def loss_choice(self) -> str:
        """ "auto" or a name of ``sim.LOSSES``, as saved in the file."""
        return self._state.loss

    def set_loss(self, choice: str) -> None:
        """Choose the loss ("auto" follows the output layer); one undoable command."""
        if choice != AUTO_LOSS:
            sim.get_loss(choice)  # raises on an unknown name
        if choice != self._state.loss:
            after = self._state.copy()
            after.loss = choice
            self._push_state(after, LABELS["change_loss"])

    # ---- saved settings -----------------------------------------------------------
    def set_setting(self, section: str, key: str, value, label: str) -> None:
        """Set one ``"training"`` or ``"dataset"`` setting; successive changes of it merge."""
        settings = self.training_settings if section == "training" else self.dataset_settings
        old = settings.get(key)
        if old != value or key not in settings:
            self.undo_stack.push(SettingCommand(self, section, key, old, value, label))

    def set_training_data(self, settings: dict, own_data, label: str) -> None:
        """Replace the data-set settings and the own points together; one undoable command."""
        before = (dict(self.dataset_settings), self.own_data)
        self.undo_stack.push(TrainingDataCommand(self, before, (dict(settings), own_data), label))

    def _put_setting(self, section: str, key: str, value) -> None:
        settings = self.training_settings if section == "training" else self.dataset_settings
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = value
        self.settingsChanged.emit()

    def _put_training_data(self, settings: dict, own_data) -> None:
        self.dataset_settings, self.own_data = dict(settings), own_data
        self.settingsChanged.emit()

    # ---- what the units stand for ---------------------------------------------------
    @property
    def names(self) -> UnitNames:
        """The inputs' and outputs' names, where they fit the network (see ``UnitNames``)."""
        net = self.network
        return self._names.fitted(net.input_size, net.output_size)

    def set_names(self, names: UnitNames) -> None:
        """The data's names of inputs and outputs (not an edit: no undo step)."""
        if names != self._names:
            self._names = names
            self.namesChanged.emit()

    # ---- weights and the example ------------------------------------------------------
    def show_weights(self, net: sim.Network) -> None:
        """Show ``net``'s weights now, without an undo step; its structure must match.

        For a training run under way, whose pause then records the whole run as
        one undo step; every view redraws as after any value edit.
        """
        if structure_key(net) != structure_key(self.current_network):
            raise ValueError("show_weights needs a network of the same sizes and activations")
        self._drop_past()  # these are the weights now
        for mine, theirs in zip(self.network.layers, net.layers):
            # copies put in place of the shown arrays, which undo steps and step records
            # share (frozen): the run's own arrays go on changing
            mine.W, mine.b = np.array(theirs.W), np.array(theirs.b)
            mine.alpha = theirs.alpha
            mine.freeze()
        self._live = True
        try:
            self._recompute()
            self.networkChanged.emit(False)
        finally:
            self._live = False

    @property
    def live(self) -> bool:
        """True while the views hear of a training run's weights (``show_weights``).

        A run shows them ten times a second or more; a view out of sight may let such
        a change pass, as the run's end (its undo step) changes the document again.
        """
        return self._live

    def set_example(self, x, t, label: str) -> None:
        """Make ``x`` (and its target ``t``, or None) the stepped example; undoable.

        They replace the stepped row of the table of examples (a one-row table for
        most documents), which a data point the user clicked then is.
        """
        after = self._with_targets() if t is not None else self._state.copy()
        after.inputs = after.inputs.copy()  # its own to write into: the state's is shared
        after.inputs[after.row] = fit(x, self.network.input_size)
        if t is not None:
            after.targets[after.row] = fit(t, self.network.output_size)
        self.cursor.reset()  # a new example starts its pass from the beginning
        self._push_state(after, label)

    # ---- undo and redo, which a running training must see coming --------------------
    def undo(self) -> None:
        """Undo the last edit (a training run under way pauses first, as one step)."""
        self.aboutToEdit.emit()
        self.leave_past()  # undo acts on the present
        self.undo_stack.undo()

    def redo(self) -> None:
        self.aboutToEdit.emit()
        self.leave_past()
        self.undo_stack.redo()
