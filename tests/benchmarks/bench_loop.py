"""The training worker's loop against ``Trainer.epoch()`` alone, in CPU time per epoch.

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_loop.py``
(``bench_training.py`` prints the same after its own figures).  For each of
``bench_training``'s cases, on the window's training and test points: the CPU
microseconds per epoch of a bare ``sim.Trainer.epoch()``, and of the ``Loop`` as
the worker runs it (slices of ``SLICE_SECONDS`` with its overrun, every epoch
measured on the test points, logged and watched), the same trainer in turns of
0.2 s of this thread's CPU time (``time.thread_time``: what it costs, whatever else the machine
runs; median of the turns).  Then what the loop adds per epoch and the ratio
bare / loop, the most the worker can reach of headless on an idle core.  The
parts of that: ``measure`` on the test points, ``SliceLog.add`` and the watch.
"""

from __future__ import annotations

import os
import pickle
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ui.training.history import measure  # noqa: E402
from ui.training.slice_log import SliceLog  # noqa: E402
from ui.training.watch import DivergenceWatch  # noqa: E402
from ui.training.worker import OVERRUN_SECONDS, SLICE_SECONDS  # noqa: E402

TURN_SECONDS = 0.2
TURNS = 8


def cpu_per(call, count_of) -> float:
    """CPU µs per unit (``count_of()`` counts them) over one turn of ``call()``s."""
    began, first = time.thread_time(), count_of()
    while time.thread_time() - began < TURN_SECONDS:
        call()
    return 1e6 * (time.thread_time() - began) / (count_of() - first)


def worker_loop(window):
    """The run's ``Loop`` as the worker receives it (pickled), begun."""
    runner = window.training.runner
    runner._begin()  # builds the loop for the network and data as they are
    loop = pickle.loads(pickle.dumps(runner._loop, protocol=pickle.HIGHEST_PROTOCOL))
    runner._start = None
    loop.begin(loop.trainer.net.copy(), 0)
    return loop


def case_figures(window) -> tuple[float, ...]:
    """(bare, loop, measure, add, watch) CPU µs per epoch for the window's case now."""
    loop = worker_loop(window)
    # The same trainer both ways, in turns: two copies of one trainer differed by up
    # to 10 % in CPU per epoch, more than what the loop adds.
    bare = loop.trainer

    def run() -> None:
        loop.run(time.perf_counter() + SLICE_SECONDS, OVERRUN_SECONDS)
        if loop.log.count > 1000:
            loop.log.take()

    log, trainer, test = SliceLog(), loop.trainer, loop.parts[1]
    counter = [0]

    def add() -> None:
        log.add(trainer.net, (0.5, 0.5), (0.5, 0.5))
        counter[0] += 1
        if log.count > 1000:
            log.take()

    def tested() -> None:
        measure(trainer, test)
        counter[0] += 1

    row = np.concatenate([p.ravel() for p in trainer.net.parameters()])
    # A watch of its own: the run's best loss may be far below 1.0 by now, and the
    # loop's watch would then take this made-up epoch for an explosion.
    watch = DivergenceWatch()
    watch.start(trainer.net, 0, 1.0)

    def watched() -> None:
        watch.check(1.0, 0.1)
        watch.epoch_done(row, 1, 1.0)
        counter[0] += 1

    turns = {"bare": [], "loop": [], "measure": [], "add": [], "watch": []}
    bare.epoch(), run()  # warm up: the plans, the log's rows
    for _ in range(TURNS):
        turns["bare"].append(cpu_per(bare.epoch, lambda: bare.epochs_done))
        turns["loop"].append(cpu_per(run, lambda: loop.run_epochs))
    for name, call in (("measure", tested), ("add", add), ("watch", watched)):
        turns[name].append(cpu_per(call, lambda: counter[0]))
    return tuple(statistics.median(values) for values in turns.values())


def loop_section(app, window) -> None:
    """Print the figures of every case, in ``window`` (``bench_training``'s)."""
    import bench_training as bench

    print(f"\nthe worker's loop, CPU µs per epoch   load {os.getloadavg()[0]:.2f}")
    print(
        f"{'case':<22}{'epoch()':>9} {'loop':>8} {'added':>7} {'bare/loop':>10}   "
        "of which: measure(test), log.add, watch"
    )
    for case in bench.CASES:
        bench.set_up(window, case)
        app.processEvents()
        bare, loop, tested, added, watched = case_figures(window)
        print(
            f"{case[0]:<22}{bare:>9.0f} {loop:>8.0f} {loop - bare:>7.0f} {bare / loop:>10.3f}"
            f"   {tested:.0f}, {added:.1f}, {watched:.1f}"
        )
    print(f"load {os.getloadavg()[0]:.2f}")


def main() -> None:
    import bench_training as bench
    from PySide6.QtWidgets import QApplication

    os.environ["NEUROSTEP_TRAIN_WORKER"] = "0"
    app = QApplication.instance() or QApplication([])
    window = bench.fresh_window(app)
    loop_section(app, window)
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
