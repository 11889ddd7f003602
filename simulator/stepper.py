"""Forward and backward propagation, one neuron at a time.

Both generators compute each layer once, with the very code of ``forward`` and
``loss_and_gradients``, then hand out one record per neuron: so the numbers a
student steps through are exactly those of the batch computation, and stepping
a 784-128-64-10 network costs one forward pass, not one per neuron.

A record is a fact about the moment its generator was made: its arrays are
read-only copies (shared by the records of one layer), so editing ``x`` or the
network afterwards, even halfway through the steps, changes no record.
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
    A neuron's z is ``exp[k] / sum``.  The arrays are read-only.
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
        The values the neuron receives (the previous layer's z, or the input x);
        read-only, like every array of a record.
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
        The z of the previous layer (or x): ``dW = inputs · delta``; read-only,
        like every array of a record.
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

    The pass is computed, and the weights copied, when this is called.

    Parameters
    ----------
    net : Network
    x : ndarray, shape (n_in,)

    Raises
    ------
    ValueError
        For a batch instead of one sample, or an input that does not fit.
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"step through one sample at a time: x has shape {x.shape}")
    caches = net.forward_cache(x)
    layers = [_ForwardLayer.of(layer, cache) for layer, cache in zip(net.layers, caches)]
    return _forward_records(layers)


def backward_steps(net, x, t, loss: str = "mse") -> Iterator[BackwardStep]:
    """Yield one ``BackwardStep`` per neuron, from the output layer back.

    The pass is computed, and the weights copied, when this is called.

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
    # The output layer's dE/dz, as the loss gives it from the outputs, for its records.
    grad_z = get_loss(loss).grad(caches[-1].z, T)[0]
    layers = []
    for i in range(n - 1, -1, -1):
        layer, cache = net.layers[i], caches[i]
        outgoing = next_delta = None
        if i + 1 < n:
            outgoing, next_delta = _frozen(net.layers[i + 1].W), _sealed(deltas[i + 1][0])
            grad_z = next_delta @ outgoing.T
        layers.append(
            _BackwardLayer(
                index=i,
                delta=deltas[i][0],
                grad_z=grad_z,
                dh=layer.act.df(cache.a[0], cache.slope),
                a=cache.a[0],
                z=cache.z[0],
                inputs=_frozen(cache.x[0]),
                dW=_sealed(grads[i].dW),
                db=grads[i].db,
                outgoing=outgoing,
                next_delta=next_delta,
            )
        )
    return _backward_records(layers)


def _forward_records(layers: list[_ForwardLayer]) -> Iterator[ForwardStep]:
    for i, f in enumerate(layers):
        for j in range(f.bias.size):
            yield ForwardStep(
                layer=i,
                neuron=j,
                inputs=f.inputs,
                weights=f.weights[j],
                bias=float(f.bias[j]),
                a=float(f.a[j]),
                z=float(f.z[j]),
                activation=f.activation,
                softmax=f.softmax,
            )


def _backward_records(layers: list[_BackwardLayer]) -> Iterator[BackwardStep]:
    for b in layers:
        upper = b.outgoing is not None
        for j in range(b.db.size):
            yield BackwardStep(
                layer=b.index,
                neuron=j,
                delta=float(b.delta[j]),
                grad_z=float(b.grad_z[j]),
                dh=float(b.dh[j]),
                a=float(b.a[j]),
                z=float(b.z[j]),
                inputs=b.inputs,
                dW=b.dW[:, j],
                db=float(b.db[j]),
                outgoing=b.outgoing[j] if upper else None,
                next_delta=b.next_delta,
            )


@dataclass(frozen=True)
class _ForwardLayer:
    """One layer's forward numbers, copied (read-only) when the steps were asked for."""

    inputs: np.ndarray  # (n_in,)
    weights: np.ndarray  # (n_out, n_in): row j holds neuron j's incoming weights
    bias: np.ndarray  # (n_out,)
    a: np.ndarray  # (n_out,)
    z: np.ndarray  # (n_out,)
    activation: str
    softmax: SoftmaxParts | None

    @classmethod
    def of(cls, layer, cache) -> _ForwardLayer:
        """Copy what ``layer`` and its ``cache`` (one sample) hold now."""
        parts = _softmax_parts(cache.a) if layer.activation == "softmax" else None
        return cls(
            inputs=_frozen(cache.x),
            weights=_frozen(layer.W.T),
            bias=_frozen(layer.b),
            a=cache.a,
            z=cache.z,
            activation=layer.activation,
            softmax=parts,
        )


@dataclass(frozen=True)
class _BackwardLayer:
    """One layer's backward numbers, copied (read-only) when the steps were asked for."""

    index: int
    delta: np.ndarray  # (n_out,)
    grad_z: np.ndarray  # (n_out,)
    dh: np.ndarray  # (n_out,)
    a: np.ndarray  # (n_out,)
    z: np.ndarray  # (n_out,)
    inputs: np.ndarray  # (n_in,)
    dW: np.ndarray  # (n_in, n_out): column j holds neuron j's incoming weights' gradients
    db: np.ndarray  # (n_out,)
    outgoing: np.ndarray | None  # (n_out, n_next): row j holds neuron j's outgoing weights
    next_delta: np.ndarray | None  # (n_next,)


def _softmax_parts(a: np.ndarray) -> SoftmaxParts:
    m = float(np.max(a))
    e = np.exp(a - m)
    return SoftmaxParts(_frozen(a), m, _frozen(e), float(np.sum(e)))


def _frozen(values) -> np.ndarray:
    """A read-only C-ordered copy of ``values``: no one else can change it, nor can a reader."""
    out = np.array(values, dtype=float, order="C")  # np.array always copies here
    out.flags.writeable = False
    return out


def _sealed(array: np.ndarray) -> np.ndarray:
    """``array`` itself, made read-only: only for arrays made during this call.

    Saves ``_frozen``'s copy of the largest arrays (a 784-128 layer's dW).
    """
    array.flags.writeable = False
    return array
