"""Training in mini-batches, one step at a time, so a UI can drive it.

``Trainer.step()`` takes the next mini-batch of a shuffled pass through the data,
computes the loss and gradients, and lets the optimizer change the weights.
``Trainer.epoch()`` finishes the current pass.  Both are reproducible from
``seed``.  A step that would make the loss or any weight non-finite raises
:class:`TrainingDiverged` and leaves the weights and the optimizer exactly as
they were before it.  ``Trainer.measure(X, T)`` gives a chart's figures for other
points (the loss, and the accuracy or R²) from one forward pass.
"""

from __future__ import annotations

import math

import numpy as np

from .epoch_record import EpochRecord, TrainingDiverged
from .frozen import is_frozen
from .kernels import bare
from .limits import MAX_VALUE, check_values
from .loss_kernels import target_term
from .losses import get_loss, output_loss
from .network import Network
from .optimizers import SGD, Optimizer
from .packing import PackedWeights
from .scoring import accuracy, r_squared, task_of
from .step_plan import StepPlan

__all__ = ["EpochRecord", "Trainer", "TrainingDiverged", "accuracy", "r_squared"]

_MAX_SQUARED = MAX_VALUE**2
_dot = bare(np.dot)


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
    regression : bool
        Score the training points by R² whatever the targets (a regression data
        set whose targets happen to be all 0 or 1 would otherwise be scored as
        classes), as ``measure(..., regression=True)`` does; the attribute of the
        same name may be set later.
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
        regression: bool = False,
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
        self._task = task_of(self.T)
        self.regression = bool(regression)
        self.history: list[EpochRecord] = []
        self.steps_done = 0
        self.epochs_done = 0
        self._cursor = 0  # next sample of the current pass
        self._in_pass = False  # whether the pass's order is drawn
        # (X, T) in the pass's order, in the same two arrays every pass, so that the
        # mini-batches are views made once (see _batch).
        self._shuffled = (np.empty_like(self.X), np.empty_like(self.T))
        # What the loss takes of the targets alone, once a pass (see target_term).
        term = target_term(loss)
        if term is not None:
            fill, columns = term
            term = fill, np.empty((self.T.shape[0], columns or self.T.shape[1]))
        self._terms = term
        self._batches = None  # (batch size, [(X, T) views, one a batch])
        self._pass_loss = 0.0  # Σ batch loss · batch size over this pass
        self._weights = PackedWeights()
        self._plan: StepPlan | None = None  # the fused step (see step_plan)
        self._seen: dict[tuple, tuple] = {}  # see _prepared

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

    def _step(self, plan: StepPlan | None = None) -> float:
        """``step()``; ``plan`` is the one that ``_fitted_plan`` has just given, if known."""
        if not self._in_pass:
            self._shuffle()
        start = self._cursor
        X, T, K = self._batch(start, self.batch_size)
        if plan is None:
            plan = self._fitted_plan()
        value = plan.loss_and_gradients(X, T, self.l2, self._rng, K)
        if not math.isfinite(value):
            raise TrainingDiverged(
                "loss", self.steps_done + 1, self.optimizer.learning_rate, f" ({value})"
            )
        self._apply(plan.grad)
        self.steps_done += 1
        n = X.shape[0]
        self._pass_loss += value * n
        self._cursor = stop = start + n
        if stop == self.X.shape[0]:
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
            # Nothing can edit the network until the pass is over: one check will do.
            plan = self._fitted_plan()
            if self._cursor % self.batch_size == 0:
                self._run_pass(plan)
            while self.epochs_done == done:  # batch_size changed mid-pass
                self._step(plan)
        return self.history[-1].loss

    def _run_pass(self, plan: StepPlan) -> None:
        """``_step`` to the end of the pass, from a cursor at a whole batch: its work
        with the batches, the plan's and the optimizer's methods looked up once."""
        if not self._in_pass:
            self._shuffle()
        size = self.batch_size
        step, apply, grad = plan.loss_and_gradients, self._apply, plan.grad
        l2, rng, isfinite = self.l2, self._rng, math.isfinite
        for X, T, K in self._batch_views(size)[self._cursor // size :]:
            value = step(X, T, l2, rng, K)
            if not isfinite(value):
                raise TrainingDiverged(
                    "loss", self.steps_done + 1, self.optimizer.learning_rate, f" ({value})"
                )
            apply(grad)
            self.steps_done += 1
            n = X.shape[0]
            self._pass_loss += value * n
            self._cursor += n
        self._finish_pass()

    def _shuffle(self) -> None:
        """Draw the order of a new pass."""
        order = self._rng.permutation(self.X.shape[0])
        Xs, Ts = self._shuffled
        # mode="clip" (the indices are all valid) lets take write into out unbuffered.
        np.take(self.X, order, 0, Xs, "clip")
        np.take(self.T, order, 0, Ts, "clip")
        if self._terms is not None:
            fill, Ks = self._terms
            fill(Ts, Ks)
        self._in_pass = True

    def _batch(self, start: int, size: int) -> tuple:
        """The ``size`` samples (fewer at the end) of the pass from ``start``, as
        ``(X, T, K)`` views (K: the loss's ``target_term`` of T, or None)."""
        if start % size == 0:
            return self._batch_views(size)[start // size]
        return self._views(slice(start, start + size))  # batch_size changed mid-pass

    def _batch_views(self, size: int) -> list[tuple]:
        """The pass's mini-batches of ``size``, as ``(X, T, K)`` views of the shuffled
        arrays (made once a batch size: the arrays are the same every pass)."""
        batches = self._batches
        if batches is None or batches[0] != size:
            starts = range(0, self.X.shape[0], size)
            batches = self._batches = (size, [self._views(slice(i, i + size)) for i in starts])
        return batches[1]

    def _views(self, rows: slice) -> tuple:
        Xs, Ts = self._shuffled
        return Xs[rows], Ts[rows], None if self._terms is None else self._terms[1][rows]

    def _fitted_plan(self) -> StepPlan:
        """The step's plan for the network as it is now (packed and planned anew after
        an edit that replaced a layer's arrays or changed an activation)."""
        plan = self._plan
        if plan is None or not plan.fits(self.net.layers):
            flat = self._weights.pack(self.net, self.optimizer)
            grad = self.optimizer.gradient_buffer(flat.size)
            plan = self._plan = StepPlan(self.net, grad, self.loss, flat)
        return plan

    def _apply(self, grad: np.ndarray) -> None:
        """Let the optimizer step on all the weights at once; undo it if any is non-finite.

        ``grad`` (P,) is laid out like the packed weights, which the plan that
        filled it has just checked.
        """
        weights, optimizer = self._weights, self.optimizer
        weights.keep()
        flat = weights.flat
        optimizer.trial(flat, grad)
        # Non-finite, or beyond what the editor and the file hold?  Σw² ≤ MAX² bounds
        # every |w| and is NaN or inf whenever a weight is: one dot product usually
        # decides, and only past it is every element looked at.
        if not (_dot(flat, flat) <= _MAX_SQUARED or check_values(flat)):
            weights.restore()
            optimizer.undo()
            raise TrainingDiverged("weights", self.steps_done + 1, optimizer.learning_rate)

    def _finish_pass(self) -> None:
        loss = self._pass_loss / self.X.shape[0]
        end_loss, Y = self._loss_and_outputs(self.X, self.T)
        if self.regression or self._task == "regression":
            share, r2 = None, r_squared(Y, self.T)
        else:
            share, r2 = accuracy(Y, self.T, self._task), None
        self.epochs_done += 1
        self.history.append(
            EpochRecord(self.epochs_done, loss, share, self.steps_done, end_loss, r2)
        )
        self._cursor, self._in_pass, self._pass_loss = 0, False, 0.0

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
        X, T, task = self._prepared(X, T)
        return self._evaluate(X, T, task)

    def measure(self, X, T, regression: bool = False) -> tuple[float, float]:
        """Return ``(loss, score)`` of the network on ``(X, T)``: a chart's two figures.

        ``evaluate``, with R² (``r_squared`` of the outputs) in place of its None
        for regression targets, from the same forward pass.  A data set's frozen
        arrays measured before (the test points, every epoch) are not checked again.

        Parameters
        ----------
        X, T : ndarray, shapes (N, n_in) and (N, n_out)
        regression : bool
            Score R² whatever the targets (a regression data set whose targets
            happen to be all 0 or 1 would otherwise be scored as classes).

        Returns
        -------
        loss : float
            As ``evaluate`` gives it.
        score : float
            Accuracy for class targets, R² for regression targets.
        """
        X, T, task = self._prepared(X, T)
        value, Y = self._loss_and_outputs(X, T)
        if regression or task == "regression":
            return value, r_squared(Y, T)
        return value, accuracy(Y, T, task)

    def _prepared(self, X, T) -> tuple[np.ndarray, np.ndarray, str]:
        """``net.as_batch(X, T)`` and ``task_of`` its targets; remembered for frozen
        arrays (no one can change them), as long as the network's sizes stay."""
        key = (id(X), id(T), self.net.input_size, self.net.output_size)
        seen = self._seen.get(key)
        if seen is not None and seen[0] is X and seen[1] is T:
            return seen[2]
        X2, T2 = self.net.as_batch(X, T)
        prepared = X2, T2, task_of(T2)
        if is_frozen(X) and is_frozen(T):
            if len(self._seen) >= 4:  # the training and test points, and a few more
                self._seen.clear()
            self._seen[key] = (X, T, prepared)
        return prepared

    def _evaluate(self, X, T, task: str) -> tuple[float, float | None]:
        """``evaluate`` on batches that fit, whose task (``task_of``) is known."""
        value, Y = self._loss_and_outputs(X, T)
        return value, accuracy(Y, T, task)

    def _loss_and_outputs(self, X, T) -> tuple[float, np.ndarray]:
        """The loss (with the ``l2`` penalty) and the outputs Y (N, n_out) on batches
        that fit; Y may be the plan's buffer, valid until its next pass."""
        plan = self._plan
        if plan is not None and plan.fits(self.net.layers):
            value, Y, _ = plan.forward(X, T)  # the same numbers, into the plan's buffers
            if self.l2:
                value += 0.5 * self.l2 * plan.penalty()
            return value, Y
        last = self.net.forward_cache(X)[-1]
        Y = last.z
        value = output_loss(self.loss, self.net.layers[-1].activation, last.a, Y, T)
        if self.l2:
            value += 0.5 * self.l2 * sum(float(np.sum(la.W * la.W)) for la in self.net.layers)
        return value, Y

    def __getstate__(self) -> dict:
        """Pickled whole (weights, optimizer state, random generator, place in the pass),
        but not packed or planned: the layers' arrays would come back as copies, no
        longer views of the buffer (nor the batches views of the pass's arrays), so
        the first step after unpickling packs and plans again (see PackedWeights)."""
        state = self.__dict__.copy()
        state.update(_plan=None, _batches=None, _seen={})
        return state

    def __repr__(self) -> str:
        return (
            f"Trainer({self.net!r}, {self.X.shape[0]} samples, loss={self.loss}, "
            f"{self.optimizer!r}, batch_size={self.batch_size}, "
            f"epochs_done={self.epochs_done}, steps_done={self.steps_done})"
        )
