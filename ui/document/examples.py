"""The Document's table of examples: rows of inputs and targets, one of them stepped.

A gate's truth table or a few samples are rows; the stepped pass, the canvas and
the panels show the chosen row (``Document.input``, ``Document.target``), and the
table shows every row's output and error.  Editing a cell, adding or removing a
row are undoable commands; choosing a row is not (like a selection, it edits
nothing), but it is saved with the file.
"""

from __future__ import annotations

import numpy as np

import simulator as sim

from .commands import LABELS, InputCommand
from .settling import one_change
from .state import fit, with_entry


class ExampleTable:
    """Mixed into the Document: reads and edits of its table of examples."""

    # ---- reading --------------------------------------------------------------
    @property
    def preset_name(self) -> str:
        """The name of the example opened from the Examples menu ("book-3-layer"), or ''."""
        return self._state.extra.get("preset", "")

    @property
    def note(self) -> str | None:
        """What the network shows, in English, as ``set_heading`` gave it; None: the
        example's own note (``preset_name``'s) still stands."""
        return self._state.extra.get("note")

    @property
    def example_inputs(self) -> np.ndarray:
        """Every row's input, shape (N, n_in) (read-only: edit through the methods)."""
        return _read_only(self._state.inputs)

    @property
    def example_targets(self) -> np.ndarray | None:
        """Every row's target, shape (N, n_out), or None when the table has none."""
        targets = self._state.targets
        return None if targets is None else _read_only(targets)

    @property
    def example_row(self) -> int:
        """The row being stepped (0-based)."""
        return self._state.row

    def example_outputs(self) -> np.ndarray:
        """The network's output for every row, shape (N, n_out) (read-only)."""
        return self._table_numbers(
            "outputs", lambda: np.atleast_2d(self.network.forward(self._state.inputs))
        )

    def example_losses(self) -> np.ndarray | None:
        """Every row's own loss E, shape (N,), or None without targets (read-only)."""
        targets = self._state.targets
        if targets is None:
            return None
        net, loss = self.network, self.loss_name  # "auto" means the output's own loss
        return self._table_numbers(
            "losses",
            lambda: np.array([net.loss(x, t, loss) for x, t in zip(self._state.inputs, targets)]),
        )

    def _table_numbers(self, name: str, compute) -> np.ndarray:
        """``compute()``, again only once the network or the table changed.

        A step changes neither, and at 1024-2048-2048-10 each row costs a pass.  The
        arrays are frozen (copy on write), so holding the same ones proves the same numbers.
        """
        key = _table_key(self.network, self._state)  # the past network, when one is shown
        memo = getattr(self, "_table_memo", None)
        if memo is None or len(memo[0]) != len(key) or not all(map(_same, memo[0], key)):
            memo = self._table_memo = (key, {})
        if name not in memo[1]:
            memo[1][name] = _read_only(compute())
        return memo[1][name]

    # ---- choosing -------------------------------------------------------------
    @one_change
    def choose_example(self, row: int) -> None:
        """Step through row ``row`` from now on; the pass keeps its place."""
        if not 0 <= row < len(self._state.inputs):
            raise IndexError(f"there is no example row {row}")
        if row != self._state.row:
            self._state.row = row
            self._recompute()
            self.exampleChanged.emit()

    # ---- editing (each one undoable command) ----------------------------------
    def set_input_value(self, i: int, value: float, merge: bool = True) -> None:
        """Set input ``i`` of the stepped row."""
        self.set_example_input(self._state.row, i, value, merge)

    def set_example_input(self, row: int, i: int, value: float, merge: bool = False) -> None:
        old = float(self._state.inputs[row, i])
        self._push_value(("input", i, row), old, value, LABELS["change_input"], merge)

    def set_target_value(self, j: int, value: float, merge: bool = True) -> None:
        """Set target ``j`` of the stepped row (giving the table targets if it has none)."""
        self.set_example_target(self._state.row, j, value, merge)

    def draw_input(self, values, stroke=None, label: str = "draw_input") -> None:
        """Set the stepped row's whole input (the digits pad); undoable.

        The calls of one ``stroke`` (a number naming one drag) merge into one undo
        step; ``label`` is a key of ``LABELS`` ("draw_input", "clear_input").
        """
        row = self._state.row
        old = self._state.inputs[row]
        new = fit(values, len(old))
        if not (np.all(np.isfinite(new)) and np.max(np.abs(new), initial=0.0) <= sim.MAX_VALUE):
            raise ValueError("an input must be finite and within the limits a file holds")
        if not np.array_equal(old, new):
            self._push(InputCommand(self, row, old, new, LABELS[label], stroke))

    @one_change
    def _put_input(self, row: int, values) -> None:
        self._state.inputs = with_entry(self._state.inputs, row, values)  # frozen: a copy
        self._recompute()
        self.exampleChanged.emit()

    def set_example_target(self, row: int, j: int, value: float, merge: bool = False) -> None:
        if self._state.targets is not None:
            old = float(self._state.targets[row, j])
            self._push_value(("target", j, row), old, value, LABELS["change_target"], merge)
            return
        after = self._with_targets()
        after.targets[row, j] = value
        self._push_state(after, LABELS["add_target"])

    def set_target(self, target) -> None:
        """Set the stepped row's whole target (None drops every row's target), undoable."""
        if target is None:
            after = self._state.copy()
            after.targets = None
        else:
            after = self._with_targets()
            after.targets[after.row] = fit(target, self.network.output_size)
        self._push_state(after, LABELS["change_target"])

    def add_example(self) -> None:
        """A new row after the stepped one, a copy of it; it becomes the stepped row."""
        after = self._state.copy()
        row = after.row
        after.inputs = np.insert(after.inputs, row + 1, after.inputs[row], axis=0)
        if after.targets is not None:
            after.targets = np.insert(after.targets, row + 1, after.targets[row], axis=0)
        after.row = row + 1
        self._push_state(after, LABELS["add_example"])

    def remove_example(self, row: int) -> None:
        """Remove row ``row``; the table keeps at least one row (ValueError)."""
        if len(self._state.inputs) < 2:
            raise ValueError("the table keeps at least one example")
        after = self._state.copy()
        after.inputs = np.delete(after.inputs, row, axis=0)
        if after.targets is not None:
            after.targets = np.delete(after.targets, row, axis=0)
        after.row = min(after.row - (row < after.row), len(after.inputs) - 1)
        self._push_state(after, LABELS["remove_example"])

    def set_heading(self, title: str, note: str = "") -> None:
        """Name what the network now shows (a lesson's step): the title the window and
        the Inspector show, and the note under it; one undoable command.

        Both in English, as the example's title is: the views translate them when they
        draw (``ui.text.examples``), so the model holds no language.
        """
        if (title, note) == (self.title, self.note):
            return
        after = self._state.copy()
        after.title = title
        after.extra["note"] = note
        self._push_state(after, LABELS["change_heading"])

    def _with_targets(self):
        """A copy of the state whose table has targets (zeros where it had none)."""
        after = self._state.copy()
        if after.targets is None:
            after.targets = np.zeros((len(after.inputs), self.network.output_size))
        else:  # its own copy to write into: the state's table is shared (frozen)
            after.targets = after.targets.copy()
        return after


def _read_only(values: np.ndarray) -> np.ndarray:
    view = values.view()
    view.flags.writeable = False
    return view


def _table_key(network, state) -> tuple:
    """What the table's outputs and losses are computed from."""
    layers = tuple((la.W, la.b, la.activation, la.alpha, la.leaky_slope) for la in network.layers)
    return (*layers, state.inputs, state.targets, state.loss)


def _same(a, b) -> bool:
    if isinstance(a, tuple):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return a is b  # frozen arrays: the same one holds the same numbers
    return a == b
