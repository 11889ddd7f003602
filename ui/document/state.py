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

    States share their arrays (copy on write, ``simulator.frozen``): ``copy`` freezes
    them and hands them on, so an undo step costs the layers an edit replaced, not
    the whole network.  Nothing writes into a state's arrays; an edit puts new ones in.
    """

    network: object
    input: np.ndarray
    target: np.ndarray | None
    dataset: str | None = None
    title: str = ""
    loss: str = "mse"
    extra: dict = field(default_factory=dict)

    def copy(self) -> DocState:
        """A state equal to this one sharing its (frozen) arrays: O(layers), no array copied."""
        return self.with_network(self.network.share())

    def with_network(self, network) -> DocState:
        """A copy of this state holding ``network`` (taken as it is, then frozen)."""
        network.freeze()
        return DocState(
            network,
            freeze(self.input),
            None if self.target is None else freeze(self.target),
            self.dataset,
            self.title,
            self.loss,
            dict(self.extra),
        )


def freeze(array: np.ndarray) -> np.ndarray:
    """Make a state's array read-only for good (copy on write); returns it."""
    array.flags.writeable = False
    return array


def with_entry(values: np.ndarray, i: int, value: float) -> np.ndarray:
    """A frozen copy of ``values`` with entry ``i`` set to ``value``: edits never write in place."""
    out = values.copy()
    out[i] = value
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


def check_limits(net) -> None:
    """Refuse a network the file format could not store (so every network can be saved)."""
    if len(net.layers) > sim.MAX_LAYERS:
        raise ValueError(f"a network has at most {sim.MAX_LAYERS} layers")
    if max(net.sizes) > sim.MAX_NEURONS:
        raise ValueError(f"a layer has at most {sim.MAX_NEURONS} neurons")


def fit(values, n: int) -> np.ndarray:
    """``values`` cut or zero-padded to length ``n``, as a new float array."""
    out = np.zeros(n)
    values = np.asarray(values, dtype=float).ravel()
    out[: min(n, values.size)] = values[:n]
    return out


def fit_or_none(values, n: int):
    return None if values is None else fit(values, n)


def same_target(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return np.array_equal(a, b)


def structure_key(net) -> tuple:
    """What a re-layout depends on: the sizes and the activations."""
    return tuple(net.sizes), tuple(layer.activation for layer in net.layers)


def state_from_file(doc) -> DocState:
    """The state of an opened ``simulator.NetworkFile``, vectors fitted to its network."""
    net = doc.network
    x = fit(doc.input, net.input_size) if doc.input is not None else np.zeros(net.input_size)
    return DocState(
        net,
        x,
        fit_or_none(doc.target, net.output_size),
        doc.dataset,
        doc.title or "",
        (doc.training or {}).get("loss", "mse"),
    )


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
    )


def selection_fits(sel: Selection, sizes: list[int]) -> bool:
    """Whether ``sel`` still names a neuron, edge or layer of a network of ``sizes``."""
    ok = sel.column < len(sizes) and sel.index < sizes[sel.column]
    if sel.kind == "edge":
        ok = ok and sel.column >= 1 and sel.source < sizes[sel.column - 1]
    return ok
