"""Forward and backward propagation, one neuron at a time.

Both generators compute each layer once, with the very code of ``forward`` and
``loss_and_gradients``, then hand out one record per neuron: so the numbers a
student steps through are exactly those of the batch computation, and stepping
a 784-128-64-10 network costs one forward pass, not one per neuron.

A record is a fact about the moment its generator was made: its arrays are
read-only and belong to no one who could change them, so editing ``x`` or the
network afterwards, even halfway through the steps, changes no record.  Each
layer's numbers are kept once (``ForwardLayer``, ``BackwardLayer``) and a record
is made from them when asked for (``record``): its weights are a view of the
layer's private W, its dW one row of products.  A frozen W (``simulator.frozen``)
is that private copy already, shared rather than copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from .frozen import shared_or_copied
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

    The pass is computed, and the weights made private, when this is called.

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
    X = net._check_input(x)[None, :]
    layers = forward_layers(net.layers, batch_caches(net.layers, X))
    return (f.record(j) for f in layers for j in range(f.size))


def backward_steps(net, x, t, loss: str = "mse") -> Iterator[BackwardStep]:
    """Yield one ``BackwardStep`` per neuron, from the output layer back.

    The pass is computed, and the weights made private, when this is called.

    Parameters
    ----------
    net : Network
    x : ndarray, shape (n_in,)
    t : ndarray, shape (n_out,)
    loss : str
    """
    X, T = net.as_batch(x, t)
    layers = backward_layers(net, batch_caches(net.layers, X), T, loss)
    return (b.record(j) for b in layers for j in range(b.size))


# ---- whole layers, for the generators above and for simulator.PassCursor -------------
def forward_layers(layers, caches, start: int = 0) -> list[ForwardLayer]:
    """The forward numbers of ``layers`` (numbered from ``start``) from their ``batch_caches``.

    One sample's pass is computed as a batch of one, as ``loss_and_gradients`` does,
    so the forward and the backward records of a neuron hold the same a and z
    (NumPy multiplies a (1, n) batch by W exactly as it multiplies an (n,) vector).
    """
    out = []
    for k, (layer, cache) in enumerate(zip(layers, caches), start):
        a, z = cache.a[0], cache.z[0]
        parts = _softmax_parts(a) if layer.activation == "softmax" else None
        weights, bias = shared_or_copied(layer.W), shared_or_copied(layer.b)
        out.append(ForwardLayer(k, cache.x[0], weights, bias, a, z, layer.activation, parts))
    return out


def batch_caches(layers, X: np.ndarray, first=None) -> list:
    """Each layer's ``LayerCache`` on a batch of one ``X`` (1, n_in), arrays read-only.

    What ``Network.forward_cache`` computes (so the backward numbers are those of
    ``loss_and_gradients``); ``first``, when given, is the cache list to append to.
    """
    caches = list(first or [])
    X = shared_or_copied(X)
    for layer in layers:
        cache = layer.forward(X)
        _sealed(cache.a), _sealed(cache.z)
        caches.append(cache)
        X = cache.z
    return caches


def backward_layers(net, caches, T: np.ndarray, loss: str) -> list[BackwardLayer]:
    """The backward numbers of every layer, output layer first, from ``batch_caches``."""
    # backward's own δ and dE/dz, (1, n_out) each, made by this call; no dW matrices
    _, deltas, _, grad_zs = net._backward(caches, T, loss, with_value=False, gradient=False)
    n = len(net.layers)
    out = []
    for i in range(n - 1, -1, -1):
        layer, cache = net.layers[i], caches[i]
        outgoing = next_delta = None
        grad_z = grad_zs[i]
        if i + 1 < n:
            outgoing, next_delta = shared_or_copied(net.layers[i + 1].W), deltas[i + 1][0]
        elif grad_z is None:  # the loss gave dE/da: its dE/dz, as the loss gives it, to show
            grad_z = get_loss(loss).grad(cache.z, T)
        out.append(
            BackwardLayer(
                index=i,
                delta=_sealed(deltas[i])[0],
                grad_z=_sealed(grad_z)[0],
                dh=_sealed(layer.act.df(cache.a[0], cache.slope)),
                a=cache.a[0],
                z=cache.z[0],
                inputs=cache.x[0],
                outgoing=outgoing,
                next_delta=next_delta,
            )
        )
    return out


@dataclass(frozen=True)
class ForwardLayer:
    """One layer's forward numbers on one sample, read-only and private to the pass.

    ``inputs`` (n_in,), ``weights`` (n_in, n_out) (its W), ``bias``, ``a``, ``z``
    (n_out,).  ``record(j)`` makes neuron ``j``'s ``ForwardStep`` once and keeps it.
    """

    index: int
    inputs: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    a: np.ndarray
    z: np.ndarray
    activation: str
    softmax: SoftmaxParts | None
    _made: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def size(self) -> int:
        return self.z.size

    def record(self, j: int) -> ForwardStep:
        made = self._made.get(j)
        if made is None:
            made = self._made[j] = ForwardStep(
                layer=self.index,
                neuron=j,
                inputs=self.inputs,
                weights=self.weights[:, j],
                bias=float(self.bias[j]),
                a=float(self.a[j]),
                z=float(self.z[j]),
                activation=self.activation,
                softmax=self.softmax,
            )
        return made


@dataclass(frozen=True)
class BackwardLayer:
    """One layer's backward numbers on one sample, read-only and private to the pass.

    ``delta``, ``grad_z``, ``dh``, ``a``, ``z`` (n_out,), ``inputs`` (n_in,),
    ``outgoing`` (n_out, n_next) (the next layer's W) and ``next_delta`` (n_next,),
    or None at the output.  ``record(j)`` makes neuron ``j``'s ``BackwardStep`` once
    and keeps it; its dW = inputs · δ_j is made then.
    """

    index: int
    delta: np.ndarray
    grad_z: np.ndarray
    dh: np.ndarray
    a: np.ndarray
    z: np.ndarray
    inputs: np.ndarray
    outgoing: np.ndarray | None
    next_delta: np.ndarray | None
    _made: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def size(self) -> int:
        return self.delta.size

    def record(self, j: int) -> BackwardStep:
        made = self._made.get(j)
        if made is None:
            delta = float(self.delta[j])
            upper = self.outgoing is not None
            made = self._made[j] = BackwardStep(
                layer=self.index,
                neuron=j,
                delta=delta,
                grad_z=float(self.grad_z[j]),
                dh=float(self.dh[j]),
                a=float(self.a[j]),
                z=float(self.z[j]),
                inputs=self.inputs,
                # x·δ: the products np.dot(x.T, δ) forms for one sample, exactly
                dW=_sealed(self.inputs * self.delta[j]),
                db=delta,
                outgoing=self.outgoing[j] if upper else None,
                next_delta=self.next_delta,
            )
        return made


def _softmax_parts(a: np.ndarray) -> SoftmaxParts:
    m = float(np.max(a))
    e = np.exp(a - m)
    return SoftmaxParts(a, m, _sealed(e), float(np.sum(e)))


def _sealed(array: np.ndarray) -> np.ndarray:
    """``array`` itself, made read-only: only for arrays made during this call."""
    array.flags.writeable = False
    return array
