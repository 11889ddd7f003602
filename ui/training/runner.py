"""The training loop: mini-batches in slices of the event loop, a run as one undo step.

A zero-interval ``QTimer`` calls ``_slice``, which trains mini-batches until
``SLICE_SECONDS`` have passed and then returns to the event loop, so the window
never waits longer than one slice (and one redraw).  Each finished epoch is
measured on the training and test points and logged (``SliceLog``: its figures
and weights into rows made once); at the views' next refresh (and at the pause)
the history, the timeline (``epochsReached``) and the epoch counter take the
epochs logged since the last together.  The trainer
works on its own copy of the network; the views sample it, the Document is shown
its weights now and then (``ViewClock.sync``) and at the pause, when the run
becomes one ``WeightsCommand`` ("Train 240 epochs").
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer

import simulator as sim
from ui.document.state import structure_key

from .commands import WeightsCommand
from .history import measure
from .slice_log import SliceLog
from .watch import Diverged, DivergenceWatch

SLICE_SECONDS = 0.025  # with a frame's redraw still under the 50 ms target
MIN_SLICE = 0.002
OPTIMIZERS = {"sgd": sim.SGD, "momentum": sim.Momentum, "adam": sim.Adam}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls


class Runner(QObject):
    """Runs ``model``'s training; ``model.start()``/``pause()`` call it."""

    def __init__(self, model):
        super().__init__(model)
        self.model = model
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._trainer: sim.Trainer | None = None
        self._built_for = None  # what the trainer was made for (see _key)
        self._start = None  # (network copy, progress) when the run under way began
        self._run_epochs = 0
        self._run_steps = 0
        self._watch = DivergenceWatch()
        self._log = SliceLog()  # the epochs of the slice under way
        self._stop_rules = (None, None)  # (epochs, loss), read at each slice
        # CPU seconds the last epoch took: by the clock, a moment the system gave the core
        # to another process made an epoch look too long for the slices that followed,
        # which then went on in single steps (each dearer than its share of an epoch).
        self._epoch_seconds = float("inf")
        self._pass_seconds = 0.0  # time the steps of the pass under way took (in _step)
        model.clock.sync.connect(self._show)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def network(self) -> sim.Network | None:
        """The trainer's network while a run is under way, else None."""
        return self._trainer.net if self._start is not None else None

    # ---- starting and stopping ------------------------------------------------------
    def start(self) -> bool:
        if self.running:
            return True
        if not self._begin():
            return False
        self._timer.start()
        self.model.runningChanged.emit(True)
        self.model.clock.run(True)
        return True

    def pause(self) -> None:
        """Stop; show the trained weights and push the run as one undo step."""
        was_running = self.running
        self._timer.stop()
        self._flush()
        self._commit()
        if was_running:
            self.model.runningChanged.emit(False)
            self.model.clock.run(False)

    def stop(self) -> None:
        """Stop without recording anything (the document is being replaced)."""
        was_running = self.running
        self._timer.stop()
        self._log.clear()
        self._start = None
        if was_running:
            self.model.runningChanged.emit(False)
            self.model.clock.run(False)

    def one_epoch(self) -> bool:
        """Train to the end of the next epoch, as one undo step."""
        if self.running:
            self.pause()
        if not self._begin():
            return False
        try:
            while not self._step():
                pass
        except (sim.TrainingDiverged, Diverged) as error:
            self._diverged(error)
            return True
        self._flush()
        self._commit()
        self.model.clock.poke()
        return True

    def invalidate(self) -> None:
        """The data, the loss or the network changed: build a new trainer at the next start."""
        if not self.running:
            self._trainer = None

    # ---- the loop -------------------------------------------------------------------
    def _slice(self) -> None:
        if self._built_for != self._key():  # new points or optimizer: same weights go on
            self._build(self._trainer.net)
        self._apply_live_settings()
        clock = time.perf_counter
        now = clock()
        # Back to the event loop by the views' next refresh, so it comes on time (but
        # train a little first: a late clock must not leave the loop spinning idle).
        deadline = min(now + SLICE_SECONDS, max(self.model.clock.due(), now + MIN_SLICE))
        try:
            while True:
                # Whole epochs while one surely fits the slice (Trainer.epoch() costs
                # less than its steps one by one); single steps otherwise.
                whole = clock() + self._epoch_seconds <= deadline
                if (self._epoch() if whole else self._step()) and self._should_stop():
                    return
                if clock() > deadline:
                    return
        except (sim.TrainingDiverged, Diverged) as error:
            self._diverged(error)
        # The epochs logged wait for the views' next refresh (``_show``): taken at each
        # slice, the history, the timeline and the counter were fed three or four
        # times for every time a student sees them.

    def _epoch(self) -> bool:
        """The rest of the pass under way (or a whole one), recorded; True."""
        trainer, began = self._trainer, time.thread_time()
        steps = trainer.steps_done
        trainer.epoch()
        self._run_steps += trainer.steps_done - steps
        self._epoch_seconds = time.thread_time() - began + self._pass_seconds
        self._pass_seconds = 0.0
        self._record(trainer.history[-1])
        return True

    def _step(self) -> bool:
        """One mini-batch; True when it finished an epoch (then measured and recorded)."""
        trainer = self._trainer
        done = trainer.epochs_done
        began = time.thread_time()
        trainer.step()
        # Only the steps' own time: a pass done step by step spans slices, and the
        # refreshes between them would make an epoch look longer than it is (then
        # slices went on in single steps, which cost more than Trainer.epoch()).
        self._pass_seconds += time.thread_time() - began
        self._run_steps += 1
        if trainer.epochs_done == done:
            return False
        self._epoch_seconds, self._pass_seconds = self._pass_seconds, 0.0
        self._record(trainer.history[-1])
        return True

    def _record(self, record) -> None:
        """Measure the epoch just finished and log it (``Diverged`` if it exploded)."""
        trainer = self._trainer
        train, test = self._parts
        if train.kind == "regression":
            train_figures = measure(trainer, train)
        else:
            train_figures = (record.end_loss, record.accuracy)
        loss = train_figures[0]
        self._watch.check(loss, trainer.optimizer.learning_rate)
        row = self._log.add(trainer.net, train_figures, measure(trainer, test))
        self._run_epochs += 1
        self._watch.epoch_done(row, self.model.epoch + self._log.count, loss)

    def _flush(self) -> None:
        """The epochs logged to the history, the epoch counter and the timeline."""
        if not self._log.count:
            return
        model = self.model
        first = model.epoch + 1
        figures, rows = self._log.take()
        model.history.extend(figures)
        model._progress = model._progress._replace(epoch=model.epoch + len(figures))
        model.epochsReached.emit(first, rows)

    def _should_stop(self) -> bool:
        """Whether the epoch just logged meets a stop rule (then paused, and said so)."""
        model = self.model
        limit, target = self._stop_rules
        loss = self._log.last(0)
        if limit and self._run_epochs >= limit:
            text = translate("TrainingRunner", "Stopped after %1 epochs, as set.").replace(
                "%1", str(self._run_epochs)
            )
        elif target and loss is not None and loss <= target:
            text = translate("TrainingRunner", "Stopped at epoch %1: the training loss reached %2.")
            epoch = model.epoch + self._log.count
            text = text.replace("%1", str(epoch)).replace("%2", f"{target:g}")
        else:
            return False
        self.pause()
        model.message.emit("stopped", text)
        return True

    def _diverged(self, error) -> None:
        """Go back to the run's last good epoch, pause, and say what happened."""
        model = self.model
        self._flush()  # the good epochs of the slice, before going back to the last of them
        net, epoch = self._watch.good
        self._build(net)  # the optimizer's state went wrong with the weights
        history = model.history
        for values in vars(history).values():
            del values[epoch:]
        model._progress = model._progress._replace(epoch=epoch)
        self._run_epochs = epoch - self._start[1].epoch
        if self._run_epochs == 0:
            self._run_steps = 0  # back at the start: the run changed nothing (no undo step),
            model.document.show_weights(self._trainer.net)  # but a refresh may have shown it
        self.pause()
        text = translate(
            "TrainingRunner",
            "Training stopped: with the learning rate η = %1 %2. The weights are back at "
            "epoch %3, before it went wrong. Lower η and press Train to go on.",
        )
        what = {
            "loss": translate("TrainingRunner", "the loss became infinite"),
            "weights": translate("TrainingRunner", "the weights would have become infinite"),
            "exploded": translate(
                "TrainingRunner", "the loss grew ten thousand times above its lowest"
            ),
        }[error.cause]
        text = text.replace("%1", f"{error.learning_rate:g}").replace("%2", what)
        model.message.emit("diverged", text.replace("%3", str(epoch)))

    # ---- the trainer ----------------------------------------------------------------
    def _begin(self) -> bool:
        """Make the trainer ready and note where the run starts; False if it cannot train."""
        model = self.model
        if model.problem() is not None:
            model.message.emit(
                "cannot", translate("TrainingRunner", "The network does not fit the data set yet.")
            )
            return False
        if len(model.prepared.train_rows) == 0:
            model.message.emit(
                "cannot", translate("TrainingRunner", "There are no training points.")
            )
            return False
        if not self._reusable():
            self._build(model.document.network.copy())
        self._apply_live_settings()
        # the weights as they were, shared (frozen): show_weights puts copies in their place
        self._start = (model.document.network.share(), model._copy_progress())
        model.epochReached.emit(model.epoch, self._start[0])
        loss = measure(self._trainer, self._parts[0])[0]  # its net is the start's, yet
        self._watch.start(self._start[0], model.epoch, loss)
        self._run_epochs = self._run_steps = 0
        model.message.emit("", "")
        return True

    def _key(self):
        doc = self.model.document
        return (
            id(self.model.prepared),
            doc.loss_name,
            self.model.optimizer,
            structure_key(doc.network),
        )

    def _reusable(self) -> bool:
        """The trainer fits the data and settings, and its weights are the Document's."""
        trainer = self._trainer
        if trainer is None or self._built_for != self._key():
            return False
        pairs = zip(trainer.net.parameters(), self.model.document.network.parameters())
        return all(np.array_equal(a, b) for a, b in pairs)

    def _build(self, net: sim.Network) -> None:
        """A trainer of ``net`` (which it then owns) for the data and settings now."""
        model = self.model
        self._parts = model.prepared.parts(net)
        optimizer = OPTIMIZERS[model.optimizer](learning_rate=model.learning_rate)
        self._trainer = sim.Trainer(
            net,
            self._parts[0].X,
            self._parts[0].T,
            loss=model.loss,
            optimizer=optimizer,
            batch_size=model.batch_size,
            l2=model.l2,
            seed=model.weight_seed,
        )
        self._built_for = self._key()
        self._epoch_seconds, self._pass_seconds = float("inf"), 0.0

    def _apply_live_settings(self) -> None:
        """η, batch size, L2 and the stop rules may change while training runs."""
        trainer, model = self._trainer, self.model
        trainer.optimizer.learning_rate = model.learning_rate
        trainer.batch_size = model.batch_size
        trainer.l2 = model.l2
        self._stop_rules = (model.stop_epochs, model.stop_loss)

    # ---- showing and recording ------------------------------------------------------
    def _show(self) -> None:
        if self._start is not None and self.running:
            self._flush()
            self.model.document.show_weights(self._trainer.net)

    def _commit(self) -> None:
        """The run so far as one undo step (nothing if it trained nothing)."""
        start, self._start = self._start, None
        if start is None or self._run_steps == 0:
            return
        model = self.model
        after = (self._trainer.net.copy(), model._copy_progress())
        key, count = (
            ("epochs", self._run_epochs) if self._run_epochs else ("steps", self._run_steps)
        )
        if self._run_epochs == 1:
            key = "one_epoch"
        # Its redo shows the weights: the trainer and the Document agree, and the next
        # start goes on with this trainer (and its optimizer's state).
        model.document.undo_stack.push(WeightsCommand(model, start, after, key, count))
