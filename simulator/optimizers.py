"""Optimizers: how a gradient becomes a change of the weights.

The formulas are those of *deep-learning-from-scratch* ``common/optimizer.py``,
the book the seeds come from, so a reader can put the two side by side:

- SGD:       ``W ← W - η·∂E/∂W``
- Momentum:  ``v ← μ·v - η·∂E/∂W``;  ``W ← W + v``
- Adam:      ``m ← m + (1-β₁)(g - m)``;  ``v ← v + (1-β₂)(g² - v)``;
  ``W ← W - η_t · m / (√v + ε)`` with ``η_t = η·√(1-β₂ᵗ) / (1-β₁ᵗ)``

Each optimizer is a small object with ``update(params, grads)``.  ``params`` is
``Network.parameters()`` (the network's own arrays, changed in place) and
``grads`` is ``gradient_arrays(grads)``, the matching gradients in the same order.
The optimizer keeps its own state (velocities, moments) per position in that list.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .kernels import bare, constant

_add, _sub, _mul, _div, _sqrt = np.add, np.subtract, np.multiply, np.divide, np.sqrt
_copyto = bare(np.copyto)


class Optimizer:
    """Base class: a learning rate and per-parameter state.

    Subclasses name their state arrays in ``_state_names`` and implement
    ``_step(params, grads)``.
    """

    _state_names: tuple[str, ...] = ()

    def __init__(self, learning_rate: float):
        self.learning_rate = learning_rate
        self._buffers: dict[tuple, np.ndarray] = {}  # see _scratch
        self._spares: list[np.ndarray] = []  # see trial
        self._undo = None
        self.reset()

    @property
    def learning_rate(self) -> float:
        """The step size η; the UI may change it between steps."""
        return self._lr

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        value = float(value)
        if not value > 0 or not math.isfinite(value):
            raise ValueError(f"the learning rate must be a positive finite number, got {value}")
        self._lr = value
        self._lr0 = constant(value)  # NumPy takes a 0-d array faster than a float

    def reset(self) -> None:
        """Forget all state, as if no step had been taken."""
        for name in self._state_names:
            setattr(self, name, None)
        self.iter = 0

    def update(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        """Change every array of ``params`` in place by one step.

        Parameters
        ----------
        params : list of ndarray
            The network's trainable arrays (``Network.parameters()``).
        grads : list of ndarray
            ``∂E/∂p`` for each, same shapes and order
            (``layer.gradient_arrays(grads)``).
        """
        if len(params) != len(grads):
            raise ValueError(f"{len(params)} parameter arrays but {len(grads)} gradients")
        if self._state_names:
            self._ensure_state(params)
        self.iter += 1
        self._step(params, grads)

    def _step(self, params, grads) -> None:
        raise NotImplementedError

    # ---- one step on one flat array, that can be taken back -----------------
    def trial(self, p: np.ndarray, g: np.ndarray) -> None:
        """``update([p], [g])``, keeping what ``undo`` needs to take it back.

        A trainer steps all its weights as one flat array ``p`` (P,) by its
        gradient ``g`` (P,), then checks them; this costs no copy of the state.
        The new state goes into spare arrays that then swap with the old ones,
        so ``undo`` swaps them back (an update in place would need a copy).
        """
        names = self._state_names
        if names:
            state = getattr(self, names[0])
            if state is None or len(state) != 1 or state[0].shape != p.shape:
                # The first step on these shapes starts the state afresh: keep it whole.
                self._undo = self.state()
                self.update([p], [g])
                return
        spares = self._spares
        if not spares or spares[0].shape != p.shape:
            spares = self._spares = [np.empty_like(p) for _ in range(len(names) + 2)]
        self._undo = None
        self.iter += 1
        self._trial_step(p, g, spares)
        self._swap()

    def undo(self) -> None:
        """Take back the last ``trial`` (not its change of ``p``: the caller keeps ``p``)."""
        if self._undo is not None:
            self.set_state(self._undo)
            return
        self.iter -= 1
        self._swap()

    def _swap(self) -> None:
        """Exchange each state array with its spare."""
        spares = self._spares
        for i, name in enumerate(self._state_names):
            state = getattr(self, name)
            state[0], spares[i] = spares[i], state[0]

    def _trial_step(self, p, g, spares) -> None:
        """``_step([p], [g])``, the new state written into ``spares`` (one array a
        state name, then two temporaries)."""
        raise NotImplementedError

    def gradient_buffer(self, size: int) -> np.ndarray:
        """An array (size,) for a trainer to write its flat gradient into, for
        ``trial``: any array will do, but this one may save the optimizer a copy."""
        return np.empty(size)

    def _scratch(self, p: np.ndarray, k: int) -> np.ndarray:
        """Temporary ``k`` of ``p``'s shape: the formulas write into it, not into new
        arrays (the same numbers; a trainer steps thousands of times a second)."""
        key = (p.shape, k)
        s = self._buffers.get(key)
        if s is None:
            s = self._buffers[key] = np.empty(p.shape)
        return s

    # ---- state, so a trainer can take back a step exactly --------------------
    def _ensure_state(self, params) -> None:
        # State follows the parameters' shapes; a network edited since the last
        # step (layer added, resized) starts the optimizer afresh.
        if not _same_shapes(params, getattr(self, self._state_names[0])):
            for name in self._state_names:
                setattr(self, name, [np.zeros_like(p) for p in params])
            self.iter = 0

    def state(self, into=None):
        """A copy of the state: ``(iter, {name: list of ndarray or None})``.

        Parameters
        ----------
        into : state, optional
            An earlier ``state()`` whose arrays are overwritten (``np.copyto``)
            where the shapes still fit, so a trainer that saves the state before
            every step allocates nothing; that earlier state is then this one.
        """
        arrays = {}
        old = {} if into is None else into[1]
        for name in self._state_names:
            value = getattr(self, name)
            arrays[name] = None if value is None else _copy_arrays(value, old.get(name))
        return self.iter, arrays

    def set_state(self, state) -> None:
        """Restore a ``state()``: later steps continue exactly from there."""
        self.iter, arrays = state
        for name, value in arrays.items():
            setattr(self, name, None if value is None else [a.copy() for a in value])

    def _settings(self) -> str:
        return f"learning_rate={self.learning_rate:g}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings()})"


class SGD(Optimizer):
    """Stochastic gradient descent: ``W ← W - η·∂E/∂W``.

    Parameters
    ----------
    learning_rate : float
        η.
    """

    def __init__(self, learning_rate: float = 0.01):
        super().__init__(learning_rate)

    def state(self, into=None):
        """SGD keeps no state but the step count."""
        return self.iter, {}

    def _step(self, params, grads) -> None:
        lr = self._lr0
        for p, g in zip(params, grads):
            _sub(p, _mul(g, lr, self._scratch(p, 0)), p)  # p -= lr·g

    def _trial_step(self, p, g, spares) -> None:
        _sub(p, _mul(g, self._lr0, spares[0]), p)


class Momentum(Optimizer):
    """SGD with momentum: ``v ← μ·v - η·∂E/∂W``, then ``W ← W + v``.

    Parameters
    ----------
    learning_rate : float
        η.
    momentum : float
        μ, in [0, 1): how much of the last step is kept.
    """

    _state_names = ("v",)

    def __init__(self, learning_rate: float = 0.01, momentum: float = 0.9):
        if not 0.0 <= momentum < 1.0:
            raise ValueError(f"momentum must be in [0, 1), got {momentum}")
        self.momentum = float(momentum)
        self._mu = constant(self.momentum)  # for trial: a 0-d array, the same number
        super().__init__(learning_rate)

    def _step(self, params, grads) -> None:
        lr, mu = self._lr0, self.momentum
        for p, g, v in zip(params, grads, self.v):
            _mul(v, mu, v)
            _sub(v, _mul(g, lr, self._scratch(p, 0)), v)  # v -= lr·g
            _add(p, v, p)

    def _trial_step(self, p, g, spares) -> None:
        v, s, _ = spares
        _mul(self.v[0], self._mu, v)
        _sub(v, _mul(g, self._lr0, s), v)  # v = μ·v - lr·g
        _add(p, v, p)

    def _settings(self) -> str:
        return f"{super()._settings()}, momentum={self.momentum:g}"


class Adam(Optimizer):
    """Adam: running means of the gradient (m) and its square (v).

    Parameters
    ----------
    learning_rate : float
        η.
    beta1, beta2 : float
        Decay rates of m and v, in [0, 1).
    eps : float
        Keeps the division finite; added to √v as in the book.
    """

    _state_names = ("m", "v")

    def __init__(
        self,
        learning_rate: float = 0.001,
        beta1: float = 0.9,
        beta2: float = 0.999,
        eps: float = 1e-7,
    ):
        for name, beta in (("beta1", beta1), ("beta2", beta2)):
            if not 0.0 <= beta < 1.0:
                raise ValueError(f"{name} must be in [0, 1), got {beta}")
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self._eps = constant(self.eps)  # a 0-d array: cheaper for NumPy than a float
        self._stack: _Stack | None = None  # see _trial_step
        super().__init__(learning_rate)

    def _step(self, params, grads) -> None:
        b1, b2, t, eps = self.beta1, self.beta2, self.iter, self.eps
        # math.sqrt and np.sqrt round alike (IEEE); math's skips a NumPy scalar.
        lr_t = self._lr * math.sqrt(1.0 - b2**t) / (1.0 - b1**t)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            s, r = self._scratch(p, 0), self._scratch(p, 1)
            _add(m, _mul(_sub(g, m, s), 1.0 - b1, s), m)  # m += (1-β₁)(g - m)
            _add(v, _mul(_sub(_mul(g, g, s), v, s), 1.0 - b2, s), v)  # v += (1-β₂)(g² - v)
            _div(_mul(m, lr_t, s), _add(_sqrt(v, r), eps, r), s)  # η_t·m / (√v + ε)
            _sub(p, s, p)

    def _trial_step(self, p, g, spares) -> None:
        # _step's operations, m and v stacked as the rows of one (2, P) block and
        # [g, g²] of another, so that both moments take one call an operation; the
        # new block is written beside the old one, which _swap then exchanges.
        k = self._stack_for(p.shape[0])
        if self.m[0] is not k.m or self.v[0] is not k.v:  # state set since: take it in
            _copyto(k.m, self.m[0])
            _copyto(k.v, self.v[0])
        if g is not k.g:
            _copyto(k.g, g)
        now, new, grads, temp, betas = k.flat
        _mul(k.g, k.g, k.g2)
        _sub(grads, now, temp)  # [g - m, g² - v]
        _add(now, _mul(temp, betas, temp), new)  # [m + (1-β₁)(g - m), v + (1-β₂)(g² - v)]
        lr_t = self._lr * math.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        s, r = k.s, k.r
        _div(_mul(k.m_new, lr_t, s), _add(_sqrt(k.v_new, r), self._eps, r), s)  # η_t·m / (√v + ε)
        _sub(p, s, p)

    def _swap(self) -> None:
        self.m, self.v = self._stack.swap()

    def gradient_buffer(self, size: int) -> np.ndarray:
        """The g row of the [g, g²] block: ``trial`` then needs no copy of the gradient."""
        return self._stack_for(size).g

    def _stack_for(self, size: int) -> _Stack:
        k = self._stack
        if k is None or k.r.shape[0] != size:
            k = self._stack = _Stack(size, self.beta1, self.beta2)
        return k

    def __getstate__(self) -> dict:
        # The stack's rows are views of its blocks, which a pickle would copy apart.
        state = self.__dict__.copy()
        state["_stack"] = None
        return state

    def _settings(self) -> str:
        return (
            f"{super()._settings()}, beta1={self.beta1:g}, beta2={self.beta2:g}, eps={self.eps:g}"
        )


class _Stack:
    """Adam's arrays for a trial step on P weights, in blocks (2, P): the state [m, v],
    the next state, [g, g²] and a temporary.  ``flat`` holds them as (2P,) views, with
    [1-β₁ ×P, 1-β₂ ×P]: one plain call then does both rows (NumPy broadcasts a (2, 1)
    factor at twice the cost).  Rows: ``m``, ``v`` (the state), ``m_new``, ``v_new``,
    ``g``, ``g2``, ``s`` (the temporary's first); ``r`` (P,) is one more temporary."""

    __slots__ = ("m", "v", "m_new", "v_new", "g", "g2", "s", "r", "flat", "_faces")

    def __init__(self, size: int, beta1: float, beta2: float):
        grads, temp, self.r = np.zeros((2, size)), np.empty((2, size)), np.empty(size)
        self.g, self.g2 = grads
        self.s = temp[0]
        # Each state block's faces: its (2P,) view, its rows, and Adam's ([m], [v]).
        self._faces = []
        for block in np.zeros((2, size)), np.zeros((2, size)):
            m, v = block
            self._faces.append((block.reshape(-1), m, v, ([m], [v])))
        betas = np.repeat([1.0 - beta1, 1.0 - beta2], size)  # the numbers of _step
        self.flat = [None, None, grads.reshape(-1), temp.reshape(-1), betas]
        self._faces.reverse()
        self.swap()

    def swap(self) -> tuple[list, list]:
        """Make the next state the state, and the old one the block to write next;
        return the state as Adam holds it, ``([m], [v])``."""
        faces = self._faces
        faces.reverse()
        (now, self.m, self.v, lists), (new, self.m_new, self.v_new, _) = faces
        self.flat[:2] = now, new
        return lists


def _same_shapes(arrays, others) -> bool:
    """Whether two lists of arrays have the same shapes, pair by pair (a loop, not
    ``any`` over a generator: a trainer asks this twice a step)."""
    if others is None or len(others) != len(arrays):
        return False
    for a, b in zip(arrays, others):  # noqa: SIM110 (all() of a generator costs 3× this)
        if a.shape != b.shape:
            return False
    return True


def _copy_arrays(arrays, buffers):
    """Copies of ``arrays``, written into ``buffers`` when they have the same shapes."""
    if not _same_shapes(arrays, buffers):
        return [a.copy() for a in arrays]
    for b, a in zip(buffers, arrays):
        _copyto(b, a)
    return buffers
