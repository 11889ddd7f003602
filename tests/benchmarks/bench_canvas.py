"""Canvas speed: time to redraw after a weight change, and start-up against a bare window.

Run: ``uv run python tests/benchmarks/bench_canvas.py`` (``--startup``: start-up only).
Prints, for the book net (2-3-2-2), six hidden layers of 8 and 784-128-64-10, the median time of
one weight edit through the Document until the canvas has repainted (targets
≤ 16 ms for 6×8, ≤ 100 ms for 784-128-64-10), then the start-up time of
``main.py --screenshot`` against a bare QMainWindow with a pyqtgraph plot
(target ≤ 1.3×).  Both start the same way: this interpreter, offscreen, a grab
saved as PNG at 1280×720; runs alternate (so a busy machine slows both alike)
and the medians are compared.  The ratio is printed twice: as this shell
starts Python (with ``PYTHONDONTWRITEBYTECODE=1`` every module is compiled
again at every start, ours and pyqtgraph's), and with a bytecode cache warmed
by one discarded run of each, as on a user's machine after the first start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

import simulator as sim  # noqa: E402
from ui.canvas import NetworkCanvas  # noqa: E402
from ui.document import Document  # noqa: E402

REPEATS = 30
STARTS = 7  # start-ups of each program per figure

BARE_WINDOW = """
import sys, pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1280, 720); w.show()
app.processEvents(); w.grab().save(sys.argv[1])
"""


def networks() -> dict:
    book = sim.load_preset("book-3-layer").network if hasattr(sim, "load_preset") else None
    return {
        "book 2-3-2-2": book or sim.Network.create(2, [3, 2, 2], seed=0),
        "6 hidden layers of 8": sim.Network.create(4, [8] * 6 + [2], "tanh", seed=0),
        "784-128-64-10": sim.Network.create(
            784, [128, 64, 10], ["relu", "relu", "softmax"], seed=0
        ),
    }


def redraw_ms(app, net, stepped: bool) -> tuple[float, float]:
    """(median ms, worst ms) of one weight edit until the canvas has repainted."""
    doc = Document()
    doc.set_network(net)
    if stepped:
        doc.finish_pass()
    canvas = NetworkCanvas(doc)
    canvas.resize(1000, 620)
    canvas.show()
    app.processEvents()
    times = []
    for k in range(REPEATS):
        start = time.perf_counter()
        doc.set_weight(0, 0, 0, 0.01 * (k + 1), merge=False)
        app.processEvents()
        canvas.viewport().repaint()
        times.append(1000 * (time.perf_counter() - start))
    canvas.close()
    return statistics.median(times), max(times)


def children_cpu_seconds() -> float:
    """CPU time used by finished child processes so far (0 where Python cannot tell)."""
    try:
        import resource  # Unix only
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def startup_seconds(args: list[str], env: dict) -> tuple[float, float]:
    """(wall s, CPU s) of one start of ``python args`` until it exits."""
    cpu = children_cpu_seconds()
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, env=env)
    return time.perf_counter() - start, children_cpu_seconds() - cpu


def startup_ratio(label: str, env: dict, shot: str) -> None:
    """Print the medians of STARTS alternating starts of ours and the bare window."""
    ours_args, bare_args = ["main.py", "--screenshot", shot], ["-c", BARE_WINDOW, shot]
    ours, bare = [], []
    for _ in range(STARTS):
        ours.append(startup_seconds(ours_args, env))
        bare.append(startup_seconds(bare_args, env))
    wall_o, wall_b = (statistics.median(t[0] for t in runs) for runs in (ours, bare))
    cpu_o, cpu_b = (statistics.median(t[1] for t in runs) for runs in (ours, bare))
    cpu = f" (CPU time ratio {cpu_o / cpu_b:.2f})" if cpu_b > 0 else ""
    print(
        f"  {label:30s} main.py --screenshot {wall_o:.2f} s, bare window {wall_b:.2f} s, "
        f"ratio {wall_o / wall_b:.2f}{cpu}"
    )


def startup(shot: str) -> None:
    """Start-up of main.py --screenshot against the bare window, without and with pyc files."""
    print(f"Start-up, median of {STARTS} alternating starts each (target ratio ≤ 1.3):")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    startup_ratio("as this shell starts Python", env, shot)
    with tempfile.TemporaryDirectory() as cache:
        cached = dict(env, PYTHONPYCACHEPREFIX=cache)
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        startup_seconds(["main.py", "--screenshot", shot], cached)  # writes the .pyc files
        startup_seconds(["-c", BARE_WINDOW, shot], cached)
        startup_ratio("with a warm bytecode cache", cached, shot)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print("Redraw after a weight change (Document edit + canvas repaint, 1000×620 view):")
    for name, net in networks().items():
        for stepped in (False, True):
            median, worst = redraw_ms(app, net.copy(), stepped)
            state = "pass finished" if stepped else "nothing stepped"
            print(f"  {name:22s} {state:16s} median {median:6.1f} ms   worst {worst:6.1f} ms")
    run_startup()


def run_startup() -> None:
    if not (ROOT / "main.py").exists():
        print("main.py not found: start-up ratio skipped")
        return
    try:
        startup(str(Path(tempfile.gettempdir()) / "bench_canvas_shot.png"))
    except subprocess.CalledProcessError as error:
        print(f"main.py --screenshot failed ({error.returncode}): start-up ratio skipped")


if __name__ == "__main__":
    run_startup() if "--startup" in sys.argv[1:] else main()
