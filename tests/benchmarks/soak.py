"""Soak: the whole window through 10,000 mixed operations; memory growth and the slowest one.

Run: ``QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/soak.py [--ops N] [--seed S]
[--only "language,undo"]`` (``--only``: those kinds of operation alone, to profile one).
Targets: RSS growth < 20 MB over the run; no operation over 100 ms except opening a file
(an example or a saved network), which is listed apart.

Operations, drawn at random with fixed weights: value edits, structural edits, undo and
redo, stepping forward and backward, Apply update, language switches, opening examples and
saving/opening a file, and training an epoch.  To add one, write a function
``op(window, rng)`` and add it to ``OPERATIONS`` with its weight; put its name in ``OPENING``
if it reads a file.  Memory is measured after a warm-up pass that loads every example and
both languages once, so caches that fill once are not counted as growth.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

import simulator as sim  # noqa: E402

SMALL_EXAMPLES = [name for name in sim.PRESETS if name != "digits"]


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" (one per
    dock laid out): hundreds of lines would bury the figures."""
    previous = qInstallMessageHandler(None)

    def handler(kind, context, message):
        if "propagateSizeHints" not in message:
            if previous is not None:
                previous(kind, context, message)
            else:
                sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- the operations ---------------------------------------------------------------
def edit_weight(window, rng):
    doc = window.document
    k = rng.randrange(len(doc.network.layers))
    W = doc.network.layers[k].W
    doc.set_weight(k, rng.randrange(W.shape[0]), rng.randrange(W.shape[1]), rng.uniform(-3, 3))


def edit_bias(window, rng):
    doc = window.document
    k = rng.randrange(len(doc.network.layers))
    doc.set_bias(k, rng.randrange(doc.network.layers[k].n_out), rng.uniform(-2, 2))


def edit_input(window, rng):
    doc = window.document
    doc.set_input_value(rng.randrange(len(doc.input)), rng.uniform(-1, 1))


def resize_layer(window, rng):
    doc = window.document
    k = rng.randrange(len(doc.network.layers) - 1) if len(doc.network.layers) > 1 else None
    if k is not None and doc.network.sizes[k + 1] < 40:
        doc.resize_layer(k, max(1, doc.network.sizes[k + 1] + rng.choice((-1, 1))))


def add_or_remove_layer(window, rng):
    doc = window.document
    if len(doc.network.layers) > 4 or (len(doc.network.layers) > 1 and rng.random() < 0.5):
        doc.remove_layer(rng.randrange(len(doc.network.layers) - 1))
    elif doc.network.input_size <= 64:
        doc.insert_layer(rng.randrange(len(doc.network.layers)), rng.randrange(1, 6), "relu")


def select(window, rng):
    from ui.document import Selection

    doc = window.document
    column = rng.randrange(1, len(doc.network.sizes))
    doc.select(Selection("neuron", column, rng.randrange(doc.network.sizes[column])))


def undo(window, rng):
    window.document.undo_stack.undo()


def redo(window, rng):
    window.document.undo_stack.redo()


def step(window, rng):
    window.step_actions.action("actionStepForward").trigger()


def step_backward(window, rng):
    window.step_actions.action("actionStepBackward").trigger()


def finish_or_reset(window, rng):
    name = rng.choice(("actionFinishPass", "actionResetPass", "actionFinishLayer"))
    window.step_actions.action(name).trigger()


def apply_update(window, rng):
    if window.document.target is None:
        window.document.set_target([0.5] * window.document.network.output_size)
    window.step_actions.action("actionApplyUpdate").trigger()


def switch_language(window, rng):
    from ui.text import i18n

    window.set_language("zh" if i18n.current_language() == "en" else "en")


def train_epoch(window, rng):
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "actionTrainStep")
    if action.isEnabled():  # the example has a data set that fits the network
        action.trigger()


def open_example(window, rng):
    window.load_example(rng.choice(SMALL_EXAMPLES))


def save_and_open(window, rng):
    path = Path(tempfile.gettempdir()) / f"soak-{os.getpid()}.neurostep"
    window.document.save(path)
    window.files.open_path(str(path), ask=False)


# name -> (operation, weight)
OPERATIONS = {
    "edit weight": (edit_weight, 14),
    "edit bias": (edit_bias, 8),
    "edit input": (edit_input, 6),
    "resize layer": (resize_layer, 5),
    "add/remove layer": (add_or_remove_layer, 3),
    "select": (select, 8),
    "undo": (undo, 10),
    "redo": (redo, 6),
    "step": (step, 16),
    "backward step": (step_backward, 8),
    "finish/reset": (finish_or_reset, 5),
    "apply update": (apply_update, 5),
    "train epoch": (train_epoch, 3),
    "language": (switch_language, 2),
    "open example": (open_example, 2),
    "save and open": (save_and_open, 2),
}
OPENING = {"open example", "save and open"}  # these read a file: timed apart


class Collections:
    """The CPU time of Python's full garbage collections while watching (gen 2: each walks
    every object the process holds, tens of ms: one lands inside some operation)."""

    def __init__(self):
        self.times: list[float] = []
        self._start = 0.0

    def __enter__(self):
        gc.callbacks.append(self._heard)
        return self

    def __exit__(self, *_exc):
        gc.callbacks.remove(self._heard)

    def _heard(self, phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                self._start = time.thread_time()
            else:
                self.times.append(time.thread_time() - self._start)


def run(window, app, ops: int, rng: random.Random, only=None):
    """Each operation's (wall, CPU) seconds by name: CPU time is the main thread's own (the
    one a user waits on), which other work on a shared machine does not lengthen; a
    training run's worker thread is not counted.  ``only``: the names to draw from."""
    names = list(only or OPERATIONS)
    weights = [OPERATIONS[name][1] for name in names]
    times = defaultdict(list)
    for _ in range(ops):
        name = rng.choices(names, weights)[0]
        before = state_of(window) if SLOW is not None else ""
        start, cpu = time.perf_counter(), time.thread_time()
        OPERATIONS[name][0](window, rng)
        app.processEvents()  # the repaints are part of the cost
        times[name].append((time.perf_counter() - start, time.thread_time() - cpu))
        if SLOW is not None and times[name][-1][1] > 0.1:
            SLOW.append((times[name][-1][1], name, before))
    return times


SLOW: list | None = None  # with --slow: (CPU seconds, kind, state before) over 100 ms


def state_of(window) -> str:
    """What the window held before an operation: the network's layer sizes, the
    language, the undo steps and the docks shown (to find what makes one slow)."""
    from PySide6.QtWidgets import QDockWidget

    from ui.text import i18n

    document = window.document
    docks = sum(d.isVisible() for d in window.findChildren(QDockWidget))
    sizes = "-".join(str(n) for n in document.network.sizes)
    return (
        f"{sizes}, {i18n.current_language()}, {document.undo_stack.count()} undo steps, "
        f"{docks} docks shown"
    )


def report_slow() -> None:
    if SLOW is None:
        return
    print(f"operations over 100 ms CPU, slowest first ({len(SLOW)}), with the state before:")
    for seconds, name, state in sorted(SLOW, reverse=True)[:40]:
        print(f"  {seconds * 1000:7.1f} ms  {name:<17} {state}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help="comma-separated kinds, e.g. language,undo")
    parser.add_argument(
        "--slow", action="store_true", help="list each operation over 100 ms with the state before"
    )
    args = parser.parse_args()
    global SLOW
    SLOW = [] if args.slow else None
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(only) - set(OPERATIONS)
    if unknown:
        parser.error(f"unknown kind {', '.join(sorted(unknown))}; kinds: {', '.join(OPERATIONS)}")
    folder = tempfile.mkdtemp(prefix="neurostep-soak-")
    os.environ["XDG_DATA_HOME"] = folder  # the user's recovery files and log stay untouched
    app = QApplication.instance() or QApplication([])
    quiet_offscreen_warnings()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    # No modal dialog waits: unsaved changes are discarded, recovery declined.
    answers = {"warning": QMessageBox.StandardButton.Discard}
    for kind in ("warning", "critical", "question", "information"):
        answer = answers.get(kind, QMessageBox.StandardButton.No)
        setattr(QMessageBox, kind, staticmethod(lambda *a, _answer=answer, **k: _answer))
    from ui import MainWindow

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    rng = random.Random(args.seed)
    for name in SMALL_EXAMPLES:  # warm-up: every example and both languages once
        window.load_example(name)
        run(window, app, 20, rng)
    switch_language(window, rng)
    switch_language(window, rng)
    gc.collect()
    before, load = rss_mb(), os.getloadavg()
    start = time.perf_counter()
    with Collections() as collections:
        times = run(window, app, args.ops, rng, only)
    total = time.perf_counter() - start
    window.document.undo_stack.clear()
    gc.collect()
    after = rss_mb()
    report(times, before, after, total, args.ops, load)
    report_collections(collections.times)
    report_slow()
    window.document.undo_stack.setClean()
    window.close()


def report(times, before, after, total, ops, load) -> None:
    print(f"NeuroStep soak: {ops:,} operations in {total:.1f} s")
    print(f"load average (1, 5, 15 min) at start {_load(load)}, at end {_load(os.getloadavg())}")
    print(f"RSS {before:.1f} MB -> {after:.1f} MB: growth {after - before:+.1f} MB (target < 20)")
    print("wall ms as a user waits; cpu ms the main thread's (thread_time: no load adds to it)")
    print(">100, cpu>100: how many took over 100 ms, by the wall clock and in CPU time")
    head = ("operation", "count", "median", "p99", "max", "cpu med", "cpu p99", "cpu max")
    head += (">100", "cpu>100")
    print(f"{head[0]:<17}{head[1]:>6}" + "".join(f"{h:>9}" for h in head[2:]))
    for name, values in sorted(times.items(), key=lambda item: -max(item[1])[0]):
        wall, cpu = (sorted(v[i] * 1000 for v in values) for i in (0, 1))
        over = sum(w > 100 for w in wall), sum(c > 100 for c in cpu)
        figures = (*_spread(wall), *_spread(cpu))
        counts = "".join(f"{n:>9}" for n in over)
        print(f"{name:<17}{len(wall):>6}" + "".join(f"{f:>9.1f}" for f in figures) + counts)
    for label, kinds in (("operation", set(times) - OPENING), ("file opening", OPENING)):
        worst = max(((max(times[k])[0], k) for k in kinds if k in times), default=(0.0, "-"))
        target = "(target ≤ 100)" if label == "operation" else "(no target)"
        print(f"slowest {label}: {worst[1]} {worst[0] * 1000:.1f} ms {target}")


def report_collections(seconds: list[float]) -> None:
    longest = max(seconds, default=0.0) * 1000
    print(
        f"full garbage collections during the run: {len(seconds)}, "
        f"longest {longest:.1f} ms CPU (each inside one operation)"
    )


def _spread(values: list[float]) -> tuple[float, float, float]:
    """Median, 99th percentile and maximum of sorted ``values``."""
    return values[len(values) // 2], values[int(len(values) * 0.99)], values[-1]


def _load(load) -> str:
    return ", ".join(f"{x:.2f}" for x in load)


if __name__ == "__main__":
    main()
