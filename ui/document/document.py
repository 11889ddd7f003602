"""The Document: the one model every view draws from.

It holds the network, the example input and target, the selection, the
step-through cursor and the file state, and emits a signal whenever one of
them changes.  Views never talk to each other: a gesture calls a Document
method (edits go through ``undo_stack``), the Document emits, every view
redraws from it.

Edits cost what they change: the state's arrays are frozen (copy on write) and
shared by undo steps and the step cursor, which recomputes from the first layer
changed; the history keeps within ``history_budget``.  Write into ``network``
or the examples only through the methods below (a frozen array refuses writes).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

import simulator as sim

from .commands import LABELS, SnapshotCommand, ValueCommand
from .examples import ExampleTable
from .history import BudgetedHistory, UndoHistory
from .past import PastView
from .settling import Settling, one_change
from .state import (
    DocState,
    Selection,
    check_limits,
    default_network,
    file_fields,
    preset_table,
    same_target,
    selection_fits,
    state_from_file,
    structure_key,
    with_entry,
)
from .stepping import Stepping
from .training_parts import TrainingParts

__all__ = ["Document", "Selection"]
NETWORK_VALUES = ("weight", "bias", "alpha", "leaky_slope")  # value edits of the network


class Document(Settling, PastView, TrainingParts, ExampleTable, Stepping, BudgetedHistory, QObject):
    """The open network and everything shown about it (and what training saves with it).

    Its table of examples (rows of inputs and targets) is read and edited
    through the methods of ``ExampleTable``; ``input`` and ``target`` are the row
    being stepped.

    Signals
    -------
    networkChanged(bool)
        The network changed; True when its sizes or activations did, False for values.
    exampleChanged()
        The example input or target changed (an edit, or another row chosen).
    selectionChanged()
    stepChanged()
        The step-through cursor moved or its records were recomputed.
    fileChanged()
        The path or the saved/modified state changed.
    settingsChanged()
        A training or data-set setting, or the own data points, changed.
    aboutToEdit()
        The network is about to be edited (or undo/redo to run): a training run
        under way pauses on it, so its run is one undo step before the edit.
    replaced()
        New, Open or an example replaced the whole document (undo history cleared).
    pastChanged(), namesChanged()
        See ``PastView`` (a past network shown) and ``TrainingParts`` (units' names).
    settled()
        The signals of one change (an edit, undo, a new document) have all gone out:
        a view hearing several of them may redraw once, here (``ui.document.settling``).
    """

    networkChanged = Signal(bool)
    exampleChanged = Signal()
    selectionChanged = Signal()
    stepChanged = Signal()
    fileChanged = Signal()
    settingsChanged = Signal()
    aboutToEdit = Signal()
    replaced = Signal()
    settled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._texts_stale = False  # some undo steps' texts may be in another language
        # First, so the menus' undoTextChanged reads the text in the language shown.
        self.undo_stack.indexChanged.connect(self._retranslate_shown)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._history = UndoHistory(self.undo_stack)
        self.cursor = sim.PassCursor()
        self.path: str | None = None
        self.selection: Selection | None = None
        self.training_settings: dict = {}  # saved with the file (learning rate, ...)
        self._init_training_parts()
        self._state = DocState(default_network(), np.array([1.0, 0.5]), None)
        self._recompute()

    # ---- read access --------------------------------------------------------
    @property
    def network(self) -> sim.Network:
        """The network shown: the current one, or a past one (``show_past``)."""
        return self._past[0] if self._past is not None else self._state.network

    @property
    def input(self) -> np.ndarray:
        """The example input, shape (n_in,)."""
        return self._state.input

    @property
    def target(self) -> np.ndarray | None:
        """The example's target, shape (n_out,), or None."""
        return self._state.target

    @property
    def dataset(self) -> str | None:
        return self._state.dataset

    @property
    def title(self) -> str:
        """The example's title in English ('' for a network built by hand).

        The model holds no language: views show it with ``ui.text.examples.example_title``.
        """
        return self._state.title

    @property
    def gradient_history(self) -> tuple:
        """Per Apply update, the gradient norm ‖∂E/∂(W, b)‖ of each layer (undoable)."""
        return self._state.extra.get("gradient_history", ())

    def output(self) -> np.ndarray:
        """The network's output for the example input, shape (n_out,) (from the pass held)."""
        return np.array(self.cursor.network_output())

    def current_loss(self) -> float | None:
        """The loss of the example, or None without a target (from the pass held)."""
        return self.cursor.example_loss()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # ---- whole-document operations ------------------------------------------
    def new(self) -> None:
        """Start afresh with the default network; clears undo history and path."""
        self._take_training_parts(None)
        self._reset_to(DocState(default_network(), np.array([1.0, 0.5]), None), None, {})

    def open(self, path) -> None:
        """Open a ``.neurostep`` file; a bad one raises NetworkFileError, nothing changes."""
        self.take_file(sim.load_document(path), path)  # every field checked before any change

    def take_file(self, doc, path) -> None:
        """Show a ``sim.NetworkFile`` already read (e.g. by a helper process) as ``path``."""
        self._take_training_parts(doc.dataset, doc.data)
        self._reset_to(state_from_file(doc), str(path), dict(doc.training or {}))

    def recover(self, path, original_path: str | None = None) -> None:
        """Open an autosaved file as unsaved work, named ``original_path`` (Save writes there)."""
        self.open(path)
        self.path = original_path
        self.undo_stack.resetClean()
        self.fileChanged.emit()

    def save(self, path=None, progress=None) -> bool:
        """Save to ``path`` (or the current path); marks the document clean.

        ``progress(fraction)`` returning False stops it: False, and the file as it was.
        """
        path = path or self.path
        if not path:
            raise ValueError("no file name to save to")
        path = str(path)
        for fraction in (steps := self.write_steps(path)):
            if progress is not None and progress(fraction) is False:
                steps.close()
                return False
        self.saved_to(path)
        return True

    def saved_to(self, path) -> None:
        """Note that what is shown now was written to ``path`` (by ``save`` or a helper)."""
        self.path = str(path)
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def write_steps(self, path, network=None):
        """Save's writing (fractions done), path and saved state unchanged; Autosave's too."""
        return sim.save_steps(network or self.current_network, str(path), **self.file_contents())

    def file_contents(self) -> dict:
        """What a file holds beside the network: ``sim.save_network``'s keyword arguments."""
        training = dict(self.training_settings, learning_rate=self.learning_rate)
        return self._with_training_parts(file_fields(self._state, training))

    def write_copy(self, path) -> None:
        """Write to ``path`` what Save writes, leaving the path and saved state as they are."""
        for _ in self.write_steps(path):
            pass

    def load_preset(self, name: str) -> None:
        """Open an example as a fresh, unsaved-free document, as the Examples menu does.

        Like Open, it starts a new undo history and has no file path, so Save
        asks for a name and never overwrites the file shown before.
        """
        p = sim.load_preset(name)
        x = p.input if p.input is not None else np.zeros(p.network.input_size)
        inputs, targets, row = preset_table(p, x)
        extra = {"preset": name}
        state = DocState(p.network, inputs, targets, p.dataset, p.title, p.loss, extra, row)
        self._take_training_parts(p.dataset)
        self._reset_to(state, None, dict(p.training or {}))

    def set_network(self, net: sim.Network) -> None:
        """Replace the network as one undoable command; input and target are refitted."""
        after = self._edited(lambda n: None, base=net.copy())  # refused: nothing changes
        self.cursor.reset()  # a new network starts a new pass
        self._push_state(after, LABELS["replace_network"])

    # ---- structural edits (each one undoable command) -----------------------
    def insert_layer(self, index: int, size: int, activation: str = "sigmoid") -> None:
        self._edit_network(lambda n: n.insert_layer(index, size, activation), LABELS["add_layer"])

    def remove_layer(self, index: int) -> None:
        self._edit_network(lambda n: n.remove_layer(index), LABELS["remove_layer"])

    def resize_layer(self, index: int, size: int) -> None:
        if self.network.layers[index].n_out != size:
            self._edit_network(lambda n: n.resize_layer(index, size), LABELS["resize_layer"])

    def set_activation(self, index: int, name: str) -> None:
        if self.network.layers[index].activation != name:
            self._edit_network(lambda n: n.set_activation(index, name), LABELS["change_activation"])

    def set_input_size(self, n: int) -> None:
        if self.network.input_size != n:
            self._edit_network(lambda net: net.set_input_size(n), LABELS["change_input_size"])

    # ---- value edits (merge while dragging) ---------------------------------
    def set_weight(self, layer: int, i: int, j: int, value: float, merge: bool = True) -> None:
        """Set ``network.layers[layer].W[i, j]``."""
        old = float(self.network.layers[layer].W[i, j])
        self._push_value(("weight", layer, i, j), old, value, LABELS["change_weight"], merge)

    def set_bias(self, layer: int, j: int, value: float, merge: bool = True) -> None:
        """Set ``network.layers[layer].b[j]``."""
        old = float(self.network.layers[layer].b[j])
        self._push_value(("bias", layer, j), old, value, LABELS["change_bias"], merge)

    def set_alpha(self, layer: int, value: float, merge: bool = True) -> None:
        """Set PReLU's slope of ``network.layers[layer]``."""
        old = self.network.layers[layer].alpha
        self._push_value(("alpha", layer), old, value, LABELS["change_prelu_slope"], merge)

    def set_leaky_slope(self, layer: int, value: float, merge: bool = True) -> None:
        """Set Leaky ReLU's negative-side slope of ``network.layers[layer]`` (0.01 at first)."""
        old = self.network.layers[layer].leaky_slope
        self._push_value(("leaky_slope", layer), old, value, LABELS["change_leaky_slope"], merge)

    def apply_update(self) -> None:
        """One gradient step on the example with ``learning_rate`` (undoable)."""
        if self.target is None:
            raise ValueError("the example has no target: set one to compute gradients")
        self.settle_past()
        # Raises TrainingDiverged (nothing pushed, weights unchanged) if the step blows up.
        network, norms = sim.sgd_update(
            self.network, self.input, self.target, self.loss_name, self.learning_rate
        )
        after = self._state.with_network(network)  # sgd_update already made the copy
        after.extra["gradient_history"] = (*self.gradient_history, tuple(map(float, norms)))
        self.cursor.restart_backward()
        self._push_state(after, LABELS["apply_update"])

    # ---- selection ----------------------------------------------------------
    def select(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selectionChanged.emit()

    # ---- used by commands ---------------------------------------------------
    @one_change
    def _restore(self, state: DocState) -> None:
        state = state.with_network(state.network)  # frozen: shared from now on
        structural = structure_key(state.network) != structure_key(self.network)
        before = self._state
        example = state.row != before.row or not (
            np.array_equal(state.inputs, before.inputs)
            and same_target(state.targets, before.targets)
        )
        self._state = state
        if self._past is not None and structure_key(self._past[0]) != structure_key(state.network):
            self._drop_past()
        # Selection and step records both fit the new network before any view hears of either.
        stale = self.selection and not selection_fits(self.selection, state.network.sizes)
        self.selection = None if stale else self.selection
        self._recompute()
        if stale:
            self.selectionChanged.emit()
        self.networkChanged.emit(structural)
        if example or structural:
            self.exampleChanged.emit()

    @one_change
    def _set_value(self, key: tuple, value: float) -> None:
        kind, *where = key
        if kind == "learning_rate":
            self.training_settings["learning_rate"] = value
            self.settingsChanged.emit()
            return
        if kind in NETWORK_VALUES:
            self._drop_past()  # undo and redo act on the present (Document.undo leaves it first)
        # Each writes into a copy of the one array it changes (the old one stays shared
        # by undo steps and step records); the pass is recomputed from that layer on.
        if kind == "weight":
            self.network.set_weight(*where, value)
        elif kind == "bias":
            self.network.set_bias(*where, value)
        elif kind == "alpha":
            self.network.layers[where[0]].alpha = value
        elif kind == "leaky_slope":
            self.network.layers[where[0]].leaky_slope = value
        elif kind == "input":
            self._state.inputs = with_entry(self._state.inputs, (where[1], where[0]), value)
        elif kind == "target":
            self._state.targets = with_entry(self._state.targets, (where[1], where[0]), value)
        if kind in ("weight", "bias", "alpha"):
            self.network.layers[where[0]].freeze()
        self._recompute()
        if kind in ("input", "target"):
            self.exampleChanged.emit()
        else:
            self.networkChanged.emit(False)

    # ---- helpers ------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileChanged.emit()

    def _push_value(self, key, old, new, text, merge) -> None:
        # The learning rate is checked by its setter; every other value is one a file holds.
        if not np.isfinite(new) or (key[0] != "learning_rate" and not sim.in_range(new)):
            raise ValueError(f"{key[0]} must be finite and within ±{sim.MAX_VALUE:g}: {new!r}")
        if float(old) != float(new):
            if key[0] in ("weight", "bias", "alpha", "leaky_slope"):
                self.aboutToEdit.emit()
            if key[0] in NETWORK_VALUES:
                self.settle_past()  # the edit applies to the past network shown, made current
            self._push(ValueCommand(self, key, float(old), float(new), text, merge))

    def _push_state(self, after: DocState, text: str) -> None:
        check_limits(after)  # a table grown past the limits too: refused, nothing pushed
        self.aboutToEdit.emit()
        self._push(SnapshotCommand(self, self._state.copy(), after, text))

    def _edit_network(self, edit, text: str) -> None:
        self._push_state(self._edited(edit), text)

    def _edited(self, edit, base: sim.Network | None = None) -> DocState:
        """The state after ``edit(network)``; raises, changing nothing, if it is refused."""
        self.settle_past()
        after = self._state.copy()
        if base is not None:
            after.network = base
        edit(after.network)  # replaces the arrays it changes; the others stay shared
        check_limits(after.fitted())
        return after.copy()  # frozen, as every state is

    @one_change
    def _reset_to(self, state: DocState, path: str | None, training_settings: dict) -> None:
        self.aboutToEdit.emit()  # a run under way stops before its undo history goes
        self._drop_past()
        self.training_settings = training_settings
        self.undo_stack.clear()
        self.path = path
        self.selection = None
        self.cursor.reset()
        self._restore(state)
        self.undo_stack.setClean()
        self.selectionChanged.emit()
        self.settingsChanged.emit()
        self.fileChanged.emit()
        self.replaced.emit()

    def _recompute(self) -> None:
        self.cursor.recompute(self.network, self.input, self.target, self.loss_name)
        self.stepChanged.emit()
