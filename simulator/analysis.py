"""Checks and demonstrations built on the model core.

- ``collapse_linear``: seed 004's point that stacked linear layers are one
  linear layer, computed for any all-identity network.
- ``gradient_check``: backpropagation's gradients against central differences.
- ``softmax_overflow_demo``: seed 002's naive softmax overflowing to nan, and
  the max-subtracted one that does not, as plain data a lesson can show.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from .activations import get_activation
from .layer import gradient_arrays

# Below this size a gradient's error is measured against the floor instead of the
# gradient: central differences carry rounding of about 1e-10 absolute, which is
# meaningless relative to a gradient that is 0 (step, a dead ReLU, saturation).
GRADIENT_FLOOR = 1e-3


def collapse_linear(net):
    """Return the single affine layer equal to an all-identity network.

    Seed 004: ``OUT = x1(w11w13 + w12w23) + x2(w21w13 + w22w23) + (b1w13 + b2w23 + b3)``;
    in general ``W = W1·W2···Wn`` and ``b = (…(b1·W2 + b2)·W3 …) + bn``.

    Parameters
    ----------
    net : Network
        Every layer's activation must be ``identity``.

    Returns
    -------
    W : ndarray, shape (n_in, n_out)
    b : ndarray, shape (n_out,)
        ``net.forward(x) == x · W + b`` up to rounding, for every x.

    Raises
    ------
    ValueError
        Naming the first layer whose activation is not the identity.
    """
    for i, layer in enumerate(net.layers):
        if layer.activation != "identity":
            raise ValueError(
                f"layer {i} uses {layer.activation!r}: only a network whose every layer is "
                "'identity' collapses into one linear layer"
            )
    W = np.eye(net.input_size)
    b = np.zeros(net.input_size)
    for layer in net.layers:
        W, b = W @ layer.W, b @ layer.W + layer.b
    return W, b


def gradient_check(net, X, T, loss: str = "mse", eps: float = 1e-6) -> float:
    """Return the largest relative error of backpropagation's gradients.

    Every parameter (each W and b entry, and PReLU's α) is nudged by ±eps and
    the central difference ``(E(p+eps) - E(p-eps)) / 2eps`` compared with
    ``loss_and_gradients``.  The network is left exactly as it was.

    Parameters
    ----------
    net : Network
    X : ndarray, shape (N, n_in) or (n_in,)
    T : ndarray, shape (N, n_out) or (n_out,)
    loss : str
    eps : float

    Returns
    -------
    float
        ``max |g - ĝ| / max(|g|, |ĝ|, GRADIENT_FLOOR)`` over all parameters,
        ``g`` from backpropagation and ``ĝ`` numerical.  Below 1e-6 means the
        gradients are right; near a kink of ReLU-like activations it can be large.
    """
    _, grads = net.loss_and_gradients(X, T, loss)
    worst = 0.0
    for param, grad in zip(net.parameters(), gradient_arrays(grads)):
        numeric = _numeric_gradient(net, X, T, loss, eps, param)
        scale = np.maximum(np.maximum(np.abs(grad), np.abs(numeric)), GRADIENT_FLOOR)
        worst = max(worst, float(np.max(np.abs(grad - numeric) / scale)))
    return worst


def _numeric_gradient(net, X, T, loss, eps, param):
    """Central differences of the loss for every entry of ``param`` (changed in place)."""
    out = np.zeros(param.shape)
    flat = param.reshape(-1)  # a view: writing it moves the network's own parameter
    for k in range(flat.size):
        saved = flat[k]
        flat[k] = saved + eps
        up = net.loss(X, T, loss)
        flat[k] = saved - eps
        down = net.loss(X, T, loss)
        flat[k] = saved
        out.reshape(-1)[k] = (up - down) / (2.0 * eps)
    return out


@dataclass(frozen=True)
class SoftmaxOverflowDemo:
    """Seed 002's softmax overflow, computed both ways.

    Attributes
    ----------
    a : ndarray, shape (n,)
        The weighted inputs, ``[1010, 1000, 990]`` in the seed.
    naive : ndarray, shape (n,)
        ``exp(a) / Σ exp(a)``: exp overflows to inf, and inf/inf is nan.
    stable : ndarray, shape (n,)
        ``exp(a - max) / Σ exp(a - max)``, the library's softmax.
    warnings : tuple of str
        NumPy's warnings while computing ``naive`` (captured, never printed).
    """

    a: np.ndarray
    naive: np.ndarray
    stable: np.ndarray
    warnings: tuple[str, ...]


def softmax_overflow_demo(a=(1010.0, 1000.0, 990.0)) -> SoftmaxOverflowDemo:
    """Compute softmax of ``a`` naively and stably, as seed 002 does.

    Parameters
    ----------
    a : array_like, shape (n,)

    Returns
    -------
    SoftmaxOverflowDemo
        For the default ``a``: ``naive`` is all nan (with an overflow warning)
        and ``stable`` is ``[9.99954600e-01, 4.53978686e-05, 2.06106005e-09]``.
    """
    a = np.array(a, dtype=float)
    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn"):
        warnings.simplefilter("always")
        e = np.exp(a)
        naive = e / np.sum(e)
    messages = tuple(str(w.message) for w in caught)
    stable = get_activation("softmax").f(a)
    return SoftmaxOverflowDemo(a, naive, stable, messages)
