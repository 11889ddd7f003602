"""The window's side of the training worker (``worker``): the process, and a run in it.

One worker serves the whole application: it starts at the first Train (a new
process takes a few tenths of a second to import NumPy and the simulator, and the
window trains meanwhile), then waits between runs for the next, and ends with the
application (or when the application dies: its end of the pipe closes).  A run is
handed over whole (``RemoteRun``: the ``Loop`` pickled) and comes back whole at the
pause.  Whatever goes wrong with the worker raises ``WorkerLost``; the runner then
trains in the window's process from the last weights it received.

``NEUROSTEP_TRAIN_WORKER=0`` in the environment keeps all training in the window's
process.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import pickle
import sys
import time
import types

from .loop import Ending, Loop, Settings
from .timeline.store import put_parameters
from .worker import LEASE_SECONDS, serve

SWITCH = "NEUROSTEP_TRAIN_WORKER"
MAX_STARTS = 3  # a worker that keeps dying is not started again and again
BEAT_SECONDS = LEASE_SECONDS / 8
RECALL_SECONDS = 5.0  # a pause waits so long for the run to come back (a loaded machine)


class WorkerLost(Exception):
    """The worker died, could not start, or stopped answering."""


class Worker:
    """The worker process and its two pipes (commands to it, data from it)."""

    def __init__(self):
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        their_commands, self._commands = context.Pipe(duplex=False)
        self._data, their_data = context.Pipe(duplex=False)
        self._process = context.Process(
            target=serve,
            args=(their_commands, their_data),
            name="NeuroStep training",
            daemon=True,
        )
        self.started = time.perf_counter()
        with _without_main_script():
            self._process.start()
        their_commands.close()  # the child's ends: their end of file is then the child's
        their_data.close()
        self.ready = self.lost = False
        self.ready_after = None  # seconds from the start to its first word
        self._runs = 0
        self._owner = None  # the run under way, and when its window last listened
        self._heard = 0.0

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def poll_ready(self) -> bool:
        """Whether the worker has said it is ready (without waiting)."""
        if not self.ready:
            self.receive(0.0)  # notes the "ready" message
        return self.ready

    def free(self) -> bool:
        """Whether no run holds the worker (or its window stopped listening long ago)."""
        return self._owner is None or time.monotonic() - self._heard > LEASE_SECONDS

    # ---- runs -------------------------------------------------------------------
    def begin(self, loop: Loop, settings: Settings) -> int:
        """Hand ``loop`` over; the run's id.  ``WorkerLost`` also if the loop cannot be
        pickled (the worker stays: that run trains in the window)."""
        try:
            state = pickle.dumps(loop, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # whatever pickle refuses
            raise WorkerLost(f"the run cannot go to the worker: {error}") from error
        self._runs += 1
        run = self._owner = self._runs
        self.send(("run", run, state, settings))
        return run

    def release(self, run: int) -> None:
        if self._owner == run:
            self._owner = None

    def heard_from(self, run: int) -> None:
        if self._owner == run:
            self._heard = time.monotonic()

    # ---- messages ---------------------------------------------------------------
    def send(self, message: tuple) -> None:
        try:
            self._commands.send(message)
        except (OSError, ValueError) as error:
            raise self.lose() from error

    def receive(self, timeout: float, run: int | None = None):
        """The next message about ``run`` (others are dropped), or None after ``timeout``
        seconds (0: only what has come already)."""
        deadline = time.monotonic() + timeout
        try:
            while self._data.poll(max(0.0, deadline - time.monotonic())):
                message = self._data.recv()
                if message[0] == "ready":
                    self.ready, self.ready_after = True, time.perf_counter() - self.started
                elif run is not None and message[1] == run:
                    return message
        except (EOFError, OSError) as error:
            raise self.lose() from error
        return None

    def modules(self, timeout: float = RECALL_SECONDS) -> list[str]:
        """The names of the modules the worker has imported."""
        self._runs += 1
        self.send(("modules", self._runs))
        message = self.receive(timeout, self._runs)
        if message is None:
            raise self.lose()
        return message[2]

    def close(self) -> None:
        """Tell the worker to end; make sure it has."""
        with contextlib.suppress(OSError, ValueError):
            self._commands.send(("quit", None))
        self._commands.close()
        self._data.close()
        self._process.join(timeout=1.0)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=1.0)
        self.lost = True

    def lose(self) -> WorkerLost:
        """Give the worker up (killed, in case it hangs); the exception to raise."""
        if not self.lost:
            self.lost = True
            with contextlib.suppress(Exception):
                self._process.kill()  # it may be hung rather than dead
                self._process.join(timeout=1.0)
        return WorkerLost("the training worker stopped")


class RemoteRun:
    """A run the worker trains, as the window sees it.

    ``loop`` is the window's copy of the run's loop: its trainer is the one handed
    over, but its network holds the last weights the worker sent, its log the epochs
    received and not yet shown, and its counters the worker's.  When the run comes
    back (``poll`` returns an ``Ending``, or ``recall``), ``loop`` is the worker's own,
    to go on with exactly.
    """

    def __init__(self, worker: Worker, loop: Loop, settings: Settings):
        self.worker, self.loop = worker, loop
        self._settings = settings
        self._beat = time.monotonic()
        self.home = False
        self.run = worker.begin(loop, settings)
        worker.heard_from(self.run)

    def poll(self, settings: Settings) -> Ending | None:
        """Take what the worker sent; the ``Ending`` if the run stopped by itself."""
        worker, now = self.worker, time.monotonic()
        worker.heard_from(self.run)
        if settings != self._settings:
            self._settings, self._beat = settings, now
            worker.send(("settings", self.run, settings))
        elif now - self._beat > BEAT_SECONDS:
            self._beat = now
            worker.send(("beat", self.run))
        while not self.home and (message := worker.receive(0.0, self.run)) is not None:
            ending = self._take(message)
            if ending is not None:
                return ending
        return None

    def recall(self) -> Ending | None:
        """Bring the run back now (its ``Ending`` if it had just stopped by itself)."""
        worker = self.worker
        worker.send(("pause", self.run))
        deadline = time.monotonic() + RECALL_SECONDS
        try:
            while not self.home:
                message = worker.receive(max(0.0, deadline - time.monotonic()), self.run)
                if message is None:
                    raise worker.lose()  # hung: what it had is lost, the window goes on
                ending = self._take(message)
                if ending is not None:
                    return ending
        finally:
            worker.release(self.run)
        return None

    def drop(self) -> None:
        """Forget the run (the document is being replaced)."""
        with contextlib.suppress(WorkerLost):
            self.worker.send(("stop", self.run))
        self.worker.release(self.run)

    def _take(self, message: tuple) -> Ending | None:
        kind, _run, *rest = message
        if kind == "epochs":
            figures, rows, weights, epoch, run_epochs, run_steps = rest
            loop = self.loop
            loop.log.extend(figures, rows)
            put_parameters(loop.trainer.net, weights)
            loop.epoch, loop.run_epochs, loop.run_steps = epoch, run_epochs, run_steps
            return None
        *ending, state = rest
        home = pickle.loads(state)
        home.log = self.loop.log  # the epochs received and not yet shown
        self.loop, self.home = home, True
        self.worker.release(self.run)
        return ending[0] if ending else None


@contextlib.contextmanager
def _without_main_script():
    """Start a spawned process without running this process's main script in it.

    Spawning runs the parent's ``__main__`` file again in the child (as
    ``__mp_main__``), so that what it defines can be unpickled there; the worker's
    code lives in this package, and the script may be one that imports Qt (a
    benchmark's, pytest's).  So the child is shown a main module without a file.
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


# ---- the application's worker ------------------------------------------------------
_worker: Worker | None = None
_starts = 0


def switched_on() -> bool:
    return os.environ.get(SWITCH, "1").strip() != "0"


def ready_worker() -> Worker | None:
    """The application's worker if it is ready and free; started on the first call
    (then None until it is ready).  None when switched off or it cannot start."""
    global _worker, _starts
    if not switched_on():
        return None
    if _worker is not None and _worker.lost:
        _worker = None
    if _worker is None:
        if _starts >= MAX_STARTS:
            return None
        _starts += 1
        try:
            _worker = Worker()
        except Exception:  # no process at all (a frozen app without support)
            _starts = MAX_STARTS
            return None
    try:
        ready = _worker.poll_ready()
    except WorkerLost:
        return None
    return _worker if ready and _worker.free() else None


def current() -> Worker | None:
    """The application's worker as it is (started or not, ready or not), or None."""
    return _worker


@atexit.register
def shut_down() -> None:
    """End the application's worker now (its window closes); a later Train starts
    another.  A worker ended so is not one that failed to start."""
    global _worker, _starts
    if _worker is not None and not _worker.lost:
        _worker.close()
        _starts = max(0, _starts - 1)
    _worker = None
