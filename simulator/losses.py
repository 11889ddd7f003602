"""Loss functions E(y, t), averaged over the samples of a batch.

Each loss is a small object with ``value(Y, T)`` and ``grad(Y, T)``, where
``Y`` and ``T`` have shape (N, n_out).  ``grad`` returns ``dE/dY`` for the
batch mean, so it already carries the factor 1/N.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# log(y) is taken of max(y, EPS), so an output of exactly 0 never gives inf.
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
        "mse", "Mean squared error", "E = 1/2 · Σ_k (y_k - t_k)²", _mse, _mse_grad, _mse_both
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


def output_delta(loss: str, activation: str, Y, T):
    """Return ``dE/da`` of the output layer when a closed form exists, else None.

    Softmax with cross-entropy and sigmoid with binary cross-entropy both give
    ``(y - t) / N``; this avoids dividing by a tiny y.  Valid only while no
    output was clipped, which is checked here.
    """
    if (loss, activation) not in _CLOSED_FORMS:
        return None
    # The tolerance of np.allclose(row sums, 1), written as one reduction because
    # this runs every training step; a nan anywhere fails the test, as there.
    if loss == "cross_entropy" and not _max(np.abs(_sum(T, 1) - 1.0), None) <= 1e-8 + 1e-5:
        return None
    if not _min(Y, None) > EPS or (
        loss == "binary_cross_entropy" and not _max(Y, None) < 1.0 - EPS
    ):
        return None
    return (Y - T) / Y.shape[0]


_CLOSED_FORMS = frozenset({("cross_entropy", "softmax"), ("binary_cross_entropy", "sigmoid")})
# The reductions behind T.sum(axis), Y.min() and Y.max(), without their Python wrappers.
_sum, _min, _max = np.add.reduce, np.minimum.reduce, np.maximum.reduce
