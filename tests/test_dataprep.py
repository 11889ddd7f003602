"""Preparing data for a network: Playground's input features, a stable split, plane maps."""

from __future__ import annotations

import numpy as np
import pytest

import simulator as sim


def test_features_are_computed_in_playgrounds_order():
    """x1², x1·x2 and sin x1 are what the names say, in the fixed order whatever is asked."""
    X = np.array([[0.5, -1.0], [1.0, 0.25]])
    F = sim.feature_matrix(X, ["sin_x1", "x1*x2", "x1^2", "x1"])
    expected = np.column_stack([X[:, 0], X[:, 0] ** 2, X[:, 0] * X[:, 1], np.sin(np.pi * X[:, 0])])
    assert np.allclose(F, expected)
    assert sim.FEATURE_SYMBOLS["x1^2"] == "x1²"


def test_unknown_or_no_features_are_refused():
    """A typo in a feature name, or none at all, is an error, not an empty input layer."""
    with pytest.raises(ValueError, match="unknown input feature"):
        sim.feature_matrix(np.zeros((2, 2)), ["x3"])
    with pytest.raises(ValueError, match="at least one"):
        sim.feature_matrix(np.zeros((2, 2)), [])


def test_split_keeps_both_parts_and_the_share():
    """80 % training leaves 20 % to test, every sample in exactly one part."""
    train, test = sim.split_indices(100, 0.2, seed=1)
    assert len(test) == 20 and len(train) == 80
    assert sorted([*train, *test]) == list(range(100))
    assert len(sim.split_indices(2, 0.5)[1]) == 1
    assert len(sim.split_indices(1, 0.5)[1]) == 0


def test_adding_a_point_moves_at_most_one_other_point():
    """Drawing one more point never reshuffles which of the others are test points."""
    _, before = sim.split_indices(30, 0.3, seed=4)
    _, after = sim.split_indices(31, 0.3, seed=4)
    changed = set(before) ^ (set(after) - {30})
    assert len(changed) <= 1


def test_grid_rows_run_from_the_bottom_up():
    """Cell (row, col) of a reshaped map sits at (x[col], y[row]), y growing upwards."""
    grid = sim.grid_points((-1, 1), (0, 2), cells=4)
    assert grid.shape == (16, 2)
    cells = grid.reshape(4, 4, 2)
    assert cells[0, 0].tolist() == [-0.75, 0.25]
    assert cells[3, 1].tolist() == [-0.25, 1.75]


def test_layer_outputs_and_dead_units():
    """A ReLU unit whose weighted input is negative everywhere is found as dead."""
    net = sim.Network.from_arrays(
        [[[1.0, -1.0], [1.0, -1.0]], [[1.0], [1.0]]], [[0.0, -5.0], [0.0]], ["relu", "identity"]
    )
    X = np.array([[0.5, 0.5], [1.0, 2.0]])
    outputs = sim.layer_outputs(net, X)
    assert [z.shape for z in outputs] == [(2, 2), (2, 1)]
    assert sim.dead_units(outputs)[0].tolist() == [False, True]


def test_r_squared_and_the_suggested_loss():
    """R² is 1 for a perfect fit and 0 for answering the mean; losses follow the output."""
    T = np.array([[1.0], [2.0], [3.0]])
    assert sim.r_squared(T, T) == 1.0
    assert sim.r_squared(np.full_like(T, 2.0), T) == 0.0
    assert sim.suggested_loss("softmax", 3) == "cross_entropy"
    assert sim.suggested_loss("sigmoid", 1) == "binary_cross_entropy"
    assert sim.suggested_loss("identity", 1) == "mse"


def test_an_epoch_records_the_loss_after_the_pass():
    """end_loss is the whole training set's loss after the epoch, as evaluate() gives it."""
    ds = sim.make_dataset("plane", n=50, seed=0)
    net = sim.Network.create(2, [1], "identity", seed=0)
    trainer = sim.Trainer(net, ds.X, ds.T, batch_size=10)
    trainer.epoch()
    record = trainer.history[-1]
    assert record.end_loss == pytest.approx(trainer.evaluate(ds.X, ds.T)[0])


def test_the_split_is_not_tied_to_the_points_drawn_from_the_same_seed():
    """Sine's x and the split share a seed: the test points must still lie all along x."""
    ds = sim.make_dataset("sine", n=100, seed=0)
    _, test = sim.split_indices(100, 0.2, seed=0)
    x = ds.X[test, 0]
    assert x.min() < -0.5 and x.max() > 0.5
