"""How much the model core costs over the same maths written as bare NumPy.

Run:  uv run python tests/benchmarks/bench_core.py  [--quick]

Part 1: one training step (``net.loss_and_gradients`` + ``net.apply_gradients``)
divided by the time of a hand-written NumPy step with the same formulas
(target: ≤ 1.3 at every size).

Part 2: ``Trainer.epoch()`` at TensorFlow Playground's defaults (2-4-2-1, tanh
everywhere including the output, 250 points, batch 10, SGD with learning rate
0.03, squared error) in epochs per second, against a bare NumPy epoch of the
same maths (target: ≥ 0.8 of the bare speed).

Core and bare runs are timed alternately (``timeit``, many repeats) so that a
change of machine load hits both; the minimum and the median are reported.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import timeit
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import simulator  # noqa: E402
from simulator.network import Network  # noqa: E402
from simulator.optimizers import SGD  # noqa: E402
from simulator.training import Trainer  # noqa: E402

# ---- the bare NumPy reference: the same formulas, no objects ----------------------


def _sigmoid(a):
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def bare_step(Ws, bs, acts, X, T, loss, lr):
    """One SGD step on an MLP, written out as a student would; returns the loss."""
    xs, zs = [], []
    x = X
    for W, b, h in zip(Ws, bs, acts):
        a = x @ W + b
        if h == "tanh":
            z = np.tanh(a)
        elif h == "relu":
            z = np.maximum(a, 0.0)
        elif h == "sigmoid":
            z = _sigmoid(a)
        else:  # softmax
            z = _softmax(a)
        xs.append(x)
        zs.append(z)
        x = z
    n = X.shape[0]
    Y = x
    if loss == "mse":
        d = Y - T
        value = 0.5 * float(np.sum(d * d)) / n
        grad_z = d / n
    else:  # cross-entropy on a softmax output, from its weighted input; delta = (y - t) / N
        shifted = a - np.max(a, axis=-1, keepdims=True)  # the last layer's a
        log_y = shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
        value = -float(np.sum(T * log_y)) / n
        grad_z = None
    for i in range(len(Ws) - 1, -1, -1):
        h, z = acts[i], zs[i]
        if h == "tanh":
            delta = grad_z * (1.0 - z**2)
        elif h == "relu":
            delta = grad_z * (z > 0)
        elif h == "sigmoid":
            delta = grad_z * (z * (1.0 - z))
        else:
            delta = (Y - T) / n
        dW = xs[i].T @ delta
        db = delta.sum(axis=0)
        if i:
            grad_z = delta @ Ws[i].T
        Ws[i] -= lr * dW
        bs[i] -= lr * db
    return value


def bare_epoch(Ws, bs, acts, X, T, loss, lr, batch, rng):
    """One shuffled pass in mini-batches; returns the mean loss."""
    order = rng.permutation(X.shape[0])
    Xs, Ts = X[order], T[order]
    total = 0.0
    for start in range(0, X.shape[0], batch):
        xb, tb = Xs[start : start + batch], Ts[start : start + batch]
        total += bare_step(Ws, bs, acts, xb, tb, loss, lr) * xb.shape[0]
    return total / X.shape[0]


# ---- timing ---------------------------------------------------------------------


def alternate(core, bare, repeats, target_s=0.02):
    """Time two callables alternately; return per-call seconds (min, median) each."""
    n = max(1, int(target_s / max(timeit.timeit(bare, number=3) / 3, 1e-7)))
    tc, tb = [], []
    for _ in range(repeats):
        tc.append(timeit.timeit(core, number=n) / n)
        tb.append(timeit.timeit(bare, number=n) / n)
    return (min(tc), statistics.median(tc)), (min(tb), statistics.median(tb))


def data(sizes, batch, kind, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (batch, sizes[0]))
    if kind == "classes":
        T = np.eye(sizes[-1])[rng.integers(0, sizes[-1], batch)]
    else:
        T = rng.uniform(0.1, 0.9, (batch, sizes[-1]))
    return X, T


STEP_CASES = [
    # (sizes, batch, activations, loss)
    ([2, 8, 8, 1], 10, ["tanh", "tanh", "sigmoid"], "mse"),
    ([2, 8, 8, 8, 8, 8, 8, 1], 500, ["tanh"] * 6 + ["sigmoid"], "mse"),
    ([64, 32, 10], 128, ["relu", "softmax"], "cross_entropy"),
    ([784, 128, 64, 10], 128, ["relu", "relu", "softmax"], "cross_entropy"),
]


def bench_steps(repeats):
    print("One training step: loss_and_gradients + apply_gradients vs bare NumPy")
    print(
        f"{'network':<22}{'batch':>6}{'core µs':>11}{'bare µs':>11}"
        f"{'ratio(min)':>12}{'ratio(med)':>12}  target ≤ 1.3"
    )
    for sizes, batch, acts, loss in STEP_CASES:
        X, T = data(sizes, batch, "classes" if loss == "cross_entropy" else "real")
        net = Network.create(sizes[0], sizes[1:], acts, seed=0)
        Ws = [layer.W.copy() for layer in net.layers]
        bs = [layer.b.copy() for layer in net.layers]
        lr = 1e-3
        # Same numbers first: the reference is the same maths.
        check = net.copy()
        value, grads = check.loss_and_gradients(X, T, loss)
        check.apply_gradients(grads, lr)
        W2, b2 = [w.copy() for w in Ws], [b.copy() for b in bs]
        ref = bare_step(W2, b2, acts, X, T, loss, lr)
        assert abs(value - ref) <= 1e-12 * max(1.0, abs(ref)), (value, ref)
        for layer, w in zip(check.layers, W2):
            np.testing.assert_allclose(layer.W, w, rtol=1e-12, atol=1e-15)

        def core(net=net, X=X, T=T, loss=loss, lr=lr):
            _, g = net.loss_and_gradients(X, T, loss)
            net.apply_gradients(g, lr)

        def bare(Ws=Ws, bs=bs, acts=acts, X=X, T=T, loss=loss, lr=lr):
            bare_step(Ws, bs, acts, X, T, loss, lr)

        (cmin, cmed), (bmin, bmed) = alternate(core, bare, repeats)
        name = "-".join(map(str, sizes))
        print(
            f"{name:<22}{batch:>6}{cmin * 1e6:>11.1f}{bmin * 1e6:>11.1f}"
            f"{cmin / bmin:>12.3f}{cmed / bmed:>12.3f}  "
            f"{'ok' if cmin / bmin <= 1.3 else 'SLOW'}"
        )


def playground_data(n=250, seed=0):
    """Playground's default: two classes, a disc inside a ring, labels ±1."""
    rng = np.random.default_rng(seed)
    r = np.concatenate([rng.uniform(0, 2.5, n // 2), rng.uniform(3.5, 5, n - n // 2)])
    angle = rng.uniform(0, 2 * np.pi, n)
    X = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    T = np.where(r < 3, 1.0, -1.0)[:, None]
    return X, T


def bench_playground(repeats):
    print()
    print(
        "Trainer.epoch() at TensorFlow Playground's defaults "
        "(2-4-2-1 tanh, 250 points, batch 10, SGD 0.03, squared error)"
    )
    X, T = playground_data()
    acts = ["tanh"] * 3
    net = Network.create(2, [4, 2, 1], acts, seed=0)
    Ws = [layer.W.copy() for layer in net.layers]
    bs = [layer.b.copy() for layer in net.layers]
    trainer = Trainer(net, X, T, "mse", SGD(0.03), batch_size=10, seed=0)
    rng = np.random.default_rng(0)
    # Same numbers first: one epoch of each from the same weights and the same order.
    first = trainer.epoch()
    ref = bare_epoch(Ws, bs, acts, X, T, "mse", 0.03, 10, rng)
    assert abs(first - ref) <= 1e-12, (first, ref)
    for layer, w in zip(net.layers, Ws):
        np.testing.assert_allclose(layer.W, w, rtol=1e-12, atol=1e-15)

    def bare():
        bare_epoch(Ws, bs, acts, X, T, "mse", 0.03, 10, rng)

    (cmin, cmed), (bmin, bmed) = alternate(trainer.epoch, bare, repeats, target_s=0.05)
    print(f"{'':<22}{'epochs/s (best)':>17}{'epochs/s (median)':>19}")
    print(f"{'Trainer.epoch()':<22}{1 / cmin:>17.0f}{1 / cmed:>19.0f}")
    print(f"{'bare NumPy epoch':<22}{1 / bmin:>17.0f}{1 / bmed:>19.0f}")
    ratio, ratio_med = bmin / cmin, bmed / cmed
    print(
        f"{'speed ratio':<22}{ratio:>17.3f}{ratio_med:>19.3f}  target ≥ 0.8 "
        f"{'ok' if ratio >= 0.8 else 'SLOW'}"
    )


def main():
    quick = "--quick" in sys.argv
    repeats = 5 if quick else 30
    print(
        f"NeuroStep {simulator.__version__}, Python {platform.python_version()}, "
        f"NumPy {np.__version__}, {platform.machine()}, {os.cpu_count()} CPUs"
    )
    if os.environ.get("OPENBLAS_CORETYPE"):
        print(
            f"note: OPENBLAS_CORETYPE={os.environ['OPENBLAS_CORETYPE']} is set "
            "(OpenBLAS kernels forced; figures may differ from an unset run)"
        )
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        if os.environ.get(name):
            print(f"note: {name}={os.environ[name]} is set")
    bench_steps(repeats)
    bench_playground(repeats)


if __name__ == "__main__":
    main()
