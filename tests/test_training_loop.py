"""The training loop's own costs: whole epochs, one copy of the weights, no growing records."""

from __future__ import annotations

import gc
import math
import pickle

import numpy as np
from training_helpers import training_window, use_network, wait_until_paused

import simulator as sim
from ui.training.loop import Loop
from ui.training.slice_log import SliceLog, one_buffer


def xor_loop(kind="classification", seed=0):
    """A loop training a 2-5-1 network on xor points (targets as ``kind`` wants)."""
    ds = sim.make_dataset("xor", n=90, noise=0.1, seed=seed)
    T = ds.targets_for(1) if kind == "classification" else ds.X[:, :1] * ds.X[:, 1:]
    net = sim.Network.create(2, [5, 1], ["tanh", "sigmoid" if kind != "regression" else "identity"])
    loss = "binary_cross_entropy" if kind == "classification" else "mse"
    train = sim.Dataset("xor", ds.X[:60], T[:60], kind, ds.n_classes, (), ())
    test = sim.Dataset("xor", ds.X[60:], T[60:], kind, ds.n_classes, (), ())
    trainer = sim.Trainer(net, train.X, train.T, loss, sim.Adam(learning_rate=0.02), 8, seed=1)
    loop = Loop(trainer, (train, test))
    loop.begin(net.copy(), 0)
    return loop


def flat(net: sim.Network) -> np.ndarray:
    return np.concatenate([p.ravel() for p in net.parameters()])


def test_the_weights_logged_are_the_parameters_laid_end_to_end():
    """The timeline would show other weights than the network had at that epoch."""
    loop = xor_loop()
    loop.trainer.epoch()  # packed: every parameter a view of one buffer
    net = loop.trainer.net
    assert one_buffer(net.parameters()) is not None
    log = SliceLog()
    row = log.add(net, (1.0, 0.5), (2.0, 0.25))
    assert np.array_equal(row, flat(net))
    net.layers[0].W[0, 0] += 1.0  # an edit in place: still the buffer's
    assert np.array_equal(log.add(net, (1.0, 0.5), (2.0, 0.25)), flat(net))
    loose = net.copy()  # arrays of their own: gathered one by one
    assert one_buffer(loose.parameters()) is None
    assert np.array_equal(log.add(loose, (1.0, 0.5), (2.0, 0.25)), flat(loose))
    figures, rows = log.take()
    assert figures.tolist() == [[1.0, 0.5, 2.0, 0.25]] * 3 and len(rows) == 3


def test_whole_epochs_log_the_same_figures_as_single_steps():
    """A run in the worker (whole epochs) would chart other numbers than one in slices."""
    whole, steps = xor_loop(), xor_loop()
    whole.stop_rules = (12, None)
    assert whole.run(math.inf).kind == "epochs"
    for _ in range(12):
        assert steps.finish_epoch() is None
    assert whole.epoch == steps.epoch == 12
    (fw, rw), (fs, rs) = whole.log.take(), steps.log.take()
    assert np.array_equal(fw, fs) and np.array_equal(rw, rs)


def test_regression_figures_are_measured_as_before():
    """The R² and loss shown for regression would differ from the trainer's own measure."""
    loop = xor_loop("regression")
    loop.stop_rules = (3, None)
    loop.run(math.inf)
    figures, rows = loop.log.take()
    trainer, (train, test) = loop.trainer, loop.parts
    loss, _ = trainer.evaluate(train.X, train.T)
    r2 = sim.r_squared(trainer.net.forward(train.X), train.T)
    test_loss, _ = trainer.evaluate(test.X, test.T)
    test_r2 = sim.r_squared(trainer.net.forward(test.X), test.T)
    assert figures[-1].tolist() == [loss, r2, test_loss, test_r2]


def test_regression_targets_of_only_0_and_1_still_show_r_squared():
    """A regression data set whose targets are 0 or 1 would chart accuracy or NaN as R²."""
    loop = xor_loop("regression")
    train, test = loop.parts
    loop.parts = tuple(  # the same points, each target now 0 or 1, still regression
        sim.Dataset("xor", p.X, (p.T > 0).astype(float), "regression", None, (), ())
        for p in (train, test)
    )
    trainer = loop.trainer = sim.Trainer(
        loop.trainer.net, loop.parts[0].X, loop.parts[0].T, "mse", sim.SGD(0.1), 8, seed=1
    )
    loop.stop_rules = (2, None)
    loop.run(math.inf)
    figures, _rows = loop.log.take()
    train, test = loop.parts
    r2 = sim.r_squared(trainer.net.forward(train.X), train.T)
    test_r2 = sim.r_squared(trainer.net.forward(test.X), test.T)
    assert figures[-1][[1, 3]].tolist() == [r2, test_r2]


def test_a_long_run_keeps_no_growing_record_of_its_epochs():
    """A long run would grow the memory and the pause (the run is pickled) epoch by epoch."""
    loop = xor_loop()
    loop.stop_rules = (5, None)
    loop.run(math.inf)
    size = len(pickle.dumps(loop))
    loop.stop_rules = (205, None)  # epochs of the run
    loop.run(math.inf)
    assert loop.epoch == 205 and len(loop.log.take()[0]) == 205
    assert len(loop.trainer.history) <= 1
    assert len(pickle.dumps(loop)) < size + 200


def test_a_run_holds_full_collections_off_the_windows_objects(qtbot, monkeypatch):
    """A full collection walks every widget: a 60-100 ms stall while the window trains."""
    monkeypatch.setenv("NEUROSTEP_TRAIN_WORKER", "0")
    window = training_window(qtbot)
    use_network(window, 2, [4, 1], ["tanh", "sigmoid"])
    training = window.training
    training.set_dataset("xor", n=100, noise=0.1)
    training.start()
    assert gc.get_freeze_count() > 1000  # the window's objects, out of the collector's way
    training.pause()
    assert gc.get_freeze_count() == 0  # and back when it stops: garbage among them is found
    training.stop_epochs = 3
    training.start()
    wait_until_paused(qtbot, training)  # a run that stops by itself lets go too
    assert gc.get_freeze_count() == 0
    training.stop_epochs = None
    training.start()
    window.hide()  # a window closed while it trains lets go at the run's next turn
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0)
    training.pause()
