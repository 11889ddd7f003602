"""Training: optimizers, the Trainer, and divergence that leaves the weights untouched."""

import numpy as np
import pytest

from simulator.network import Network
from simulator.optimizers import SGD, Adam, Momentum
from simulator.training import Trainer, TrainingDiverged, accuracy


def xor_data(n=120, seed=0):
    """Points in [-1, 1]²; the target is 1 where x·y > 0 (a noisy-free XOR)."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, 2))
    T = (X[:, 0] * X[:, 1] > 0).astype(float)[:, None]
    return X, T


def xor_net(seed=1, hidden="tanh"):
    return Network.create(2, [6, 1], [hidden, "sigmoid"], seed=seed)


def snapshot(trainer):
    """Copies of every weight and every optimizer state array."""
    params = [p.copy() for p in trainer.net.parameters()]
    it, state = trainer.optimizer.state()
    return params, it, state


def assert_same(a, b):
    params_a, it_a, state_a = a
    params_b, it_b, state_b = b
    assert it_a == it_b
    assert all(np.array_equal(x, y) for x, y in zip(params_a, params_b, strict=True))
    assert state_a.keys() == state_b.keys()
    for name in state_a:
        if state_a[name] is None:
            assert state_b[name] is None
        else:
            assert all(
                np.array_equal(x, y) for x, y in zip(state_a[name], state_b[name], strict=True)
            )


# ---- learning ---------------------------------------------------------------


@pytest.mark.parametrize("optimizer", [SGD(1.0), Momentum(0.1), Adam(0.02)], ids=repr)
def test_optimizers_decrease_the_loss_on_xor(optimizer):
    """The loss chart goes down when a student trains XOR with any optimizer."""
    X, T = xor_data()
    trainer = Trainer(xor_net(), X, T, "binary_cross_entropy", optimizer, batch_size=10)
    first, _ = trainer.evaluate(X, T)
    for _ in range(60):
        trainer.epoch()
    last, acc = trainer.evaluate(X, T)
    assert last < 0.5 * first
    assert acc >= 0.9
    assert trainer.history[-1].loss < trainer.history[0].loss


def test_training_is_reproducible_from_the_seed():
    """Training twice with the same seed gives the same weights and curve."""
    X, T = xor_data()

    def run(seed):
        trainer = Trainer(xor_net(), X, T, "mse", Momentum(0.2), batch_size=7, seed=seed)
        for _ in range(5):
            trainer.epoch()
        return trainer

    a, b, c = run(3), run(3), run(4)
    assert all(np.array_equal(p, q) for p, q in zip(a.net.parameters(), b.net.parameters()))
    assert a.history == b.history
    assert not np.array_equal(a.net.layers[0].W, c.net.layers[0].W)


def test_rrelu_training_is_reproducible_and_uses_random_slopes():
    """An RReLU network trains the same way twice, and differently from fixed slopes."""
    X, T = xor_data()

    def run(hidden):
        net = Network.create(2, [6, 1], [hidden, "sigmoid"], seed=1)
        net.layers[0].b[:] = -0.5  # put some weighted inputs on the negative side
        trainer = Trainer(net, X, T, "binary_cross_entropy", SGD(0.5), batch_size=10, seed=2)
        for _ in range(3):
            trainer.epoch()
        return net.layers[0].W

    np.testing.assert_array_equal(run("rrelu"), run("rrelu"))
    net = Network.create(2, [6, 1], ["rrelu", "sigmoid"], seed=1)
    net.layers[0].b[:] = -0.5
    trainer = Trainer(net, X, T, "binary_cross_entropy", SGD(0.5), batch_size=len(X), seed=2)
    fixed, _ = net.loss_and_gradients(X, T, "binary_cross_entropy")
    assert trainer.step() != fixed


@pytest.mark.parametrize(
    "make",
    [
        lambda seed: Network.create(2, [6, 1], ["rrelu", "sigmoid"], seed=seed),
        lambda seed: Network.from_arrays(
            [np.full((2, 6), -0.4), np.ones((6, 1))],
            [np.zeros(6), [0.0]],
            ["rrelu", "sigmoid"],
            seed=seed,
        ),
    ],
    ids=["create", "from_arrays"],
)
def test_identical_rrelu_networks_with_one_seed_train_identically(make):
    """Two identical RReLU networks with the same seed give the same training steps."""
    X, T = xor_data(n=30)

    def steps(net):
        out = []
        for _ in range(3):
            value, grads = net.loss_and_gradients(X, T, "mse", training=True)
            net.apply_gradients(grads, 0.5)
            out.append((value, *(g.dW for g in grads)))
        return out

    first, second, other = steps(make(3)), steps(make(3)), steps(make(4))
    for a, b in zip(first, second, strict=True):
        assert all(np.array_equal(p, q) for p, q in zip(a, b, strict=True))
    assert first[0][0] != other[0][0]  # the slopes are random: another seed, other numbers


def test_an_rrelu_layer_will_not_train_on_unseeded_slopes():
    """Training an RReLU layer alone without a generator is refused, never unrepeatable."""
    from simulator.layer import Layer

    layer = Layer(np.eye(2), np.zeros(2), "rrelu")
    with pytest.raises(ValueError, match="seeded generator"):
        layer.forward(np.array([-1.0, -2.0]), training=True)


def test_prelu_slope_is_trained():
    """PReLU's α moves during training, against its gradient."""
    X, T = xor_data()
    net = xor_net(hidden="prelu")
    _, grads = net.loss_and_gradients(X, T, "binary_cross_entropy")
    trainer = Trainer(net, X, T, "binary_cross_entropy", SGD(0.5), batch_size=len(X))
    trainer.step()
    assert net.layers[0].alpha == pytest.approx(0.25 - 0.5 * grads[0].dalpha, rel=1e-12)
    assert net.layers[0].alpha != 0.25


# ---- bookkeeping ------------------------------------------------------------


def test_steps_epochs_and_history_add_up():
    """The step and epoch counters and the loss chart agree with what was run."""
    X, T = xor_data(n=25)
    trainer = Trainer(xor_net(), X, T, "mse", SGD(0.1), batch_size=10)
    losses = [trainer.step() for _ in range(3)]  # 10 + 10 + 5 samples: one pass
    assert (trainer.steps_done, trainer.epochs_done) == (3, 1)
    record = trainer.history[0]
    assert record.loss == pytest.approx((10 * losses[0] + 10 * losses[1] + 5 * losses[2]) / 25)
    assert (record.epoch, record.steps) == (1, 3)
    assert 0.0 <= record.accuracy <= 1.0
    assert trainer.epoch() == trainer.history[-1].loss
    assert (trainer.steps_done, trainer.epochs_done) == (6, 2)


def test_epoch_finishes_a_pass_already_started():
    """After single steps, Train epoch completes that pass rather than starting over."""
    X, T = xor_data(n=30)
    trainer = Trainer(xor_net(), X, T, "mse", SGD(0.1), batch_size=10)
    trainer.step()
    trainer.epoch()
    assert (trainer.steps_done, trainer.epochs_done) == (3, 1)


def test_batch_larger_than_the_data_uses_all_of_it():
    """A batch size above the number of samples trains on the whole set each step."""
    X, T = xor_data(n=5)
    net = xor_net()
    expected, _ = net.loss_and_gradients(X, T, "mse")
    trainer = Trainer(net, X, T, "mse", SGD(0.1), batch_size=32)
    assert trainer.step() == pytest.approx(expected, rel=1e-12)
    assert (trainer.steps_done, trainer.epochs_done) == (1, 1)


def test_accuracy_by_kind_of_target():
    """Accuracy is shown for classes (one-hot or 0/1) and hidden for regression."""
    Y = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
    T = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    assert accuracy(Y, T) == pytest.approx(2 / 3)
    assert accuracy(np.array([[0.7], [0.2]]), np.array([[1.0], [1.0]])) == 0.5
    assert accuracy(Y, T * 3.0) is None
    assert accuracy(Y, T, "onehot") == pytest.approx(2 / 3)  # the task, when known
    X = np.linspace(-1, 1, 20)[:, None]
    net = Network.create(1, [4, 1], ["tanh", "identity"], seed=0)
    trainer = Trainer(net, X, X**2, "mse", SGD(0.1), batch_size=5)
    trainer.epoch()
    assert trainer.history[0].accuracy is None
    assert trainer.evaluate(X, X**2)[1] is None


def test_l2_adds_to_the_loss_and_its_gradient():
    """Weight decay's penalty and gradient match finite differences of the total loss."""
    X, T = xor_data(n=12)
    net = xor_net()
    l2, lr = 0.3, 0.05
    W0 = net.layers[0].W.copy()

    def total(W):
        trial = net.copy()
        trial.layers[0].W = W
        penalty = 0.5 * l2 * sum(np.sum(layer.W**2) for layer in trial.layers)
        return trial.loss(X, T, "mse") + penalty

    fd = np.zeros_like(W0)
    h = 1e-6
    for idx in np.ndindex(W0.shape):
        up, down = W0.copy(), W0.copy()
        up[idx] += h
        down[idx] -= h
        fd[idx] = (total(up) - total(down)) / (2 * h)
    expected = total(W0)
    trainer = Trainer(net, X, T, "mse", SGD(lr), batch_size=len(X), l2=l2)
    assert trainer.evaluate(X, T)[0] == pytest.approx(expected, rel=1e-12)
    assert trainer.step() == pytest.approx(expected, rel=1e-12)
    np.testing.assert_allclose(net.layers[0].W, W0 - lr * fd, rtol=0, atol=1e-9)


# ---- divergence ---------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [lambda: SGD(0.1), lambda: Momentum(0.1), lambda: Adam(0.01)],
    ids=["SGD", "Momentum", "Adam"],
)
def test_divergence_leaves_weights_and_optimizer_bit_identical(make):
    """A far too large learning rate stops training with a message; nothing is half-changed."""
    X, T = xor_data()
    net = Network.create(2, [6, 1], ["tanh", "identity"], seed=1)
    trainer = Trainer(net, X, T, "mse", make(), batch_size=16)
    trainer.step()  # some optimizer state to protect
    trainer.optimizer.learning_rate = 1e300
    for _ in range(100):
        before = snapshot(trainer)
        steps = trainer.steps_done
        try:
            trainer.step()
        except TrainingDiverged as err:
            assert_same(snapshot(trainer), before)
            assert trainer.steps_done == steps
            assert err.cause in ("loss", "weights")
            assert err.step == steps + 1
            assert f"step {steps + 1}" in str(err) and "learning rate" in str(err)
            break
    else:
        pytest.fail("training with learning rate 1e300 never diverged")


@pytest.mark.parametrize("make", [SGD, Momentum])
def test_divergence_names_the_weights_when_the_update_overflows(make):
    """When the step itself would overflow a weight, the message says so; nothing changed."""
    net = Network.from_arrays([[[1.0]]], [[0.0]], ["identity"])
    trainer = Trainer(net, [[1e10]], [[0.0]], "mse", make(1e-30))
    trainer.step()  # some optimizer state to protect
    before = snapshot(trainer)
    trainer.optimizer.learning_rate = 1e300
    with pytest.raises(TrainingDiverged, match="weights") as info:
        trainer.step()
    assert info.value.cause == "weights" and info.value.step == 2
    assert_same(snapshot(trainer), before)


def test_divergence_after_an_edit_restores_the_resized_weights():
    """After a layer is resized mid-training, a diverging step would restore stale weights."""
    X, T = xor_data()
    net = Network.create(2, [6, 1], ["tanh", "identity"], seed=1)
    trainer = Trainer(net, X, T, "mse", Adam(0.01), batch_size=16)
    for _ in range(3):
        trainer.step()
    net.resize_layer(0, 9)
    trainer.step()  # the optimizer and the saved copies start afresh at the new shapes
    before = snapshot(trainer)
    trainer.optimizer.learning_rate = 1e300
    with pytest.raises(TrainingDiverged):
        for _ in range(100):
            before = snapshot(trainer)
            trainer.step()
    assert_same(snapshot(trainer), before)
    assert net.layers[0].W.shape == (2, 9)


def test_divergence_names_the_loss_when_it_is_not_finite():
    """When the outputs already overflow, the message names the loss."""
    net = Network.from_arrays([[[1e300]]], [[0.0]], ["identity"])
    trainer = Trainer(net, [[1e300]], [[0.0]], "mse", SGD(0.1))
    with pytest.raises(TrainingDiverged, match="loss") as info:
        trainer.step()
    assert info.value.cause == "loss"
    assert net.layers[0].W[0, 0] == 1e300


# ---- optimizers against the book's formulas ---------------------------------------


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu"])
def test_backward_from_cached_output_matches_the_derivative(name):
    """The fast backward (reusing z) gives exactly the numbers of dE/dz · h'(a)."""
    from simulator.activations import get_activation

    act = get_activation(name)
    a = np.concatenate([np.linspace(-30, 30, 601), [0.0, -0.0, 1e-300, -1e4, 1e4]])
    a = np.stack([a, -a])
    grad_z = np.random.default_rng(0).standard_normal(a.shape)
    np.testing.assert_array_equal(act.backward(a, act.f(a), grad_z), grad_z * act.df(a))


def test_mse_value_and_gradient_together_match_apart():
    """Computing the squared error and its gradient together changes no number."""
    from simulator.losses import get_loss

    rng = np.random.default_rng(1)
    Y, T = rng.standard_normal((7, 3)), rng.standard_normal((7, 3))
    mse = get_loss("mse")
    value, grad = mse.value_and_grad(Y, T)
    assert value == mse.value(Y, T) == 0.5 * np.sum((Y - T) ** 2) / 7
    np.testing.assert_array_equal(grad, (Y - T) / 7)


def test_edits_in_place_between_steps_are_trained_on():
    """A weight or PReLU slope set during training is where the next step starts from."""
    from simulator.layer import gradient_arrays

    X, T = xor_data(n=20)
    net, ref = xor_net(hidden="prelu"), xor_net(hidden="prelu")
    trainer = Trainer(net, X, T, "mse", SGD(0.3), batch_size=len(X), seed=4)
    rng, optimizer = np.random.default_rng(4), SGD(0.3)
    for edit in (False, True, False):
        if edit:
            for n in (net, ref):
                n.set_weight(1, 0, 0, 7.0)
                n.layers[0].alpha = 0.5
        trainer.step()
        order = rng.permutation(len(X))
        _, grads = ref.loss_and_gradients(X[order], T[order], "mse")
        optimizer.update(ref.parameters(), gradient_arrays(grads))
        for p, q in zip(net.parameters(), ref.parameters(), strict=True):
            np.testing.assert_array_equal(p, q)


def test_editing_the_network_between_steps_keeps_training():
    """A layer resized in the middle of training trains on, with fresh optimizer state."""
    X, T = xor_data()
    net = xor_net()
    trainer = Trainer(net, X, T, "binary_cross_entropy", Momentum(0.1), batch_size=10)
    trainer.step()
    net.set_weight(0, 0, 0, 0.5)  # in place: stays packed
    trainer.step()
    assert net.layers[0].W[0, 0] != 0.5  # ... and was trained
    net.resize_layer(0, 9)  # replaces the arrays
    trainer.step()
    assert trainer.optimizer.v[0].shape == (sum(p.size for p in net.parameters()),)
    W = net.layers[0].W.copy()
    trainer.step()
    assert not np.array_equal(net.layers[0].W, W)


@pytest.mark.parametrize(
    "make",
    [lambda: SGD(0.3), lambda: Momentum(0.1), lambda: Adam(0.01)],
    ids=["SGD", "Momentum", "Adam"],
)
def test_trainer_equals_the_plain_loop_bit_for_bit(make):
    """The trainer's steps are exactly the book's loop: shuffle, gradients, update."""
    from simulator.layer import gradient_arrays

    X, T = xor_data(n=23)
    net, ref = xor_net(), xor_net()
    trainer = Trainer(net, X, T, "binary_cross_entropy", make(), batch_size=5, seed=9)
    for _ in range(2):
        trainer.epoch()
    rng, optimizer = np.random.default_rng(9), make()
    for _ in range(2):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 5):
            batch = order[start : start + 5]
            _, grads = ref.loss_and_gradients(X[batch], T[batch], "binary_cross_entropy")
            optimizer.update(ref.parameters(), gradient_arrays(grads))
    for p, q in zip(net.parameters(), ref.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)


# ---- one SGD update on one sample (the UI's "Apply update") -------------------------
