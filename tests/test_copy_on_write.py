"""Networks that share their arrays (copy on write): cheap copies that never see each other."""

from __future__ import annotations

import pytest

import simulator as sim


@pytest.fixture
def net():
    """A 3-4-2 PReLU/sigmoid network with non-zero biases."""
    n = sim.Network.create(3, [4, 2], ["prelu", "sigmoid"], seed=1)
    n.set_bias(0, 1, 0.5)
    return n


def snapshot(net):
    return [(la.W.copy(), la.b.copy(), la.alpha, la.activation) for la in net.layers]


def same(net, snap) -> bool:
    return all(
        la.W.tobytes() == W.tobytes() and la.b.tobytes() == b.tobytes()
        for la, (W, b, _alpha, _act) in zip(net.layers, snap)
    ) and [(la.alpha, la.activation) for la in net.layers] == [s[2:] for s in snap]


def test_share_copies_no_array(net):
    """A shared copy of a 1024-2048-2048-10 network would cost its 50 MB again."""
    net.layers[1].leaky_slope = 0.2
    twin = net.share()
    assert all(a.W is b.W and a.b is b.b for a, b in zip(net.layers, twin.layers))
    assert twin.layers[1].leaky_slope == 0.2
    assert all(a is not b for a, b in zip(net.layers, twin.layers))


@pytest.mark.parametrize(
    "edit",
    [
        lambda n: n.set_weight(0, 1, 2, 9.0),
        lambda n: n.set_bias(1, 0, -3.0),
        lambda n: setattr(n.layers[0], "alpha", 0.75),
        lambda n: n.apply_gradients(n.loss_and_gradients([1, 2, 3], [0, 1])[1], 0.5),
        lambda n: n.resize_layer(0, 6),
        lambda n: n.insert_layer(1, 3, "tanh"),
        lambda n: n.set_activation(1, "relu"),
        lambda n: (n.layers[0].thaw(), n.parameters()[0].__setitem__((0, 0), 4.0)),
    ],
    ids=["weight", "bias", "alpha", "sgd", "resize", "insert", "activation", "parameters"],
)
def test_an_edit_of_either_copy_leaves_the_other_as_it_was(net, edit):
    """Undo would bring back a network changed by the edits made after it."""
    before = snapshot(net)
    twin = net.share()
    edit(twin)
    assert same(net, before)
    edit(net)  # and the other way round
    twin_now = snapshot(twin)
    net.set_weight(0, 0, 0, -7.0)
    assert same(twin, twin_now)


def test_a_direct_write_into_a_shared_array_is_refused(net):
    """A stray write through a frozen array would silently change every undo step sharing it."""
    net.share()
    with pytest.raises(ValueError, match="read-only"):
        net.layers[0].W[0, 0] = 1.0


def test_training_a_shared_network_leaves_the_other_alone():
    """Training the training panel's copy would change the network an undo step holds."""
    ds = sim.make_dataset("xor", n=40, seed=0)
    net = sim.Network.create(2, [4, 2], ["tanh", "softmax"], seed=0)
    held = net.share()
    before = snapshot(held)
    trainer = sim.Trainer(net, ds.X, ds.T, loss="cross_entropy", batch_size=8, seed=0)
    trainer.epoch()
    assert same(held, before) and not same(net, before)


def test_a_shared_copy_continues_the_same_random_stream(net):
    """After undo, adding a layer again would draw other weights than the first time."""
    twin = net.share()
    net.insert_layer(1, 5)
    twin.insert_layer(1, 5)
    assert net.layers[1].W.tobytes() == twin.layers[1].W.tobytes()
