"""The training loop's driver: a run trained in the worker or in slices, one undo step.

A run's training is a ``Loop`` (no Qt).  When the training worker (``worker_link``)
is ready, the loop is handed over to it, so training takes one core while the
window redraws on the other, and a timer reads what it sends (``RemoteRun``).
Until then (the worker starts at the first Train), when it is switched off, and if
it is lost, a zero-interval ``QTimer`` trains the loop here in slices that end when
``SLICE_SECONDS`` have passed, so the window never waits longer than one slice (and
one redraw).

Either way each finished epoch is measured on the training and test points and
logged (its figures and weights into rows made once); at the views' next refresh
(``ViewClock.sync``) and at the pause the history, the timeline
(``epochsReached``) and the epoch counter take the epochs logged since the last
together, and the Document is shown the run's weights.  The trainer works on its
own copy of the network; at the pause the run becomes one ``WeightsCommand``
("Train 240 epochs"), and the trainer, back from the worker, stays for the next.
"""

from __future__ import annotations

import functools
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer

import simulator as sim
from ui.document.state import structure_key

from . import collector
from .commands import WeightsCommand
from .history import measure
from .loop import Ending, Loop, Settings
from .worker_link import RemoteRun, WorkerLost, ready_worker, shut_down

SLICE_SECONDS = 0.025  # with a frame's redraw still under the 50 ms target
MIN_SLICE = 0.002
POLL_MS = 10  # how often the worker's messages are read while it trains
OPTIMIZERS = {"sgd": sim.SGD, "momentum": sim.Momentum, "adam": sim.Adam}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls


class Runner(QObject):
    """Runs ``model``'s training; ``model.start()``/``pause()`` call it."""

    def __init__(self, model):
        super().__init__(model)
        self.model = model
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._loop: Loop | None = None
        self._built_for = None  # what the loop's trainer was made for (see _key)
        self._start = None  # (network copy, progress) when the run under way began
        self._remote: RemoteRun | None = None  # the run, while the worker trains it
        self._stay = False  # the worker was lost during this run: the rest of it stays here
        model.clock.sync.connect(self._show)
        # A run holds the cycle collector off the application's objects (``collector``);
        # a runner deleted while it runs (its window closed) lets go too.
        self._collector_key = collector.new_key()
        self.destroyed.connect(functools.partial(collector.release, self._collector_key))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def in_worker(self) -> bool:
        """Whether the training worker trains the run now (else this process does)."""
        return self._remote is not None

    @property
    def network(self) -> sim.Network | None:
        """The run's network while one is under way (the worker's latest weights the
        window has received, when it trains there), else None."""
        return self._loop.trainer.net if self._start is not None else None

    # ---- starting and stopping ------------------------------------------------------
    def start(self) -> bool:
        if self.running:
            return True
        if not self._begin():
            return False
        self._timer.start()
        collector.hold(self._collector_key, self.model.parent())
        self._hand_over()
        self.model.runningChanged.emit(True)
        self.model.clock.run(True)
        return True

    def pause(self) -> None:
        """Stop; show the trained weights and push the run as one undo step."""
        if self._remote is not None:
            ending = self._bring_home()
            if ending is not None:
                self._end(ending)  # it stopped by itself just now: say so, as it would have
                return
        was_running = self.running
        self._timer.stop()
        collector.release(self._collector_key)
        self._flush()
        self._commit()
        if was_running:
            self.model.runningChanged.emit(False)
            self.model.clock.run(False)

    def close(self) -> None:
        """The window closes: pause at once (the run kept as one undo step, the last
        good weights shown) and end the worker process, so nothing trains on unseen."""
        self.pause()
        shut_down()

    def stop(self) -> None:
        """Stop without recording anything (the document is being replaced)."""
        was_running = self.running
        self._timer.stop()
        collector.release(self._collector_key)
        if self._remote is not None:
            self._remote.drop()
            self._remote = self._loop = None  # the trainer's state stayed with the worker
        if self._loop is not None:
            self._loop.log.clear()
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
        ending = self._loop.finish_epoch()
        if ending is not None:
            self._end(ending)
            return True
        self._flush()
        self._commit()
        self.model.clock.poke()
        return True

    def invalidate(self) -> None:
        """The data, the loss or the network changed: build a new trainer at the next start."""
        if not self.running:
            self._loop = None

    # ---- the loop -------------------------------------------------------------------
    def _turn(self) -> None:
        collector.keep(self._collector_key)
        if self._remote is not None:
            self._poll()
            return
        self._slice()
        if self.running:
            self._hand_over()  # once the worker is ready

    def _slice(self) -> None:
        if self._built_for != self._key():  # new points or optimizer: same weights go on
            self._build(self._loop.trainer.net)
        self._loop.settle(self._settings())
        now = time.perf_counter()
        # Back to the event loop by the views' next refresh, so it comes on time (but
        # train a little first: a late clock must not leave the loop spinning idle).
        deadline = min(now + SLICE_SECONDS, max(self.model.clock.due(), now + MIN_SLICE))
        ending = self._loop.run(deadline)
        # The epochs logged wait for the views' next refresh (``_show``): taken at each
        # slice, the history, the timeline and the counter were fed three or four
        # times for every time a student sees them.
        if ending is not None:
            self._end(ending)

    def _end(self, ending: Ending) -> None:
        """A stop rule was met or the run diverged: pause, and say why."""
        if ending.kind == "diverged":
            epoch = self._rewind()
            self.pause()
            self.model.message.emit("diverged", _diverged_text(ending, epoch))
            return
        self.pause()
        if ending.kind == "epochs":
            text = translate("TrainingRunner", "Stopped after %1 epochs, as set.")
            text = text.replace("%1", str(self._loop.run_epochs))
        else:
            text = translate("TrainingRunner", "Stopped at epoch %1: the training loss reached %2.")
            target = self._loop.stop_rules[1]
            text = text.replace("%1", str(self.model.epoch)).replace("%2", f"{target:g}")
        self.model.message.emit("stopped", text)

    def _rewind(self) -> int:
        """Go back to the run's last good epoch (which it returns)."""
        model = self.model
        self._flush()  # the good epochs of the slice, before going back to the last of them
        net, epoch = self._loop.watch.good
        self._build(net)  # the optimizer's state went wrong with the weights
        history = model.history
        for values in vars(history).values():
            del values[epoch:]
        model._progress = model._progress._replace(epoch=epoch)
        loop = self._loop
        loop.epoch, loop.run_epochs = epoch, epoch - self._start[1].epoch
        if loop.run_epochs == 0:
            loop.run_steps = 0  # back at the start: the run changed nothing (no undo step),
            model.document.show_weights(loop.trainer.net)  # but a refresh may have shown it
        return epoch

    def _flush(self) -> None:
        """The epochs logged to the history, the epoch counter and the timeline."""
        if self._loop is None or not self._loop.log.count:
            return
        model = self.model
        first = model.epoch + 1
        figures, rows = self._loop.log.take()
        model.history.extend(figures)
        model._progress = model._progress._replace(epoch=model.epoch + len(figures))
        model.epochsReached.emit(first, rows)

    # ---- in the worker ----------------------------------------------------------------
    def _hand_over(self) -> None:
        """Let the worker train the run, if it is ready (else the slices go on here)."""
        worker = None if self._stay else ready_worker()
        if worker is None:
            return
        if self._built_for != self._key():
            self._build(self._loop.trainer.net)
        try:
            self._remote = RemoteRun(worker, self._loop, self._settings())
        except WorkerLost:
            self._stay = True  # not at every slice again
            return
        self._timer.setInterval(POLL_MS)

    def _poll(self) -> None:
        """Take what the worker sent; end the run if it ended there."""
        remote = self._remote
        try:
            if self._built_for != self._key():  # new points or optimizer: the run comes home
                ending = self._bring_home()
                if ending is not None:
                    self._end(ending)
                return
            ending = remote.poll(self._settings())
        except WorkerLost:
            self._fall_back()
            return
        if ending is not None:
            self._loop, self._remote = remote.loop, None
            self._timer.setInterval(0)
            self._end(ending)

    def _bring_home(self) -> Ending | None:
        """The run back from the worker (or, if it was lost, from its last weights)."""
        remote = self._remote
        try:
            ending = remote.recall()
        except WorkerLost:
            self._fall_back()
            return None
        self._loop, self._remote = remote.loop, None
        self._timer.setInterval(0)
        return ending

    def _fall_back(self) -> None:
        """The worker is lost: go on here from the last weights it sent (a new trainer,
        as the optimizer's state and the place in the pass went with it) to the end of
        the run (the next may have a new worker)."""
        loop, self._remote, self._stay = self._remote.loop, None, True
        self._timer.setInterval(0)
        self._build(loop.trainer.net)
        loop = self._loop
        loss = measure(loop.trainer, loop.parts[0])[0]
        loop.watch.start(loop.trainer.net.copy(), loop.epoch, loss)  # watched from here
        text = translate(
            "TrainingRunner",
            "The training process stopped unexpectedly; training goes on here, nothing lost.",
        )
        self.model.message.emit("worker", text)

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
        self._loop.settle(self._settings())
        # the weights as they were, shared (frozen): show_weights puts copies in their place
        self._start = (model.document.network.share(), model._copy_progress())
        model.epochReached.emit(model.epoch, self._start[0])
        self._loop.begin(self._start[0], model.epoch)
        self._stay = False
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
        if self._loop is None or self._built_for != self._key():
            return False
        pairs = zip(self._loop.trainer.net.parameters(), self.model.document.network.parameters())
        return all(np.array_equal(a, b) for a, b in pairs)

    def _build(self, net: sim.Network) -> None:
        """A loop training ``net`` (which it then owns) on the data and settings now;
        it goes on with the run under way, if any."""
        model = self.model
        parts = model.prepared.parts(net)
        optimizer = OPTIMIZERS[model.optimizer](learning_rate=model.learning_rate)
        trainer = sim.Trainer(
            net,
            parts[0].X,
            parts[0].T,
            loss=model.loss,
            optimizer=optimizer,
            batch_size=model.batch_size,
            l2=model.l2,
            seed=model.weight_seed,
        )
        loop = Loop(trainer, parts)
        if self._loop is not None:
            loop.take_over(self._loop)
        self._loop = loop
        self._built_for = self._key()

    def _settings(self) -> Settings:
        """η, batch size, L2 and the stop rules, which may change while training runs."""
        model = self.model
        return Settings(
            model.learning_rate, model.batch_size, model.l2, model.stop_epochs, model.stop_loss
        )

    # ---- showing and recording ------------------------------------------------------
    def _show(self) -> None:
        if self._start is None or not self.running:
            return
        if self._remote is not None:
            self._poll()  # the freshest weights and epochs
            if not self.running:
                return
        self._flush()
        self.model.document.show_weights(self._loop.trainer.net)

    def _commit(self) -> None:
        """The run so far as one undo step (nothing if it trained nothing)."""
        start, self._start = self._start, None
        loop = self._loop
        if start is None or loop.run_steps == 0:
            return
        model = self.model
        after = (loop.trainer.net.copy(), model._copy_progress())
        key, count = ("epochs", loop.run_epochs) if loop.run_epochs else ("steps", loop.run_steps)
        if loop.run_epochs == 1:
            key = "one_epoch"
        # Its redo shows the weights: the trainer and the Document agree, and the next
        # start goes on with this trainer (and its optimizer's state).
        model.document.undo_stack.push(WeightsCommand(model, start, after, key, count))


def _diverged_text(ending: Ending, epoch: int) -> str:
    """What the training panel says when a run diverged and went back to ``epoch``."""
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
    }[ending.cause]
    text = text.replace("%1", f"{ending.learning_rate:g}").replace("%2", what)
    return text.replace("%3", str(epoch))
