"""Large networks up to the editor's limits: what an edit, a step, a save and an open cost.

Run: ``uv run python tests/benchmarks/bench_scale.py [--json OUT] [--compare BASE.json]``.

Prints, in one run:

- one weight edit + canvas redraw (median) at 6 hidden layers of 8, the book net,
  784-128-64-10, 784-512-512-10 and 1024-2048-2048-10 (targets ≤ 8, ≤ 8, ≤ 16, —,
  ≤ 50 ms), as the issue measured it (nothing stepped, as bench_canvas.py does) and
  with the whole pass computed and a target set (every value and δ drawn again); at
  the larger ones also the edit of a drawn (the strongest) edge, weakened step by step
  so that it leaves the drawn set;
- ``set_network`` at 1024-2048-2048-10 with the canvas showing it;
- memory growth over 1,000 mixed edits (values and structure) at 784-512-512-10 (≤ 20 MB);
- the undo history's size at 1024-2048-2048-10 after structural edits, against its budget;
- one forward and one backward step through the whole window at 1024-2048-2048-10 and at
  1024-4096-10 (a 4,096-neuron layer) (≤ 50 ms);
- save and open through the window of 1024-2048-2048-10 and of the largest network the
  limits allow (``sim.MAX_PARAMETERS``): how long, and the longest time the window went
  without handling events; where the file format refuses to open the file (main's 16 MB
  limit before issue 12), also the largest file it opens.

``--json OUT`` writes the figures; ``--compare BASE.json`` prints them beside an earlier
run's (e.g. main at the branch point). Figures depend on the machine's load, printed first.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# as main.py sets it for the app (and conftest for the tests): with OpenBLAS's threads a
# pass's 1024×2048 product took 20 ms on a busy machine, 1 ms with one thread
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

import simulator as sim  # noqa: E402

BIG = (1024, [2048, 2048, 10])
FIGURES: dict[str, float | str] = {}
CPU_MS: list[float] = []  # each edit_ms's median CPU time: steadier than the clock when busy
TARGETS: dict[str, str] = {}


def network(sizes) -> sim.Network:
    n_in, layers = sizes
    acts = ["relu"] * (len(layers) - 1) + ["softmax"]
    return sim.Network.create(n_in, layers, acts, seed=0)


def edit_networks() -> list[tuple[str, sim.Network, str]]:
    return [
        ("6 hidden layers of 8", sim.Network.create(4, [8] * 6 + [2], "tanh", seed=0), "≤ 8"),
        ("book 2-3-2-2", sim.load_preset("book-3-layer").network, "≤ 8"),
        ("784-128-64-10", network((784, [128, 64, 10])), "≤ 16"),
        ("784-512-512-10", network((784, [512, 512, 10])), "—"),
        ("1024-2048-2048-10", network(BIG), "≤ 50"),
    ]


def record(name: str, value, target: str = "") -> None:
    FIGURES[name] = value
    TARGETS[name] = target


def ready_document(doc, net, stepped: bool = True) -> None:
    """``net`` shown with an example input, a one-hot target and (``stepped``) the pass done."""
    doc.set_network(net)
    rng = np.random.default_rng(0)
    for i in range(0, net.input_size, max(1, net.input_size // 7)):
        doc.set_input_value(i, float(rng.random()), merge=False)
    doc.set_target(np.eye(net.output_size)[0])
    if stepped:
        doc.finish_pass()


# ---- weight edits -------------------------------------------------------------------
def edit_ms(app, net, repeats: int, strongest: bool, stepped: bool = True) -> float:
    """Median ms of one ``set_weight`` until the canvas has repainted."""
    from ui.canvas import NetworkCanvas
    from ui.document import Document

    doc = Document()
    canvas = NetworkCanvas(doc)
    canvas.resize(1000, 620)
    canvas.show()
    ready_document(doc, net, stepped)
    app.processEvents()
    W = doc.network.layers[0].W
    i, j = np.unravel_index(np.argmax(np.abs(W)), W.shape) if strongest else (0, 0)
    start_value = float(W[i, j])
    times, cpu = [], []
    for k in range(repeats):
        # a drawn edge weakens step by step (it may leave the drawn set); else small values
        value = start_value * (1 - (k + 1) / (repeats + 1)) if strongest else 0.01 * (k + 1)
        t0, c0 = time.perf_counter(), time.process_time()
        doc.set_weight(0, int(i), int(j), value, merge=False)
        app.processEvents()
        canvas.viewport().repaint()
        times.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    canvas.close()
    CPU_MS.append(statistics.median(cpu))
    return statistics.median(times)


def weight_edits(app) -> None:
    print("One weight edit + canvas redraw (Document.set_weight, 1000×620 view), median ms,")
    print("wall clock / CPU time of this process (the CPU time is steadier on a busy machine):")
    print(f"  {'':22s} {'nothing stepped':>16s} {'pass finished':>16s} {'a drawn edge':>16s}")
    for name, net, target in edit_networks():
        repeats = 12 if net.layers[0].W.size > 10**6 else 30
        cells = []
        for label, strongest, stepped in (
            ("", False, False),
            (", pass finished", False, True),
            (" of a drawn edge", True, True),
        ):
            if strongest and net.layers[0].W.size <= 2500:
                cells.append(f"{'':>16s}")
                continue
            ms = edit_ms(app, net.copy(), repeats, strongest=strongest, stepped=stepped)
            record(f"edit{label}, {name}", ms, target if not label else "")
            record(f"edit{label}, {name} (CPU)", CPU_MS[-1], target if not label else "")
            cells.append(f"{ms:7.1f} / {CPU_MS[-1]:5.1f}")
        print(f"  {name:22s} " + " ".join(f"{c:>16s}" for c in cells) + f"  (target {target})")


def set_network_ms(app) -> None:
    from ui.canvas import NetworkCanvas
    from ui.document import Document

    doc = Document()
    canvas = NetworkCanvas(doc)
    canvas.resize(1000, 620)
    canvas.show()
    app.processEvents()
    times = []
    for seed in range(3):
        net = sim.Network.create(BIG[0], BIG[1], ["relu", "relu", "softmax"], seed=seed)
        t0 = time.perf_counter()
        doc.set_network(net)
        app.processEvents()
        canvas.viewport().repaint()
        times.append(1000 * (time.perf_counter() - t0))
    canvas.close()
    ms = statistics.median(times)
    record("set_network 1024-2048-2048-10", ms)
    print(f"set_network at 1024-2048-2048-10, canvas shown: median {ms:.0f} ms")


# ---- memory -------------------------------------------------------------------------
def mixed_edit(doc, k: int, rng) -> None:
    """Edit number ``k`` of a student's session: mostly values, now and then structure."""
    net, kind = doc.network, k % 8
    layer = int(rng.integers(len(net.layers)))
    if kind in (0, 3):
        W = net.layers[layer].W
        doc.set_weight(layer, int(rng.integers(W.shape[0])), int(rng.integers(W.shape[1])), k)
    elif kind == 1:
        doc.set_bias(layer, int(rng.integers(net.layers[layer].n_out)), float(k))
    elif kind in (2, 6):
        doc.set_input_value(int(rng.integers(net.input_size)), float(k), merge=False)
    elif kind == 4:  # a hidden layer's activation: every array stays as it was
        doc.set_activation(1, "tanh" if net.layers[1].activation == "relu" else "relu")
    elif kind == 5:  # the output layer one neuron wider, then back
        doc.resize_layer(len(net.layers) - 1, 11 if net.output_size == 10 else 10)
    elif len(net.layers) == 3:  # a small layer before the output, then gone again
        doc.insert_layer(2, 8, "relu")
    else:
        doc.remove_layer(2)


def traced_mb() -> float:
    gc.collect()
    return tracemalloc.get_traced_memory()[0] / 2**20


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def mixed_edits_memory() -> None:
    from ui.document import Document

    doc = Document()
    ready_document(doc, network((784, [512, 512, 10])))
    rng = np.random.default_rng(1)
    tracemalloc.start()
    before, rss = traced_mb(), rss_mb()
    t0 = time.perf_counter()
    for k in range(1000):
        mixed_edit(doc, k, rng)
    seconds = time.perf_counter() - t0
    growth, rss_growth = traced_mb() - before, rss_mb() - rss
    tracemalloc.stop()
    record("memory 1000 mixed edits (MB)", growth, "≤ 20")
    print(
        f"1,000 mixed edits at 784-512-512-10: +{growth:.1f} MB traced (+{rss_growth:.0f} MB RSS), "
        f"{seconds:.1f} s in all, {doc.undo_stack.count()} undo steps (target ≤ 20 MB)"
    )


def history_size() -> None:
    from ui.document import Document

    doc = Document()
    ready_document(doc, network(BIG))
    tracemalloc.start()
    before = traced_mb()
    for k in range(12):  # hidden layers resized, an activation changed, a layer added/removed
        kind = k % 4
        if kind == 0:
            doc.resize_layer(0, 2049 + k)
        elif kind == 1:
            doc.set_activation(1, "tanh" if k % 8 == 1 else "relu")
        elif kind == 2:
            doc.resize_layer(1, 2047 - k)
        elif len(doc.network.layers) == 3:
            doc.insert_layer(2, 64, "relu")
        else:
            doc.remove_layer(2)
    held = traced_mb() - before
    tracemalloc.stop()
    accounted = getattr(doc, "history_bytes", None)
    budget = getattr(doc, "history_budget", None)
    text = f"undo history at 1024-2048-2048-10 after 12 structural edits: +{held:.0f} MB traced"
    if accounted is not None:
        text += f", history holds {accounted() / 2**20:.0f} MB of a {budget / 2**20:.0f} MB budget"
        text += f", {doc.undo_stack.count()} steps kept"
    else:
        text += f" (no budget), {doc.undo_stack.count()} steps kept"
    record("undo history 1024-2048-2048-10 (MB)", held)
    print(text)


# ---- the window ---------------------------------------------------------------------
def make_window(app):
    from ui import MainWindow

    win = MainWindow()
    win.resize(1280, 720)
    win.show()
    app.processEvents()
    return win


def step_times(app, doc, move, n: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU ms of up to ``n`` steps, each until the window has drawn it."""
    times, cpu = [], []
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        if not move():
            break
        app.processEvents()
        times.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    return times, cpu


def window_steps(app, sizes, name: str) -> None:
    win = make_window(app)
    doc = win.document
    ready_document(doc, network(sizes))
    doc.reset_pass()
    app.processEvents()
    forward = step_times(app, doc, doc.step_forward, 15)
    doc.finish_pass()
    app.processEvents()
    backward = step_times(app, doc, doc.step_backward, 15)
    for label, (times, cpu) in (("forward", forward), ("backward", backward)):
        ms, cpu_ms = statistics.median(times), statistics.median(cpu)
        record(f"{label} step {name}", ms, "≤ 50")
        record(f"{label} step {name} (CPU)", cpu_ms, "≤ 50")
        print(
            f"  {name:18s} {label:8s} step: median {ms:6.1f} ms (CPU {cpu_ms:5.1f}),"
            f" worst {max(times):6.1f} ms"
        )
    doc.undo_stack.setClean()
    win.close()


# ---- files --------------------------------------------------------------------------
def largest_network() -> sim.Network:
    """1024-2048-2048-10, or a wider one when the limits allow more weights."""
    limit = getattr(sim, "MAX_PARAMETERS", None)
    if limit is None:
        return network(BIG)
    # two hidden layers of 2,048 and 10 outputs, the inputs as many as the limit allows
    n_in = min(sim.MAX_NEURONS, (limit - 2049 * 2048 - 2049 * 10) // 2048 - 1)
    return network((max(n_in, 1024), [2048, 2048, 10]))


def longest_gap(app, work) -> tuple[float, float]:
    """(seconds ``work()`` took, longest ms between two ticks of a 10 ms timer meanwhile)."""
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    t0 = time.perf_counter()
    ticks.append(t0)
    work()
    end = time.perf_counter()
    ticks.append(end)
    timer.stop()
    gaps = np.diff(ticks) * 1000
    return end - t0, float(gaps.max())


def files(app) -> None:
    for net, label in ((network(BIG), "1024-2048-2048-10"), (largest_network(), "largest")):
        if label == "largest" and net.sizes == network(BIG).sizes:
            continue  # no parameter limit (before issue 12): the large case is it
        count = sum(layer.W.size + layer.b.size for layer in net.layers)
        sizes = "-".join(map(str, net.sizes))
        print(f"Save and open through the window, {sizes} ({count:,} weights and biases):")
        if save_and_open(app, net, label):  # refused: main's 16 MB limit, before issue 12
            print("  784-900-10, about the largest file the format opens before issue 12 (16 MB):")
            save_and_open(app, network((784, [900, 10])), "largest file opened")


def save_and_open(app, net, label: str) -> bool:
    """Save ``net`` through the window, open it again; True if the open was refused."""
    win = make_window(app)
    ready_document(win.document, net)
    app.processEvents()  # what the new network left to draw is not part of the save
    path = Path(tempfile.mkdtemp()) / "largest.neurostep"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(path), ""))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(path), ""))
    errors = []
    for kind in ("critical", "warning"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: errors.append(a[2])))
    took, gap = longest_gap(app, win.action_map["actionSaveAs"].trigger)
    mb = path.stat().st_size / 2**20 if path.exists() else 0.0
    outcome = errors[-1].splitlines()[-1] if errors else f"{mb:.0f} MB written"
    record(f"save {label} (s)", took)
    record(f"save {label}: longest freeze (ms)", gap)
    print(f"  save: {took:5.1f} s, window unresponsive at most {gap:6.0f} ms ({outcome})")
    errors.clear()
    win.document.undo_stack.setClean()
    took, gap = longest_gap(app, win.action_map["actionOpen"].trigger)
    refused = bool(errors)
    outcome = errors[-1].splitlines()[-1] if errors else f"opened {win.document.network.sizes}"
    record(f"open {label} (s)", took)
    record(f"open {label}: longest freeze (ms)", gap)
    print(f"  open: {took:5.1f} s, window unresponsive at most {gap:6.0f} ms ({outcome})")
    win.document.undo_stack.setClean()
    win.close()
    path.unlink(missing_ok=True)
    return refused


# ---- output -------------------------------------------------------------------------
def compare(base_path: str) -> None:
    base = json.loads(Path(base_path).read_text())["figures"]
    print(f"\nBefore ({base_path}) and after, side by side:")
    print(f"  {'figure':48s} {'before':>10s} {'after':>10s} {'ratio':>7s}  target")
    for name, value in FIGURES.items():
        old = base.get(name)
        ratio = f"{value / old:6.2f}×" if isinstance(old, float) and old > 0 else ""
        old_text = f"{old:10.1f}" if isinstance(old, float) else f"{'—':>10s}"
        print(f"  {name:48s} {old_text} {value:10.1f} {ratio:>7s}  {TARGETS.get(name, '')}")


def main(argv: list[str]) -> None:
    app = QApplication.instance() or QApplication([])
    print(f"Load average (1, 5, 15 min): {os.getloadavg()}, {os.cpu_count()} cores")
    threads = os.environ.get("OPENBLAS_NUM_THREADS")
    print(f"OPENBLAS_NUM_THREADS={threads} (as main.py runs the app)")
    weight_edits(app)
    set_network_ms(app)
    mixed_edits_memory()
    history_size()
    print("Steps through the whole window (1280×720), median of 15:")
    window_steps(app, BIG, "1024-2048-2048-10")
    window_steps(app, (1024, [4096, 10]), "1024-4096-10")
    files(app)
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps({"figures": FIGURES, "load": os.getloadavg()}, indent=1))
    if "--compare" in argv:
        compare(argv[argv.index("--compare") + 1])


if __name__ == "__main__":
    main(sys.argv[1:])
