"""Time of one step: the model's move plus every stepping view redrawn.

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/bench_stepping.py``.
Targets: ≤ 16 ms a step on the book's 2-3-2-2 network, ≤ 50 ms on 784-128-64-10.
Prints the median and the worst of many steps, forward and backward, first with
the three stepping panels alone, then inside the whole main window (canvas too).
``--profile`` instead runs cProfile around the whole window's steps on the book
network (each step and its repaint) and prints the 30 largest cumulative costs.
Figures depend on the machine's load: compare runs made one after the other.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import simulator as sim  # noqa: E402


def book_network(doc) -> None:
    doc.load_preset("book-3-layer")


def big_network(doc) -> None:
    net = sim.Network.create(784, [128, 64, 10], ["relu", "relu", "softmax"], seed=0)
    doc.set_network(net)
    rng = np.random.default_rng(0)
    for i in range(0, 784, 97):  # a few inputs set through the public API
        doc.set_input_value(i, float(rng.random()), merge=False)
    doc.set_target(np.eye(10)[3])


def panels_only(app):
    from ui.document import Document
    from ui.panels.computation import ComputationPanel
    from ui.panels.plots.activation import ActivationPanel
    from ui.panels.plots.gradients import GradientPanel
    from ui.window.step_actions import StepActions

    doc = Document()
    views = [ComputationPanel(doc), ActivationPanel(doc), GradientPanel(doc)]
    for view in views:
        view.resize(640, 360)
        view.show()
    views.append(StepActions(doc))
    return doc, views


def whole_window(app):
    from ui import MainWindow

    win = MainWindow()
    win.resize(1280, 720)
    win.show()
    for dock in ("dockActivation", "dockGradients"):  # draw both tabbed panels
        win.docks[dock].setFloating(True)
    return win.document, win


def time_steps(app, doc, move, n: int, profile=None) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        if profile is not None:
            profile.enable()
        moved = move()
        app.processEvents()
        if profile is not None:
            profile.disable()
        if not moved:
            break
        times.append((time.perf_counter() - t0) * 1000)
    return times


def report(label: str, times: list[float], target: float) -> None:
    if not times:
        print(f"{label:44s} no steps")
        return
    med, worst = statistics.median(times), max(times)
    ok = "ok" if med <= target else "OVER"
    print(
        f"{label:44s} median {med:6.2f} ms  worst {worst:6.2f} ms  "
        f"({len(times)} steps, target {target:.0f} ms: {ok})"
    )


def run(app, build, build_name: str, rounds: int = 8) -> None:
    for net_name, load, target, n in (
        ("book 2-3-2-2", book_network, 16, 7),
        ("784-128-64-10", big_network, 50, 20),
    ):
        doc, keep = build(app)
        load(doc)
        app.processEvents()
        fwd, bwd = [], []
        for _ in range(rounds):  # many short walks: the book net has only 7 neurons
            doc.reset_pass()
            app.processEvents()
            fwd += time_steps(app, doc, doc.step_forward, n)
            if not doc.cursor.forward_finished:
                doc.finish_pass()
            app.processEvents()
            bwd += time_steps(app, doc, doc.step_backward, n)
        report(f"{build_name}, {net_name}, forward step", fwd, target)
        report(f"{build_name}, {net_name}, backward step", bwd, target)
        del keep


def profile_window(app, rounds: int = 8) -> None:
    """cProfile of the whole window's steps (forward and backward) on the book network."""
    doc, keep = whole_window(app)
    book_network(doc)
    app.processEvents()
    profile = cProfile.Profile()
    for _ in range(rounds):
        doc.reset_pass()
        app.processEvents()
        time_steps(app, doc, doc.step_forward, 7, profile)
        if not doc.cursor.forward_finished:
            doc.finish_pass()
        app.processEvents()
        time_steps(app, doc, doc.step_backward, 7, profile)
    pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    del keep


def main() -> None:
    app = QApplication.instance() or QApplication([])
    if "--profile" in sys.argv:
        profile_window(app)
        return
    run(app, panels_only, "panels")
    try:
        run(app, whole_window, "window")
    except Exception as exc:  # the window is built by others; report, do not hide panels
        print(f"whole window not measured: {exc!r}")


if __name__ == "__main__":
    main()
