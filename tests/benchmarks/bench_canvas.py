"""Canvas speed: time to redraw after a weight change, and start-up against a bare window.

Run: ``uv run python tests/benchmarks/bench_canvas.py``.  Prints, for the book
net (2-3-2-2), six hidden layers of 8 and 784-128-64-10, the median time of
one weight edit through the Document until the canvas has repainted (targets
≤ 16 ms for 6×8, ≤ 100 ms for 784-128-64-10), then the start-up time of
``main.py --screenshot`` against a bare QMainWindow with a pyqtgraph plot.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
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
        "784-128-64-10": sim.Network.create(784, [128, 64, 10], ["relu", "relu", "softmax"],
                                            seed=0),
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


def startup_seconds(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return time.perf_counter() - start


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print("Redraw after a weight change (Document edit + canvas repaint, 1000×620 view):")
    for name, net in networks().items():
        for stepped in (False, True):
            median, worst = redraw_ms(app, net.copy(), stepped)
            state = "pass finished" if stepped else "nothing stepped"
            print(f"  {name:22s} {state:16s} median {median:6.1f} ms   worst {worst:6.1f} ms")
    if not (ROOT / "main.py").exists():
        print("main.py not found: start-up ratio skipped")
        return
    shot = "/tmp/bench_canvas_shot.png"
    try:
        ours = min(startup_seconds(["main.py", "--screenshot", shot]) for _ in range(3))
    except subprocess.CalledProcessError as error:
        print(f"main.py --screenshot failed ({error.returncode}): start-up ratio skipped")
        return
    bare = min(startup_seconds(["-c", BARE_WINDOW, shot]) for _ in range(3))
    print(f"Start-up: main.py --screenshot {ours:.2f} s, bare window {bare:.2f} s, "
          f"ratio {ours / bare:.2f} (target ≤ 1.3)")


if __name__ == "__main__":
    main()
