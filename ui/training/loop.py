"""A run's training loop, without Qt: train, measure, log, watch, and the stop rules.

The same loop trains in the window's process (``Runner``'s slices) and in the
training worker's (``worker``).  ``Loop.run(deadline)`` trains whole epochs while
one surely fits before ``deadline`` (``Trainer.epoch()`` costs less than its steps
one by one) and single steps otherwise.  Each finished epoch is measured on the
training and test points, logged (``SliceLog``: its figures and weights) and
watched for divergence (``DivergenceWatch``); ``run`` returns an ``Ending`` when a
stop rule is met or the run diverged.

A loop pickles whole but for its log (the epochs logged are the window's to
show): the trainer with its optimizer's state, its random generator and its place
in the pass, the watch, the counters.  So the worker goes on exactly where the
window stood, and the window exactly where the worker stopped.
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

import simulator as sim

from .history import measure
from .slice_log import SliceLog
from .watch import Diverged, DivergenceWatch


class Settings(NamedTuple):
    """What the user may change while a run goes on (read by the window, applied here)."""

    learning_rate: float
    batch_size: int
    l2: float
    stop_epochs: int | None
    stop_loss: float | None


class Ending(NamedTuple):
    """Why a run stopped by itself.

    ``kind`` is "epochs" (it trained the epochs set), "loss" (the training loss
    reached the target) or "diverged"; then ``cause`` is "loss", "weights" or
    "exploded" and ``learning_rate`` the η it went wrong with.
    """

    kind: str
    cause: str = ""
    learning_rate: float = 0.0


class Loop:
    """The training of one run: ``trainer`` on the ``parts`` (train, test) it was made for.

    Attributes
    ----------
    log : SliceLog
        The epochs finished and not yet taken.
    watch : DivergenceWatch
    epoch : int
        The run's epoch (since the last reset), finished epochs taken or not.
    run_epochs, run_steps : int
        Epochs and mini-batches trained since the run began.
    """

    def __init__(self, trainer: sim.Trainer, parts: tuple[sim.Dataset, sim.Dataset]):
        self.parts = parts
        self.trainer = trainer
        self.log = SliceLog()
        self.watch = DivergenceWatch()
        self.stop_rules: tuple[int | None, float | None] = (None, None)
        self.epoch = self.run_epochs = self.run_steps = 0
        # CPU seconds the last epoch took: by the clock, a moment the system gave the core
        # to another process made an epoch look too long for the slices that followed,
        # which then went on in single steps (each dearer than its share of an epoch).
        self._epoch_seconds = math.inf
        self._pass_seconds = 0.0  # time the steps of the pass under way took (in _step)

    @property
    def trainer(self) -> sim.Trainer:
        """The run's ``sim.Trainer``, told the training part's kind, so that its records
        carry R² for regression data even when its targets are all 0 or 1."""
        return self._trainer

    @trainer.setter
    def trainer(self, trainer: sim.Trainer) -> None:
        trainer.regression = self.parts[0].kind == "regression"
        self._trainer = trainer

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        del state["log"]  # the window's: it shows those epochs
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.log = SliceLog()

    # ---- a run ----------------------------------------------------------------------
    def begin(self, start: sim.Network, epoch: int) -> None:
        """A run begins at ``epoch`` from ``start`` (its weights, kept by the watch)."""
        loss = measure(self.trainer, self.parts[0])[0]  # the trainer's net is the start's
        self.watch.start(start, epoch, loss)
        self.epoch, self.run_epochs, self.run_steps = epoch, 0, 0

    def take_over(self, old: Loop) -> None:
        """Go on with ``old``'s run (a new trainer for new points or a new optimizer)."""
        self.log, self.watch, self.stop_rules = old.log, old.watch, old.stop_rules
        self.epoch, self.run_epochs, self.run_steps = old.epoch, old.run_epochs, old.run_steps

    def settle(self, settings: Settings) -> None:
        """η, batch size, L2 and the stop rules as the user has them now."""
        trainer = self.trainer
        trainer.optimizer.learning_rate = settings.learning_rate
        trainer.batch_size = settings.batch_size
        trainer.l2 = settings.l2
        self.stop_rules = (settings.stop_epochs, settings.stop_loss)

    # ---- training -------------------------------------------------------------------
    def run(self, deadline: float, overrun: float = 0.0) -> Ending | None:
        """Train until ``deadline`` (``time.perf_counter()``) or an ``Ending``.

        A whole epoch is trained when it would end by ``deadline + overrun``, single
        steps otherwise: the training worker, which needs no slice to end on time,
        allows an overrun, so that it trains every epoch of a small data set whole.
        """
        clock = time.perf_counter
        latest = deadline + overrun
        try:
            while True:
                whole = clock() + self._epoch_seconds <= latest
                if self._epoch() if whole else self._step():
                    ending = self._ending()
                    if ending is not None:
                        return ending
                if clock() > deadline:
                    return None
        except (sim.TrainingDiverged, Diverged) as error:
            return Ending("diverged", error.cause, error.learning_rate)

    def finish_epoch(self) -> Ending | None:
        """Train to the end of the pass under way (stop rules aside); an ``Ending`` only
        if it diverged."""
        try:
            while not self._step():
                pass
        except (sim.TrainingDiverged, Diverged) as error:
            return Ending("diverged", error.cause, error.learning_rate)
        return None

    def _epoch(self) -> bool:
        """The rest of the pass under way (or a whole one), recorded; True."""
        trainer, began = self.trainer, time.thread_time()
        steps = trainer.steps_done
        trainer.epoch()
        self.run_steps += trainer.steps_done - steps
        self._epoch_seconds = time.thread_time() - began + self._pass_seconds
        self._pass_seconds = 0.0
        self._record(trainer.history[-1])
        return True

    def _step(self) -> bool:
        """One mini-batch; True when it finished an epoch (then measured and recorded)."""
        trainer = self.trainer
        done = trainer.epochs_done
        began = time.thread_time()
        trainer.step()
        # Only the steps' own time: a pass done step by step spans slices, and the
        # refreshes between them would make an epoch look longer than it is (then
        # slices went on in single steps, which cost more than Trainer.epoch()).
        self._pass_seconds += time.thread_time() - began
        self.run_steps += 1
        if trainer.epochs_done == done:
            return False
        self._epoch_seconds, self._pass_seconds = self._pass_seconds, 0.0
        self._record(trainer.history[-1])
        return True

    def _record(self, record: sim.EpochRecord) -> None:
        """Measure the epoch just finished and log it (``Diverged`` if it exploded)."""
        trainer = self.trainer
        test = self.parts[1]
        # The trainer has just measured its own points, as ``measure`` would.
        score = record.r_squared if trainer.regression else record.accuracy
        train_figures = (record.end_loss, score)
        loss = train_figures[0]
        self.watch.check(loss, trainer.optimizer.learning_rate)
        row = self.log.add(trainer.net, train_figures, measure(trainer, test))
        self.run_epochs += 1
        self.epoch += 1
        self.watch.epoch_done(row, self.epoch, loss)
        # The log has the epoch now: the trainer's own record of every epoch would grow
        # by an object an epoch for as long as the run goes on (some 200 bytes each, a
        # walk for every full collection, and pickled at every pause).
        trainer.history.clear()

    def _ending(self) -> Ending | None:
        """Whether the epoch just logged meets a stop rule."""
        limit, target = self.stop_rules
        if limit and self.run_epochs >= limit:
            return Ending("epochs")
        if target and self.log.last(0) <= target:
            return Ending("loss")
        return None
