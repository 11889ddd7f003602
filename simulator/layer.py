"""One fully connected layer: ``A = X · W + B`` then ``Z = h(A)``.

Shapes follow the seeds: ``W`` is (n_in, n_out), ``B`` is (n_out,), a single
sample is a 1-D array and a batch is (N, n_in).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import (
    LEAKY_SLOPE,
    PRELU_INITIAL,
    RELU_LIKE,
    RRELU_LOWER,
    RRELU_UPPER,
    get_activation,
)
from .frozen import freeze, writable


def initial_weights(rng: np.random.Generator, n_in: int, n_out: int, activation: str):
    """Draw fresh weights, shape (n_in, n_out).

    He initialisation (std √(2/n_in)) for ReLU-like activations, which halve the
    variance they pass on; Glorot/Xavier (std √(2/(n_in+n_out))) otherwise.
    """
    if activation in RELU_LIKE:
        std = np.sqrt(2.0 / n_in)
    else:
        std = np.sqrt(2.0 / (n_in + n_out))
    return rng.standard_normal((n_in, n_out)) * std


@dataclass(slots=True)
class LayerGradient:
    """Gradients of the loss for one layer.

    Attributes
    ----------
    dW : ndarray, shape (n_in, n_out)
    db : ndarray, shape (n_out,)
    dalpha : float or None
        PReLU's slope gradient; None for every other activation.
    """

    dW: np.ndarray
    db: np.ndarray
    dalpha: float | None = None

    def arrays(self) -> list[np.ndarray]:
        """Return the gradients in the order of ``Layer.parameters()``."""
        out = [self.dW, self.db]
        if self.dalpha is not None:
            out.append(np.array([self.dalpha]))
        return out


@dataclass(slots=True)
class LayerCache:
    """What one forward pass through a layer leaves for the backward pass.

    ``x`` (N, n_in) or (n_in,), ``a`` and ``z`` (N, n_out) or (n_out,), and the
    negative-side slope used (None when the activation has none).
    """

    x: np.ndarray
    a: np.ndarray
    z: np.ndarray
    slope: object = None


_OWN_SLOPE = frozenset({"leaky_relu", "prelu", "rrelu"})


class Layer:
    """A dense layer with weights ``W`` (n_in, n_out), bias ``b`` (n_out,) and h."""

    def __init__(
        self, W, b, activation: str, alpha: float = PRELU_INITIAL, leaky_slope: float = LEAKY_SLOPE
    ):
        self.activation = activation  # raises on an unknown name
        self.W = np.array(W, dtype=float)
        self.b = np.array(b, dtype=float)
        if self.W.ndim != 2 or self.b.shape != (self.W.shape[1],):
            raise ValueError(
                f"weights of shape {self.W.shape} do not fit biases of shape {self.b.shape}: "
                "W must be (n_in, n_out) and b (n_out,)"
            )
        # Stored as a 1-element array so optimizers can update it in place like W and b.
        self._alpha = np.array([float(alpha)])
        self.leaky_slope = leaky_slope

    @property
    def alpha(self) -> float:
        """PReLU's learnable negative-side slope (kept, but unused, for other h)."""
        return float(self._alpha[0])

    @alpha.setter
    def alpha(self, value: float) -> None:
        self._alpha = writable(self._alpha)  # a frozen slope is shared: copy it first
        self._alpha[0] = float(value)

    @property
    def leaky_slope(self) -> float:
        """Leaky ReLU's negative-side slope, a setting of the layer (0.01 unless set)."""
        return self._leaky_slope

    @leaky_slope.setter
    def leaky_slope(self, value: float) -> None:
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(f"Leaky ReLU's slope must be a finite number, got {value!r}")
        self._leaky_slope = value

    @property
    def n_in(self) -> int:
        return self.W.shape[0]

    @property
    def n_out(self) -> int:
        return self.W.shape[1]

    @property
    def activation(self) -> str:
        """The name of h; setting it to an unknown name raises ``KeyError``."""
        return self._act.name

    @activation.setter
    def activation(self, name: str) -> None:
        # The Activation object is looked up once here, not on every forward pass.
        self._act = get_activation(name)
        self._own_slope = name in _OWN_SLOPE

    @property
    def act(self):
        """The ``Activation`` object named by ``activation``."""
        return self._act

    def parameters(self) -> list[np.ndarray]:
        """The arrays training updates in place: ``[W, b]`` (+ ``[alpha]`` for PReLU).

        Frozen ones (see ``share``) are read-only: ``thaw`` first to write into them
        (a Trainer packs them into its own buffer, so it trains a shared network too).
        """
        if self._act.name == "prelu":
            return [self.W, self.b, self._alpha]
        return [self.W, self.b]

    def slope(self, shape, training: bool, rng):
        """The negative-side slope to use now, or None for the default.

        Parameters
        ----------
        shape : tuple of int
            The shape of the weighted inputs ``a``, (N, n_out) or (n_out,).
        training : bool
            RReLU draws one slope per element of ``a`` only while training.
        rng : numpy.random.Generator or None
            Where RReLU's slopes come from; required when training an RReLU
            layer, so that every draw is reproducible from a seed.
        """
        if self.activation == "prelu":
            return self.alpha
        if self.activation == "leaky_relu":
            return self._leaky_slope
        if self.activation == "rrelu" and training:
            if rng is None:
                raise ValueError("training an RReLU layer needs a seeded generator (rng)")
            return rng.uniform(RRELU_LOWER, RRELU_UPPER, size=shape)
        return None

    def forward(self, x, training: bool = False, rng=None) -> LayerCache:
        """Compute ``a = x · W + b`` and ``z = h(a)``; ``x`` (n_in,) or (N, n_in).

        ``training`` and ``rng`` choose RReLU's slopes (see ``slope``).
        """
        # np.dot gives the same numbers as x @ W with less call overhead, and adding
        # b in place saves an array: this runs for every layer of every step.
        a = np.dot(x, self.W)
        a += self.b
        act = self._act
        # Only the slope activations choose a slope per pass; the rest use their default.
        slope = self.slope(a.shape, training, rng) if self._own_slope else None
        z = act.func(a, act.default_slope if slope is None else slope)
        return LayerCache(x, a, z, slope)

    def output(self, a):
        """``z = h(a)`` for weighted inputs ``a`` computed elsewhere, as ``forward`` does
        when not training (RReLU takes its mean slope); ``a``'s dtype is kept."""
        slope = self.slope(a.shape, False, None) if self._own_slope else None
        act = self._act
        return act.func(a, act.default_slope if slope is None else slope)

    def backward(self, cache: LayerCache, grad_z, input_grad: bool = True, gradient: bool = True):
        """From ``dE/dz`` (N, n_out), return ``(delta, LayerGradient, dE/dx)``.

        ``delta = dE/da`` is (N, n_out) and ``dE/dx`` (N, n_in), or None when
        ``input_grad`` is False (see ``backward_from_delta``).
        """
        delta = self._act.backward(cache.a, cache.z, grad_z, cache.slope)
        return self.backward_from_delta(cache, delta, grad_z, input_grad, gradient)

    def backward_from_delta(
        self, cache: LayerCache, delta, grad_z=None, input_grad: bool = True, gradient: bool = True
    ):
        """Given ``delta = dE/da`` (N, n_out), return ``(delta, LayerGradient, dE/dx)``.

        ``dE/dx`` (N, n_in) is None when ``input_grad`` is False: the first layer's
        inputs are the data, and skipping that product saves a third of its work.
        The LayerGradient is None when ``gradient`` is False (a step-through needs
        only the deltas; each neuron's dW is one row of products, made when shown).
        """
        dx = np.dot(delta, self.W.T) if input_grad else None
        grads = self.gradient(cache, delta, grad_z) if gradient else None
        return delta, grads, dx

    def gradient(self, cache: LayerCache, delta, grad_z=None) -> LayerGradient:
        """The gradients of W, b (and PReLU's α) from ``delta = dE/da`` (N, n_out).

        ``grad_z = dE/dz`` (N, n_out) is needed only for PReLU's α.
        """
        dalpha = None
        if self._act.name == "prelu":
            dalpha = (
                0.0
                if grad_z is None
                else float(np.sum(np.where(cache.a > 0, 0.0, grad_z * cache.a)))
            )
        # np.dot and np.add.reduce: the numbers of ``x.T @ delta`` and ``delta.sum(0)``
        # without their Python wrappers.
        return LayerGradient(np.dot(cache.x.T, delta), np.add.reduce(delta, 0), dalpha)

    def copy(self) -> Layer:
        return Layer(self.W, self.b, self.activation, self.alpha, self._leaky_slope)

    # ---- copy on write (see simulator.frozen) -------------------------------
    def freeze(self) -> None:
        """Make W, b and α read-only for good, so copies may share them (``share``).

        An array that views one still writable is replaced by a frozen copy.
        """
        self.W, self.b, self._alpha = freeze(self.W), freeze(self.b), freeze(self._alpha)

    def share(self) -> Layer:
        """A layer over the same frozen arrays: O(1), where ``copy`` copies them.

        Freezes this layer's arrays first.  Either layer may then be edited: an edit
        replaces the array it changes (``thaw``) and the other layer keeps its own.
        """
        self.freeze()
        return Layer.sharing(self.W, self.b, self.activation, self._alpha, self._leaky_slope)

    @classmethod
    def sharing(
        cls, W: np.ndarray, b: np.ndarray, activation: str, alpha, leaky_slope=LEAKY_SLOPE
    ) -> Layer:
        """A layer over the arrays W (n_in, n_out) and b (n_out,) themselves, frozen.

        ``alpha`` is PReLU's slope, a float or the 1-element array of another layer.
        Unlike the constructor nothing is copied: for holders of frozen arrays.
        """
        layer = cls.__new__(cls)
        layer.activation = activation
        layer.W, layer.b = freeze(W), freeze(b)
        shared = isinstance(alpha, np.ndarray)
        layer._alpha = freeze(alpha) if shared else freeze(np.array([float(alpha)]))
        layer.leaky_slope = leaky_slope
        return layer

    def thaw(self) -> None:
        """Make W, b and α writable, replacing each frozen one by a copy of it."""
        self.W, self.b, self._alpha = writable(self.W), writable(self.b), writable(self._alpha)

    def __repr__(self) -> str:
        return f"Layer({self.n_in}→{self.n_out}, {self.activation})"


def gradient_arrays(grads: list[LayerGradient]) -> list[np.ndarray]:
    """Flatten gradients in the order of ``Network.parameters()``."""
    out = []
    for g in grads:  # written out: a trainer calls this every step
        out += (g.dW, g.db) if g.dalpha is None else g.arrays()
    return out


def check_size(n: int) -> None:
    """Refuse a layer size that is not a whole number ≥ 1."""
    if int(n) != n or n < 1:
        raise ValueError(f"a layer needs a whole number of neurons ≥ 1, got {n}")
