"""Apply update's single SGD step: lowers the loss, reports norms, refuses to diverge."""

import warnings

import numpy as np
import pytest

from simulator.manual_update import sgd_update
from simulator.network import Network
from simulator.presets import load_preset
from simulator.training import TrainingDiverged


def book_example():
    preset = load_preset("book-3-layer")
    return preset.network, preset.input, preset.target


def test_sgd_update_lowers_the_loss_and_leaves_the_original():
    """Apply update would not improve the book's example, or would change the old network."""
    net, x, t = book_example()
    before = [p.copy() for p in net.parameters()]
    new, norms = sgd_update(net, x, t, "mse", 0.1)
    assert new is not net and new.loss(x, t) < net.loss(x, t)
    assert all(np.array_equal(p, q) for p, q in zip(net.parameters(), before, strict=True))
    _, grads = net.loss_and_gradients(x, t, "mse")
    expected = net.copy()
    expected.apply_gradients(grads, 0.1)
    assert all(
        np.array_equal(p, q) for p, q in zip(new.parameters(), expected.parameters(), strict=True)
    )
    assert norms.shape == (len(net.layers),)


def test_sgd_update_norms_are_the_gradients_lengths():
    """The per-layer gradient sizes shown after an update would not match the gradients."""
    net, x, t = book_example()
    _, norms = sgd_update(net, x, t, "mse", 0.5)
    _, grads = net.loss_and_gradients(x, t, "mse")
    expected = [np.sqrt(sum(np.sum(a**2) for a in g.arrays())) for g in grads]
    np.testing.assert_allclose(norms, expected, rtol=1e-15)


def test_sgd_update_diverges_with_a_huge_learning_rate_and_changes_nothing():
    """A learning rate of 1e308 would leave infinite weights or warnings instead of a message."""
    net, x, t = book_example()
    before = [p.copy() for p in net.parameters()]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning from NumPy's overflow
        with pytest.raises(TrainingDiverged, match="learning rate") as info:
            sgd_update(net, x, t, "mse", 1e308)
    assert info.value.cause in ("loss", "weights") and info.value.learning_rate == 1e308
    assert all(np.array_equal(p, q) for p, q in zip(net.parameters(), before, strict=True))


def test_sgd_update_refuses_a_non_finite_loss_and_bad_arguments():
    """Overflowing outputs would give a nonsense update; a batch or η ≤ 0 would be taken."""
    net = Network.from_arrays([[[1e300]]], [[0.0]], ["identity"])
    with pytest.raises(TrainingDiverged) as info:
        sgd_update(net, [1e300], [0.0], "mse", 0.1)
    assert info.value.cause == "loss" and net.layers[0].W[0, 0] == 1e300
    wide = Network.from_arrays([[[1.0]]], [[0.0]], ["identity"])
    with pytest.raises(TrainingDiverged) as info:  # dW = 1e20, times 1e300 overflows
        sgd_update(wide, [1e10], [0.0], "mse", 1e300)
    assert info.value.cause == "weights" and wide.layers[0].W[0, 0] == 1.0
    with pytest.raises(ValueError, match="learning rate"):
        sgd_update(net, [1.0], [0.0], "mse", 0.0)
    with pytest.raises(ValueError, match="one sample"):
        sgd_update(net, [[1.0], [2.0]], [[0.0], [0.0]], "mse", 0.1)
