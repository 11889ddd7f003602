"""Backpropagation against central differences: every activation × loss × output layer."""

import numpy as np
import pytest

import simulator as sim

# (output activation, loss, outputs): the combinations a lesson can meaningfully build.
OUTPUTS = [
    ("identity", "mse", 3),
    ("sigmoid", "mse", 3),
    ("softmax", "mse", 3),
    ("tanh", "mse", 3),
    ("softmax", "cross_entropy", 3),
    ("sigmoid", "cross_entropy", 3),
    ("sigmoid", "binary_cross_entropy", 1),
]
KINK_MARGIN = 1e-3  # far beyond eps = 1e-6 times any input, so no nudge crosses a kink


def targets(rng, output, loss, n, N):
    """Targets a user could give for this output layer, shape (N, n)."""
    if output == "softmax":
        return np.eye(n)[rng.integers(0, n, N)]
    if loss != "mse":
        return rng.integers(0, 2, (N, n)).astype(float)
    if output == "sigmoid":
        return rng.uniform(0, 1, (N, n))
    if output == "tanh":
        return rng.uniform(-1, 1, (N, n))
    return rng.normal(size=(N, n))


def clear_of_kinks(net, X):
    """True when no kinked hidden neuron's weighted input is within KINK_MARGIN of 0."""
    for layer, cache in zip(net.layers, net.forward_cache(X)):
        if not sim.get_activation(layer.activation).smooth and np.abs(cache.a).min() < KINK_MARGIN:
            return False
    return True


def problem(hidden, output, loss, n_out, seed=0):
    """A 3-4-4-n_out network and a batch of 5 samples clear of every kink."""
    for s in range(seed, seed + 100):
        rng = np.random.default_rng(s)
        net = sim.Network.create(3, [4, 4, n_out], [hidden, hidden, output], seed=s)
        for layer in net.layers:
            layer.b = rng.normal(scale=0.5, size=layer.b.shape)
        X = rng.normal(size=(5, 3))
        if clear_of_kinks(net, X):
            return net, X, targets(rng, output, loss, n_out, 5)
    raise AssertionError("no sample clear of kinks")


@pytest.mark.parametrize("output,loss,n_out", OUTPUTS)
@pytest.mark.parametrize("hidden", sim.ACTIVATIONS)
def test_backprop_matches_central_differences(hidden, output, loss, n_out):
    """Training moves the weights along the true slope of the loss for this combination."""
    net, X, T = problem(hidden, output, loss, n_out)
    assert sim.gradient_check(net, X, T, loss) < 1e-6


@pytest.mark.parametrize("output,loss,n_out", OUTPUTS)
def test_single_sample_gradients(output, loss, n_out):
    """Stepping one sample (a 1-D input) gets the same correct gradients."""
    net, X, T = problem("tanh", output, loss, n_out, seed=7)
    assert sim.gradient_check(net, X[0], T[0], loss) < 1e-6


def test_every_activation_in_one_network():
    """A network mixing all smooth activations still backpropagates correctly."""
    smooth = [h for h in sim.ACTIVATIONS if sim.get_activation(h).smooth and h != "identity"]
    rng = np.random.default_rng(3)
    net = sim.Network.create(3, [4] * len(smooth) + [2], smooth + ["softmax"], seed=3)
    X, T = rng.normal(size=(4, 3)), np.eye(2)[rng.integers(0, 2, 4)]
    assert sim.gradient_check(net, X, T, "cross_entropy") < 1e-6


def test_step_network_has_zero_gradient_behind_the_step():
    """Weights feeding a step layer get no gradient: a perceptron cannot learn by backprop."""
    net, X, T = problem("step", "identity", "mse", 3)
    _, grads = net.loss_and_gradients(X, T)
    assert not grads[0].dW.any() and not grads[1].dW.any()
    assert grads[2].dW.any()


def test_prelu_slope_gradient_is_checked():
    """A wrong PReLU slope gradient is caught by the check (α is one of its parameters)."""
    net, X, T = problem("prelu", "identity", "mse", 3)
    assert sim.gradient_check(net, X, T) < 1e-6
    original = net.loss_and_gradients

    def wrong_alpha(*args, **kwargs):
        value, grads = original(*args, **kwargs)
        grads[0].dalpha = grads[0].dalpha * 2 + 1.0
        return value, grads

    net.loss_and_gradients = wrong_alpha
    assert sim.gradient_check(net, X, T) > 0.1


def test_gradient_check_catches_a_wrong_gradient():
    """A scaled weight gradient shows up as a large relative error."""
    net, X, T = problem("sigmoid", "identity", "mse", 3)
    original = net.loss_and_gradients

    def halved(*args, **kwargs):
        value, grads = original(*args, **kwargs)
        grads[1].dW = grads[1].dW * 0.5
        return value, grads

    net.loss_and_gradients = halved
    assert sim.gradient_check(net, X, T) > 0.3


def test_gradient_check_leaves_the_network_unchanged():
    """Checking gradients does not move a single weight of the user's network."""
    net, X, T = problem("prelu", "softmax", "cross_entropy", 3)
    before = [p.copy() for p in net.parameters()]
    sim.gradient_check(net, X, T, "cross_entropy")
    for p, q in zip(before, net.parameters()):
        np.testing.assert_array_equal(p, q)


def test_l2_gradient_matches_its_loss():
    """Weight decay adds l2 · W to dW, the slope of its l2/2 · ΣW² term."""
    net, X, T = problem("tanh", "identity", "mse", 3)
    l2, eps = 0.3, 1e-6
    _, grads = net.loss_and_gradients(X, T, l2=l2)
    W = net.layers[1].W
    W[2, 1] += eps
    up, _ = net.loss_and_gradients(X, T, l2=l2)
    W[2, 1] -= 2 * eps
    down, _ = net.loss_and_gradients(X, T, l2=l2)
    W[2, 1] += eps
    assert grads[1].dW[2, 1] == pytest.approx((up - down) / (2 * eps), rel=1e-6)


def test_cross_entropy_of_a_zero_output_is_finite():
    """A softmax output of exactly 0 for the true class gives a large but finite loss."""
    net = sim.Network.from_arrays([np.eye(2) * 1e4], [np.zeros(2)], "softmax")
    loss, grads = net.loss_and_gradients([1.0, 0.0], [0.0, 1.0], "cross_entropy")
    assert np.isfinite(loss) and all(np.isfinite(g.dW).all() for g in grads)


@pytest.mark.parametrize("normalise", [True, False], ids=["soft", "unnormalised"])
def test_softmax_cross_entropy_with_non_one_hot_targets(normalise):
    """Soft or unnormalised targets use the full softmax Jacobian and stay correct."""
    rng = np.random.default_rng(5)
    net = sim.Network.create(3, [4, 3], ["tanh", "softmax"], seed=5)
    X, T = rng.normal(size=(5, 3)), rng.uniform(0.1, 1, (5, 3))
    if normalise:
        T = T / T.sum(axis=1, keepdims=True)
    assert sim.gradient_check(net, X, T, "cross_entropy") < 1e-6
