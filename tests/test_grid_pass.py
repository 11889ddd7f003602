"""The decision view's and thumbnails' own forward pass agrees with the simulator's."""

from __future__ import annotations

import numpy as np
import pytest

import simulator as sim
from ui.training.grid_pass import GridPass

HIDDEN = ["tanh", "relu", "identity", "sigmoid", "step", "leaky_relu", "elu", "gelu", "silu"]


@pytest.mark.parametrize("output", ["softmax", "sigmoid", "identity"])
def test_the_maps_show_what_the_network_computes_for_every_activation(output):
    """A heatmap or thumbnail coloured from other numbers than the network's would mislead."""
    X = np.random.default_rng(0).uniform(-1.5, 1.5, size=(400, 2))
    for hidden in HIDDEN:
        k = 3 if output == "softmax" else 1
        net = sim.Network.create(2, [6, 5, k], [hidden, hidden, output], seed=1)
        grid = GridPass(X)
        grid.run(net)  # a second pass fills the same arrays again
        for ours, theirs in zip(grid.run(net), sim.layer_outputs(net, X)):
            assert ours.shape == theirs.shape
            np.testing.assert_allclose(ours, theirs, atol=1e-5, err_msg=hidden)


def test_a_diverged_network_shows_as_it_is():
    """Infinite weights give the same inf and NaN as the simulator, not made-up colours."""
    net = sim.Network.create(2, [4, 2], ["tanh", "softmax"], seed=0)
    net.layers[0].W[0] = np.inf
    net.layers[0].W[1] = -np.inf
    X = np.array([[1.0, 1.0], [1.0, -1.0]])  # inf - inf at the first point, inf at the second
    with np.errstate(all="ignore"):
        theirs = sim.layer_outputs(net, X)
    ours = GridPass(X).run(net)
    assert np.isnan(ours[-1][0]).all() and np.isfinite(ours[-1][1]).all()
    for z, expected in zip(ours, theirs):
        np.testing.assert_allclose(z, expected, atol=1e-6)  # NaN where NaN
