"""Training speed: headless ``sim.Trainer`` against the window with every view refreshing.

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_training.py``
(``--seconds``: 1 per measurement; ``--rounds``: 7 a case).  For xor (2-4-4-1,
500 points, batch 10), spiral (2-8-8-8-8-8-8-2, 500 points, batch 10) and TensorFlow
Playground's defaults (2-4-2-1 tanh, circle, 250 points, batch 10, η = 0.03) it prints:

0. The training worker's start-up: how long starting its process holds up the
   window's thread, and how long the process takes to be ready (median of 3 fresh
   workers; the window trains meanwhile).
1. Per round, measured in turns so that a change of the machine's load falls on all
   alike: epochs per second of ``sim.Trainer`` alone on the window's training
   points ("headless"); of ``sim.Trainer`` also measuring the test points after every
   epoch, as the window does for its loss chart ("+ test"); and in the main window at
   1280×720 while it trains with the decision view, the loss chart and the canvas's
   neuron maps in sight and refreshing, once with the training worker ("worker": a
   process of its own trains) and once with it switched off ("here": slices of the
   window's event loop, ``NEUROSTEP_TRAIN_WORKER=0``).  Then the ratios to headless of
   both (target ≥ 0.75), side by side, and the same ratios per CPU second of the
   process that trained (the worker's, read from /proc, or this one's): what the
   training costs, whatever share of the cores a loaded machine still gave it.  The last line of a
   case is the median of the rounds.
2. How steadily each view the student watches refreshed while the window trained,
   with the worker and without (target 10–30 Hz): repaints a second of the canvas
   (weights, values, neuron maps, dead marks), the decision view, the loss chart and
   the figures above it, and the longest time between two of them; the longest gap
   between two events the window handled (how long it could not answer; target ≤ 50
   ms) and the 99th percentile of those gaps (on a loaded machine the system sometimes
   takes the process off its core: the longest gap then says more about the machine
   than about the window); how long Pause took (the run back from the worker); and
   the full collections of Python's cycle collector (each walks every object there
   is, 55–70 ms of CPU with the window built, unless a run holds them off).
3. One full refresh after a training step: the Document shown the new weights, every
   map recomputed (the decision view and every neuron's thumbnail), the figures, and
   the repaint of it all (median of 30; target ≤ 10 ms), by the clock and in CPU
   time of the window's thread (what it costs, whatever else the machine runs).
4. ``bench_loop.py``'s figures: the CPU per epoch of the worker's loop against
   ``Trainer.epoch()`` alone, and what measuring, logging and watching add.
5. Then (unless ``--no-digits``) ``bench_digits.py``'s figures: the digits network to
   0.95 test accuracy in the window against headless, the timeline's memory after
   100,000 epochs of xor and of digits, and the time to show a scrubbed epoch.

The machine's load (``os.getloadavg()``) is printed before, after each case and after.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets them for the app
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_loop import loop_section  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import simulator as sim  # noqa: E402
from ui.training import worker_link  # noqa: E402

CASES = [
    # name, data set, points, sizes after the input, activations, batch, η
    ("xor 2-4-4-1", "xor", 500, [4, 4, 1], ["tanh", "tanh", "sigmoid"], 10, 0.03),
    ("spiral 2-8x6-2", "spiral", 500, [8] * 6 + [2], ["tanh"] * 6 + ["softmax"], 10, 0.03),
    ("Playground 2-4-2-1", "circle", 250, [4, 2, 1], ["tanh"] * 3, 10, 0.03),
]
VIEW_DOCKS = ("dockDecision", "dockLoss")
# The views a student watches while training, by the widget that paints them.
VIEWS = {
    "canvas": ("networkCanvas", True),
    "decision": ("decisionPlot", True),
    "loss chart": ("lossPlot", True),
    "figures": ("lossSummary", False),
}


def set_up(window, case) -> None:
    _name, data, n, sizes, acts, batch, rate = case
    doc, training = window.document, window.training
    training.pause()
    doc.set_network(sim.Network.create(2, sizes, acts, seed=0))
    training.set_dataset(data, n=n, noise=0.05, seed=0)
    training.optimizer = "sgd"
    training.learning_rate = rate
    training.batch_size = batch
    training.reset_weights()  # epoch 0, an empty loss chart
    for name in VIEW_DOCKS:
        window.docks[name].raise_()


def headless(window, seconds: float, with_test: bool) -> tuple[float, float]:
    """(epochs a second, epochs a CPU second) of a bare Trainer on the window's training
    points and network; ``with_test``: measuring the test points after each epoch too."""
    training = window.training
    train, test = training.train_set, training.test_set
    trainer = sim.Trainer(
        window.document.network.copy(),
        train.X,
        train.T,
        loss=training.loss,
        optimizer=sim.SGD(learning_rate=training.learning_rate),
        batch_size=training.batch_size,
    )
    trainer.epoch()  # warm up
    start, cpu, epochs = time.perf_counter(), time.process_time(), 0
    while time.perf_counter() - start < seconds:
        trainer.epoch()
        if with_test:
            trainer.evaluate(test.X, test.T)
        epochs += 1
    return epochs / (time.perf_counter() - start), epochs / (time.process_time() - cpu)


class EventWatch(QObject):
    """Times between two events delivered anywhere in the application (a handler that
    runs long shows as a long gap), and when each watched widget was painted."""

    def __init__(self, widgets: dict):
        super().__init__()
        self.gaps: list[float] = []
        self._last = None
        self._names = {id(w): name for name, w in widgets.items() if w is not None}
        self.paints: dict[str, list[float]] = {name: [] for name in widgets}
        self.collections: list[tuple[int, float]] = []  # (generation, ms) of each gc run
        self._collecting = 0.0

    def on_gc(self, phase: str, info: dict) -> None:
        """``gc.callbacks``' hook: how long each collection took."""
        now = time.perf_counter()
        if phase == "start":
            self._collecting = now
        else:
            self.collections.append((info["generation"], 1000 * (now - self._collecting)))

    def eventFilter(self, watched, event) -> bool:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(now - self._last)
        self._last = now
        if event.type() == QEvent.Type.Paint:
            name = self._names.get(id(watched))
            if name is not None:
                self.paints[name].append(now)
        return False


def view_widgets(window) -> dict:
    """The widget that paints each of ``VIEWS`` (a graphics view's viewport)."""
    out = {}
    for name, (object_name, viewport) in VIEWS.items():
        widget = window.findChild(QWidget, object_name)
        out[name] = widget.viewport() if widget is not None and viewport else widget
    return out


MODES = ("worker", "here")


def in_window(app, window, seconds: float, mode: str):
    """(epochs a second, epochs a CPU second, EventWatch) while the window trains, in the
    worker or here (``mode``); the watch also notes the pause's milliseconds and whether
    the worker still trained at the end."""
    training = window.training
    os.environ[worker_link.SWITCH] = "1" if mode == "worker" else "0"
    training.start()
    settle = time.perf_counter() + 0.2  # the first frames build the plots
    while time.perf_counter() < settle or (mode == "worker" and not training.runner.in_worker):
        app.processEvents()
    watch = EventWatch(view_widgets(window))
    ticks = []  # (time, epoch) at each refresh: epochs counted between two refreshes

    def note() -> None:
        ticks.append((time.perf_counter(), training.epoch))

    training.clock.tick.connect(note)
    app.installEventFilter(watch)
    gc.callbacks.append(watch.on_gc)
    start, cpu = time.perf_counter(), trainer_cpu(mode)
    while time.perf_counter() - start < seconds:
        app.processEvents()
    watched, used = time.perf_counter() - start, trainer_cpu(mode) - cpu
    gc.callbacks.remove(watch.on_gc)
    app.removeEventFilter(watch)
    training.clock.tick.disconnect(note)
    # From the first refresh to the last: the epoch counter moves at refreshes only
    # (11 Hz), so counted from the start to the end it was up to a refresh out at both.
    (first_at, first), (last_at, last) = ticks[0], ticks[-1]
    elapsed, epochs = last_at - first_at, last - first
    watch.stayed = training.runner.in_worker == (mode == "worker")
    began = time.perf_counter()
    training.pause()
    watch.pause_ms = 1000 * (time.perf_counter() - began)
    app.processEvents()
    os.environ[worker_link.SWITCH] = "1"
    watch.seconds = watched
    # epochs a CPU second: the rate over the refreshes, times the seconds per CPU second
    return epochs / elapsed, epochs / elapsed * watched / used, watch


def trainer_cpu(mode: str) -> float:
    """CPU seconds so far of the process that trains: the worker's (Linux's /proc; its
    clock ticks are 10 ms), or this one's."""
    if mode == "here":
        return time.process_time()
    with open(f"/proc/{worker_link.current().pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rounds(app, window, seconds: float, count: int):
    """Headless, headless with the test points, and the window with the worker and
    without, in turns; one row a round (and the watches of each mode)."""
    rows, watches = [], {mode: [] for mode in MODES}
    for r in range(count):
        alone, alone_cpu = headless(window, seconds, False)
        worker, worker_cpu, watch = in_window(app, window, seconds, "worker")
        watches["worker"].append(watch)
        here, here_cpu, watch = in_window(app, window, seconds, "here")
        watches["here"].append(watch)
        tested, _ = headless(window, seconds, True)
        ratios = (worker / alone, here / alone, worker_cpu / alone_cpu, here_cpu / alone_cpu)
        rows.append((alone, tested, worker, here, *ratios))
        lost = "" if watches["worker"][-1].stayed else "   (the worker was lost: ran here)"
        print(f"  round {r + 1:<13}" + _row(rows[-1]) + lost, flush=True)
    median = [statistics.median(column) for column in zip(*rows)]
    return median, watches


HEADER = (
    f"{'case':<22}{'headless':>9} {'+ test':>8} {'worker':>8} {'here':>8} "
    f"{'worker/h':>9} {'here/h':>8}   per CPU s: {'worker':>6} {'here':>6}"
)


def _row(values) -> str:
    alone, tested, worker, here, ratio_worker, ratio_here, cpu_worker, cpu_here = values
    return (
        f"{alone:>9.0f} {tested:>8.0f} {worker:>8.0f} {here:>8.0f} {ratio_worker:>9.2f} "
        f"{ratio_here:>8.2f}   {'':>11}{cpu_worker:>6.2f} {cpu_here:>6.2f}"
    )


def worker_start_up(count: int = 3) -> str:
    """How long starting the worker holds up this thread, and until it is ready."""
    held, ready = [], []
    for _ in range(count):
        began = time.perf_counter()
        worker = worker_link.Worker()
        held.append(1000 * (time.perf_counter() - began))
        while not worker.poll_ready():
            time.sleep(0.001)
        ready.append(worker.ready_after)
        worker.close()
    return (
        f"training worker: starting it holds the window {statistics.median(held):.0f} ms, "
        f"ready after {statistics.median(ready):.2f} s "
        f"(each: {', '.join(f'{r:.2f}' for r in ready)} s)   load {os.getloadavg()[0]:.2f}"
    )


def wait_for_worker(app) -> None:
    """Start the application's worker and wait until it is ready (outside the rounds)."""
    while worker_link.ready_worker() is None:
        app.processEvents()


def refresh_rates(watches) -> str:
    """Each view's repaints a second and longest wait between two, over all rounds."""
    parts = []
    for name in VIEWS:
        count = sum(len(w.paints[name]) for w in watches)
        seconds = sum(w.seconds for w in watches)
        longest = max(
            (b - a for w in watches for a, b in zip(w.paints[name], w.paints[name][1:])),
            default=float("nan"),
        )
        parts.append(f"{name} {count / seconds:4.1f} Hz (≤ {1000 * longest:3.0f} ms)")
    gaps = sorted(1000 * g for w in watches for g in w.gaps)
    p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0
    parts.append(f"longest gap {max(gaps, default=0):.1f} ms (99 %: {p99:.1f})")
    parts.append(f"pause {statistics.median(w.pause_ms for w in watches):.1f} ms")
    full = [ms for w in watches for generation, ms in w.collections if generation == 2]
    parts.append(f"full collections {len(full)} (longest {max(full, default=0):.1f} ms)")
    return ", ".join(parts)


def full_refresh(app, window) -> tuple[float, float, float]:
    """Median ms (by the clock, and in CPU time of the window's thread) of one refresh
    of every view after a training step, as a run makes it: the Document shown the new
    weights, the clock's refresh (every map anew, the figures) and one repaint; and the
    machine's load (1 min) as they were measured."""
    training = window.training
    clock = training.clock
    ticks = []
    clock.tick.connect(lambda: ticks.append(time.perf_counter()))
    wall, cpu = [], []
    for _ in range(30):
        training.train_epoch()  # on from there (one undo step; the clock is then idle)
        app.processEvents()
        window.document.show_weights(window.document.network.copy())  # live, as in a run
        net = _net_after_step(window)
        clock.run(True)  # steady, as in a run: the change below pokes no refresh of its own
        for count in (1, 2):  # its first refresh, then the first steady one: the next is
            while len(ticks) < count:  # a whole interval away, after the measurement
                app.processEvents()
        ticks.clear()
        start, used = time.perf_counter(), time.thread_time()
        window.document.show_weights(net)  # what a run shows at the clock's sync
        clock.sync.emit()  # then the rest of that refresh, in its order
        clock.tick.emit()
        clock.frame.emit()
        app.processEvents()  # the repaint
        app.processEvents()
        wall.append(1000 * (time.perf_counter() - start))
        cpu.append(1000 * (time.thread_time() - used))
        clock.run(False)
        app.processEvents()
        ticks.clear()
    return statistics.median(wall), statistics.median(cpu), os.getloadavg()[0]


def _net_after_step(window):
    """The Document's network one SGD step on, as a run would show it."""
    training = window.training
    net = window.document.network.copy()
    train = training.train_set
    trainer = sim.Trainer(net, train.X, train.T, loss=training.loss, batch_size=10)
    trainer.step()
    return net


def fresh_window(app):
    """The main window at 1280×720 with fresh settings, as a new user has (default docks)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from ui import MainWindow

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    return window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=7, help="rounds a case")
    parser.add_argument("--no-digits", action="store_true", help="without bench_digits's part")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    window = fresh_window(app)
    print(f"load average (1, 5, 15 min): {os.getloadavg()}")
    print(worker_start_up())
    wait_for_worker(app)
    print("epochs per second (window: with the worker, and here in the window's process)")
    print(HEADER)
    report = []
    for case in CASES:
        set_up(window, case)
        app.processEvents()
        print(case[0])
        median, watches = rounds(app, window, args.seconds, args.rounds)
        print(f"  {'median':<20}" + _row(median) + f"   load {os.getloadavg()[0]:.2f}")
        rates = {mode: refresh_rates(watches[mode]) for mode in MODES}
        report.append((case[0], rates, full_refresh(app, window)))
    print("\nviews while the window trains (repaints a second, longest wait between two)")
    for name, rates, _refresh in report:
        for mode in MODES:
            print(f"{name:<22}{mode:<7}{rates[mode]}")
    print("\none full refresh (every view, every map, the repaint): wall clock, CPU time")
    for name, _rates, (wall, cpu, load) in report:
        print(f"{name:<22}{wall:6.1f} ms {cpu:6.1f} ms   load {load:.2f}")
    print(f"load average afterwards: {os.getloadavg()}")
    loop_section(app, window)
    if not args.no_digits:
        digits_section(app, window, args.rounds)
    window.document.undo_stack.setClean()
    window.close()


def digits_section(app, window, rounds: int) -> None:
    """Issue 10's figures in the same window: digits to 95 % and the timeline (bench_digits)."""
    from bench_digits import digits_figures

    print()
    digits_figures(app, window, rounds)


if __name__ == "__main__":
    main()
