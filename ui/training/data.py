"""The data a training uses: the points, their split, the network's inputs and targets.

``Prepared`` is made once per data choice (generating points costs time) and
answers everything the views and the trainer ask: which rows train and which
test, the input features of every point, whether a network fits the data, and
the training and test parts with targets fitted to its output layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

import simulator as sim

from .settings import DataChoice

REACH_SHARE = 0.1  # more targets than this beyond the output's range: out of reach


@dataclass(frozen=True, eq=False)
class Prepared:
    """Points ready for a network.

    Attributes
    ----------
    raw : sim.Dataset
        The points as generated or drawn; ``raw.X`` (N, d).
    train_rows, test_rows : ndarray of int
        Which points train and which test.
    features : tuple of str or None
        The input features made from 2-D points; None when the points are not 2-D
        (their columns are the inputs as they are).
    inputs : ndarray, shape (N, n_in)
        What the network is given for each point.
    """

    raw: sim.Dataset
    train_rows: np.ndarray
    test_rows: np.ndarray
    features: tuple[str, ...] | None
    inputs: np.ndarray

    @property
    def two_d(self) -> bool:
        return self.raw.input_size == 2

    @property
    def input_size(self) -> int:
        return self.inputs.shape[1]

    def input_names(self) -> tuple[str, ...]:
        """How each input is written: "x1²" for a feature, else the column's name."""
        if self.features is not None:
            return tuple(sim.FEATURE_SYMBOLS[f] for f in self.features)
        names = self.raw.feature_names
        return names if len(names) == self.input_size else ()

    def is_test(self) -> np.ndarray:
        """Whether each point is a test point, shape (N,)."""
        flags = np.zeros(len(self.raw), dtype=bool)
        flags[self.test_rows] = True
        return flags

    def inputs_of(self, points) -> np.ndarray:
        """The network's inputs for raw points (N, d), e.g. a grid over the plane."""
        points = np.asarray(points, dtype=float)
        return sim.feature_matrix(points, self.features) if self.features else points

    def target_of(self, row: int, output_size: int) -> np.ndarray | None:
        """Point ``row``'s target fitted to ``output_size`` outputs, or None if none fits."""
        try:
            return np.array(self.raw.targets_for(output_size)[row])
        except ValueError:
            return None

    # ---- fitting a network ---------------------------------------------------------
    def problem(self, net: sim.Network) -> tuple[str, int, int] | None:
        """What keeps ``net`` from training on these data, or None.

        Returns ``("inputs", needed, has)`` or ``("outputs", needed, has)``.
        """
        if net.input_size != self.input_size:
            return "inputs", self.input_size, net.input_size
        if not self._outputs_fit(net.output_size):
            needed = 1 if self.raw.kind == "regression" else self.raw.n_classes
            return "outputs", needed, net.output_size
        return None

    def out_of_reach(self, net: sim.Network) -> tuple[str, float, float] | None:
        """For regression, whether ``net``'s output activation cannot give most targets
        (a sigmoid's 0..1 for sine's −1..1): (its name, the targets' lowest, highest).

        The network still trains (a teacher may show just this); the panel says so.
        """
        if self.raw.kind != "regression" or net.output_size != 1 or len(self.raw) == 0:
            return None
        activation = net.layers[-1].activation
        low, high = _reach(activation)
        t = np.asarray(self.raw.T, dtype=float).ravel()
        margin = 0.05 * max(float(np.ptp(t)), 1e-12)
        outside = np.count_nonzero((t < low - margin) | (t > high + margin))
        if outside <= REACH_SHARE * len(t):
            return None
        return activation, float(t.min()), float(t.max())

    def _outputs_fit(self, n_out: int) -> bool:
        try:
            self.raw.targets_for(n_out)
        except ValueError:
            return False
        return True

    def parts(self, net: sim.Network) -> tuple[sim.Dataset, sim.Dataset]:
        """(train, test): inputs as the network takes them, targets fitted to its outputs."""
        T = self.raw.targets_for(net.output_size) if self._outputs_fit(net.output_size) else None
        T = self.raw.T if T is None else T
        names = self.input_names()
        return tuple(
            sim.Dataset(
                self.raw.name,
                self.inputs[rows],
                T[rows],
                self.raw.kind,
                self.raw.n_classes,
                names,
                self.raw.class_names,
            )
            for rows in (self.train_rows, self.test_rows)
        )

    def adapted(self, net: sim.Network) -> sim.Network:
        """A copy of ``net`` whose input and output layers fit these data.

        Hidden layers are kept; the output layer becomes 1 identity neuron for
        regression, 1 sigmoid for two classes, k softmax neurons for k classes
        (each only when the present one does not fit, or for regression cannot
        reach the targets: ``out_of_reach``).
        """
        adapted = net.copy()
        if adapted.input_size != self.input_size:
            adapted.set_input_size(self.input_size)
        last = len(adapted.layers) - 1
        if self.out_of_reach(adapted) is not None:
            adapted.set_activation(last, "identity")  # one output already, out of reach
        elif not self._outputs_fit(adapted.output_size):
            if self.raw.kind == "regression":
                size, activation = 1, "identity"
            elif self.raw.n_classes == 2:
                size, activation = 1, "sigmoid"
            else:
                size, activation = self.raw.n_classes, "softmax"
            adapted.resize_layer(last, size)
            adapted.set_activation(last, activation)
        return adapted


def prepare(choice: DataChoice, own_data: sim.Dataset | None) -> Prepared:
    """The points of ``choice`` (``own_data`` for own points), split and featured."""
    raw = own_data if choice.own and own_data is not None else choice.generate()
    train, test = sim.split_indices(len(raw), 1.0 - choice.train_share, choice.seed)
    features = choice.features if raw.input_size == 2 else None
    inputs = sim.feature_matrix(raw.X, features) if features else np.array(raw.X)
    return Prepared(raw, train, test, features, inputs)


@cache  # a fixed answer a name, asked at every frame of a run while the data panel shows
def _reach(activation: str) -> tuple[float, float]:
    """(lowest, highest) output of ``activation`` for one neuron, read off a wide range
    of weighted inputs (±inf for an unbounded side)."""
    h = sim.get_activation(activation)
    a = np.linspace(-60.0, 60.0, 2401).reshape(-1, 1)
    with np.errstate(all="ignore"):
        z = np.asarray(h.func(a, h.default_slope), dtype=float).ravel()
    z = z[np.isfinite(z)]
    if not len(z):
        return -np.inf, np.inf
    low, high = float(z.min()), float(z.max())
    # What keeps growing at the range's ends has no bound there (identity, ReLU, ELU...).
    low = -np.inf if z[0] == low and z[0] < z[1] - 1e-9 else low
    high = np.inf if z[-1] == high and z[-1] > z[-2] + 1e-9 else high
    return low, high
