"""Headless ``sim.Trainer`` speed: this tree's against an earlier commit's, side by side.

Run: ``uv run python tests/benchmarks/bench_trainer.py [--baseline REF] [--seconds S]``.

The baseline (by default ``dbcbdb0``, main before the fused step) is read with
``git archive`` into a temporary folder and imported as a second package, so both
train the same networks on the same points in one process, in turns (a change of
the machine's load falls on both).  Cases, on the window's training points (50 %
of the data, batch 10, SGD η = 0.03, the loss the output suggests): TensorFlow
Playground's defaults (2-4-2-1 tanh, circle, 250 points: 13 mini-batches an
epoch), xor 2-4-4-1 (500 points), spiral 2-8×6-2 (500 points) and digits 64-32-10.

Printed per case: epochs a second and µs a mini-batch (all of an epoch's cost,
its end included, over its mini-batches), by the wall clock and per CPU second of
this process (what a loaded machine still gave it), for both, and their ratio.
Both trainers first run 5 epochs from the same weights, which must agree bit for
bit.  ``os.getloadavg()`` is printed before and after each case.
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets it for the app
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

import simulator as sim  # noqa: E402
from simulator.dataprep import split_indices  # noqa: E402
from simulator.losses import suggested_loss  # noqa: E402

CASES = [
    # name, data set, points, sizes after the input, activations
    ("Playground 2-4-2-1", "circle", 250, [4, 2, 1], ["tanh"] * 3),
    ("xor 2-4-4-1", "xor", 500, [4, 4, 1], ["tanh", "tanh", "sigmoid"]),
    ("spiral 2-8x6-2", "spiral", 500, [8] * 6 + [2], ["tanh"] * 6 + ["softmax"]),
    ("digits 64-32-10", "digits", None, [32, 10], ["relu", "softmax"]),
]


def baseline_package(ref: str):
    """The ``simulator`` package of commit ``ref``, imported as ``baseline_simulator``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "simulator"], capture_output=True, check=True
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="bench_trainer_"))
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "simulator").rename(folder / "baseline_simulator")
    sys.path.insert(0, str(folder))
    return importlib.import_module("baseline_simulator")


def case_data(case):
    """(network, X, T, loss) of a case: the window's training half of the points."""
    _name, data, n, sizes, acts = case
    ds = sim.make_dataset(data, n=n, noise=0.05, seed=0) if n else sim.make_dataset(data, seed=0)
    net = sim.Network.create(ds.X.shape[1], sizes, acts, seed=0)
    train, _test = split_indices(len(ds.X), 0.5, 0)
    T = ds.targets_for(net.output_size)
    return net, ds.X[train], T[train], suggested_loss(acts[-1], sizes[-1])


def trainer(package, net, X, T, loss):
    copy = package.Network.from_arrays(
        [la.W for la in net.layers],
        [la.b for la in net.layers],
        [la.activation for la in net.layers],
    )
    return package.Trainer(copy, X, T, loss=loss, optimizer=package.SGD(0.03), batch_size=10)


def timed(t, seconds: float) -> tuple[float, float, int]:
    """(wall s, CPU s, epochs) of whole epochs for about ``seconds``."""
    wall, cpu, epochs = time.perf_counter(), time.process_time(), 0
    while time.perf_counter() - wall < seconds:
        t.epoch()
        epochs += 1
    return time.perf_counter() - wall, time.process_time() - cpu, epochs


def bench(case, base, seconds: float, rounds: int) -> None:
    net, X, T, loss = case_data(case)
    pair = {"before": trainer(base, net, X, T, loss), "now": trainer(sim, net, X, T, loss)}
    steps = -(-len(X) // 10)
    best = {k: [float("inf"), float("inf")] for k in pair}  # s an epoch: wall, CPU
    for _ in range(rounds):
        for key, t in pair.items():
            wall, cpu, epochs = timed(t, seconds / rounds)
            best[key] = [min(best[key][0], wall / epochs), min(best[key][1], cpu / epochs)]
    print(f"\n{case[0]}: {len(X)} training points, {steps} mini-batches an epoch, {loss}")
    print(f"{'':>10}{'ep/s wall':>11}{'ep/s CPU':>10}{'µs/batch wall':>15}{'µs/batch CPU':>14}")
    for key, (wall, cpu) in best.items():
        print(
            f"{key:>10}{1 / wall:>11.0f}{1 / cpu:>10.0f}"
            f"{wall / steps * 1e6:>15.1f}{cpu / steps * 1e6:>14.1f}"
        )
    (wb, cb), (wn, cn) = best["before"], best["now"]
    print(f"{'now/before':>10}{wb / wn:>11.2f}{cb / cn:>10.2f}")


def check_same_numbers(case, base) -> bool:
    """Both trainers, 5 epochs from the same weights: bit for bit the same weights."""
    net, X, T, loss = case_data(case)
    pair = [trainer(base, net, X, T, loss), trainer(sim, net, X, T, loss)]
    for t in pair:
        for _ in range(5):
            t.epoch()
    a, b = (np.concatenate([p.ravel() for p in t.net.parameters()]) for t in pair)
    return bool(np.array_equal(a, b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="dbcbdb0", help="commit to compare with")
    parser.add_argument("--seconds", type=float, default=3.0, help="per case and trainer")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    base = baseline_package(args.baseline)
    print(
        f"baseline {args.baseline} against this tree; NumPy {np.__version__}, {os.cpu_count()} CPUs"
    )
    print(f"load before: {os.getloadavg()}")
    for case in CASES:
        same = check_same_numbers(case, base)
        bench(case, base, args.seconds, args.rounds)
        print(
            f"{'':>10}5 epochs from the same weights: {'bit for bit equal' if same else 'DIFFER'}"
        )
        print(f"load: {os.getloadavg()}")


if __name__ == "__main__":
    main()
