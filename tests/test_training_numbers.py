"""The trainer's fused step gives the numbers of the plain loop, and survives a pickle."""

import pickle

import numpy as np
import pytest

from simulator.activations import ACTIVATIONS
from simulator.datasets import Dataset
from simulator.layer import gradient_arrays
from simulator.network import Network
from simulator.optimizers import SGD, Adam, Momentum
from simulator.training import Trainer, TrainingDiverged, r_squared

# (output activation, loss, outputs): every way an output layer meets a loss.
OUTPUTS = [
    ("identity", "mse", 1),
    ("tanh", "mse", 1),
    ("sigmoid", "binary_cross_entropy", 1),
    ("sigmoid", "cross_entropy", 1),
    ("sigmoid", "mse", 1),
    ("softmax", "cross_entropy", 3),
    ("softmax", "mse", 2),
    ("relu", "mse", 2),
    ("prelu", "mse", 1),
]
OPTIMIZERS = [lambda: SGD(0.1), lambda: Momentum(0.05), lambda: Adam(0.01)]
BATCHES = [1, 7, 23, 40]


def data(loss, n_out, n=23, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, 2))
    if loss == "binary_cross_entropy":
        return X, (X[:, :1] * X[:, 1:] > 0).astype(float)
    if loss == "cross_entropy":
        return X, np.eye(n_out)[rng.integers(0, n_out, n)]
    return X, rng.normal(size=(n, n_out))


def network(hidden, output, n_out):
    net = Network.create(2, [5, 4, n_out], [hidden, hidden, output], seed=3)
    net.layers[0].b[:] = -0.3  # weighted inputs on both sides of 0
    return net


def plain_loop(net, X, T, loss, optimizer, batch, l2, seed, epochs):
    """The book's loop through the public single-pass API: shuffle, gradients, update."""
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            rows = order[start : start + batch]
            _, grads = net.loss_and_gradients(X[rows], T[rows], loss, l2, True, rng)
            optimizer.update(net.parameters(), gradient_arrays(grads))
    return net


def assert_same_weights(a, b):
    """Two trainers' networks hold the same weights, bit for bit."""
    for p, q in zip(a.net.parameters(), b.net.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)


CASES = [
    (hidden, *OUTPUTS[i % len(OUTPUTS)], i % 3, BATCHES[(i // 3) % 4], (0.0, 0.003)[i % 2])
    for i, hidden in enumerate(ACTIVATIONS * 2)
]


@pytest.mark.parametrize("hidden, output, loss, n_out, opt, batch, l2", CASES)
def test_fused_step_equals_the_plain_loop_bit_for_bit(hidden, output, loss, n_out, opt, batch, l2):
    """Training gives exactly the weights of the step-by-step formulas, for every activation."""
    X, T = data(loss, n_out)
    with np.errstate(all="ignore"):
        trainer = Trainer(
            network(hidden, output, n_out), X, T, loss, OPTIMIZERS[opt](), batch, l2, seed=5
        )
        for _ in range(3):
            trainer.epoch()
        ref = plain_loop(
            network(hidden, output, n_out), X, T, loss, OPTIMIZERS[opt](), batch, l2, 5, 3
        )
    for p, q in zip(trainer.net.parameters(), ref.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("opt", range(3), ids=["SGD", "Momentum", "Adam"])
@pytest.mark.parametrize(
    "sizes, acts, loss",
    [
        ([4, 4, 1], ["tanh", "tanh", "sigmoid"], "binary_cross_entropy"),
        ([3, 3, 3, 3], ["tanh", "relu", "sigmoid", "softmax"], "cross_entropy"),
        ([8, 8, 8, 2], ["tanh", "tanh", "tanh", "identity"], "mse"),
        ([2, 2, 1, 1], ["relu", "relu", "tanh", "tanh"], "mse"),
    ],
    ids=["xor", "soft-targets", "spiral-like", "narrow"],
)
def test_layers_of_one_width_and_soft_targets_train_as_the_plain_loop(sizes, acts, loss, opt):
    """Hidden layers of equal widths, or class shares as targets, would train to other weights."""
    rng = np.random.default_rng(4)
    X = rng.uniform(-1, 1, (27, 2))
    if loss == "cross_entropy":  # shares of the classes, not one-hot
        T = rng.dirichlet(np.ones(sizes[-1]), 27)
    elif loss == "binary_cross_entropy":
        T = (X[:, :1] > X[:, 1:]).astype(float)
    else:
        T = rng.normal(size=(27, sizes[-1]))
    nets = [Network.create(2, sizes, acts, seed=6) for _ in range(2)]
    with np.errstate(all="ignore"):
        trainer = Trainer(nets[0], X, T, loss, OPTIMIZERS[opt](), 10, seed=2)
        for _ in range(3):
            trainer.epoch()
        ref = plain_loop(nets[1], X, T, loss, OPTIMIZERS[opt](), 10, 0.0, 2, 3)
    for p, q in zip(trainer.net.parameters(), ref.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)


def test_end_of_epoch_figures_equal_a_fresh_measurement():
    """The loss chart's end-of-epoch loss and accuracy are those of the network measured anew."""
    X, T = data("binary_cross_entropy", 1)
    trainer = Trainer(network("tanh", "sigmoid", 1), X, T, "binary_cross_entropy", Adam(0.02), 7)
    trainer.epoch()
    record = trainer.history[-1]
    fresh = Trainer(trainer.net.copy(), X, T, "binary_cross_entropy")
    assert (record.end_loss, record.accuracy) == fresh.evaluate(X, T)
    assert trainer.evaluate(X, T) == fresh.evaluate(X, T)


@pytest.mark.parametrize("make", OPTIMIZERS, ids=["SGD", "Momentum", "Adam"])
@pytest.mark.parametrize("hidden", ["tanh", "prelu", "rrelu"])
def test_a_pickled_trainer_goes_on_identically(make, hidden):
    """A trainer handed to another process (pickled mid-pass) trains on exactly as the original."""
    X, T = data("mse", 1)
    trainer = Trainer(network(hidden, "identity", 1), X, T, "mse", make(), 5, 0.003, seed=2)
    for _ in range(7):  # into the second pass
        trainer.step()
    copy = pickle.loads(pickle.dumps(trainer))
    for t in (trainer, copy):
        t.batch_size = 4
        for _ in range(3):
            t.epoch()
        t.step()
    assert (copy.steps_done, copy.epochs_done) == (trainer.steps_done, trainer.epochs_done)
    assert copy.history == trainer.history
    for p, q in zip(copy.net.parameters(), trainer.net.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)
    copy.net.set_weight(0, 0, 0, 0.5)  # the copy's layers are its own, and trained
    copy.step()
    assert copy.net.layers[0].W[0, 0] != 0.5


def test_a_pickled_trainer_diverges_where_the_original_does():
    """After a pickle round trip a diverging step is refused at the same step, weights intact."""
    X, T = data("mse", 1)
    trainer = Trainer(network("tanh", "identity", 1), X, T, "mse", Momentum(0.1), 8)
    trainer.step()
    copy = pickle.loads(pickle.dumps(trainer))
    steps = []
    for t in (trainer, copy):
        t.optimizer.learning_rate = 1e300
        with pytest.raises(TrainingDiverged) as info:
            for _ in range(100):
                before = [p.copy() for p in t.net.parameters()]
                t.step()
        steps.append((info.value.cause, info.value.step))
        for p, q in zip(t.net.parameters(), before, strict=True):
            np.testing.assert_array_equal(p, q)
    assert steps[0] == steps[1]


@pytest.mark.parametrize("make", OPTIMIZERS, ids=["SGD", "Momentum", "Adam"])
def test_a_refused_step_leaves_the_run_as_if_never_tried(make):
    """After a diverging step is refused and the rate put back, training goes on exactly as
    a run that never tried it (the optimizer's state is the one from before that step)."""
    X, T = data("mse", 1)
    runs = [Trainer(network("tanh", "identity", 1), X, T, "mse", make(), 5, seed=4) for _ in "ab"]
    a, b = runs
    for t in runs:
        t.step()
    rate = b.optimizer.learning_rate
    b.optimizer.learning_rate = 1e300
    with pytest.raises(TrainingDiverged):
        b.step()
    b.optimizer.learning_rate = rate
    for t in runs:
        for _ in range(2):
            t.epoch()
    assert a.history == b.history
    assert_same_weights(a, b)


def test_steps_one_at_a_time_give_the_run_of_whole_epochs():
    """Pressing "one step" a few times and then training on gives the weights and the
    curve of training in whole epochs."""
    X, T = data("cross_entropy", 3, n=40)
    runs = [
        Trainer(network("relu", "softmax", 3), X, T, "cross_entropy", Adam(0.01), 7, seed=1)
        for _ in range(2)
    ]
    a, b = runs
    for _ in range(3):
        b.step()
    for t in runs:
        for _ in range(3):
            t.epoch()
    assert a.history == b.history
    assert_same_weights(a, b)


@pytest.mark.parametrize("loss, n_out", [("binary_cross_entropy", 1), ("mse", 2)])
def test_measure_gives_the_loss_and_the_accuracy_or_r_squared(loss, n_out):
    """The chart's test figures: the loss of evaluate, and accuracy, or R² for regression,
    of the network's own outputs; measured again after training, never stale."""
    X, T = data(loss, n_out, n=30)
    test = Dataset("test", X[20:], T[20:], "regression" if loss == "mse" else "classification", 2)
    output = "sigmoid" if loss == "binary_cross_entropy" else "identity"
    trainer = Trainer(network("tanh", output, n_out), X[:20], T[:20], loss, Adam(0.01), 5)
    for _ in range(3):
        value, score = trainer.measure(test.X, test.T)
        loss_value, accuracy = trainer.evaluate(test.X, test.T)
        assert value == loss_value
        if loss == "mse":
            assert accuracy is None
            assert score == r_squared(trainer.net.forward(test.X), test.T)
        else:
            assert score == accuracy
        trainer.epoch()
    record = trainer.history[-1]
    train = trainer.measure(trainer.X, trainer.T)
    score = record.accuracy if record.r_squared is None else record.r_squared
    assert (record.end_loss, score) == train
    assert (record.accuracy is None) == (loss == "mse") == (record.r_squared is not None)
    trainer.net.resize_layer(1, 6)  # an edit: still measured right
    assert trainer.measure(test.X, test.T)[0] == trainer.evaluate(test.X, test.T)[0]


def test_a_trainer_told_regression_records_r_squared_for_0_1_targets():
    """A regression data set whose targets are all 0 or 1 would chart accuracy as its R²."""
    X, T = data("binary_cross_entropy", 1)  # 0/1 targets, taken as regression ones
    trainer = Trainer(network("tanh", "identity", 1), X, T, "mse", SGD(0.1), 5, regression=True)
    trainer.epoch()
    record = trainer.history[-1]
    assert record.accuracy is None
    assert (record.end_loss, record.r_squared) == trainer.measure(X, T, regression=True)
    trainer.regression = False  # as before: scored as classes
    trainer.epoch()
    assert trainer.history[-1].r_squared is None
    assert trainer.history[-1].accuracy == trainer.measure(X, T)[1]
