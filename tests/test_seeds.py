"""The seeds' worked numbers, reproduced by the library (to 1e-8)."""

import numpy as np
import pytest

import simulator as sim

# Seed 001, section 4.2: the book's 3-layer network and its input.
X = np.array([1.0, 0.5])
W1 = np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]])
B1 = np.array([0.1, 0.2, 0.3])
W2 = np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]])
B2 = np.array([0.1, 0.2])
W3 = np.array([[0.1, 0.3], [0.2, 0.4]])
B3 = np.array([0.1, 0.2])
SEED_ARANGE = np.arange(-5.0, 5.0, 0.1)


def book_net(output="identity"):
    return sim.Network.from_arrays([W1, W2, W3], [B1, B2, B3], ["sigmoid", "sigmoid", output])


def layer_values(net, x):
    """(a, z) of every layer, read from the forward steps."""
    steps = list(net.forward_steps(x))
    return [
        (
            np.array([s.a for s in steps if s.layer == i]),
            np.array([s.z for s in steps if s.layer == i]),
        )
        for i in range(len(net.layers))
    ]


def test_np_dot_example():
    """The matrix product the seed introduces gives [5, 11, 17]."""
    net = sim.Network.from_arrays([[[1, 3, 5], [2, 4, 6]]], [[0, 0, 0]], "identity")
    np.testing.assert_allclose(net.forward([1, 2]), [5, 11, 17], atol=1e-8)


def test_book_first_layer():
    """The first hidden layer shows the seed's A1 and Z1."""
    (a1, z1), _, _ = layer_values(book_net(), X)
    np.testing.assert_allclose(a1, [0.3, 0.7, 1.1], atol=1e-8)
    np.testing.assert_allclose(z1, [0.57444252, 0.66818777, 0.75026011], atol=1e-8)


def test_book_second_layer():
    """The second hidden layer shows the seed's Z2."""
    _, (_, z2), _ = layer_values(book_net(), X)
    np.testing.assert_allclose(z2, [0.62624937, 0.7710107], atol=1e-8)


def test_book_identity_output():
    """The book network with an identity output gives [0.31682708, 0.69627909]."""
    net = book_net()
    np.testing.assert_allclose(net.forward(X), [0.31682708, 0.69627909], atol=1e-8)
    _, _, (a3, z3) = layer_values(net, X)
    np.testing.assert_array_equal(a3, z3)


def test_book_step_output():
    """The seed's variant with a step output layer prints [1 1]."""
    np.testing.assert_array_equal(book_net("step").forward(X), [1.0, 1.0])


def test_softmax_seed_values():
    """Softmax of [0.3, 2.9, 4.0] gives the seed's probabilities."""
    y = sim.get_activation("softmax").f([0.3, 2.9, 4.0])
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=1e-8)
    assert y.sum() == pytest.approx(1.0, abs=1e-15)


def test_softmax_step_record_parts():
    """A softmax neuron's step shows the seed's exps and their sum."""
    net = sim.Network.from_arrays([np.eye(3)], [np.zeros(3)], "softmax")
    steps = list(net.forward_steps([0.3, 2.9, 4.0]))
    parts = steps[0].softmax
    # The record keeps e^(a - max); times e^max they are the seed's e^a.
    np.testing.assert_allclose(
        parts.exp * np.exp(parts.max), [1.34985881, 18.17414537, 54.59815003], atol=1e-8
    )
    assert parts.sum * np.exp(parts.max) == pytest.approx(74.1221542101633, abs=1e-8)
    np.testing.assert_allclose(
        [s.z for s in steps], [0.01821127, 0.24519181, 0.73659691], atol=1e-8
    )


def test_softmax_overflow_naive_is_nan_with_warning():
    """The naive softmax of [1010, 1000, 990] gives nan and NumPy warns of overflow."""
    demo = sim.softmax_overflow_demo()
    np.testing.assert_array_equal(demo.a, [1010, 1000, 990])
    assert np.isnan(demo.naive).all()
    assert any("overflow" in w for w in demo.warnings)


def test_softmax_overflow_stable_matches_seed():
    """The max-subtracted softmax gives the seed's [9.99954600e-01, 4.53978686e-05, ...]."""
    demo = sim.softmax_overflow_demo()
    np.testing.assert_allclose(
        demo.stable, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], atol=1e-8, rtol=1e-7
    )
    np.testing.assert_array_equal(demo.stable, sim.get_activation("softmax").f(demo.a))


def test_softmax_overflow_demo_prints_nothing(capsys, recwarn):
    """Showing the overflow lesson neither prints nor leaks a warning."""
    sim.softmax_overflow_demo()
    assert capsys.readouterr() == ("", "")
    assert len(recwarn) == 0


def test_sigmoid_on_seed_range():
    """Sigmoid on arange(-5, 5, 0.1) equals the seed's 1/(1+exp(-x))."""
    expected = 1 / (1 + np.exp(-SEED_ARANGE))
    np.testing.assert_allclose(sim.get_activation("sigmoid").f(SEED_ARANGE), expected, atol=1e-8)


def test_step_on_seed_range():
    """Step on arange(-5, 5, 0.1) equals the seed's np.array(x > 0)."""
    expected = np.array(SEED_ARANGE > 0, dtype=np.int32)
    np.testing.assert_array_equal(sim.get_activation("step").f(SEED_ARANGE), expected)


def test_sigmoid_derivative_is_z_times_one_minus_z():
    """Sigmoid's derivative is z(1 - z), as the seeds write it."""
    act = sim.get_activation("sigmoid")
    z = act.f(SEED_ARANGE)
    np.testing.assert_allclose(act.df(SEED_ARANGE), z * (1 - z), atol=1e-12)


def test_tanh_derivative_is_one_minus_z_squared():
    """Tanh's derivative is 1 - z², as the seeds write it."""
    act = sim.get_activation("tanh")
    z = act.f(SEED_ARANGE)
    np.testing.assert_allclose(act.df(SEED_ARANGE), 1 - z**2, atol=1e-12)


def test_seed_004_collapse_formula():
    """Seed 004's 2-2-1 linear network collapses to its written formula for OUT."""
    w11, w12, w21, w22, w13, w23 = 0.3, -0.7, 1.2, 0.4, -0.5, 0.9
    b1, b2, b3 = 0.1, -0.2, 0.05
    net = sim.Network.from_arrays(
        [[[w11, w12], [w21, w22]], [[w13], [w23]]], [[b1, b2], [b3]], "identity"
    )
    W, b = sim.collapse_linear(net)
    np.testing.assert_allclose(W[:, 0], [w11 * w13 + w12 * w23, w21 * w13 + w22 * w23], atol=1e-12)
    np.testing.assert_allclose(b, [b1 * w13 + b2 * w23 + b3], atol=1e-12)
    x1, x2 = 0.8, -1.5
    out = x1 * (w11 * w13 + w12 * w23) + x2 * (w21 * w13 + w22 * w23) + (b1 * w13 + b2 * w23 + b3)
    assert net.forward([x1, x2])[0] == pytest.approx(out, abs=1e-12)
