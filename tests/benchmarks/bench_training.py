"""Training speed: headless ``sim.Trainer`` against the window with every view refreshing.

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_training.py``
(``--seconds``: 1.5 per measurement; ``--rounds``: 3 turns of headless then window
per case, whose medians are printed, so a change of the machine's load hits both).
For xor (2-4-4-1, 500 points, batch 10), spiral (2-8-8-8-8-8-8-2, 500 points,
batch 10) and TensorFlow
Playground's defaults (2-4-2-1 tanh, circle, 250 points, batch 10, η = 0.03) it
prints, side by side:

- epochs per second of ``sim.Trainer`` alone on the same training points;
- epochs per second in the main window at 1280×720 while training runs there,
  with the decision view, the loss chart, the training panel and the canvas's
  neuron maps all in sight and refreshing; and their ratio (target ≥ 0.75);
- the longest gap between two events the window handled while training runs (how
  long it could not answer; target ≤ 50 ms), and the 99th percentile of those gaps:
  on a loaded machine the system sometimes takes the process off its core, and the
  longest gap then says more about the machine than about the window;
- one full refresh: a tick of the views' clock with every map recomputed, and
  the repaint (median of 30; target ≤ 10 ms);
- then ``bench_digits.py``'s figures: the digits network to 0.95 test accuracy in the
  window against headless, the timeline's memory after 100,000 epochs of xor and of
  digits, and the time to show a scrubbed epoch.

The machine's load (``os.getloadavg()``) is printed first: compare runs made one
after the other on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets it for the app
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import tempfile  # noqa: E402

from PySide6.QtCore import QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import simulator as sim  # noqa: E402

CASES = [
    # name, data set, points, sizes after the input, activations, batch, η
    ("xor 2-4-4-1", "xor", 500, [4, 4, 1], ["tanh", "tanh", "sigmoid"], 10, 0.03),
    ("spiral 2-8x6-2", "spiral", 500, [8] * 6 + [2], ["tanh"] * 6 + ["softmax"], 10, 0.03),
    ("Playground 2-4-2-1", "circle", 250, [4, 2, 1], ["tanh"] * 3, 10, 0.03),
]
VIEW_DOCKS = ("dockDecision", "dockLoss")


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


def headless(window, seconds: float) -> tuple[float, float]:
    """(epochs a second, epochs a CPU second) of a bare Trainer on the window's training
    points and network."""
    training = window.training
    train = training.train_set
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
        epochs += 1
    return epochs / (time.perf_counter() - start), epochs / (time.process_time() - cpu)


class EventGaps(QObject):
    """Times between two events delivered anywhere in the application: a handler (a
    training slice, a redraw) that runs long shows as a long gap."""

    def __init__(self):
        super().__init__()
        self.gaps: list[float] = []
        self._last = None

    def eventFilter(self, watched, event) -> bool:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(now - self._last)
        self._last = now
        return False


def in_window(app, window, seconds: float) -> tuple[float, float, list[float]]:
    """(epochs a second, epochs a CPU second, event gaps in ms) while the window trains."""
    training = window.training
    training.start()
    settle = time.perf_counter() + 0.2  # the first frames build the plots
    while time.perf_counter() < settle:
        app.processEvents()
    first = training.epoch
    watch = EventGaps()
    app.installEventFilter(watch)
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        app.processEvents()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    app.removeEventFilter(watch)
    epochs = training.epoch - first
    training.pause()
    app.processEvents()
    return epochs / elapsed, epochs / used, [1000 * g for g in watch.gaps]


def measure(app, window, seconds: float, rounds: int):
    """Headless and window rates taken in turns, so a change of the machine's load
    falls on both: medians of the rates and of the two ratios, and the longest gap.

    The ratio of wall-clock rates is what a user sees; on a machine shared with other
    work it swings with their load, so the ratio of rates per CPU second (what this
    process was given) is printed beside it.
    """
    alone, shown, wall, cpu, gaps = [], [], [], [], []
    for _ in range(rounds):
        a, a_cpu = headless(window, seconds)
        w, w_cpu, g = in_window(app, window, seconds)
        alone.append(a)
        shown.append(w)
        wall.append(w / a)
        cpu.append(w_cpu / a_cpu)
        gaps += g
    median = statistics.median
    gaps.sort()
    p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0
    return median(alone), median(shown), median(wall), median(cpu), (max(gaps, default=0), p99)


def full_refresh(app, window) -> float:
    """Median ms of one tick of the views' clock (every map anew) and its repaint."""
    clock = window.training.clock
    times = []
    for _ in range(30):
        start = time.perf_counter()
        clock.tick.emit()
        clock.frame.emit()
        app.processEvents()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="headless/window turns a case")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    # Fresh settings, as a new user has: the window's default dock layout.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from ui import MainWindow

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    print(f"load average (1, 5, 15 min): {os.getloadavg()}")
    print(
        f"{'case':<20} {'headless ep/s':>14} {'window ep/s':>12} {'ratio':>6} "
        f"{'(per CPU s)':>11} {'longest gap (99 %)':>19} {'refresh':>9}"
    )
    for case in CASES:
        set_up(window, case)
        app.processEvents()
        alone, rate, ratio, cpu_ratio, gap = measure(app, window, args.seconds, args.rounds)
        refresh = full_refresh(app, window)
        print(
            f"{case[0]:<20} {alone:>14.0f} {rate:>12.0f} {ratio:>6.2f} {cpu_ratio:>11.2f} "
            f"{gap[0]:>8.1f} ms ({gap[1]:>4.1f}) {refresh:>6.1f} ms"
        )
    print(f"load average afterwards: {os.getloadavg()}")
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
