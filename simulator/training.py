"""Training in mini-batches, one step at a time, so a UI can drive it.

``Trainer.step()`` takes the next mini-batch of a shuffled pass through the data,
computes the loss and gradients, and lets the optimizer change the weights.
``Trainer.epoch()`` finishes the current pass.  Both are reproducible from
``seed``.  A step that would make the loss or any weight non-finite raises
:class:`TrainingDiverged` and leaves the weights and the optimizer exactly as
they were before it.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

import numpy as np

from .layer import gradient_arrays
from .limits import MAX_VALUE, check_values
from .losses import get_loss, output_loss
from .network import Network
from .optimizers import SGD, Optimizer


class TrainingDiverged(Exception):
    """A step would have made the loss or a weight infinite or nan; it was undone.

    Attributes
    ----------
    cause : {"loss", "weights"}
        What would have become non-finite.
    step : int
        The step (counting from 1) that was refused.
    learning_rate : float
        The learning rate in use, which is usually too large.
    """

    def __init__(self, cause: str, step: int, learning_rate: float, detail: str = ""):
        self.cause, self.step, self.learning_rate = cause, step, learning_rate
        what = "the loss became" if cause == "loss" else "the weights would become"
        super().__init__(
            f"training diverged at step {step}: {what} non-finite{detail}; the weights are "
            f"unchanged. Try a lower learning rate (now {learning_rate:g})."
        )


@dataclass(frozen=True)
class EpochRecord:
    """What one finished pass through the training data gave.

    Attributes
    ----------
    epoch : int
        Counting from 1.
    loss : float
        Mean over the samples of the pass of each mini-batch's loss (before its step).
    accuracy : float or None
        Share of the training samples classified right after the pass;
        None for regression targets.
    steps : int
        ``Trainer.steps_done`` at the end of the pass.
    end_loss : float or None
        The loss over all the training samples after the pass (with the ``l2``
        penalty), measured like ``Trainer.evaluate``; so it compares with a test
        loss, where ``loss`` mixes the weights of the whole pass.
    """

    epoch: int
    loss: float
    accuracy: float | None
    steps: int
    end_loss: float | None = None


class Trainer:
    """Train a network on ``(X, T)`` in shuffled mini-batches.

    Parameters
    ----------
    net : Network
        Trained in place.  On the first step its weights are moved into one
        buffer of the trainer's (same values; each layer's ``W``, ``b`` and
        PReLU's α become views of it), so that a step updates, checks and, if
        need be, restores them all with a few NumPy calls.  Edits in place
        (``set_weight``, ``layer.alpha = ...``) are trained on from the next step;
        read ``layer.W`` afresh after training, as an array taken before the first
        step is no longer the layer's.
    X : ndarray, shape (N, n_in)
    T : ndarray, shape (N, n_out)
    loss : {"mse", "cross_entropy", "binary_cross_entropy"}
    optimizer : Optimizer, optional
        Default ``SGD(learning_rate=0.1)``.
    batch_size : int
        Samples a step; a batch size above N uses all N.
    l2 : float
        Weight decay: adds ``l2/2 · Σ W²`` to the loss (biases are not decayed).
    seed : int
        Makes the shuffling (and RReLU's random slopes) reproducible.
    """

    def __init__(
        self,
        net: Network,
        X,
        T,
        loss: str = "mse",
        optimizer: Optimizer | None = None,
        batch_size: int = 32,
        l2: float = 0.0,
        seed: int = 0,
    ):
        get_loss(loss)  # raises on an unknown name
        if int(batch_size) != batch_size or batch_size < 1:
            raise ValueError(f"batch_size must be a whole number ≥ 1, got {batch_size}")
        if not (l2 >= 0 and math.isfinite(l2)):
            raise ValueError(f"l2 must be a finite number ≥ 0, got {l2}")
        self.net = net
        self.X, self.T = net.as_batch(X, T)
        if self.X.shape[0] == 0:
            raise ValueError("there are no training samples")
        self.loss = loss
        self.optimizer = optimizer if optimizer is not None else SGD(learning_rate=0.1)
        self.batch_size = int(batch_size)
        self.l2 = float(l2)
        self._rng = np.random.default_rng(seed)
        self._task = _task(self.T)
        self.history: list[EpochRecord] = []
        self.steps_done = 0
        self.epochs_done = 0
        self._cursor = 0  # next sample of the current pass
        self._shuffled = None  # (X, T) in this pass's order
        self._pass_loss = 0.0  # Σ batch loss · batch size over this pass
        self._flat = None  # the packed weights (see _packed)
        self._views: list[np.ndarray] = []
        self._saved = None  # the weights before the step under way
        self._state = None  # the optimizer's state before it

    # ---- training -----------------------------------------------------------
    def step(self) -> float:
        """Train on the next mini-batch and return its loss (before the step).

        Raises
        ------
        TrainingDiverged
            If the loss is non-finite, or the step would make a weight non-finite;
            the weights and the optimizer's state are then exactly as before.
        """
        # Overflow is expected on the way to divergence, which is reported as
        # TrainingDiverged: NumPy's warnings would only add noise.
        with np.errstate(over="ignore", invalid="ignore"):
            return self._step()

    def _step(self) -> float:
        if self._shuffled is None:
            order = self._rng.permutation(len(self.X))
            self._shuffled = (self.X[order], self.T[order])
        Xs, Ts = self._shuffled
        start = self._cursor
        stop = min(start + self.batch_size, len(Xs))
        value, grads = self.net.loss_and_gradients(
            Xs[start:stop], Ts[start:stop], self.loss, self.l2, True, self._rng
        )
        if not math.isfinite(value):
            raise TrainingDiverged(
                "loss", self.steps_done + 1, self.optimizer.learning_rate, f" ({value})"
            )
        self._apply(gradient_arrays(grads))
        self.steps_done += 1
        self._pass_loss += value * (stop - start)
        self._cursor = stop
        if stop == len(Xs):
            self._finish_pass()
        return value

    def epoch(self) -> float:
        """Train to the end of the current pass (a whole pass if none is under way).

        Returns
        -------
        float
            The mean loss of the pass, as recorded in ``history``.
        """
        done = self.epochs_done
        with np.errstate(over="ignore", invalid="ignore"):
            while self.epochs_done == done:
                self._step()
        return self.history[-1].loss

    def _apply(self, grads: list[np.ndarray]) -> None:
        """Let the optimizer step on all the weights at once; undo it if any is non-finite."""
        flat = self._packed()
        # Saved into the same buffers every step: a step allocates no copies.
        saved = self._saved
        if saved is None or saved.shape != flat.shape:
            saved = self._saved = np.empty_like(flat)
        np.copyto(saved, flat)
        optimizer = self.optimizer
        state = self._state = optimizer.state(self._state)
        optimizer.update([flat], [np.concatenate(grads, axis=None)])
        # Non-finite, or beyond what the editor and the file hold?  Σw² ≤ MAX² bounds
        # every |w| and is NaN or inf whenever a weight is: one dot product usually
        # decides, and only past it is every element looked at.
        if not (flat @ flat <= MAX_VALUE**2 or check_values(flat)):
            np.copyto(flat, saved)
            optimizer.set_state(state)
            raise TrainingDiverged("weights", self.steps_done + 1, optimizer.learning_rate)

    def _packed(self) -> np.ndarray:
        """All the network's weights as one array (see ``_pack``).

        Packed on the first step, and again whenever an edit has replaced a
        layer's arrays; the optimizer starts afresh if the shapes changed.
        """
        params = self.net.parameters()
        views = self._views
        if len(params) != len(views) or not all(map(operator.is_, params, views)):
            if views and [p.shape for p in params] != [v.shape for v in views]:
                self.optimizer.reset()
            self._flat = _pack(self.net)
            self._views = self.net.parameters()
        return self._flat

    def _finish_pass(self) -> None:
        n = self.X.shape[0]
        loss = self._pass_loss / n
        end_loss, accuracy = self._evaluate(self.X, self.T, self._task)
        self.epochs_done += 1
        self.history.append(
            EpochRecord(self.epochs_done, loss, accuracy, self.steps_done, end_loss)
        )
        self._cursor, self._shuffled, self._pass_loss = 0, None, 0.0

    # ---- measuring ----------------------------------------------------------
    def evaluate(self, X, T) -> tuple[float, float | None]:
        """Return ``(loss, accuracy)`` of the network on ``(X, T)``, without training.

        Parameters
        ----------
        X : ndarray, shape (N, n_in)
        T : ndarray, shape (N, n_out)

        Returns
        -------
        loss : float
            Mean loss, with the ``l2`` penalty as in training.
        accuracy : float or None
            Share classified right: argmax for one-hot targets, threshold 0.5 for a
            single 0/1 target; None for regression targets.
        """
        X, T = self.net.as_batch(X, T)
        return self._evaluate(X, T, _task(T))

    def _evaluate(self, X, T, task: str) -> tuple[float, float | None]:
        """``evaluate`` on batches that fit, whose ``_task`` is known."""
        last = self.net.forward_cache(X)[-1]
        Y = last.z
        value = output_loss(self.loss, self.net.layers[-1].activation, last.a, Y, T)
        if self.l2:
            value += 0.5 * self.l2 * sum(float(np.sum(la.W * la.W)) for la in self.net.layers)
        return value, accuracy(Y, T, task)

    def __getstate__(self) -> dict:
        """Pickled whole (weights, optimizer state, random generator, place in the pass),
        but not packed: the layers' arrays would come back as copies, no longer views of
        the buffer, so the first step after unpickling packs them again."""
        state = self.__dict__.copy()
        state.update(_flat=None, _views=[], _saved=None)
        return state

    def __repr__(self) -> str:
        return (
            f"Trainer({self.net!r}, {self.X.shape[0]} samples, loss={self.loss}, "
            f"{self.optimizer!r}, batch_size={self.batch_size}, "
            f"epochs_done={self.epochs_done}, steps_done={self.steps_done})"
        )


def _pack(net: Network) -> np.ndarray:
    """Move every trainable array of ``net`` into one buffer and return it.

    Afterwards each layer's ``W``, ``b`` (and PReLU's α) are views of the
    returned array, in the order of ``net.parameters()``, with the same values.
    Private to the trainer, which owns the buffer: an edit that replaces a
    layer's arrays undoes the packing, and ``Trainer._packed`` packs again.

    Returns
    -------
    ndarray, shape (total number of parameters,)
    """
    flat = np.concatenate([p.ravel() for p in net.parameters()])
    start = 0
    for layer in net.layers:
        for name in _parameter_names(layer):
            old = getattr(layer, name)
            setattr(layer, name, flat[start : start + old.size].reshape(old.shape))
            start += old.size
    return flat


def _parameter_names(layer) -> tuple[str, ...]:
    """The attributes behind ``layer.parameters()``, in its order.

    PReLU's α lives in the 1-element array ``_alpha`` (the ``alpha`` property
    reads and writes it), so packing rebinds that array like ``W`` and ``b``.
    """
    return ("W", "b", "_alpha") if layer.activation == "prelu" else ("W", "b")


def _task(T: np.ndarray) -> str:
    """ "onehot", "binary" (one 0/1 column) or "regression", from targets (N, n_out)."""
    if not np.all((T == 0) | (T == 1)):
        return "regression"
    if T.shape[1] == 1:
        return "binary"
    return "onehot" if np.all(T.sum(axis=1) == 1) else "regression"


def accuracy(Y: np.ndarray, T: np.ndarray, task: str | None = None) -> float | None:
    """Share of samples classified right, or None for regression targets.

    Parameters
    ----------
    Y : ndarray, shape (N, n_out)
        The network's outputs.
    T : ndarray, shape (N, n_out)
        One-hot rows (compared by argmax), or one 0/1 column (``y > 0.5`` means 1).
    task : {"onehot", "binary", "regression"}, optional
        What ``T`` holds, when the caller knows it already (a trainer measures
        the same targets every epoch); found from ``T`` when None.
    """
    if task is None:
        task = _task(T)
    if task == "onehot":
        return float(np.mean(np.argmax(Y, axis=1) == np.argmax(T, axis=1)))
    if task == "binary":
        return float(np.mean((Y[:, 0] > 0.5) == (T[:, 0] == 1)))
    return None


def r_squared(Y: np.ndarray, T: np.ndarray) -> float:
    """The coefficient of determination R² = 1 - Σ(y - t)² / Σ(t - mean t)², over all outputs.

    1 is a perfect fit, 0 is no better than always answering the mean target, and
    it is negative when worse than that.  With constant targets (no variance) it is
    1 for a perfect fit, else 0.

    Parameters
    ----------
    Y, T : ndarray, shape (N, n_out)
    """
    residual = float(np.sum((Y - T) ** 2))
    spread = float(np.sum((T - T.mean(axis=0)) ** 2))
    if spread == 0.0:
        return 1.0 if residual == 0.0 else 0.0
    return 1.0 - residual / spread
