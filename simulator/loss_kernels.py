"""The losses of :mod:`~simulator.losses` for a trainer's hot path (see ``kernels``).

``loss_kernel(loss, h)`` gives ``f(a, z, t, scratch, k=None) -> (value, grad_z,
delta)`` for an output layer of activation ``h`` whose forward kernel has just
computed ``z = h(a)``: ``value`` is the batch's mean loss, ``grad_z = dE/dz`` (None
when the loss starts from the weighted input), ``delta = dE/da`` (None when the
layer's own backward kernel is to take it from ``grad_z``); arrays (N, n_out).
The same operations as ``losses`` in the same order, so the same numbers.

``k`` is what the loss takes of the targets alone (``target_term``: 1 - t for
binary cross-entropy, Σₖ tₖ a row for cross-entropy), which a trainer computes
once a pass for all its points rather than once a mini-batch; without it the
kernel computes it.
"""

from __future__ import annotations

import numpy as np

from .kernels import ONE, ZERO, Scratch
from .losses import get_loss, on_weighted_input

_neg, _log, _log1p = np.negative, np.log, np.log1p
_add, _sub, _mul, _div = np.add, np.subtract, np.multiply, np.divide
_sum, _maximum = np.add.reduce, np.maximum


def _complement(T, out):
    """1 - t, as binary cross-entropy weighs the off terms."""
    return _sub(ONE, T, out)


def _row_sums(T, out):
    """Σₖ tₖ of each row (N, 1), as cross-entropy's δ = z·Σt - t takes it."""
    return _sum(T, -1, None, out, True)


def target_term(loss: str):
    """``(fill, columns)`` of the term the fused kernels of ``loss`` take of the targets
    (see the module), or None: ``fill(T, out)`` computes it for targets T (N, n_out)
    into ``out`` (N, columns), columns None meaning n_out."""
    if loss == "binary_cross_entropy":
        return _complement, None
    if loss == "cross_entropy":
        return _row_sums, 1
    return None


def _mse(a, z, t, s: Scratch, k=None):
    # losses._mse_both: d = y - t, E = ½·Σd² / N, dE/dz = d / N.
    d = _sub(z, t, s.grad_z)
    value = 0.5 * float(_sum(_mul(d, d, s.u), None)) / a.shape[0]
    return value, _div(d, s.count, d), None


def _softmax_cross_entropy(a, z, t, s: Scratch, k=None):
    # losses._softmax_ce and _softmax_ce_delta, with the softmax's forward pass's
    # a - max a (s.t) and Σ e^(a - max a) (s.total): log z = (a - max a) - log Σ.
    log_z = _sub(s.t, _log(s.total), s.u)
    value = -float(_sum(_mul(t, log_z, s.u), None)) / a.shape[0]
    delta = _mul(z, _row_sums(t, None) if k is None else k, s.delta)
    return value, None, _div(_sub(delta, t, delta), s.count, delta)


def _sigmoid_binary_cross_entropy(a, z, t, s: Scratch, k=None):
    # losses._sigmoid_bce: softplus(±a) = max(±a, 0) + log(1 + e^(-|a|)), with the
    # sigmoid's forward pass's e^(-|a|) (s.t).
    log1p_e = _log1p(s.t, s.t)
    on = _add(_maximum(_neg(a, s.u), ZERO, out=s.u), log1p_e, s.u)  # softplus(-a)
    off = _add(_maximum(a, ZERO, out=s.delta), log1p_e, s.delta)  # softplus(a)
    off_t = _complement(t, s.grad_z) if k is None else k
    terms = _add(_mul(t, on, on), _mul(off_t, off, off), on)
    value = float(_sum(terms, None)) / a.shape[0]
    return value, None, _div(_sub(z, t, s.delta), s.count, s.delta)


_FUSED = {
    ("cross_entropy", "softmax"): _softmax_cross_entropy,
    ("binary_cross_entropy", "sigmoid"): _sigmoid_binary_cross_entropy,
}


def loss_kernel(loss: str, name: str):
    """The loss ``loss`` of an output layer of activation ``name`` (see the module)."""
    if loss == "mse":
        return _mse  # whatever the activation: E is taken of the outputs
    fused = _FUSED.get((loss, name))
    if fused is not None:
        return fused
    form = on_weighted_input(loss, name)
    if form is not None:

        def from_weighted_input(a, z, t, s: Scratch, k=None):
            return form.value(a, t), None, form.delta(a, z, t)

        return from_weighted_input
    both = get_loss(loss).value_and_grad

    def from_outputs(a, z, t, s: Scratch, k=None):
        value, grad_z = both(z, t)
        return value, grad_z, None

    return from_outputs
