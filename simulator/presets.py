"""Example networks from the seeds, ready to step through or train.

Each preset is a small function that builds a fresh :class:`Preset`, so a
lesson can change its network without changing the next one loaded.  The
weights are literals a student can read: the seeds' own numbers where the
seeds give them, hand-made ones for the logic gates, and rounded trained ones
for the softmax classifier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .network import Network


@dataclass(frozen=True, eq=False)
class Preset:
    """An example network with what a lesson shows alongside it.

    Attributes
    ----------
    name : str
        Registry key (``"book-3-layer"``).
    title : str
        Menu title, in English (the UI shows its own translated copy).
    description : str
        One or two sentences on what the example shows, in English.
    network : Network
        A fresh network, owned by the caller.
    input : ndarray, shape (n_in,), or None
        The example input to step through.
    target : ndarray, shape (n_out,), or None
        The target for that input, so the backward pass can be stepped.
    dataset : str or None
        A name from ``DATASETS`` to train on.
    loss : str
        The loss that goes with the output layer.
    inputs : ndarray, shape (N, n_in), or None
        The example's table: every row a student may step (a gate's truth table);
        ``input`` is one of them.  None: the table is ``input`` alone.
    targets : ndarray, shape (N, n_out), or None
        The targets of those rows.
    training : dict or None
        Training settings that suit the example (a file's ``"training"``: optimizer,
        learning_rate, batch_size...); None: the usual defaults.
    """

    name: str
    title: str
    description: str
    network: Network
    input: np.ndarray | None = None
    target: np.ndarray | None = None
    dataset: str | None = None
    loss: str = "mse"
    inputs: np.ndarray | None = None
    targets: np.ndarray | None = None
    training: dict | None = None


def _vector(values) -> np.ndarray:
    return np.array(values, dtype=float)


def _plus(value: float, letter: str = "") -> str:
    """`` + 0.5·x2`` or `` - 0.7``: a term written as a person writes a sum."""
    return f" {'-' if value < 0 else '+'} {abs(value)}" + (f"·{letter}" if letter else "")


def _gate_texts(title: str, w, b) -> tuple[str, str]:
    return (
        title,
        f"One step neuron with w = ({w[0]}, {w[1]}) and b = {b}: it outputs 1 exactly "
        f"when {w[0]}·x1{_plus(w[1], 'x2')}{_plus(b)} > 0.",
    )


# A perceptron gate: title, weights w, bias b, example input x, its truth table's targets.
_GATES = {
    "perceptron-and": ("Perceptron: AND gate", (0.5, 0.5), -0.7, [1.0, 1.0], (0, 0, 0, 1)),
    "perceptron-or": ("Perceptron: OR gate", (0.5, 0.5), -0.2, [1.0, 1.0], (0, 1, 1, 1)),
    "perceptron-nand": ("Perceptron: NAND gate", (-0.5, -0.5), 0.7, [1.0, 1.0], (1, 1, 1, 0)),
}
# The truth table's inputs, in the order the seeds list them.
_TRUTH_TABLE = ((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0))

PRESET_TITLES: dict[str, tuple[str, str]] = {
    "book-3-layer": (
        "The book's 3-layer network",
        "The worked example of the seeds: 2 inputs, 3 and 2 sigmoid neurons, 2 identity "
        "outputs. Its output for [1.0, 0.5] is [0.3168, 0.6963].",
    ),
    "nonlinearity-2-2-1": (
        "Why activations must be nonlinear",
        "Two inputs, two hidden neurons, one output, all with the identity: the whole "
        "network equals a single linear neuron, OUT = −0.5·x1 − 2·x2 + 2.",
    ),
    "xor": (
        "XOR with one hidden layer",
        "A single perceptron cannot compute XOR; two hidden sigmoid neurons (OR and NAND) "
        "and an output computing their AND can. Inputs: -0.5 means 0, 0.5 means 1.",
    ),
    **{name: _gate_texts(title, w, b) for name, (title, w, b, _x, _table) in _GATES.items()},
    "softmax-classifier": (
        "Softmax classifier (3 classes)",
        "2 inputs, 4 ReLU neurons, 3 softmax outputs that sum to 1: the probability of "
        "each of three clusters. Trained weights, rounded to one decimal.",
    ),
    "digits": (
        "Handwritten digits (8×8)",
        "64 pixel inputs, 32 ReLU neurons, 10 softmax outputs, one per digit. "
        "The weights start random: train it on the 1,797 digits.",
    ),
}
"""name -> (title, description) of every preset, in English, read without building the
network (the digits example loads its data set).  The UI translates them through its own
tables (``ui/text/examples.py``), which a test keeps equal to these."""


def _book_3_layer() -> Preset:
    # Seed 001, "3层神经网络的实现": init_network() and x = [1.0, 0.5].
    net = Network.from_arrays(
        weights=[
            [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
            [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
            [[0.1, 0.3], [0.2, 0.4]],
        ],
        biases=[[0.1, 0.2, 0.3], [0.1, 0.2], [0.1, 0.2]],
        activations=["sigmoid", "sigmoid", "identity"],
    )
    return Preset(
        "book-3-layer",
        *PRESET_TITLES["book-3-layer"],
        net,
        _vector([1.0, 0.5]),
        _vector([0.0, 1.0]),
    )


def _nonlinearity() -> Preset:
    # Seed 004's 2-2-1 net without activations: it collapses to one affine neuron,
    # here OUT = -0.5·x1 - 2·x2 + 2.
    net = Network.from_arrays(
        weights=[[[1.0, 2.0], [-1.0, 0.5]], [[1.5], [-1.0]]],
        biases=[[0.5, -1.0], [0.25]],
        activations="identity",
    )
    return Preset(
        "nonlinearity-2-2-1",
        *PRESET_TITLES["nonlinearity-2-2-1"],
        net,
        _vector([1.0, 0.5]),
        _vector([1.0]),
        "plane",
    )


def _xor() -> Preset:
    # Hidden neuron 1 is OR, hidden neuron 2 is NAND, the output is their AND,
    # on inputs coded -0.5 for 0 and 0.5 for 1 (the "xor" data set's corners).
    net = Network.from_arrays(
        weights=[[[10.0, -10.0], [10.0, -10.0]], [[10.0], [10.0]]],
        biases=[[5.0, 5.0], [-15.0]],
        activations="sigmoid",
    )
    inputs = np.array(_TRUTH_TABLE) - 0.5  # -0.5 codes 0, 0.5 codes 1
    return Preset(
        "xor",
        *PRESET_TITLES["xor"],
        net,
        _vector([0.5, -0.5]),
        _vector([1.0]),
        "xor",
        inputs=inputs,
        targets=_vector([[0.0], [1.0], [1.0], [0.0]]),
    )


def _gate(name: str) -> Callable[[], Preset]:
    w, b, x, table = _GATES[name][1:]
    t = table[_TRUTH_TABLE.index(tuple(x))]

    def build() -> Preset:
        net = Network.from_arrays(weights=[[[w[0]], [w[1]]]], biases=[[b]], activations="step")
        return Preset(
            name,
            *PRESET_TITLES[name],
            net,
            _vector(x),
            _vector([t]),
            inputs=_vector(_TRUTH_TABLE),
            targets=_vector(table)[:, None],
        )

    return build


def _softmax_classifier() -> Preset:
    # Trained on make_dataset("blobs", n=300) with cross-entropy, then rounded to
    # one decimal: 99 % of the points are still classified right.
    net = Network.from_arrays(
        weights=[
            [[0.2, 2.5, 0.7, -2.8], [2.8, 1.6, -2.6, 0.5]],
            [[2.3, -0.7, -1.3], [1.3, -2.8, 1.3], [-2.3, 0.7, 1.7], [0.1, 1.6, -2.4]],
        ],
        biases=[[0.5, 1.7, 1.3, 1.4], [-0.5, 0.4, 0.0]],
        activations=["relu", "softmax"],
    )
    return Preset(
        "softmax-classifier",
        *PRESET_TITLES["softmax-classifier"],
        net,
        _vector([0.0, 0.6]),
        _vector([1.0, 0.0, 0.0]),
        "blobs",
        "cross_entropy",
        # The centres of the three clusters of the "blobs" data set, one row per class.
        inputs=_vector([[0.0, 0.6], [-0.52, -0.3], [0.52, -0.3]]),
        targets=np.eye(3),
    )


def _digits() -> Preset:
    # Untrained (seeded He/Glorot weights): the lesson is watching it learn.
    from .datasets import make_dataset  # here: only this preset needs the data sets at all

    first = make_dataset("digits", n=10)  # the file's first ten images: 0, 1, ..., 9
    net = Network.create(
        input_size=64, layer_sizes=[32, 10], activations=["relu", "softmax"], seed=0
    )
    return Preset(
        "digits",
        *PRESET_TITLES["digits"],
        net,
        first.X[0].copy(),
        first.T[0].copy(),
        "digits",
        "cross_entropy",
        inputs=first.X.copy(),
        targets=first.T.copy(),
        # Adam at η = 0.003 in batches of 32 passes 95 % test accuracy within about ten
        # epochs for every seed tried (η = 0.1, the default, killed most of the ReLUs).
        training={"optimizer": "adam", "learning_rate": 0.003, "batch_size": 32},
    )


_BUILDERS: dict[str, Callable[[], Preset]] = {
    "book-3-layer": _book_3_layer,
    "nonlinearity-2-2-1": _nonlinearity,
    "xor": _xor,
    **{name: _gate(name) for name in _GATES},
    "softmax-classifier": _softmax_classifier,
    "digits": _digits,
}
PRESETS: tuple[str, ...] = tuple(_BUILDERS)


def load_preset(name: str) -> Preset:
    """Return a fresh copy of the preset called ``name``; ``KeyError`` names the known ones."""
    try:
        build = _BUILDERS[name]
    except KeyError:
        raise KeyError(f"unknown preset {name!r}; known: {', '.join(PRESETS)}") from None
    return build()
