"""One full refresh of the training views, part by part (``bench_training.py``'s figure 3).

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_refresh.py``
(``--count``: 40 refreshes a case).  For the cases of ``bench_training.py`` (xor
2-4-4-1, spiral 2-8-8-8-8-8-8-2, Playground's 2-4-2-1), the refresh a run makes after
a training step, timed as ``bench_training.full_refresh`` times it (target ≤ 10 ms),
and in CPU time of the window's thread (what it costs whatever else the machine
runs) for each of its parts, in their order:

- weights: the Document shown the new weights (the canvas's values, biases, edges);
- sync: the canvas's neuron maps (the thumbnails' forward pass, their pictures) and
  its dead units;
- tick: the figures;
- frame: the loss chart and the decision view (its forward pass over the plane, the
  heatmap's colours);
- repaint: every view painting what changed.

Medians over the refreshes (and the least CPU in all: the least disturbed by other work);
the machine's load (``os.getloadavg()``) beside each case.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets them for the app
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_training import CASES, _net_after_step, fresh_window, set_up  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PARTS = ("weights", "sync", "tick", "frame", "repaint")


def refreshes(app, window, count: int) -> tuple[list[float], dict[str, list[float]]]:
    """Wall-clock ms of ``count`` refreshes, and the CPU ms of each part of each."""
    training, clock = window.training, window.training.clock
    ticks = []
    clock.tick.connect(lambda: ticks.append(time.perf_counter()))
    wall, parts = [], {name: [] for name in PARTS}
    for _ in range(count):
        training.train_epoch()
        app.processEvents()
        window.document.show_weights(window.document.network.copy())
        net = _net_after_step(window)
        clock.run(True)
        for n in (1, 2):  # as bench_training: the first steady refresh has just been made
            while len(ticks) < n:
                app.processEvents()
        ticks.clear()
        steps = (
            lambda net=net: window.document.show_weights(net),
            clock.sync.emit,
            clock.tick.emit,
            clock.frame.emit,
            lambda: (app.processEvents(), app.processEvents()),
        )
        start = time.perf_counter()
        for name, step in zip(PARTS, steps):
            used = time.thread_time()
            step()
            parts[name].append(1000 * (time.thread_time() - used))
        wall.append(1000 * (time.perf_counter() - start))
        clock.run(False)
        app.processEvents()
        ticks.clear()
    return wall, parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="refreshes a case")
    parser.add_argument("--case", default="", help="only the cases whose name holds this")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the refreshes into FILE")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    window = fresh_window(app)
    print(f"load average (1, 5, 15 min): {os.getloadavg()}")
    print("one full refresh, median ms: wall clock, CPU in all (and its best), CPU of each part")
    head = f"{'case':<22}{'wall':>6} {'CPU':>6} {'best':>6}  "
    print(head + " ".join(f"{p:>8}" for p in PARTS))
    profile = cProfile.Profile() if args.profile else None
    for case in [c for c in CASES if args.case in c[0]]:
        set_up(window, case)
        app.processEvents()
        window.training.start()  # a few frames first: the plots are built, as in a run
        settle = time.perf_counter() + 0.5
        while time.perf_counter() < settle:
            app.processEvents()
        window.training.pause()
        app.processEvents()
        if profile is not None:
            profile.enable()
        wall, parts = refreshes(app, window, args.count)
        if profile is not None:
            profile.disable()
        cpu = [sum(p) for p in zip(*parts.values())]
        row = " ".join(f"{statistics.median(parts[p]):8.2f}" for p in PARTS)
        print(
            f"{case[0]:<22}{statistics.median(wall):6.1f} {statistics.median(cpu):6.1f}"
            f" {min(cpu):6.1f}  {row}"
            f"   load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
    if profile is not None:
        profile.dump_stats(args.profile)
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
