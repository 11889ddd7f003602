"""Digits and the training timeline: time to 95 %, the timeline's memory, a scrub's cost.

Run on its own: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_digits.py``
(``--rounds``: 3 turns of headless then window; ``--epochs``: 100,000 per timeline);
``bench_training.py`` runs it too, after its own cases, in its window.  It prints:

- the time the digits example (64-32-10, Adam η = 0.003, batches of 32, 1,438
  training and 359 test images) takes to reach 0.95 test accuracy: headless
  (``sim.Trainer``, measuring the test points after every epoch as the window does)
  against the main window at 1280×720 with the pad, the loss chart, the feature maps
  and the confusion matrix in sight, side by side, and their ratio (medians of the rounds);
- the timeline's memory after 100,000 epochs of xor (2-4-4-1) and of digits
  (goal ≤ 50 MB whatever the run's length).  The epochs are *simulated*: the
  training model's ``epochReached`` signal is emitted 100,000 times with a network
  whose weights drift a little each time, so the timeline takes and thins its
  snapshots exactly as in a run, without training 100,000 epochs (hours for digits).
  Both what the store counts and what ``tracemalloc`` saw allocated are printed;
- the time to show a scrubbed epoch (``TimelineBar.scrub_to`` and the repaint of
  every view in sight; median and worst of 30 epochs, goal ≤ 30 ms), for a real
  digits run of 30 epochs (the timeline's lookups cost the same at any length:
  at most ``store.MAX_ROWS`` snapshots are kept): the wall clock, and beside it the
  process's CPU time, the steadier figure on a loaded machine (``--only scrub``
  prints this figure alone).

The machine's load (``os.getloadavg()``) is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets it for the app
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import simulator as sim  # noqa: E402

GOAL = 0.95
DIGITS_DOCKS = ("dockDigits", "dockLoss", "dockFeatures", "dockConfusion")
MB = 2**20


def open_digits(app, window) -> None:
    """Examples ▸ Handwritten digits, fresh weights, the digits views in sight."""
    window.training.pause()
    window.document.undo_stack.setClean()  # a benchmark's edits need no prompt
    window.document.load_preset("digits")
    window.training.reset_weights()
    for name in DIGITS_DOCKS:
        window.docks[name].show()
        window.docks[name].raise_()
    app.processEvents()


def headless_to_goal(window, limit: float = 120.0) -> tuple[float, int]:
    """(seconds, epochs) a bare ``sim.Trainer`` takes from the window's weights to GOAL."""
    training = window.training
    train, test = training.train_set, training.test_set
    trainer = sim.Trainer(
        window.document.network.copy(),
        train.X,
        train.T,
        loss=training.loss,
        optimizer=sim.Adam(learning_rate=training.learning_rate),
        batch_size=training.batch_size,
    )
    start, epochs = time.perf_counter(), 0
    while time.perf_counter() - start < limit:
        trainer.epoch()
        epochs += 1
        if trainer.evaluate(test.X, test.T)[1] >= GOAL:
            break
    return time.perf_counter() - start, epochs


def window_to_goal(app, window, limit: float = 120.0) -> tuple[float, int]:
    """(seconds, epochs) the window takes from Train to GOAL, every view refreshing."""
    training = window.training
    start = time.perf_counter()
    training.start()
    while time.perf_counter() - start < limit:
        app.processEvents()
        accuracy = training.history.test_accuracy
        if accuracy and accuracy[-1] >= GOAL:
            break
    elapsed = time.perf_counter() - start
    training.pause()
    app.processEvents()
    return elapsed, training.epoch


def time_to_goal(app, window, rounds: int) -> None:
    alone, shown = [], []
    for _ in range(rounds):
        open_digits(app, window)
        alone.append(headless_to_goal(window))
        open_digits(app, window)  # the same starting weights again
        shown.append(window_to_goal(app, window))
    a = statistics.median(s for s, _e in alone)
    w = statistics.median(s for s, _e in shown)
    epochs = (statistics.median(e for _s, e in alone), statistics.median(e for _s, e in shown))
    print(f"digits to {GOAL:.0%} test accuracy (median of {rounds}):")
    print(f"  {'headless':>10} {'window':>10} {'ratio':>6}   epochs (headless, window)")
    print(f"  {a:>8.2f} s {w:>8.2f} s {w / a:>6.2f}   {epochs[0]:.0f}, {epochs[1]:.0f}")


def simulate_epochs(window, epochs: int) -> tuple[float, float, int, float]:
    """Emit ``epochReached`` ``epochs`` times after the current epoch, drifting weights.

    Returns (MB the store counts, MB tracemalloc saw still allocated, epochs kept, seconds:
    the timeline's cost per epoch, times ``epochs``).
    """
    model = window.training
    net = window.document.current_network.copy()
    rng = np.random.default_rng(0)
    first = model.epoch
    gc_before = tracemalloc.is_tracing()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    # The timeline's own signals wait, as its bar waits for the clock's ticks in a run
    # (not running, it would redraw the slider at every epoch).
    model.timeline.blockSignals(True)
    for k in range(1, epochs + 1):
        layer = net.layers[k % len(net.layers)]
        layer.W += rng.normal(0.0, 1e-3, size=layer.W.shape)  # a step's worth of drift
        model.epochReached.emit(first + k, net)
    model.timeline.blockSignals(False)
    model.timeline.changed.emit()
    elapsed = time.perf_counter() - start
    held = (tracemalloc.get_traced_memory()[0] - base) / MB
    if not gc_before:
        tracemalloc.stop()
    branch = model.progress.snapshots
    return model.timeline.nbytes / MB, held, len(branch), elapsed


def timeline_memory(app, window, epochs: int) -> None:
    print(f"timeline after {epochs:,} epochs (simulated: epochReached fed directly):")
    print(f"  {'case':<14} {'store':>9} {'allocated':>10} {'kept':>6} {'feeding':>9}")
    cases = (("xor 2-4-4-1", "xor", [4, 4, 1], ["tanh", "tanh", "sigmoid"]),)
    for name, data, sizes, acts in cases:
        window.training.pause()
        window.document.undo_stack.setClean()
        window.document.new()
        window.document.set_network(sim.Network.create(2, sizes, acts, seed=0))
        window.training.set_dataset(data, n=200, noise=0.05, seed=0)
        window.training.reset_weights()
        app.processEvents()
        _row(name, *simulate_epochs(window, epochs))
    open_digits(app, window)
    _row("digits 64-32-10", *simulate_epochs(window, epochs))


def _row(name, store, held, kept, seconds) -> None:
    print(f"  {name:<14} {store:>6.1f} MB {held:>7.1f} MB {kept:>6} {seconds:>7.1f} s")


def scrub_times(app, window, what: str) -> None:
    """Median and worst ms to show 30 epochs spread over the timeline, repaint included."""
    bar = window.findChild(QWidget, "trainingTimeline")
    window.docks["dockLoss"].raise_()
    app.processEvents()
    positions = [e for e in bar.positions() if e is not None]
    picks = [positions[int(i)] for i in np.linspace(0, len(positions) - 2, 30)]
    times, cpu = [], []
    for epoch in picks:
        start, start_cpu = time.perf_counter(), time.process_time()
        bar.scrub_to(epoch)
        app.processEvents()
        times.append(1000 * (time.perf_counter() - start))
        cpu.append(1000 * (time.process_time() - start_cpu))
    bar.scrub_to(None)
    app.processEvents()
    print(
        f"show a scrubbed epoch ({what}, {len(positions)} kept): "
        f"median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms (goal ≤ 30 ms); "
        f"CPU time median {statistics.median(cpu):.1f} ms, worst {max(cpu):.1f} ms"
    )


def digits_figures(app, window, rounds: int = 3, epochs: int = 100_000, only=None) -> None:
    """Every figure above (or ``only`` "scrub"), in ``window`` (a shown MainWindow at 1280×720)."""
    print(f"load average (1, 5, 15 min): {os.getloadavg()}")
    if only is None:
        time_to_goal(app, window, rounds)
    open_digits(app, window)
    window.training.stop_epochs = 30
    window.training.start()
    while window.training.is_running:
        app.processEvents()
    window.training.stop_epochs = None
    scrub_times(app, window, "a 30-epoch digits run")
    if only is None:
        timeline_memory(app, window, epochs)
    print(f"load average afterwards: {os.getloadavg()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="headless/window turns")
    parser.add_argument("--epochs", type=int, default=100_000, help="simulated per timeline")
    parser.add_argument("--only", choices=["scrub"], help="print this figure alone")
    args = parser.parse_args()
    from bench_training import fresh_window

    app = QApplication.instance() or QApplication([])
    window = fresh_window(app)
    digits_figures(app, window, args.rounds, args.epochs, args.only)
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
