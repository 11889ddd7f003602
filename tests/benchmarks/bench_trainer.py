"""Headless ``sim.Trainer`` speed: this tree's against an earlier commit's, side by side.

Run: ``uv run python tests/benchmarks/bench_trainer.py [--baseline REF] [--seconds S]``.

The baseline (by default ``49479fa``, main before issue 9's third round of speed-ups;
``0104b13`` before its second, ``dbcbdb0`` before the fused step) is read with ``git
archive`` into a temporary folder and imported as a second package, so both train the
same networks on the same points in one process, in turns (a change of the machine's
load falls on both). Cases, as the window trains them (80 % of the points to train on,
batch 10, the loss the output suggests): TensorFlow Playground's defaults (2-4-2-1 tanh,
circle, 250 points: 20 mini-batches an epoch, SGD η = 0.03), xor 2-4-4-1 (500 points,
Adam η = 0.03), spiral 2-8×6-2 (500 points, Adam) and digits 64-32-10 (SGD).

Printed per case: epochs a second and µs a mini-batch (all of an epoch's cost,
its end included, over its mini-batches), by the wall clock and per CPU second of
this process (what a loaded machine still gave it), for both, and their ratio;
then the same with the test points measured after each epoch, as the window does
(``Trainer.measure``; the baseline, without it, ``Trainer.evaluate``).  Both
trainers first run 5 epochs from the same weights, which must agree bit for bit.
``os.getloadavg()`` is printed before and after each case.
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
    # name, data set, points, sizes after the input, activations, optimizer
    ("Playground 2-4-2-1", "circle", 250, [4, 2, 1], ["tanh"] * 3, "SGD"),
    ("xor 2-4-4-1", "xor", 500, [4, 4, 1], ["tanh", "tanh", "sigmoid"], "Adam"),
    ("spiral 2-8x6-2", "spiral", 500, [8] * 6 + [2], ["tanh"] * 6 + ["softmax"], "Adam"),
    ("digits 64-32-10", "digits", None, [32, 10], ["relu", "softmax"], "SGD"),
]
TEST_SHARE = 0.2  # the window's default training share is 80 %


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
    """(network, training part, test part, loss) of a case, split as the window splits."""
    _name, data, n, sizes, acts, _optimizer = case
    ds = sim.make_dataset(data, n=n, noise=0.05, seed=0) if n else sim.make_dataset(data, seed=0)
    net = sim.Network.create(ds.X.shape[1], sizes, acts, seed=0)
    train, test = split_indices(len(ds.X), TEST_SHARE, 0)
    T = ds.targets_for(net.output_size)
    parts = [
        sim.Dataset(data, ds.X[rows], T[rows], ds.kind, ds.n_classes) for rows in (train, test)
    ]
    return net, *parts, suggested_loss(acts[-1], sizes[-1])


def trainer(package, case, net, part, loss):
    copy = package.Network.from_arrays(
        [la.W for la in net.layers],
        [la.b for la in net.layers],
        [la.activation for la in net.layers],
    )
    optimizer = getattr(package, case[5])(0.03)
    return package.Trainer(copy, part.X, part.T, loss=loss, optimizer=optimizer, batch_size=10)


def timed(t, seconds: float, test=None) -> tuple[float, float, int]:
    """(wall s, CPU s, epochs) of whole epochs for about ``seconds``; with ``test``
    points, each epoch is followed by their measure, as in the window."""
    measure = getattr(t, "measure", t.evaluate)
    wall, cpu, epochs = time.perf_counter(), time.process_time(), 0
    while time.perf_counter() - wall < seconds:
        t.epoch()
        if test is not None:
            measure(test.X, test.T)
        epochs += 1
    return time.perf_counter() - wall, time.process_time() - cpu, epochs


def bench(case, base, seconds: float, rounds: int) -> None:
    net, train, test, loss = case_data(case)
    pair = {
        "before": trainer(base, case, net, train, loss),
        "now": trainer(sim, case, net, train, loss),
    }
    steps = -(-len(train) // 10)
    print(
        f"\n{case[0]}: {len(train)} training points, {steps} mini-batches an epoch, {loss}, "
        f"{case[5]}; {len(test)} test points"
    )
    for label, with_test in (("epochs", None), ("epochs + test measure", test)):
        best = {k: [float("inf"), float("inf")] for k in pair}  # s an epoch: wall, CPU
        for _ in range(rounds):
            for key, t in pair.items():
                wall, cpu, epochs = timed(t, seconds / rounds / 2, with_test)
                best[key] = [min(best[key][0], wall / epochs), min(best[key][1], cpu / epochs)]
        print(f"  {label}")
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
    net, train, _test, loss = case_data(case)
    pair = [trainer(base, case, net, train, loss), trainer(sim, case, net, train, loss)]
    for t in pair:
        for _ in range(5):
            t.epoch()
    a, b = (np.concatenate([p.ravel() for p in t.net.parameters()]) for t in pair)
    return bool(np.array_equal(a, b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="49479fa", help="commit to compare with")
    parser.add_argument("--seconds", type=float, default=3.0, help="per case and trainer")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--only", default="", help="run the cases whose name holds this")
    args = parser.parse_args()
    base = baseline_package(args.baseline)
    print(
        f"baseline {args.baseline} against this tree; NumPy {np.__version__}, {os.cpu_count()} CPUs"
    )
    print(f"load before: {os.getloadavg()}")
    for case in [c for c in CASES if args.only in c[0]]:
        same = check_same_numbers(case, base)
        bench(case, base, args.seconds, args.rounds)
        print(
            f"{'':>10}5 epochs from the same weights: {'bit for bit equal' if same else 'DIFFER'}"
        )
        print(f"load: {os.getloadavg()}")


if __name__ == "__main__":
    main()
