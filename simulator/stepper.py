"""Forward and backward propagation, one neuron at a time.

Both generators compute each layer once, with the very code of ``forward`` and
``loss_and_gradients``, then hand out one record per neuron: so the numbers a
student steps through are exactly those of the batch computation, and stepping
a 784-128-64-10 network costs one forward pass, not one per neuron.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .losses import get_loss


@dataclass(frozen=True)
class SoftmaxParts:
    """The pieces of one softmax layer, as seed 002 computes them.

    ``a`` (n,), ``max`` = max(a), ``exp`` = e^(a - max) (n,), ``sum`` = Σ exp.
    A neuron's z is ``exp[k] / sum``.
    """

    a: np.ndarray
    max: float
    exp: np.ndarray
    sum: float


@dataclass(frozen=True)
class ForwardStep:
    """One neuron's forward computation ``a = b + Σ w·x``, ``z = h(a)``.

    Attributes
    ----------
    layer : int
        Index into ``net.layers`` (0 = first hidden layer).
    neuron : int
    inputs : ndarray, shape (n_in,)
        The values the neuron receives (the previous layer's z, or the input x).
    weights : ndarray, shape (n_in,)
        Its incoming weights, column ``neuron`` of W.
    bias : float
    a : float
        Weighted input.
    z : float
        Output, h(a); for softmax its share of the whole layer.
    activation : str
    softmax : SoftmaxParts or None
    """

    layer: int
    neuron: int
    inputs: np.ndarray
    weights: np.ndarray
    bias: float
    a: float
    z: float
    activation: str
    softmax: SoftmaxParts | None = None


@dataclass(frozen=True)
class BackwardStep:
    """One neuron's backward computation.

    Attributes
    ----------
    layer, neuron : int
    delta : float
        ``dE/da`` of this neuron.
    grad_z : float
        ``dE/dz``: the error arriving from the layer above (or from the loss).
    dh : float
        ``h'(a)`` (softmax: the diagonal of its Jacobian, z(1-z)).
    a, z : float
    inputs : ndarray, shape (n_in,)
        The z of the previous layer (or x): ``dW = inputs · delta``.
    dW : ndarray, shape (n_in,)
        Gradients of the incoming weights.
    db : float
        Gradient of the bias (= delta).
    outgoing : ndarray, shape (n_next,) or None
        The weights this neuron sends on, used for ``grad_z``; None at the output.
    next_delta : ndarray, shape (n_next,) or None
        The deltas of the layer above.
    """

    layer: int
    neuron: int
    delta: float
    grad_z: float
    dh: float
    a: float
    z: float
    inputs: np.ndarray
    dW: np.ndarray
    db: float
    outgoing: np.ndarray | None = None
    next_delta: np.ndarray | None = None


def forward_steps(net, x) -> Iterator[ForwardStep]:
    """Yield one ``ForwardStep`` per neuron, layer by layer, neuron by neuron.

    Parameters
    ----------
    net : Network
    x : ndarray, shape (n_in,)
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"step through one sample at a time: x has shape {x.shape}")
    caches = net.forward_cache(x)
    for i, (layer, cache) in enumerate(zip(net.layers, caches)):
        parts = _softmax_parts(cache.a) if layer.activation == "softmax" else None
        for j in range(layer.n_out):
            yield ForwardStep(
                i,
                j,
                cache.x,
                layer.W[:, j].copy(),
                float(layer.b[j]),
                float(cache.a[j]),
                float(cache.z[j]),
                layer.activation,
                parts,
            )


def backward_steps(net, x, t, loss: str = "mse") -> Iterator[BackwardStep]:
    """Yield one ``BackwardStep`` per neuron, from the output layer back.

    Parameters
    ----------
    net : Network
    x : ndarray, shape (n_in,)
    t : ndarray, shape (n_out,)
    loss : str
    """
    X, T = net.as_batch(x, t)
    caches = net.forward_cache(X)
    deltas, grads = net.backward(caches, T, loss)
    n = len(net.layers)
    out_grad = get_loss(loss).grad(caches[-1].z, T)[0]
    for i in range(n - 1, -1, -1):
        layer, cache = net.layers[i], caches[i]
        dh = layer.act.df(cache.a[0], cache.slope)
        upper = i + 1 < n
        grad_z = deltas[i + 1][0] @ net.layers[i + 1].W.T if upper else out_grad
        for j in range(layer.n_out):
            yield BackwardStep(
                layer=i,
                neuron=j,
                delta=float(deltas[i][0, j]),
                grad_z=float(grad_z[j]),
                dh=float(dh[j]),
                a=float(cache.a[0, j]),
                z=float(cache.z[0, j]),
                inputs=cache.x[0],
                dW=grads[i].dW[:, j].copy(),
                db=float(grads[i].db[j]),
                outgoing=net.layers[i + 1].W[j].copy() if upper else None,
                next_delta=deltas[i + 1][0] if upper else None,
            )


def _softmax_parts(a: np.ndarray) -> SoftmaxParts:
    m = float(np.max(a))
    e = np.exp(a - m)
    return SoftmaxParts(a.copy(), m, e, float(np.sum(e)))
