"""The example networks: the seeds' numbers, the gates' truth tables, fresh copies."""

import itertools

import numpy as np
import pytest

from simulator.datasets import DATASETS, make_dataset
from simulator.losses import LOSSES
from simulator.presets import PRESET_TITLES, PRESETS, Preset, load_preset


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def test_the_issue_presets_exist():
    """The Examples menu would miss a lesson the issue promises."""
    assert set(PRESETS) == {
        "book-3-layer",
        "nonlinearity-2-2-1",
        "xor",
        "perceptron-and",
        "perceptron-or",
        "perceptron-nand",
        "softmax-classifier",
        "digits",
    }


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_is_complete_and_consistent(name):
    """A preset would open with an input, target or data set its network cannot use."""
    p = load_preset(name)
    assert isinstance(p, Preset) and p.name == name
    assert p.title and p.description  # their Chinese is the UI's: test_display_text.py
    assert p.input.shape == (p.network.input_size,) and p.input.dtype == np.float64
    assert p.target.shape == (p.network.output_size,)
    assert p.dataset is None or p.dataset in DATASETS
    assert p.loss in LOSSES
    loss, grads = p.network.loss_and_gradients(p.input, p.target, loss=p.loss)
    assert np.isfinite(loss) and len(grads) == len(p.network.layers)


@pytest.mark.parametrize("name", [n for n in PRESETS if load_preset(n).dataset])
def test_preset_networks_fit_their_data_sets(name):
    """Training a preset on its own data set would fail on mismatched shapes."""
    p = load_preset(name)
    ds = make_dataset(p.dataset, n=20)
    T = ds.targets_for(p.network.output_size)
    assert np.isfinite(p.network.loss(ds.X, T, loss=p.loss))


def test_book_3_layer_reproduces_the_seed_layer_by_layer():
    """The seeds' worked example would not give the book's numbers."""
    p = load_preset("book-3-layer")
    np.testing.assert_array_equal(p.input, [1.0, 0.5])
    caches = p.network.forward_cache(p.input)
    np.testing.assert_allclose(caches[0].a, [0.3, 0.7, 1.1], atol=1e-8)
    np.testing.assert_allclose(caches[0].z, [0.57444252, 0.66818777, 0.75026011], atol=1e-8)
    np.testing.assert_allclose(caches[1].z, [0.62624937, 0.7710107], atol=1e-8)
    np.testing.assert_allclose(p.network.forward(p.input), [0.31682708, 0.69627909], atol=1e-8)
    assert [layer.activation for layer in p.network.layers] == ["sigmoid", "sigmoid", "identity"]


def test_book_3_layer_has_the_seed_weights_exactly():
    """A weight shown in the inspector would differ from the book's listing."""
    net = load_preset("book-3-layer").network
    expected_W = [
        [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
        [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
        [[0.1, 0.3], [0.2, 0.4]],
    ]
    expected_b = [[0.1, 0.2, 0.3], [0.1, 0.2], [0.1, 0.2]]
    for layer, W, b in zip(net.layers, expected_W, expected_b):
        assert layer.W.tolist() == W and layer.b.tolist() == b


@pytest.mark.parametrize(
    "name, gate",
    [
        ("perceptron-and", lambda x1, x2: x1 and x2),
        ("perceptron-or", lambda x1, x2: x1 or x2),
        ("perceptron-nand", lambda x1, x2: not (x1 and x2)),
    ],
)
def test_perceptron_gates_truth_tables(name, gate):
    """A logic-gate lesson would show a wrong truth table."""
    p = load_preset(name)
    assert [layer.activation for layer in p.network.layers] == ["step"]
    for x1, x2 in itertools.product([0, 1], repeat=2):
        assert p.network.forward([x1, x2])[0] == float(gate(x1, x2))
    np.testing.assert_array_equal(p.input, [1.0, 1.0])
    assert p.target[0] == float(gate(1, 1))


def test_and_gate_uses_the_books_weights():
    """The AND lesson would not match the book's w = (0.5, 0.5), b = -0.7."""
    layer = load_preset("perceptron-and").network.layers[0]
    assert layer.W[:, 0].tolist() == [0.5, 0.5] and layer.b.tolist() == [-0.7]


def test_nonlinearity_net_is_all_identity_and_collapses():
    """Seed 004's point (no activation = one linear neuron) would not hold."""
    net = load_preset("nonlinearity-2-2-1").network
    assert net.sizes == [2, 2, 1]
    assert all(layer.activation == "identity" for layer in net.layers)
    (W1, b1), (W2, b2) = [(layer.W, layer.b) for layer in net.layers]
    # Seed 004: OUT = x1(w11w13 + w12w23) + x2(w21w13 + w22w23) + (b1w13 + b2w23 + b3).
    w = [W1[0, 0] * W2[0, 0] + W1[0, 1] * W2[1, 0], W1[1, 0] * W2[0, 0] + W1[1, 1] * W2[1, 0]]
    bias = b1[0] * W2[0, 0] + b1[1] * W2[1, 0] + b2[0]
    assert w == [-0.5, -2.0] and bias == 2.0
    X = np.random.default_rng(0).uniform(-3, 3, (50, 2))
    np.testing.assert_allclose(net.forward(X)[:, 0], X @ w + bias, atol=1e-12)


def test_xor_preset_solves_xor():
    """The XOR lesson's network would not compute XOR."""
    net = load_preset("xor").network
    assert net.sizes == [2, 2, 1]
    for x1, x2 in itertools.product([-0.5, 0.5], repeat=2):
        y = net.forward([x1, x2])[0]
        assert (y > 0.98) if (x1 > 0) != (x2 > 0) else (y < 0.02)
    ds = make_dataset("xor", n=400, noise=0.1)
    predicted = net.forward(ds.X)[:, 0] > 0.5
    assert np.mean(predicted == ds.labels) > 0.95


def test_softmax_classifier_separates_the_blobs():
    """The softmax lesson's decision map would be wrong from the start."""
    p = load_preset("softmax-classifier")
    assert p.network.sizes == [2, 4, 3] and p.dataset == "blobs"
    assert p.loss == "cross_entropy"
    ds = make_dataset("blobs", n=300, seed=1)
    Y = p.network.forward(ds.X)
    np.testing.assert_allclose(Y.sum(axis=1), 1.0)
    assert np.mean(Y.argmax(axis=1) == ds.labels) > 0.95
    assert p.network.forward(p.input).argmax() == p.target.argmax()


def test_digits_preset_shows_the_first_digit():
    """The digits lesson would start on a different image than the data set's first."""
    p = load_preset("digits")
    assert p.network.sizes == [64, 32, 10]
    assert [layer.activation for layer in p.network.layers] == ["relu", "softmax"]
    first = make_dataset("digits", n=1)
    np.testing.assert_array_equal(p.input, first.X[0])
    np.testing.assert_array_equal(p.target, first.T[0])


@pytest.mark.parametrize("name", PRESETS)
def test_each_load_is_a_fresh_copy(name):
    """Editing one lesson's network would change the next time it is opened."""
    a, b = load_preset(name), load_preset(name)
    original_w, original_x = b.network.layers[0].W[0, 0], b.input[0]
    a.network.layers[0].W[0, 0] += 100.0
    a.input[0] += 100.0
    c = load_preset(name)
    assert b.network.layers[0].W[0, 0] == c.network.layers[0].W[0, 0] == original_w
    assert b.input[0] == c.input[0] == original_x


def test_unknown_preset_names_the_known_ones():
    """A mistyped --preset would fail without saying what exists."""
    with pytest.raises(KeyError, match="unknown preset 'book'.*book-3-layer"):
        load_preset("book")


@pytest.mark.parametrize("name", PRESETS)
def test_menu_titles_match_the_preset(name):
    """The Examples menu would name or describe an example differently from what it opens."""
    p = load_preset(name)
    assert PRESET_TITLES[name] == (p.title, p.description)
