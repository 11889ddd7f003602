"""Loss functions E(y, t), averaged over the samples of a batch.

Each loss is a small object with ``value(Y, T)`` and ``grad(Y, T)``, where
``Y`` and ``T`` have shape (N, n_out).  ``grad`` returns ``dE/dY`` for the
batch mean, so it already carries the factor 1/N.

Cross-entropy on a softmax or sigmoid output is computed from the output
layer's weighted input ``a`` instead (``on_weighted_input``): ``log y`` written
as a log-sum-exp (log-softmax) or a log-sigmoid is exact however small ``y``
is, where ``log`` of the output itself must be clipped once ``y`` rounds to 0.
The losses of outputs alone clip, as nothing better can be done without ``a``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .activations import get_activation

# Without the weighted input, log(y) is taken of max(y, EPS), so an output of
# exactly 0 never gives inf.
EPS = 1e-12


@dataclass(frozen=True)
class Loss:
    """A loss function and its gradient with respect to the outputs.

    Attributes
    ----------
    name : str
        Registry key (``"mse"``).
    label : str
        Readable name.
    formula : str
        Plain-text formula in the seeds' letters.
    value : callable
        ``value(Y, T) -> float``, ``Y, T`` of shape (N, n_out).
    grad : callable
        ``grad(Y, T) -> ndarray (N, n_out)``: ``dE/dY`` of the batch mean.
    both : callable or None
        ``both(Y, T) -> (value, grad)`` sharing the work of the two (mse reuses
        ``Y - T``); the same numbers as calling them apart.
    """

    name: str
    label: str
    formula: str
    value: Callable[[np.ndarray, np.ndarray], float]
    grad: Callable[[np.ndarray, np.ndarray], np.ndarray]
    both: Callable[[np.ndarray, np.ndarray], tuple[float, np.ndarray]] | None = None

    def value_and_grad(self, Y, T) -> tuple[float, np.ndarray]:
        """Return ``(value(Y, T), grad(Y, T))``, computed together where that is cheaper."""
        if self.both is not None:
            return self.both(Y, T)
        return self.value(Y, T), self.grad(Y, T)


def _mse(Y, T):
    d = Y - T
    # np.add.reduce is what np.sum calls, without its Python wrapper (per-step cost).
    return 0.5 * float(np.add.reduce(d * d, axis=None)) / Y.shape[0]


def _mse_grad(Y, T):
    return (Y - T) / Y.shape[0]


def _mse_both(Y, T):
    d = Y - T
    return 0.5 * float(np.add.reduce(d * d, axis=None)) / Y.shape[0], d / Y.shape[0]


def _ce(Y, T):
    return -float(np.sum(T * np.log(np.maximum(Y, EPS)))) / Y.shape[0]


def _ce_grad(Y, T):
    return -T / np.maximum(Y, EPS) / Y.shape[0]


def _bce(Y, T):
    y = np.clip(Y, EPS, 1.0 - EPS)
    return -float(np.sum(T * np.log(y) + (1.0 - T) * np.log(1.0 - y))) / Y.shape[0]


def _bce_grad(Y, T):
    y = np.clip(Y, EPS, 1.0 - EPS)
    return (y - T) / (y * (1.0 - y)) / Y.shape[0]


LOSSES: dict[str, Loss] = {
    "mse": Loss(
        "mse",
        "Squared error ½·Σ(y − t)²",  # named as computed, with its ½ (the book's 均方误差)
        "E = 1/2 · Σ_k (y_k - t_k)²",
        _mse,
        _mse_grad,
        _mse_both,
    ),
    "cross_entropy": Loss(
        "cross_entropy", "Cross-entropy", "E = -Σ_k t_k · log(y_k)", _ce, _ce_grad
    ),
    "binary_cross_entropy": Loss(
        "binary_cross_entropy",
        "Binary cross-entropy",
        "E = -(t·log(y) + (1 - t)·log(1 - y))",
        _bce,
        _bce_grad,
    ),
}


def get_loss(name: str) -> Loss:
    """Return the loss called ``name``; ``KeyError`` names the known ones."""
    try:
        return LOSSES[name]
    except KeyError:
        raise KeyError(f"unknown loss {name!r}; known: {', '.join(LOSSES)}") from None


# ---- losses on the output layer's weighted input a, exact for every output --------


@dataclass(frozen=True)
class WeightedInputLoss:
    """A loss computed from the output layer's weighted input, for one activation.

    Attributes
    ----------
    value : callable
        ``value(A, T) -> float``: the batch's mean loss from the weighted inputs
        ``A`` (N, n_out), without ever taking the log of a rounded output.
    delta : callable
        ``delta(A, Y, T) -> ndarray (N, n_out)``: ``dE/da`` of the batch mean,
        given also the outputs ``Y = h(A)`` the forward pass computed.
    """

    value: Callable[[np.ndarray, np.ndarray], float]
    delta: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


# The reductions behind np.max and np.sum, without their Python wrappers: these
# run every training step.
_sum, _max = np.add.reduce, np.maximum.reduce
# The activations' own, overflow-free: softplus(a) = log(1 + e^a), so -log σ(a) = softplus(-a).
_softplus = get_activation("softplus").f
_sigmoid = get_activation("sigmoid").f


def _log_softmax(A):
    """``log(softmax(A))`` along the last axis: ``a - max - log Σ e^(a - max)``."""
    shifted = A - _max(A, -1, keepdims=True)
    return shifted - np.log(_sum(np.exp(shifted), -1, keepdims=True))


def _softmax_ce(A, T):
    return -float(_sum(T * _log_softmax(A), None)) / A.shape[0]


def _softmax_ce_delta(A, Y, T):
    # ∂/∂a_k of -Σ_j t_j log y_j is y_k·Σ_j t_j - t_k: exactly y - t for targets
    # that sum to 1 (one-hot or probabilities), and still right for any others.
    return (Y * _sum(T, -1, keepdims=True) - T) / A.shape[0]


def _sigmoid_ce(A, T):
    return float(np.sum(T * _softplus(-A))) / A.shape[0]


def _sigmoid_ce_delta(A, Y, T):
    # d/da of -log σ(a) is -(1 - σ(a)) = -σ(-a); σ(-a), not 1 - y, stays exact as y → 1.
    return -T * _sigmoid(-A) / A.shape[0]


def _sigmoid_bce(A, T):
    # -(t log σ(a) + (1 - t) log(1 - σ(a))), with log(1 - σ(a)) = log σ(-a).
    return float(np.sum(T * _softplus(-A) + (1.0 - T) * _softplus(A))) / A.shape[0]


def _sigmoid_bce_delta(A, Y, T):
    return (Y - T) / A.shape[0]


_ON_WEIGHTED_INPUT = {
    ("cross_entropy", "softmax"): WeightedInputLoss(_softmax_ce, _softmax_ce_delta),
    ("cross_entropy", "sigmoid"): WeightedInputLoss(_sigmoid_ce, _sigmoid_ce_delta),
    ("binary_cross_entropy", "sigmoid"): WeightedInputLoss(_sigmoid_bce, _sigmoid_bce_delta),
}


def on_weighted_input(loss: str, activation: str) -> WeightedInputLoss | None:
    """The form of ``loss`` on the weighted input of an ``activation`` output, or None.

    None means the loss is taken of the outputs (``get_loss(loss)``).
    """
    return _ON_WEIGHTED_INPUT.get((loss, activation))


def output_loss(loss: str, activation: str, A, Y, T) -> float:
    """The mean loss of a batch, from its weighted inputs wherever that is exact.

    Parameters
    ----------
    loss : str
    activation : str
        The output layer's h.
    A, Y, T : ndarray, shape (N, n_out)
        The output layer's weighted inputs, its outputs ``Y = h(A)``, the targets.
    """
    form = on_weighted_input(loss, activation)
    return form.value(A, T) if form is not None else get_loss(loss).value(Y, T)


def suggested_loss(activation: str, n_out: int) -> str:
    """The loss that goes with an output layer: the pairs whose δ is simply y - t.

    Softmax outputs take cross-entropy, a single sigmoid output binary
    cross-entropy, anything else (identity, tanh, ...) the mean squared error.
    """
    if activation == "softmax":
        return "cross_entropy"
    if activation == "sigmoid" and n_out == 1:
        return "binary_cross_entropy"
    return "mse"
