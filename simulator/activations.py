"""Activation functions h, as small immutable objects in one registry.

Notation of the seeds: a neuron's weighted input is ``a = b + Σ w·x`` and its
output is ``z = h(a)``.  Every activation here maps an array ``a`` of any shape
to an array ``z`` of the same shape.  All but softmax are elementwise; softmax
works along the last axis (one row = one layer's neurons for one sample).

The slope activations (leaky_relu, prelu, rrelu) take an optional ``slope``:
a scalar, or an array broadcastable to ``a`` (rrelu draws one per element while
training).  ``prelu``'s slope is a learnable parameter stored on the layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

RRELU_LOWER = 1.0 / 8.0
RRELU_UPPER = 1.0 / 3.0
RRELU_MEAN = (RRELU_LOWER + RRELU_UPPER) / 2.0
LEAKY_SLOPE = 0.01
PRELU_INITIAL = 0.25
ELU_ALPHA = 1.0
_GELU_C = math.sqrt(2.0 / math.pi)


@dataclass(frozen=True)
class Activation:
    """One activation function h and its derivative.

    Attributes
    ----------
    name : str
        Registry key, used in files and the UI (``"sigmoid"``).
    label : str
        Readable name (``"Sigmoid"``).
    formula : str
        The formula as plain text, in the seeds' letters (``z = 1 / (1 + e^(-a))``).
    description : str
        One line in English (the UI shows its own translated copy, see ``ui/text/names.py``).
    func : callable
        ``func(a, slope) -> z``; ``a`` any shape, ``z`` the same shape.
    deriv : callable
        ``deriv(a, slope) -> dz/da`` elementwise (softmax: the Jacobian's diagonal).
    default_slope : float or None
        The slope used when none is given (slope activations only).
    elementwise : bool
        False only for softmax, whose outputs depend on the whole layer.
    chain : callable or None
        ``chain(a, z, grad_z) -> dE/da``, a faster form of ``grad_z · deriv(a)``
        that reuses the layer's cached output ``z = h(a)`` instead of computing h
        again; it gives the same numbers bit for bit.  None: use ``deriv``.
    """

    name: str
    label: str
    formula: str
    description: str
    func: Callable[[np.ndarray, object], np.ndarray]
    deriv: Callable[[np.ndarray, object], np.ndarray]
    default_slope: float | None = None
    elementwise: bool = True
    smooth: bool = True
    chain: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None

    def f(self, a, slope=None) -> np.ndarray:
        """Return ``z = h(a)``, same shape as ``a``."""
        return self.func(np.asarray(a, dtype=float), self._slope(slope))

    def df(self, a, slope=None) -> np.ndarray:
        """Return ``dh/da`` elementwise, same shape as ``a``."""
        return self.deriv(np.asarray(a, dtype=float), self._slope(slope))

    def backward(self, a, z, grad_z, slope=None) -> np.ndarray:
        """Return ``dE/da`` given ``dE/dz``.

        Parameters
        ----------
        a, z, grad_z : ndarray, shape (N, n) or (n,)
            Weighted inputs, outputs ``z = h(a)`` (as the forward pass cached
            them; sigmoid, tanh and relu reuse ``z``) and ``dE/dz`` of one layer.

        Returns
        -------
        ndarray, same shape
            ``delta = dE/da``.  Softmax uses its full Jacobian:
            ``delta_k = z_k (g_k - Σ_j g_j z_j)``.
        """
        if self.chain is not None:  # never set for softmax
            return self.chain(a, z, grad_z)
        if not self.elementwise:
            return z * (grad_z - np.sum(grad_z * z, axis=-1, keepdims=True))
        return grad_z * self.df(a, slope)

    def _slope(self, slope):
        return self.default_slope if slope is None else slope

    def __repr__(self) -> str:
        return f"Activation({self.name}: {self.formula})"


# ---- the functions themselves, each written to stay finite for |a| up to 1e4 ----


def _sigmoid(a, _s=None):
    # exp of a non-positive number only: never overflows.
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_d(a, _s=None):
    z = _sigmoid(a)
    return z * (1.0 - z)


def _sigmoid_chain(a, z, grad_z):
    # z (1 - z) is sigmoid's derivative, from the cached output.
    return grad_z * (z * (1.0 - z))


def _step(a, _s=None):
    return (a > 0).astype(float)


def _zero_d(a, _s=None):
    return np.zeros_like(a, dtype=float)


def _identity(a, _s=None):
    return np.array(a, dtype=float, copy=True)


def _one_d(a, _s=None):
    return np.ones_like(a, dtype=float)


def _tanh(a, _s=None):
    return np.tanh(a)


def _tanh_d(a, _s=None):
    return 1.0 - np.tanh(a) ** 2


def _tanh_chain(a, z, grad_z):
    return grad_z * (1.0 - z**2)


def _relu(a, _s=None):
    return np.maximum(a, 0.0)


def _relu_d(a, _s=None):
    # The derivative at exactly 0 is taken as 0, as in the layer (not 1 as some texts).
    return (a > 0).astype(float)


def _relu_chain(a, z, grad_z):
    # Multiplying by the boolean mask gives the same numbers as by (a > 0) as floats.
    return grad_z * (a > 0)


def _leaky(a, slope):
    return np.where(a > 0, a, slope * a)


def _leaky_d(a, slope):
    return np.where(a > 0, 1.0, slope * np.ones_like(a))


def _elu(a, _s=None):
    return np.where(a > 0, a, ELU_ALPHA * np.expm1(np.minimum(a, 0.0)))


def _elu_d(a, _s=None):
    return np.where(a > 0, 1.0, ELU_ALPHA * np.exp(np.minimum(a, 0.0)))


def _gelu(a, _s=None):
    return 0.5 * a * (1.0 + np.tanh(_GELU_C * (a + 0.044715 * a**3)))


def _gelu_d(a, _s=None):
    u = _GELU_C * (a + 0.044715 * a**3)
    t = np.tanh(u)
    du = _GELU_C * (1.0 + 3 * 0.044715 * a**2)
    return 0.5 * (1.0 + t) + 0.5 * a * (1.0 - t**2) * du


def _silu(a, _s=None):
    return a * _sigmoid(a)


def _silu_d(a, _s=None):
    s = _sigmoid(a)
    return s * (1.0 + a * (1.0 - s))


def _softplus(a, _s=None):
    # log(1 + e^a) = max(a, 0) + log1p(e^-|a|): no overflow for large a.
    return np.maximum(a, 0.0) + np.log1p(np.exp(-np.abs(a)))


def _softmax(a, _s=None):
    # Subtracting the row's max leaves the result unchanged and keeps exp finite
    # (seed 002: "C' 一般取输入信号的最大值").
    shifted = a - np.max(a, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_d(a, _s=None):
    z = _softmax(a)
    return z * (1.0 - z)


_ALL = [
    Activation(
        "step",
        "Step",
        "z = 1 if a > 0 else 0",
        "The perceptron's threshold: jumps from 0 to 1 at a = 0; its gradient is 0.",
        _step,
        _zero_d,
        smooth=False,
    ),
    Activation(
        "identity",
        "Identity",
        "z = a",
        "Passes the weighted input through unchanged; for regression outputs.",
        _identity,
        _one_d,
    ),
    Activation(
        "sigmoid",
        "Sigmoid",
        "z = 1 / (1 + e^(-a))",
        "A smooth S-curve from 0 to 1; saturates (gradient near 0) for large |a|.",
        _sigmoid,
        _sigmoid_d,
        chain=_sigmoid_chain,
    ),
    Activation(
        "tanh",
        "Tanh",
        "z = (e^a - e^(-a)) / (e^a + e^(-a))",
        "An S-curve from -1 to 1, centred on 0; saturates for large |a|.",
        _tanh,
        _tanh_d,
        chain=_tanh_chain,
    ),
    Activation(
        "relu",
        "ReLU",
        "z = max(0, a)",
        "Outputs a when a > 0, else 0; cheap, and its gradient is 1 for a > 0.",
        _relu,
        _relu_d,
        smooth=False,
        chain=_relu_chain,
    ),
    Activation(
        "leaky_relu",
        "Leaky ReLU",
        "z = a if a > 0 else 0.01·a",
        "Like ReLU, but a small slope 0.01 for a ≤ 0 keeps the gradient alive.",
        _leaky,
        _leaky_d,
        default_slope=LEAKY_SLOPE,
        smooth=False,
    ),
    Activation(
        "prelu",
        "PReLU",
        f"z = a if a > 0 else α·a  (α learned, starts at {PRELU_INITIAL:g})",
        "Leaky ReLU whose slope α is learned with the weights, one per layer.",
        _leaky,
        _leaky_d,
        default_slope=PRELU_INITIAL,
        smooth=False,
    ),
    Activation(
        "rrelu",
        "RReLU",
        "z = a if a > 0 else r·a  (r random in [1/8, 1/3])",
        "Leaky ReLU with a random slope while training, their mean otherwise.",
        _leaky,
        _leaky_d,
        default_slope=RRELU_MEAN,
        smooth=False,
    ),
    Activation(
        "elu",
        "ELU",
        "z = a if a > 0 else e^a - 1",
        "Smooth for a < 0, approaching -1; mean outputs closer to 0 than ReLU.",
        _elu,
        _elu_d,
        smooth=False,
    ),
    Activation(
        "gelu",
        "GELU",
        "z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))",
        "A smooth ReLU weighted by a Gaussian's probability (tanh approximation).",
        _gelu,
        _gelu_d,
    ),
    Activation(
        "silu",
        "SiLU (Swish)",
        "z = a · sigmoid(a)",
        "The input times its own sigmoid; smooth and slightly negative for a < 0.",
        _silu,
        _silu_d,
    ),
    Activation(
        "softplus",
        "Softplus",
        "z = log(1 + e^a)",
        "A smooth version of ReLU; its derivative is the sigmoid.",
        _softplus,
        _sigmoid,
    ),
    Activation(
        "softmax",
        "Softmax",
        "z_k = e^(a_k) / Σ_i e^(a_i)",
        "Turns a layer's inputs into probabilities that sum to 1; for classification.",
        _softmax,
        _softmax_d,
        elementwise=False,
    ),
]

_REGISTRY: dict[str, Activation] = {act.name: act for act in _ALL}
ACTIVATIONS: tuple[str, ...] = tuple(_REGISTRY)
RELU_LIKE = frozenset({"relu", "leaky_relu", "prelu", "rrelu", "elu", "gelu", "silu"})


def get_activation(name: str) -> Activation:
    """Return the activation called ``name``; ``KeyError`` names the known ones."""
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(ACTIVATIONS)
        raise KeyError(f"unknown activation {name!r}; known: {known}") from None
