"""The training step's arithmetic, written into buffers the caller made once.

The activations and losses of :mod:`~simulator.activations` and
:mod:`~simulator.losses`, redone for a trainer's hot path: the same NumPy
operations in the same order, so the same numbers bit for bit, but each result
goes into a preallocated array (``out=``) and work that two formulas share is
done once.  On a classroom's small networks a step costs NumPy calls, not
arithmetic (a call on 40 numbers costs as much as the arithmetic on 4,000), so:

- sigmoid's output and binary cross-entropy share ``e^(-|a|)``; softmax and its
  cross-entropy share ``a - max a`` and ``Σ e^(a - max a)``;
- constants are 0-d arrays, which NumPy takes faster than Python numbers;
- sigmoid's ``-|a|`` is ``copysign(a, -1)``, the same bits in one call;
- tanh's and sigmoid's derivatives ``1 - z²`` and ``z (1 - z)`` are taken for
  all such layers at once (see :class:`Derivatives`).

Kernels take a layer's weighted inputs ``a`` and, where they need them, its
outputs ``z = h(a)``, the targets ``t`` and ``dE/dz`` (``grad_z``), all of shape
(N, n_out), and the layer's :class:`Scratch`.  Activations without a kernel here
use their own ``func`` and ``backward`` (which allocate), so every one trains.
"""

from __future__ import annotations

import numpy as np

from .activations import get_activation


def bare(func):
    """NumPy's ``func`` without its ``__array_function__`` dispatch (the C function
    itself, where NumPy names it): the same result on plain arrays, a microsecond less
    a call, which counts at thousands of calls a step."""
    return getattr(func, "_implementation", func)


def constant(value: float) -> np.ndarray:
    """``value`` as a read-only 0-d float array (cheaper for NumPy than a Python float)."""
    out = np.array(float(value))
    out.flags.writeable = False
    return out


ONE, ZERO, MINUS_ONE = constant(1.0), constant(0.0), constant(-1.0)
_copysign, _exp = np.copysign, np.exp
_add, _sub, _mul, _div = np.add, np.subtract, np.multiply, np.divide
_sum, _max, _maximum, _where = np.add.reduce, np.maximum.reduce, np.maximum, bare(np.where)
_tanh, _greater, _greater_equal = np.tanh, np.greater, np.greater_equal


class Scratch:
    """One layer's arrays for a batch of N, each (N, n): ``a``, ``z``, ``delta``,
    ``grad_z``, ``d`` (h'(a), when taken in a group) and the temporaries ``t``,
    ``u`` (float) and ``mask`` (bool); ``zT`` is z's transpose (a view made once),
    ``total`` softmax's Σe (N, 1) of the last pass and ``count`` N as a 0-d array."""

    __slots__ = ("a", "z", "zT", "delta", "grad_z", "d", "t", "u", "mask", "total", "count")

    def __init__(self, n: int, width: int, z=None, d=None, delta=None):
        shape = (n, width)
        self.a, self.grad_z = np.empty(shape), np.empty(shape)
        self.delta = np.empty(shape) if delta is None else delta
        self.z = np.empty(shape) if z is None else z
        self.zT = self.z.T
        self.d = d
        self.t, self.u, self.mask = np.empty(shape), np.empty(shape), np.empty(shape, bool)
        self.total, self.count = None, constant(n)


# ---- z = h(a) --------------------------------------------------------------------


def _tanh_forward(a, s: Scratch, slope=None):
    return _tanh(a, s.z)


TANH_FORWARD = _tanh_forward
"""tanh's kernel: ``np.tanh(a, s.z)``, which a plan may call itself."""


def _relu_forward(a, s: Scratch, slope=None):
    return _maximum(a, ZERO, out=s.z)


def _identity_forward(a, s: Scratch, slope=None):
    # z = a: a's buffer is not written again before the backward pass reads it.
    return a


def _sigmoid_forward(a, s: Scratch, slope=None):
    # activations._sigmoid: e = e^(-|a|), then 1/(1 + e) where a ≥ 0, else e/(1 + e);
    # the numerator chosen first, so one division does both sides.  Leaves e in s.t.
    # -|a| is a with its sign bit set: copysign gives it bit for bit in one call.
    e = _exp(_copysign(a, MINUS_ONE, s.t), s.t)
    _greater_equal(a, ZERO, s.mask)
    return _div(_where(s.mask, ONE, e), _add(e, ONE, s.u), s.z)


def _softmax_forward(a, s: Scratch, slope=None):
    # activations._softmax: subtract the row's max, e^, divide by the row's sum.
    # Leaves a - max a in s.t and the sum in s.total, for the cross-entropy.
    shifted = _sub(a, _max(a, -1, keepdims=True), s.t)
    e = _exp(shifted, s.u)
    s.total = _sum(e, -1, keepdims=True)
    return _div(e, s.total, s.z)


_FORWARD = {
    "tanh": _tanh_forward,
    "relu": _relu_forward,
    "identity": _identity_forward,
    "sigmoid": _sigmoid_forward,
    "softmax": _softmax_forward,
}


def forward_kernel(name: str):
    """``f(a, scratch, slope=None) -> z``: the activation ``name`` of weighted inputs a (N, n)."""
    kernel = _FORWARD.get(name)
    if kernel is not None:
        return kernel
    act = get_activation(name)
    func, default = act.func, act.default_slope

    def generic(a, s: Scratch, slope=None):
        return func(a, default if slope is None else slope)

    return generic


# ---- h'(a), for a group of layers at once -----------------------------------------


def _tanh_derivative(z, d):
    # 1 - z², as activations._tanh_chain (z**2 is z·z)
    _sub(ONE, _mul(z, z, d), d)


def _sigmoid_derivative(z, d):
    # z (1 - z), as activations._sigmoid_chain
    _mul(z, _sub(ONE, z, d), d)


GROUPED = {"tanh": _tanh_derivative, "sigmoid": _sigmoid_derivative}
"""The activations whose h'(a) comes from z alone, taken for all their layers at once."""


class Derivatives:
    """The outputs z and derivatives h'(a) of every layer of one activation, in one block.

    Each layer's ``z`` and ``d`` (N, n) are consecutive pieces of two flat arrays,
    so ``take()`` computes every ``d`` with two NumPy calls however many layers
    share the activation; ``δ = dE/dz · d`` is then one call a layer.

    Parameters
    ----------
    name : {"tanh", "sigmoid"}
    n : int
        Samples in the batch.
    widths : list of int
        The layers' numbers of neurons.

    Attributes
    ----------
    z, d : ndarray, shape (n · Σ widths,)
        The block of outputs and of derivatives; ``derive(z, d)`` is ``take()``.
    pieces : list of (ndarray, ndarray)
        Each layer's ``(z, d)``, (n, width) views of the blocks.
    """

    def __init__(self, name: str, n: int, widths):
        total = n * sum(widths)
        self.z, self.d, self.derive = np.empty(total), np.empty(total), GROUPED[name]
        self.pieces = []
        start = 0
        for width in widths:
            stop = start + n * width
            piece = (self.z[start:stop].reshape(n, width), self.d[start:stop].reshape(n, width))
            self.pieces.append(piece)
            start = stop

    def take(self) -> None:
        """Compute every layer's ``d`` from its ``z`` of the forward pass just run."""
        self.derive(self.z, self.d)


# ---- δ = dE/da from dE/dz ----------------------------------------------------------


def _grouped_backward(a, z, grad_z, s: Scratch, slope):
    return _mul(grad_z, s.d, s.delta)


def _relu_backward(a, z, grad_z, s: Scratch, slope):
    # Multiplying by the boolean mask gives the numbers of activations._relu_chain.
    return _mul(grad_z, _greater(a, ZERO, s.mask), s.delta)


def _identity_backward(a, z, grad_z, s: Scratch, slope):
    return grad_z  # grad_z · 1, exactly


_BACKWARD = {"relu": _relu_backward, "identity": _identity_backward}


def backward_kernel(name: str, grouped: bool):
    """``f(a, z, grad_z, scratch, slope) -> delta``: the chain rule through ``name``.

    ``grouped``: the layer's ``scratch.d`` holds h'(a), taken by ``Derivatives``.
    """
    if grouped:
        return _grouped_backward
    kernel = _BACKWARD.get(name)
    if kernel is not None:
        return kernel
    backward = get_activation(name).backward

    def generic(a, z, grad_z, s: Scratch, slope):
        return backward(a, z, grad_z, slope)

    return generic
