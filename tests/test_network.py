"""Building, computing with and editing a Network; collapsing linear networks."""

import numpy as np
import pytest

import simulator as sim


@pytest.fixture
def net():
    """A 3-4-5-2 network with non-zero biases."""
    n = sim.Network.create(3, [4, 5, 2], ["relu", "tanh", "softmax"], seed=1)
    for i, layer in enumerate(n.layers):
        layer.b = np.arange(layer.n_out) * 0.1 + i
    return n


def assert_consistent(n):
    """Every layer takes what the previous one gives, and forward runs."""
    for prev, layer in zip(n.layers, n.layers[1:]):
        assert layer.n_in == prev.n_out
    for layer in n.layers:
        assert layer.W.shape == (layer.n_in, layer.n_out) and layer.b.shape == (layer.n_out,)
    assert n.sizes == [n.input_size] + [layer.n_out for layer in n.layers]
    assert n.forward(np.ones(n.input_size)).shape == (n.output_size,)
    assert n.forward(np.ones((3, n.input_size))).shape == (3, n.output_size)


# ---- construction ----------------------------------------------------------


def test_create_gives_requested_shapes(net):
    """A new network has the layer sizes and activations the user picked."""
    assert net.sizes == [3, 4, 5, 2]
    assert [layer.activation for layer in net.layers] == ["relu", "tanh", "softmax"]
    assert_consistent(net)


def test_create_is_reproducible_from_seed():
    """The same seed gives the same starting weights; another seed does not."""
    a, b = (sim.Network.create(4, [6, 3], "sigmoid", seed=5) for _ in range(2))
    c = sim.Network.create(4, [6, 3], "sigmoid", seed=6)
    for la, lb, lc in zip(a.layers, b.layers, c.layers):
        np.testing.assert_array_equal(la.W, lb.W)
        assert not np.array_equal(la.W, lc.W)


@pytest.mark.parametrize(
    "activation,std", [("relu", np.sqrt(2 / 400)), ("sigmoid", np.sqrt(2 / 800))]
)
def test_initialisation_scale(activation, std):
    """ReLU layers start with He weights, others with Glorot, so signals neither die nor blow up."""
    W = sim.Network.create(400, [400], activation, seed=0).layers[0].W
    assert W.std() == pytest.approx(std, rel=0.03)
    assert not sim.Network.create(400, [400], activation, seed=0).layers[0].b.any()


def test_from_arrays_copies_its_arguments():
    """Editing the arrays a network was built from does not change the network."""
    W = np.ones((2, 2))
    n = sim.Network.from_arrays([W], [np.zeros(2)], "identity")
    W[0, 0] = 99.0
    assert n.layers[0].W[0, 0] == 1.0


@pytest.mark.parametrize(
    "kwargs,match",
    [
        (
            dict(weights=[np.ones((2, 3)), np.ones((2, 2))], biases=[np.ones(3), np.ones(2)]),
            "layer 1 takes 2 inputs",
        ),
        (dict(weights=[np.ones((2, 3))], biases=[np.ones(2)]), "do not fit"),
        (dict(weights=[np.ones((2, 3))], biases=[np.ones(3), np.ones(3)]), "bias"),
    ],
)
def test_from_arrays_rejects_shapes_that_do_not_fit(kwargs, match):
    """Arrays that do not fit together are refused with a message saying why."""
    acts = ["identity"] * len(kwargs["weights"])
    with pytest.raises(ValueError, match=match):
        sim.Network.from_arrays(activations=acts, **kwargs)


def test_create_rejects_an_empty_layer():
    """A layer of 0 neurons is refused."""
    with pytest.raises(ValueError, match="at least one neuron"):
        sim.Network.create(2, [3, 0], "relu")


def test_forward_rejects_a_wrong_input(net):
    """An input of the wrong length says what the network expects."""
    with pytest.raises(ValueError, match="3 inputs"):
        net.forward([1.0, 2.0])


def test_forward_does_not_change_its_input(net):
    """Running the network leaves the user's input as it was."""
    x = np.array([[0.5, -1.0, 2.0]])
    before = x.copy()
    net.forward(x)
    net.loss_and_gradients(x, [[0.0, 1.0]], "cross_entropy")
    np.testing.assert_array_equal(x, before)


def test_as_batch_turns_one_sample_or_a_target_column_into_batches(net):
    """A single example, or one target per sample, would be refused or misread."""
    X, T = net.as_batch([0.5, -1.0, 2.0], [0, 1])
    assert X.shape == (1, 3) and T.shape == (1, 2) and X.dtype == T.dtype == float
    single = sim.Network.create(2, [1], "sigmoid")
    X, T = single.as_batch(np.zeros((4, 2)), [0, 1, 1, 0])
    np.testing.assert_array_equal(T, [[0.0], [1.0], [1.0], [0.0]])
    with pytest.raises(ValueError, match="do not fit 2 samples and 2 outputs"):
        net.as_batch(np.zeros((2, 3)), np.zeros((3, 2)))


def test_apply_gradients_is_a_plain_sgd_step(net):
    """One SGD step moves each weight by -learning_rate × its gradient."""
    X, T = np.ones((2, 3)), np.array([[1.0, 0.0], [0.0, 1.0]])
    before = net.copy()
    _, grads = net.loss_and_gradients(X, T, "cross_entropy")
    net.apply_gradients(grads, 0.5)
    for old, new, g in zip(before.layers, net.layers, grads):
        np.testing.assert_array_equal(new.W, old.W - 0.5 * g.dW)
        np.testing.assert_array_equal(new.b, old.b - 0.5 * g.db)
    assert net.loss(X, T, "cross_entropy") < before.loss(X, T, "cross_entropy")


def test_repr_is_readable(net):
    """Printing a network shows its sizes and activations."""
    assert repr(net) == "Network(3 → 4 relu → 5 tanh → 2 softmax)"
    assert repr(net.layers[0]) == "Layer(3→4, relu)"


# ---- edits -----------------------------------------------------------------


def test_insert_hidden_layer(net):
    """Inserting a layer puts it where asked and refits the next layer's inputs."""
    old_W2 = net.layers[1].W.copy()
    net.insert_layer(1, 6, "gelu")
    assert net.sizes == [3, 4, 6, 5, 2]
    assert net.layers[1].activation == "gelu"
    np.testing.assert_array_equal(net.layers[2].W[:4], old_W2)  # surviving rows kept
    assert_consistent(net)


@pytest.mark.parametrize("index", [0, 3])
def test_insert_at_either_end(net, index):
    """A layer can be inserted before the first or after the output layer."""
    net.insert_layer(index, 7, "sigmoid")
    assert net.layers[index].n_out == 7
    assert_consistent(net)


def test_remove_layer_refits_the_next(net):
    """Removing a hidden layer reconnects its neighbours with surviving weights."""
    old_W3 = net.layers[2].W.copy()
    net.remove_layer(1)
    assert net.sizes == [3, 4, 2]
    np.testing.assert_array_equal(net.layers[1].W, old_W3[:4])
    assert_consistent(net)


def test_remove_output_layer(net):
    """Removing the output layer makes the last hidden layer the output."""
    net.remove_layer(2)
    assert net.sizes == [3, 4, 5]
    assert_consistent(net)


def test_cannot_remove_the_only_layer():
    """The last remaining layer cannot be deleted, with a message saying why."""
    n = sim.Network.create(2, [1], "sigmoid")
    with pytest.raises(ValueError, match="only layer"):
        n.remove_layer(0)
    assert n.sizes == [2, 1]


@pytest.mark.parametrize("size", [2, 4, 9])
def test_resize_keeps_surviving_neurons(net, size):
    """Resizing a layer keeps the surviving neurons' weights and outputs."""
    x = np.array([0.3, -0.2, 0.9])
    old = net.layers[0]
    old_W, old_b, old_a = old.W.copy(), old.b.copy(), net.forward_cache(x)[0].a
    old_next = net.layers[1].W.copy()
    net.resize_layer(0, size)
    keep = min(size, 4)
    np.testing.assert_array_equal(net.layers[0].W[:, :keep], old_W[:, :keep])
    np.testing.assert_array_equal(net.layers[0].b[:keep], old_b[:keep])
    np.testing.assert_array_equal(net.forward_cache(x)[0].a[:keep], old_a[:keep])
    np.testing.assert_array_equal(net.layers[1].W[:keep], old_next[:keep])
    assert_consistent(net)


def test_set_activation_changes_only_that_layer(net):
    """Changing a layer's activation keeps its weights and the other layers."""
    W = net.layers[1].W.copy()
    net.set_activation(1, "elu")
    assert [layer.activation for layer in net.layers] == ["relu", "elu", "softmax"]
    np.testing.assert_array_equal(net.layers[1].W, W)


@pytest.mark.parametrize("n_in", [1, 3, 8])
def test_set_input_size(net, n_in):
    """Changing the number of inputs keeps the surviving input weights."""
    W = net.layers[0].W.copy()
    net.set_input_size(n_in)
    assert net.input_size == n_in
    np.testing.assert_array_equal(net.layers[0].W[: min(n_in, 3)], W[: min(n_in, 3)])
    assert_consistent(net)


def test_set_weight_and_bias(net):
    """Typing a weight or a bias into the inspector changes exactly that number."""
    net.set_weight(1, 2, 3, 0.75)
    net.set_bias(2, 1, -0.5)
    assert net.layers[1].W[2, 3] == 0.75 and net.layers[2].b[1] == -0.5


@pytest.mark.parametrize(
    "edit,error,match",
    [
        (lambda n: n.insert_layer(1, 0), ValueError, "≥ 1"),
        (lambda n: n.resize_layer(0, 0), ValueError, "≥ 1"),
        (lambda n: n.resize_layer(0, 2.5), ValueError, "whole number"),
        (lambda n: n.set_input_size(0), ValueError, "≥ 1"),
        (lambda n: n.insert_layer(5, 2), IndexError, "out of range"),
        (lambda n: n.remove_layer(3), IndexError, "out of range"),
        (lambda n: n.resize_layer(-1, 2), IndexError, "out of range"),
        (lambda n: n.set_activation(7, "relu"), IndexError, "out of range"),
        (lambda n: n.set_activation(0, "rellu"), KeyError, "known"),
        (lambda n: n.insert_layer(1, 3, "rellu"), KeyError, "known"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(net, edit, error, match):
    """A bad edit raises a clear error and leaves the network exactly as it was."""
    before = net.copy()
    with pytest.raises(error, match=match):
        edit(net)
    assert repr(net) == repr(before)
    for a, b in zip(net.layers, before.layers):
        np.testing.assert_array_equal(a.W, b.W)


def test_copy_is_deep_and_independent(net):
    """Editing a copy (weights, α, layers) never changes the original."""
    twin = net.copy()
    twin.layers[0].W[0, 0] += 1.0
    twin.layers[0].b[0] += 1.0
    twin.layers[0].alpha = 0.9
    twin.insert_layer(1, 3, "relu")
    assert net.layers[0].W[0, 0] != twin.layers[0].W[0, 0]
    assert net.layers[0].b[0] != twin.layers[0].b[0]
    assert net.layers[0].alpha == 0.25 and net.sizes == [3, 4, 5, 2]


def test_copy_continues_the_same_random_stream(net):
    """A copy edited like the original gets the same fresh weights (undo/redo agree)."""
    twin = net.copy()
    net.insert_layer(1, 3, "relu")
    twin.insert_layer(1, 3, "relu")
    np.testing.assert_array_equal(net.layers[1].W, twin.layers[1].W)


# ---- collapse_linear (seed 004) --------------------------------------------


def test_collapse_linear_equals_the_deep_identity_network():
    """A stack of linear layers computes exactly one linear layer."""
    rng = np.random.default_rng(4)
    sizes = [3, 5, 4, 6, 2]
    n = sim.Network.from_arrays(
        [rng.normal(size=s) for s in zip(sizes, sizes[1:])],
        [rng.normal(size=s) for s in sizes[1:]],
        "identity",
    )
    W, b = sim.collapse_linear(n)
    assert W.shape == (3, 2) and b.shape == (2,)
    X = rng.normal(size=(10, 3))
    np.testing.assert_allclose(X @ W + b, n.forward(X), atol=1e-12)


def test_collapse_linear_names_the_first_nonlinear_layer():
    """Collapsing a network with a nonlinearity says which layer breaks it."""
    n = sim.Network.create(2, [3, 3, 1], ["identity", "sigmoid", "relu"])
    with pytest.raises(ValueError, match=r"layer 1 uses 'sigmoid'"):
        sim.collapse_linear(n)
