"""The Document: the one model every view draws from.

It holds the network, the example input and target, the selection, the
step-through cursor and the file state, and emits a signal whenever one of
them changes.  Views never talk to each other: a gesture calls a Document
method (edits go through ``undo_stack``), the Document emits, every view
redraws from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

import simulator as sim

from .commands import DocState, SnapshotCommand, ValueCommand
from .i18n import current_language
from .pass_cursor import PassCursor


@dataclass(frozen=True)
class Selection:
    """What the user picked on the canvas.

    ``kind`` is ``"neuron"``, ``"edge"`` or ``"layer"``.  Columns count from the
    input: column 0 is the input layer, column ``c`` is ``network.layers[c - 1]``.

    - neuron: ``column``, ``index``
    - edge: ``column`` (of the neuron it feeds, ≥ 1), ``source`` (index in
      column - 1), ``index`` (index in column); its weight is
      ``network.layers[column - 1].W[source, index]``
    - layer: ``column``
    """

    kind: str
    column: int
    index: int = 0
    source: int = 0


def default_network() -> sim.Network:
    """What File > New shows: a small 2-3-1 sigmoid network."""
    return sim.Network.create(2, [3, 1], ["sigmoid", "sigmoid"], seed=0)


class Document(QObject):
    """The open network and everything shown about it.

    Signals
    -------
    networkChanged(bool)
        The network changed; True when its structure (sizes or activations)
        changed, False when only values did.
    exampleChanged()
        The example input or target changed.
    selectionChanged()
    stepChanged()
        The step-through cursor moved or its records were recomputed.
    fileChanged()
        The path or the saved/modified state changed.
    """

    networkChanged = Signal(bool)
    exampleChanged = Signal()
    selectionChanged = Signal()
    stepChanged = Signal()
    fileChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.cursor = PassCursor()
        self.path: str | None = None
        self.selection: Selection | None = None
        self.learning_rate = 0.1
        self.training_settings: dict = {}
        self._state = DocState(default_network(), np.array([1.0, 0.5]), None)
        self._recompute()

    # ---- read access --------------------------------------------------------
    @property
    def network(self) -> sim.Network:
        return self._state.network

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
        """The example's title in English ('' for a network built by hand)."""
        return self._state.title

    def display_title(self) -> str:
        """The example's title in the language now shown."""
        return _in_language(self._state.title, self._state.extra.get("title_zh"))

    @property
    def gradient_history(self) -> tuple:
        """Per Apply update, the gradient norm ‖∂E/∂(W, b)‖ of each layer (undoable)."""
        return self._state.extra.get("gradient_history", ())

    @property
    def loss_name(self) -> str:
        return self._state.loss

    def output(self) -> np.ndarray:
        """The network's output for the example input, shape (n_out,)."""
        return self.network.forward(self.input)

    def current_loss(self) -> float | None:
        """The loss of the example, or None without a target."""
        if self.target is None:
            return None
        return self.network.loss(self.input, self.target, self._state.loss)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The file name, or the example's title, or ''."""
        return Path(self.path).name if self.path else self.display_title()

    # ---- whole-document operations ------------------------------------------
    def new(self) -> None:
        """Start afresh with the default network; clears undo history and path."""
        self._reset_to(DocState(default_network(), np.array([1.0, 0.5]), None), None)

    def open(self, path) -> None:
        """Open a ``.neurostep`` file; a bad one raises NetworkFileError, nothing changes."""
        doc = sim.load_document(path)
        n_in = doc.network.input_size
        x = _fit(doc.input, n_in) if doc.input is not None else np.zeros(n_in)
        state = DocState(doc.network, x, _fit_or_none(doc.target, doc.network.output_size),
                         doc.dataset, doc.title or "", (doc.training or {}).get("loss", "mse"))
        self.training_settings = dict(doc.training or {})
        self._reset_to(state, str(path))

    def save(self, path=None) -> None:
        """Save to ``path`` (or the current path); marks the document clean."""
        path = str(path or self.path)
        if not path or path == "None":
            raise ValueError("no file name to save to")
        training = dict(self.training_settings, loss=self._state.loss)
        sim.save_network(self.network, path, input=self.input, target=self.target,
                         dataset=self.dataset, training=training, title=self.title or None)
        self.path = path
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def load_preset(self, name: str) -> None:
        """Show an example network with its input, target and data set (undoable)."""
        p = sim.load_preset(name)
        n_in = p.network.input_size
        x = np.asarray(p.input, dtype=float) if p.input is not None else np.zeros(n_in)
        target = None if p.target is None else np.asarray(p.target, dtype=float)
        after = DocState(p.network, x, target, p.dataset, p.title, getattr(p, "loss", "mse"),
                         {"title_zh": getattr(p, "title_zh", "")})
        self.cursor.reset()
        title = _in_language(p.title, getattr(p, "title_zh", ""))
        self._push_state(after, self.tr("Open example %1").replace("%1", title))

    def set_network(self, net: sim.Network) -> None:
        """Replace the network as one undoable command; input and target are refitted."""
        self.cursor.reset()  # a new network starts a new pass
        self._edit_network(lambda n: None, self.tr("Replace network"), base=net.copy())

    # ---- structural edits (each one undoable command) -----------------------
    def insert_layer(self, index: int, size: int, activation: str = "sigmoid") -> None:
        self._edit_network(lambda n: n.insert_layer(index, size, activation),
                           self.tr("Add layer"))

    def remove_layer(self, index: int) -> None:
        self._edit_network(lambda n: n.remove_layer(index), self.tr("Remove layer"))

    def resize_layer(self, index: int, size: int) -> None:
        if self.network.layers[index].n_out != size:
            self._edit_network(lambda n: n.resize_layer(index, size), self.tr("Resize layer"))

    def set_activation(self, index: int, name: str) -> None:
        if self.network.layers[index].activation != name:
            self._edit_network(lambda n: n.set_activation(index, name),
                               self.tr("Change activation"))

    def set_input_size(self, n: int) -> None:
        if self.network.input_size != n:
            self._edit_network(lambda net: net.set_input_size(n), self.tr("Change input size"))

    # ---- value edits (merge while dragging) ---------------------------------
    def set_weight(self, layer: int, i: int, j: int, value: float, merge: bool = True) -> None:
        """Set ``network.layers[layer].W[i, j]``."""
        old = float(self.network.layers[layer].W[i, j])
        self._push_value(("weight", layer, i, j), old, value, self.tr("Change weight"), merge)

    def set_bias(self, layer: int, j: int, value: float, merge: bool = True) -> None:
        """Set ``network.layers[layer].b[j]``."""
        old = float(self.network.layers[layer].b[j])
        self._push_value(("bias", layer, j), old, value, self.tr("Change bias"), merge)

    def set_alpha(self, layer: int, value: float, merge: bool = True) -> None:
        """Set PReLU's slope of ``network.layers[layer]``."""
        old = self.network.layers[layer].alpha
        self._push_value(("alpha", layer), old, value, self.tr("Change PReLU slope"), merge)

    def set_input_value(self, i: int, value: float, merge: bool = True) -> None:
        self._push_value(("input", i), float(self.input[i]), value,
                         self.tr("Change input"), merge)

    def set_target_value(self, j: int, value: float, merge: bool = True) -> None:
        if self.target is None:
            self._push_state(self._with_target(np.zeros(self.network.output_size)),
                             self.tr("Add target"))
        self._push_value(("target", j), float(self.target[j]), value,
                         self.tr("Change target"), merge)

    def set_target(self, target) -> None:
        """Set the whole target vector (or None to drop it), undoable."""
        t = None if target is None else _fit(np.asarray(target, float), self.network.output_size)
        self._push_state(self._with_target(t), self.tr("Change target"))

    def apply_update(self) -> None:
        """One gradient step on the example with ``learning_rate`` (undoable)."""
        if self.target is None:
            raise ValueError("the example has no target: set one to compute gradients")
        after = self._state.copy()
        with np.errstate(over="ignore", invalid="ignore"):
            _, grads = after.network.loss_and_gradients(self.input, self.target, self._state.loss)
            after.network.apply_gradients(grads, self.learning_rate)
            loss = after.network.loss(self.input, self.target, self._state.loss)
        finite = np.isfinite(loss) and all(np.isfinite(p).all()
                                           for p in after.network.parameters())
        if not finite:
            # Nothing is pushed: the weights stay exactly as they were.
            raise sim.TrainingDiverged("weights" if np.isfinite(loss) else "loss",
                                       len(self.gradient_history) + 1, self.learning_rate)
        norms = [float(np.sqrt(sum(np.sum(g * g) for g in grad.arrays()))) for grad in grads]
        after.extra["gradient_history"] = (*self.gradient_history, tuple(norms))
        self.cursor.backward_done = 0
        self._push_state(after, self.tr("Apply update"))

    # ---- selection ----------------------------------------------------------
    def select(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selectionChanged.emit()

    # ---- stepping (not undoable: moving through a pass edits nothing) -------
    def step_forward(self) -> bool:
        """Compute the next neuron (forward, then backward once forward is done)."""
        return self._move(self.cursor.step)

    def step_back(self) -> bool:
        return self._move(self.cursor.step_back)

    def step_backward(self) -> bool:
        """Compute the next neuron of the backward pass (finishing forward first)."""
        if not self.cursor.backward:
            return False

        def move() -> bool:
            finishing = not self.cursor.forward_finished
            if finishing:
                self.cursor.finish_pass()
            return self.cursor.step() or finishing

        return self._move(move)

    def finish_layer(self) -> bool:
        return self._move(self.cursor.finish_layer)

    def finish_pass(self) -> bool:
        return self._move(self.cursor.finish_pass)

    def reset_pass(self) -> bool:
        return self._move(self.cursor.reset)

    # ---- used by commands ---------------------------------------------------
    def _restore(self, state: DocState) -> None:
        structural = self._structure_key(state.network) != self._structure_key(self.network)
        example = not (np.array_equal(state.input, self.input)
                       and _same_target(state.target, self.target))
        self._state = state
        self._fix_selection()
        self._recompute()
        self.networkChanged.emit(structural)
        if example or structural:
            self.exampleChanged.emit()

    def _set_value(self, key: tuple, value: float) -> None:
        kind, *where = key
        if kind == "weight":
            self.network.set_weight(*where, value)
        elif kind == "bias":
            self.network.set_bias(*where, value)
        elif kind == "alpha":
            self.network.layers[where[0]].alpha = value
        elif kind == "input":
            self._state.input[where[0]] = value
        elif kind == "target":
            self._state.target[where[0]] = value
        self._recompute()
        if kind in ("input", "target"):
            self.exampleChanged.emit()
        else:
            self.networkChanged.emit(False)

    # ---- helpers ------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileChanged.emit()

    def _push_value(self, key, old, new, text, merge) -> None:
        if not np.isfinite(new):
            raise ValueError(f"{key[0]} must be a finite number, got {new!r}")
        if float(old) != float(new):
            self.undo_stack.push(ValueCommand(self, key, float(old), float(new), text, merge))

    def _push_state(self, after: DocState, text: str) -> None:
        self.undo_stack.push(SnapshotCommand(self, self._state.copy(), after, text))

    def _edit_network(self, edit, text: str, base: sim.Network | None = None) -> None:
        after = self._state.copy()
        if base is not None:
            after.network = base
        edit(after.network)  # raises before anything is pushed if the edit is invalid
        _check_limits(after.network)
        after.input = _fit(after.input, after.network.input_size)
        if after.target is not None:
            after.target = _fit(after.target, after.network.output_size)
        self._push_state(after, text)

    def _with_target(self, target) -> DocState:
        after = self._state.copy()
        after.target = target
        return after

    def _reset_to(self, state: DocState, path: str | None) -> None:
        self.undo_stack.clear()
        self.path = path
        self.selection = None
        self.cursor.reset()
        self._restore(state)
        self.undo_stack.setClean()
        self.selectionChanged.emit()
        self.fileChanged.emit()

    def _recompute(self) -> None:
        self.cursor.recompute(self.network, self.input, self.target, self._state.loss)
        self.stepChanged.emit()

    def _move(self, move) -> bool:
        moved = move()
        if moved:
            self.stepChanged.emit()
        return moved

    def _fix_selection(self) -> None:
        sel, sizes = self.selection, self.network.sizes
        if sel is None:
            return
        ok = sel.column < len(sizes) and sel.index < sizes[sel.column]
        if sel.kind == "edge":
            ok = ok and sel.column >= 1 and sel.source < sizes[sel.column - 1]
        if not ok:
            self.selection = None
            self.selectionChanged.emit()

    @staticmethod
    def _structure_key(net) -> tuple:
        return tuple(net.sizes), tuple(layer.activation for layer in net.layers)


def _in_language(english: str, chinese: str | None) -> str:
    """The Chinese text when Chinese is shown and there is one, else the English."""
    return chinese if chinese and current_language() == "zh" else english


def _check_limits(net) -> None:
    """Refuse a network the file format could not store (so every network can be saved)."""
    if len(net.layers) > sim.MAX_LAYERS:
        raise ValueError(f"a network has at most {sim.MAX_LAYERS} layers")
    if max(net.sizes) > sim.MAX_NEURONS:
        raise ValueError(f"a layer has at most {sim.MAX_NEURONS} neurons")


def _fit(values, n: int) -> np.ndarray:
    """``values`` cut or zero-padded to length ``n``, as a new float array."""
    out = np.zeros(n)
    values = np.asarray(values, dtype=float).ravel()
    out[: min(n, values.size)] = values[:n]
    return out


def _fit_or_none(values, n: int):
    return None if values is None else _fit(values, n)


def _same_target(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return np.array_equal(a, b)
