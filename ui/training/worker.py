"""The training worker: a process of its own that trains while the window redraws.

NumPy holds the GIL on arrays this small, so a thread would share the window's core;
a process gets the other one.  It imports no Qt (``tests/test_training_worker.py``
checks): only ``simulator`` and the loop's Qt-free modules.  ``worker_link`` starts
it (``serve``) with two one-way pipes and speaks this protocol, every message a tuple
whose first items are its kind and the run it belongs to:

window → worker
    ``("run", id, loop, settings)``  train the pickled ``Loop`` (run ``id`` from now on);
    ``("settings", id, settings)``   the user changed η, the batch size, L2 or a stop rule;
    ``("beat", id)``                 the window still listens (see ``LEASE_SECONDS``);
    ``("pause", id)``                send the loop back; ``("stop", id)`` drop it;
    ``("modules", id)``              which modules it has imported (none of Qt's);
    ``("quit", None)``.
worker → window
    ``("ready", None, pid)`` once, after its imports;
    ``("epochs", id, figures, rows, weights, epoch, run_epochs, run_steps)`` every
    ``SEND_SECONDS`` or so: the epochs finished since the last (``SliceLog.take``), the
    weights now (flat, ``net.parameters()`` order) and the counters;
    ``("paused", id, loop)`` after ``pause``; ``("ended", id, ending, loop)`` when a
    stop rule is met or the run diverged; ``("modules", id, names)``.

The worker ends when the window closes its end of the pipe or dies (the next read
finds the end of the file), and when told to quit.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import sys
import threading
import time

from .timeline.store import flat_parameters

SLICE_SECONDS = 0.005  # between two looks at the window's commands: a pause answers soon
# An epoch that ends this much after the slice's end is still trained whole: single steps
# cost more than Trainer.epoch() (a spiral's 7 ms epochs went a third in steps), and the
# window, which waits for the run at a pause, waits one epoch at most.
OVERRUN_SECONDS = 0.015
SEND_SECONDS = 0.03  # the epochs go to the window about this often (its views: 11 Hz)
LEASE_SECONDS = 2.0  # no word from the window for so long: it stopped listening, rest


def serve(commands, data) -> None:
    """The worker's main: read ``commands``, train, write to ``data`` (two Connections)."""
    # Ctrl+C in the terminal that started the app reaches every process of its group:
    # the window decides what happens, and the worker ends when the window has gone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "setsid"):
        # A session of its own: where the system shares the processors out by session
        # (Linux's autogroup), the worker then gets a share of its own instead of half
        # the window's, so that on a busy machine too it trains on one core while the
        # window redraws on the other.  It still ends with the window (the pipe).
        with contextlib.suppress(OSError):
            os.setsid()
    # What the imports made stays to the end: full collections need not walk it again.
    gc.freeze()
    outbox = Outbox(data)
    outbox.put(("ready", None, os.getpid()))
    worker = _Worker(outbox)
    try:
        while worker.turn(commands):
            pass
    except (EOFError, OSError):
        pass  # the window is gone
    finally:
        outbox.close()


class _Worker:
    """The run under way (if any) and when the window was last heard from."""

    def __init__(self, outbox: Outbox):
        self._outbox = outbox
        self._loop = self._id = None
        self._heard = time.monotonic()
        self._sent = 0.0
        self._steps_sent = -1

    def turn(self, commands) -> bool:
        """Answer a command, or train one slice; False when told to quit."""
        resting = self._loop is None or time.monotonic() - self._heard > LEASE_SECONDS
        if commands.poll(None if self._loop is None else 0.1 if resting else 0):
            self._heard = time.monotonic()
            return self._obey(*commands.recv())
        if not resting:
            self._train()
        return True

    def _obey(self, kind: str, run, *args) -> bool:
        if kind == "quit":
            return False
        if kind == "modules":
            self._outbox.put(("modules", run, sorted(sys.modules)))
        elif kind == "run":
            self._loop, self._id = pickle.loads(args[0]), run
            self._loop.settle(args[1])
            self._sent, self._steps_sent = time.perf_counter(), -1
        elif run != self._id or self._loop is None:
            pass  # about a run that ended already
        elif kind == "settings":
            self._loop.settle(args[0])
        elif kind == "pause":
            self._send_epochs()
            self._outbox.put(("paused", run, self._pickled()))
        elif kind == "stop":
            self._loop = None
        return True

    def _train(self) -> None:
        loop = self._loop
        ending = loop.run(time.perf_counter() + SLICE_SECONDS, OVERRUN_SECONDS)
        if ending is not None:
            self._send_epochs()
            self._outbox.put(("ended", self._id, ending, self._pickled()))
        elif time.perf_counter() - self._sent >= SEND_SECONDS and self._outbox.idle:
            # While the window has not taken the last message, the epochs wait in the
            # log: one message later carries them all, and training never waits.
            self._send_epochs()

    def _send_epochs(self) -> None:
        loop = self._loop
        if loop.run_steps == self._steps_sent:
            return
        figures, rows = loop.log.take()
        weights = flat_parameters(loop.trainer.net)
        self._outbox.put(
            ("epochs", self._id, figures.copy(), rows.copy(), weights)
            + (loop.epoch, loop.run_epochs, loop.run_steps)
        )
        self._sent, self._steps_sent = time.perf_counter(), loop.run_steps

    def _pickled(self) -> bytes:
        """The loop, to go back to the window; the worker then has none."""
        loop, self._loop = self._loop, None
        return pickle.dumps(loop, protocol=pickle.HIGHEST_PROTOCOL)


class Outbox:
    """Messages to the window, sent by a thread of their own: a window busy redrawing
    reads late, and a full pipe then holds up this thread, not the training."""

    def __init__(self, connection):
        self._connection = connection
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._sending = False
        self._thread = threading.Thread(target=self._send, name="outbox", daemon=True)
        self._thread.start()

    @property
    def idle(self) -> bool:
        """Whether every message put so far has been sent."""
        return not self._sending and self._queue.empty()

    def put(self, message: tuple) -> None:
        self._sending = True  # before the thread takes it: idle is never True too early
        self._queue.put(message)

    def close(self) -> None:
        """Send what is left (briefly), then stop."""
        self._queue.put(None)
        self._thread.join(timeout=1.0)

    def _send(self) -> None:
        while (message := self._queue.get()) is not None:
            try:
                self._connection.send(message)
            except OSError:
                return  # the window is gone; the main thread finds out at its next read
            finally:
                self._sending = not self._queue.empty()
