"""A trainer's step, fused: forward, loss and backward into arrays made once.

``Network.loss_and_gradients`` serves a student's single pass: it checks its
input, keeps a ``LayerCache`` per layer and returns fresh ``LayerGradient``
objects.  A trainer takes thousands of steps a second on the same network, where
those Python objects and NumPy's temporaries cost more than the arithmetic (a
2-4-2-1 network on 10 samples does 180 multiplications a layer pass).  A
:class:`StepPlan` is made for one network's shape: it holds every layer's
``a``, ``z`` and ``δ`` buffers per batch size and writes ``dW``, ``db`` (and
PReLU's ``dα``) straight into one flat gradient array laid out like the
trainer's packed weights.  Its numbers are ``loss_and_gradients``' bit for bit:
the same arithmetic in the same order (see :mod:`~simulator.kernels`), in the
cheapest calls that give it (``b`` copied into an (N, n) array and added, as two
plain calls cost less than one broadcasting add; tanh's ufunc called directly).

The plan keeps the arrays it was made from; :meth:`StepPlan.fits` tells when an
edit (a layer resized, added or removed, an activation changed, a weight array
replaced) calls for a new one.
"""

from __future__ import annotations

import numpy as np

from .activations import RRELU_LOWER, RRELU_UPPER
from .bias_sums import BiasSums
from .kernels import (
    GROUPED,
    TANH_FORWARD,
    Derivatives,
    Scratch,
    backward_kernel,
    bare,
    forward_kernel,
)
from .loss_kernels import loss_kernel
from .losses import on_weighted_input

_dot, _where, _copyto, _take = bare(np.dot), bare(np.where), bare(np.copyto), np.ndarray.take
_add, _mul, _sum, _tanh = np.add, np.multiply, np.add.reduce, np.tanh

# How a layer's negative-side slope is found each pass (see Layer.slope).
_NO_SLOPE, _PRELU, _LEAKY, _RRELU = range(4)
_SLOPE_KIND = {"prelu": _PRELU, "leaky_relu": _LEAKY, "rrelu": _RRELU}


class _LayerPlan:
    """One layer's part of the plan: its arrays, kernels and gradient views."""

    __slots__ = ("layer", "W", "WT", "b", "alpha", "act", "grouped", "forward", "backward")
    __slots__ += ("slope", "dW", "db", "dalpha", "W2")

    def __init__(self, layer, grad: np.ndarray, start: int, grouped: bool):
        self.layer, self.W, self.b, self.act = layer, layer.W, layer.b, layer._act
        self.WT = self.W.T  # made once: a view costs about as much as a small product
        name = self.act.name
        self.slope = _SLOPE_KIND.get(name, _NO_SLOPE)
        self.alpha = layer._alpha if self.slope == _PRELU else None
        self.grouped = grouped
        self.forward, self.backward = forward_kernel(name), backward_kernel(name, grouped)
        n_in, n_out = self.W.shape
        stop = start + n_in * n_out
        self.dW = grad[start:stop].reshape(n_in, n_out)
        self.db = grad[stop : stop + n_out]
        self.dalpha = grad[stop + n_out : stop + n_out + 1] if self.alpha is not None else None
        self.W2 = np.empty_like(self.W)  # W·W or l2·W, for weight decay

    @property
    def size(self) -> int:
        """How many numbers of the flat gradient are this layer's."""
        return self.W.size + self.b.size + (0 if self.alpha is None else 1)

    def slope_now(self, shape, training: bool, rng):
        """The negative-side slope of this pass, as ``Layer.slope`` gives it."""
        kind = self.slope
        if kind == _NO_SLOPE:
            return None
        if kind == _PRELU:
            return float(self.alpha[0])
        if kind == _LEAKY:
            return self.layer._leaky_slope
        if kind == _RRELU and training:
            return rng.uniform(RRELU_LOWER, RRELU_UPPER, size=shape)
        return None


class _Batch:
    """A plan's arrays for one batch size, in the order the passes use them.

    ``rows`` go up, a layer each: ``(W, b's (N, n) copy, a, Scratch, forward
    kernel, call, arg)``, where ``call(a, arg)`` is the kernel without a slope
    (tanh's ufunc itself, into z); the copies of b are pieces of one block that
    ``tile(biases)`` fills (one ``take``, where a copy a layer costs a call each),
    ``biases`` being the (P,) weights all the layers' b view, or None (then each
    b is copied into its piece); ``down`` goes from the output layer down:
    ``(dW, db, Wᵀ, the Scratch below or None, the layer's plan, the z and zᵀ
    buffers below, whether the layer below is grouped)``; ``kernels`` are the
    layers' backward kernels, ``groups`` ``(derivative, z, d)`` of each group.
    """

    __slots__ = ("scratch", "groups", "rows", "down", "kernels", "_tiles", "_where", "_copies")
    __slots__ += ("sums",)

    def __init__(self, plans, scratch, groups, offsets, sums=(), members=()):
        self.scratch, self.sums = scratch, sums
        self.groups = [(g.derive, g.z, g.d) for g in groups]
        n = scratch[0].a.shape[0]
        widths = [p.W.shape[1] for p in plans]
        # tiles[i] = biases[where[i]]: each layer's b, offsets[i] on, repeated n times.
        self._tiles = np.empty(n * sum(widths))
        self._where = np.concatenate(
            [np.tile(np.arange(o, o + w), n) for o, w in zip(offsets, widths)]
        )
        self.rows = []
        start = 0
        for p, s in zip(plans, scratch):
            call, arg = (_tanh, s.z) if p.forward is TANH_FORWARD else (p.forward, s)
            tile = self._tiles[start : start + s.a.size].reshape(s.a.shape)
            start += s.a.size
            self.rows.append((p.W, tile, s.a, s, p.forward, call, arg))
        self._copies = [(row[1], p.b) for row, p in zip(self.rows, plans)]
        self.down = [
            (p.dW, None if i in members else p.db, p.WT, b, p)
            + ((b.z, b.zT, q.grouped) if b else (None, None, False))
            for i, (p, b, q) in enumerate(zip(plans, [None, *scratch[:-1]], [None, *plans[:-1]]))
        ][::-1]
        self.kernels = [p.backward for p in plans]

    def tile(self, biases) -> None:
        """Copy every layer's b into its rows of the block (see the class)."""
        if biases is not None:
            _take(biases, self._where, 0, self._tiles, "clip")
        else:
            for tile, b in self._copies:
                _copyto(tile, b)


class StepPlan:
    """The fused training step of one network (see the module docstring).

    Parameters
    ----------
    net : Network
        Its layers' arrays are read where they are at each step, and checked by
        ``fits``: a trainer packs them before it makes the plan.
    grad : ndarray, shape (P,)
        Where the gradients go, in the order of ``net.parameters()``.
    loss : str
        As for ``Network.loss_and_gradients``.
    weights : ndarray, shape (P,), optional
        The buffer the layers' arrays view, laid out like ``grad`` (a trainer's
        packed weights): the biases are then copied out of it in one call.
    """

    def __init__(self, net, grad: np.ndarray, loss: str, weights: np.ndarray | None = None):
        self.loss, self.grad, self._weights = loss, grad, weights
        last = net.layers[-1]
        # The output's δ comes from the loss when it is taken of the weighted input.
        from_a = on_weighted_input(loss, last.activation) is not None
        self._layers = []
        self._offsets = []  # where each layer's b starts in grad (and weights)
        start = 0
        for i, layer in enumerate(net.layers):
            grouped = layer.activation in GROUPED and not (from_a and i == len(net.layers) - 1)
            plan = _LayerPlan(layer, grad, start, grouped)
            self._layers.append(plan)
            self._offsets.append(start + layer.W.size)
            start += plan.size
        self._sums = BiasSums(self._layers, self._offsets, grad)
        if start != grad.size:
            raise ValueError(f"{grad.size} gradients for {start} parameters")
        self._loss = loss_kernel(loss, last.activation)
        self._batches: dict[int, _Batch] = {}
        # Every layer's slope is None unless one has a slope activation.
        self._no_slopes = None if any(p.slope for p in self._layers) else [None] * len(net.layers)

    def fits(self, layers) -> bool:
        """Whether ``layers`` (``net.layers``) are still the arrays and activations planned."""
        plans = self._layers
        if len(layers) != len(plans):
            return False
        for layer, plan in zip(layers, plans):
            if (
                layer is not plan.layer
                or layer.W is not plan.W
                or layer.b is not plan.b
                or layer._act is not plan.act
                or (plan.alpha is not None and layer._alpha is not plan.alpha)
            ):
                return False
        return True

    def _batch(self, n: int) -> _Batch:
        """Every layer's arrays for batches of ``n`` (made on the first batch of ``n``)."""
        groups, pieces = [], {}
        for name in GROUPED:
            widths = [p.W.shape[1] for p in self._layers if p.grouped and p.act.name == name]
            if widths:
                group = Derivatives(name, n, widths)
                groups.append(group)
                pieces[name] = iter(group.pieces)
        deltas, sums = self._sums.blocks(n)
        scratch = []
        for i, p in enumerate(self._layers):
            z, d = next(pieces[p.act.name]) if p.grouped else (None, None)
            scratch.append(Scratch(n, p.W.shape[1], z, d, deltas.get(i)))
        batch = _Batch(self._layers, scratch, groups, self._offsets, sums, self._sums.members)
        self._batches[n] = batch
        return batch

    def forward(self, X: np.ndarray, T: np.ndarray, training: bool = False, rng=None, K=None):
        """Run forward and take the loss.

        Parameters
        ----------
        X : ndarray, shape (N, n_in)
        T : ndarray, shape (N, n_out)
        training, rng
            As in ``Network.forward``: RReLU's random slopes.
        K : ndarray, optional
            The loss's ``target_term`` of T, if computed already.

        Returns
        -------
        value : float
            The batch's mean loss (without weight decay).
        Y : ndarray, shape (N, n_out)
            The outputs, in the plan's buffer (valid until its next pass).
        tape : tuple
            ``(xs, slopes, grad_z, delta, batch)``: every layer's input x and
            slope, the output layer's ``dE/dz`` (None if the loss starts from a)
            and ``dE/da`` (None if its backward kernel is to take it), and the
            batch's arrays: what ``backward`` needs.
        """
        batch = self._batches.get(X.shape[0]) or self._batch(X.shape[0])
        slopes = self._no_slopes
        xs = [X]
        x = X
        # a = x·W, then + b as Layer.forward adds it, from b copied into a full
        # (N, n) array: two plain calls cost less than one broadcasting add.
        batch.tile(self._weights)
        if slopes is not None:  # no layer takes a slope: each kernel's call will do
            for W, tile, a, _, _, call, arg in batch.rows:
                _dot(x, W, a)
                _add(a, tile, a)
                x = call(a, arg)
                xs.append(x)
        else:  # drawn before the pass, in the order the layers draw them
            slopes = [
                p.slope_now(s.a.shape, training, rng) for p, s in zip(self._layers, batch.scratch)
            ]
            for (W, tile, a, s, kernel, _, _), slope in zip(batch.rows, slopes):
                _dot(x, W, a)
                _add(a, tile, a)
                x = kernel(a, s, slope)
                xs.append(x)
        value, grad_z, delta = self._loss(a, x, T, batch.scratch[-1], K)
        return value, x, (xs, slopes, grad_z, delta, batch)

    def backward(self, tape, l2: float) -> None:
        """Fill ``grad`` with ``dE/dW``, ``dE/db`` (and ``dE/dα``) from a forward ``tape``."""
        xs, slopes, grad_z, delta, batch = tape
        for derive, z, d in batch.groups:
            derive(z, d)
        i = len(xs) - 2  # the output layer
        s = batch.scratch[i]
        if delta is None:
            delta = batch.kernels[i](s.a, xs[i + 1], grad_z, s, slopes[i])
        for dW, db, WT, below, plan, z, zT, grouped in batch.down:
            x = xs[i]
            # x is the layer below's z buffer but for the data and allocating kernels
            _dot(zT if x is z else x.T, delta, dW)
            if db is not None:  # else summed with its run's (see bias_sums)
                _sum(delta, 0, None, db)
            if plan.dalpha is not None:
                plan.dalpha[0] = self._dalpha(s.a, grad_z)
            if l2:
                _add(dW, _mul(plan.W, l2, plan.W2), dW)
            if below is None:
                break
            grad_z = _dot(delta, WT, below.grad_z)
            i -= 1
            s = below
            if grouped:  # h'(a) was taken with its group: δ = dE/dz · h'(a)
                delta = _mul(grad_z, s.d, s.delta)
            else:
                delta = batch.kernels[i](s.a, xs[i + 1], grad_z, s, slopes[i])
        for block, db in batch.sums:
            _sum(block, 1, None, db)

    @staticmethod
    def _dalpha(a, grad_z) -> float:
        # Layer.gradient: PReLU's slope gets dE/dz · a wherever a ≤ 0.
        return 0.0 if grad_z is None else float(np.sum(_where(a > 0, 0.0, grad_z * a)))

    def loss_and_gradients(self, X, T, l2: float, rng, K=None) -> float:
        """One training pass: ``grad`` filled, the loss (with ``l2/2 · Σ W²``) returned.

        Parameters
        ----------
        X : ndarray, shape (N, n_in)
        T : ndarray, shape (N, n_out)
        l2 : float
        rng : numpy.random.Generator
            RReLU's slopes.
        K : ndarray, optional
            As for ``forward``.
        """
        value, _, tape = self.forward(X, T, True, rng, K)
        self.backward(tape, l2)
        if l2:
            value += 0.5 * l2 * self.penalty()
        return value

    def penalty(self) -> float:
        """``Σ W²`` over the layers, summed as ``Network.loss_and_gradients`` does."""
        total = 0
        for plan in self._layers:
            total += float(_sum(_mul(plan.W, plan.W, plan.W2), None))
        return total
