"""The pieces a Document's state is made of, and the rules that keep them fitting.

``Selection`` names what the user picked, ``DocState`` is what an undo step
restores, and the helpers fit an example's vectors to a network's sizes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import simulator as sim


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


@dataclass
class DocState:
    """Everything an undo step may need to restore.

    ``inputs`` (N, n_in) and ``targets`` (N, n_out) or None are the table of
    examples; ``row`` is the one stepped, ``input`` and ``target`` its row (views:
    writing into them writes the table).  One example given as a 1-D ``inputs``
    (and ``targets``) is a one-row table.

    States share their arrays (copy on write, ``simulator.frozen``): ``copy`` freezes
    them and hands them on, so an undo step costs what an edit replaced, not the
    whole network.  Nothing writes into a frozen array; an edit puts a new one in.
    """

    network: object
    inputs: np.ndarray
    targets: np.ndarray | None
    dataset: str | None = None
    title: str = ""
    loss: str = "mse"
    extra: dict = field(default_factory=dict)
    row: int = 0

    def __post_init__(self) -> None:
        self.inputs = _table(self.inputs)
        if self.targets is not None:
            self.targets = _table(self.targets)
        self.row = min(max(int(self.row), 0), len(self.inputs) - 1)

    @property
    def input(self) -> np.ndarray:
        return self.inputs[self.row]

    @property
    def target(self) -> np.ndarray | None:
        return None if self.targets is None else self.targets[self.row]

    def copy(self) -> DocState:
        """A state equal to this one sharing its (frozen) arrays: O(layers), no array copied."""
        return self.with_network(self.network.share())

    def with_network(self, network) -> DocState:
        """A copy of this state holding ``network`` (taken as it is, then frozen)."""
        network.freeze()
        return DocState(
            network,
            freeze(self.inputs),
            None if self.targets is None else freeze(self.targets),
            self.dataset,
            self.title,
            self.loss,
            dict(self.extra),
            self.row,
        )

    def fitted(self) -> DocState:
        """This state with its table cut or padded to the network's sizes (in place).

        A table that fits already stays the very same array (shared, not copied).
        """
        if self.inputs.shape[1] != self.network.input_size:
            self.inputs = fit_rows(self.inputs, self.network.input_size)
        if self.targets is not None and self.targets.shape[1] != self.network.output_size:
            self.targets = fit_rows(self.targets, self.network.output_size)
        return self


def _table(values) -> np.ndarray:
    """``values`` as a (N, n) float table: a frozen one as it is (shared), else a copy."""
    frozen = isinstance(values, np.ndarray) and not values.flags.writeable
    if frozen and values.ndim == 2 and values.dtype == float and values.base is None:
        return values
    return np.atleast_2d(np.array(values, dtype=float))


def freeze(array: np.ndarray) -> np.ndarray:
    """Make a state's array read-only for good (copy on write); returns it."""
    array.flags.writeable = False
    return array


def with_entry(values: np.ndarray, index, value: float) -> np.ndarray:
    """A frozen copy of ``values`` with ``values[index] = value``: edits never write in place."""
    out = values.copy()
    out[index] = value
    return freeze(out)


def default_network() -> sim.Network:
    """What File > New shows: a small 2-3-1 sigmoid network.

    Its weights are short hand-picked numbers, mixed in sign, so a student can
    follow the arithmetic of a new network by eye (random ones would need 8 digits).
    """
    return sim.Network.from_arrays(
        weights=[[[0.5, -0.4, 0.3], [-0.2, 0.6, 0.8]], [[0.7], [-0.5], [0.4]]],
        biases=[[0.0, 0.0, 0.0], [0.0]],
        activations=["sigmoid", "sigmoid"],
    )


def check_limits(state) -> None:
    """Refuse a state the file format could not store (so every document can be saved).

    The network's sizes and the table of examples; raises ``sim.NetworkTooLarge``
    (a ValueError) naming the limit.
    """
    sim.check_sizes(state.network.sizes)
    n_out = None if state.targets is None else state.network.output_size
    sim.check_examples(len(state.inputs), state.network.input_size, n_out)


def fit(values, n: int) -> np.ndarray:
    """``values`` cut or zero-padded to length ``n``, as a new float array."""
    out = np.zeros(n)
    values = np.asarray(values, dtype=float).ravel()
    out[: min(n, values.size)] = values[:n]
    return out


def fit_rows(rows, n: int) -> np.ndarray:
    """Each row of ``rows`` (N, m) cut or zero-padded to length ``n``: shape (N, n)."""
    rows = np.atleast_2d(np.asarray(rows, dtype=float))
    out = np.zeros((len(rows), n))
    out[:, : min(n, rows.shape[1])] = rows[:, :n]
    return out


def preset_table(preset, x) -> tuple:
    """(inputs, targets, row) of a preset's table: its own rows with ``x`` the stepped one,
    or ``x`` and its target alone."""
    if preset.inputs is None:
        return x, preset.target, 0
    inputs = np.asarray(preset.inputs, dtype=float)
    matches = np.flatnonzero(np.all(inputs == np.asarray(x, dtype=float), axis=1))
    return inputs, preset.targets, int(matches[0]) if matches.size else 0


def same_target(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return np.array_equal(a, b)


def structure_key(net) -> tuple:
    """What a re-layout depends on: the sizes and the activations."""
    return tuple(net.sizes), tuple(layer.activation for layer in net.layers)


def state_from_file(doc) -> DocState:
    """The state of an opened ``simulator.NetworkFile``, its table fitted to its network."""
    net = doc.network
    loss = (doc.training or {}).get("loss", "mse")
    if doc.examples is not None:
        rows = doc.examples
        title = doc.title or ""
        state = DocState(net, rows.inputs, rows.targets, doc.dataset, title, loss, row=rows.row)
        return state.fitted()
    x = doc.input if doc.input is not None else np.zeros(net.input_size)
    return DocState(net, x, doc.target, doc.dataset, doc.title or "", loss).fitted()


def file_fields(state: DocState, training: dict) -> dict:
    """What a save writes beside the network: ``sim.save_network``'s keyword arguments.

    ``training`` holds the document's training settings (learning rate, ...); the
    state's loss joins them.  The inverse of ``state_from_file``.
    """
    return dict(
        input=state.input,
        target=state.target,
        dataset=state.dataset,
        training=dict(training, loss=state.loss),
        title=state.title or None,
        examples=sim.ExampleRows(state.inputs, state.targets, state.row),
    )


def selection_fits(sel: Selection, sizes: list[int]) -> bool:
    """Whether ``sel`` still names a neuron, edge or layer of a network of ``sizes``."""
    ok = sel.column < len(sizes) and sel.index < sizes[sel.column]
    if sel.kind == "edge":
        ok = ok and sel.column >= 1 and sel.source < sizes[sel.column - 1]
    return ok
