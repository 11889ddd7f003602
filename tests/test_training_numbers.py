"""The trainer's fused step gives the numbers of the plain loop, and survives a pickle."""

import pickle

import numpy as np
import pytest

from simulator.activations import ACTIVATIONS
from simulator.layer import gradient_arrays
from simulator.network import Network
from simulator.optimizers import SGD, Adam, Momentum
from simulator.training import Trainer, TrainingDiverged

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
