"""Cross-entropy on softmax and sigmoid outputs: exact for every output, however small.

The expected numbers are written out here with ``math``, in the closed forms that
PyTorch documents for ``cross_entropy`` and ``binary_cross_entropy_with_logits`` on
logits, never taken from the code under test.
"""

import math

import numpy as np
import pytest

import simulator as sim
from simulator.optimizers import SGD
from simulator.training import Trainer


def torch_cross_entropy(a, t):
    """PyTorch's cross_entropy of one row of logits ``a`` and probabilities ``t``."""
    m = max(a)
    log_sum_exp = m + math.log(sum(math.exp(v - m) for v in a))
    return -sum(t_k * (a_k - log_sum_exp) for a_k, t_k in zip(a, t))


def torch_bce_with_logits(a, t):
    """PyTorch's binary_cross_entropy_with_logits of one logit ``a`` and target ``t``."""
    return max(a, 0.0) - a * t + math.log1p(math.exp(-abs(a)))


def logits_net(n, activation):
    """One identity-weighted layer: the input is the output layer's weighted input a."""
    return sim.Network.from_arrays([np.eye(n)], [np.zeros(n)], activation)


def test_a_confident_wrong_sample_reads_its_true_loss():
    """A sample scored 30.8 for the wrong class shows a loss of 30.8, not a clipped 27.6."""
    net, a, t = logits_net(2, "softmax"), [0.0, 30.8], [1.0, 0.0]
    exact = math.log(math.exp(0.0 - 30.8) + math.exp(30.8 - 30.8)) + 30.8
    value, _ = net.loss_and_gradients(a, t, "cross_entropy")
    assert value == pytest.approx(exact, rel=1e-15) and value > 30.8
    assert net.loss(a, t, "cross_entropy") == value
    trainer = Trainer(net, [a], [t], "cross_entropy", SGD(0.1))
    assert trainer.evaluate([a], [t])[0] == value


def test_softmax_cross_entropy_gradient_is_exactly_y_minus_t():
    """Training pushes a confidently wrong output back by exactly y - t, not by a clipped slope."""
    net = logits_net(3, "softmax")
    A = np.array([[0.0, 30.8, -5.0], [2.0, -700.0, 1.0]])
    T = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    _, grads = net.loss_and_gradients(A, T, "cross_entropy")
    # With W the identity, dW = Aᵀ · δ and db = Σ δ, δ = (y - t) / N.
    np.testing.assert_array_equal(grads[0].db, np.sum((net.forward(A) - T) / 2, axis=0))


@pytest.mark.parametrize(
    "a,t",
    [
        ([1000.0, -1000.0], [0.0, 1.0]),
        ([1000.0, -1000.0], [1.0, 0.0]),
        ([-1000.0, 0.0, 1000.0], [0.2, 0.5, 0.3]),
        ([0.0, 30.8], [1.0, 0.0]),
        ([745.0, -745.0, 0.0], [0.0, 0.0, 1.0]),
    ],
)
def test_cross_entropy_matches_pytorch_on_extreme_logits(a, t):
    """Even for logits of ±1000 the loss is PyTorch's, not a clipped or infinite number."""
    value = logits_net(len(a), "softmax").loss(a, t, "cross_entropy")
    assert value == pytest.approx(torch_cross_entropy(a, t), rel=1e-15, abs=1e-300)


def test_cross_entropy_of_a_batch_is_the_mean_of_pytorch_rows():
    """A batch's loss is the mean of its samples' losses, as PyTorch's default reduction."""
    A = [[1000.0, -1000.0], [-3.0, 40.0], [0.5, 0.25]]
    T = [[0.0, 1.0], [1.0, 0.0], [0.5, 0.5]]
    expected = sum(map(torch_cross_entropy, A, T)) / 3
    assert logits_net(2, "softmax").loss(A, T, "cross_entropy") == pytest.approx(expected, 1e-15)


@pytest.mark.parametrize("a", [-1000.0, -40.0, -30.8, -1.0, 0.0, 2.0, 40.0, 1000.0])
@pytest.mark.parametrize("t", [0.0, 1.0, 0.3])
def test_binary_cross_entropy_matches_pytorch_with_logits(a, t):
    """A saturated sigmoid output still shows its true binary cross-entropy."""
    value = logits_net(1, "sigmoid").loss([a], [t], "binary_cross_entropy")
    assert value == pytest.approx(torch_bce_with_logits(a, t), rel=1e-14, abs=1e-300)


def test_binary_cross_entropy_gradient_is_exactly_y_minus_t():
    """A saturated sigmoid output is pushed back by y - t, as the book's shortcut says."""
    net = logits_net(1, "sigmoid")
    A, T = np.array([[-40.0], [40.0], [3.0]]), np.array([[1.0], [0.0], [0.25]])
    _, grads = net.loss_and_gradients(A, T, "binary_cross_entropy")
    np.testing.assert_array_equal(grads[0].db, np.sum((net.forward(A) - T) / 3, axis=0))


def test_cross_entropy_on_sigmoid_outputs_uses_the_log_sigmoid():
    """A sigmoid output of e^-40 for a true class reads a loss of 40, not a clipped 27.6."""
    net = logits_net(2, "sigmoid")
    a, t = [-40.0, 3.0], [1.0, 0.0]
    exact = math.log1p(math.exp(40.0))  # -log σ(-40) = log(1 + e^40)
    assert net.loss(a, t, "cross_entropy") == pytest.approx(exact, rel=1e-15)


CONFIDENT = [  # (output activation, loss, weighted inputs, targets): confident and wrong
    ("softmax", "cross_entropy", [[0.0, 30.8, -2.0], [35.0, 0.0, 1.0]], [[1, 0, 0], [0, 0, 1]]),
    ("sigmoid", "cross_entropy", [[-30.0, 2.0], [-28.0, -35.0]], [[1, 0], [1, 1]]),
    ("sigmoid", "binary_cross_entropy", [[-30.0], [33.0], [-0.5]], [[1], [0], [1]]),
]


@pytest.mark.parametrize("output,loss,A,T", CONFIDENT, ids=["softmax-ce", "sigmoid-ce", "bce"])
def test_gradients_of_confident_wrong_outputs_match_central_differences(output, loss, A, T):
    """Where the old clipped loss was flat, training still follows the true slope."""
    n = len(A[0])
    # An identity layer in front, so the check runs backpropagation through a layer;
    # with both W the identity, the output layer's weighted inputs are the inputs A.
    net = sim.Network.from_arrays(
        [np.eye(n), np.eye(n)], [np.zeros(n), np.zeros(n)], ["identity", output]
    )
    np.testing.assert_array_equal(net.forward_cache(np.array(A, float))[-1].a, A)
    # A loss of ~30 rounds to ~1e-14, so the nudge is 1e-5, not 1e-6, to keep the
    # central differences' own rounding (~1e-14 / nudge) well below the tolerance.
    assert sim.gradient_check(net, A, np.array(T, float), loss, eps=1e-5) < 1e-6


def test_loss_of_outputs_alone_is_clipped_finite():
    """With no weighted input at hand (an identity output), log(0) still reads a finite loss."""
    net = sim.Network.from_arrays([[[1.0]]], [[0.0]], "identity")
    value, grads = net.loss_and_gradients([0.0], [1.0], "cross_entropy")
    assert value == pytest.approx(-math.log(sim.losses.EPS))
    assert np.isfinite(grads[0].dW).all()
