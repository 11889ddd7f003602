"""Every activation: values, derivatives, numerical safety and the registry."""

import dataclasses
import warnings

import numpy as np
import pytest

import simulator as sim

NAMES = (
    "step",
    "identity",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "prelu",
    "rrelu",
    "elu",
    "gelu",
    "silu",
    "softplus",
    "softmax",
)
ELEMENTWISE = [n for n in NAMES if n != "softmax"]
# Points in [-4, 4] that stay clear of the kink at 0 by more than the finite-difference step.
GRID = np.array([a for a in np.linspace(-4.0, 4.0, 81) if abs(a) > 1e-3])
HUGE = np.array([-1e4, -1e3, -710.0, -50.0, -1.0, 0.0, 1.0, 50.0, 710.0, 1e3, 1e4])


def numeric_derivative(f, a, h=1e-6):
    return (f(a + h) - f(a - h)) / (2 * h)


def test_registry_has_the_thirteen_activations():
    """The activation menu offers all 13 activations of the design."""
    assert set(NAMES) <= set(sim.ACTIVATIONS)
    assert len(sim.ACTIVATIONS) == 13


@pytest.mark.parametrize("name", NAMES)
def test_registry_entry_is_described(name):
    """Each activation shows a formula and a description (in Chinese: test_display_text.py)."""
    act = sim.get_activation(name)
    assert act.name == name
    assert act.formula and act.description
    assert name in repr(act)


def test_activation_objects_are_immutable():
    """Nobody can change a shared activation by accident."""
    with pytest.raises(dataclasses.FrozenInstanceError):
        sim.get_activation("relu").name = "other"


def test_unknown_activation_names_the_known_ones():
    """Asking for a misspelt activation says which names exist."""
    with pytest.raises(KeyError, match="sigmoid"):
        sim.get_activation("sigmoide")


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivative_matches_central_difference(name):
    """Each activation's derivative (shown in the activation plot) is its true slope."""
    act = sim.get_activation(name)
    np.testing.assert_allclose(act.df(GRID), numeric_derivative(act.f, GRID), rtol=1e-6, atol=1e-8)


def test_softmax_derivative_is_the_jacobian_diagonal():
    """Softmax's df is ∂z_k/∂a_k, its Jacobian's diagonal."""
    act = sim.get_activation("softmax")
    a = np.array([0.3, -1.2, 2.9, 4.0])
    for k in range(a.size):

        def f_k(v, k=k):
            shifted = a.copy()
            shifted[k] = v
            return act.f(shifted)[k]

        assert act.df(a)[k] == pytest.approx(numeric_derivative(f_k, a[k]), abs=1e-8)


@pytest.mark.parametrize("name", NAMES)
def test_no_overflow_or_nan_for_huge_inputs(name):
    """Large weighted inputs (|a| up to 1e4) never produce nan, inf or a NumPy warning."""
    act = sim.get_activation(name)
    # Underflow to 0 is the right answer (e^-1e4), so only overflow, 0/0 and 1/0 count.
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        z, dz = act.f(HUGE), act.df(HUGE)
        batch = act.f(np.stack([HUGE, -HUGE]))
    assert np.isfinite(z).all() and np.isfinite(dz).all() and np.isfinite(batch).all()


@pytest.mark.parametrize("name", NAMES)
def test_shape_kept_and_argument_untouched(name):
    """An activation maps (N, n) to (N, n) and leaves its input as it was."""
    a = np.linspace(-3, 3, 12).reshape(3, 4)
    before = a.copy()
    act = sim.get_activation(name)
    assert act.f(a).shape == a.shape and act.df(a).shape == a.shape
    np.testing.assert_array_equal(a, before)


def test_saturated_sigmoid_and_softplus_values():
    """At the extremes sigmoid reaches 0 and 1 and softplus is 0 and a."""
    sig, sp = sim.get_activation("sigmoid"), sim.get_activation("softplus")
    np.testing.assert_array_equal(sig.f([-1e4, 1e4]), [0.0, 1.0])
    np.testing.assert_array_equal(sp.f([-1e4, 1e4]), [0.0, 1e4])


def test_softmax_rows_sum_to_one_for_huge_inputs():
    """Softmax outputs are probabilities even for the seed's overflow-sized inputs."""
    z = sim.get_activation("softmax").f([[1010.0, 1000.0, 990.0], [-1e4, 0.0, 1e4]])
    np.testing.assert_allclose(z.sum(axis=1), 1.0, atol=1e-15)


def test_relu_derivative_at_zero_is_zero():
    """ReLU's slope at exactly 0 is 0 (unlike the book's relu_grad)."""
    assert sim.get_activation("relu").df(np.array([0.0]))[0] == 0.0


def test_step_gradient_is_zero_everywhere():
    """The step function passes no gradient back, so it cannot learn by backprop."""
    np.testing.assert_array_equal(sim.get_activation("step").df(HUGE), 0.0)


def test_step_at_zero_outputs_zero():
    """Step outputs 1 only for a > 0, as the perceptron's threshold."""
    np.testing.assert_array_equal(sim.get_activation("step").f([-1.0, 0.0, 1e-9]), [0, 0, 1])


def test_leaky_relu_slope_is_one_hundredth():
    """Leaky ReLU lets 0.01 of a negative input through."""
    act = sim.get_activation("leaky_relu")
    assert act.f(np.array([-2.0]))[0] == pytest.approx(-0.02)
    assert act.df(np.array([-2.0]))[0] == pytest.approx(0.01)


def test_prelu_starts_with_slope_one_quarter():
    """A new PReLU layer's learnable slope is 0.25 and is used for negative inputs."""
    assert sim.get_activation("prelu").f(np.array([-2.0]))[0] == pytest.approx(-0.5)
    net = sim.Network.from_arrays([[[1.0]]], [[0.0]], "prelu")
    assert net.layers[0].alpha == 0.25
    net.layers[0].alpha = 0.5
    assert net.forward([-2.0])[0] == pytest.approx(-1.0)


def test_rrelu_uses_the_mean_slope_when_not_training():
    """RReLU is deterministic outside training: slope (1/8 + 1/3) / 2."""
    mean = (1 / 8 + 1 / 3) / 2
    assert sim.get_activation("rrelu").f(np.array([-1.0]))[0] == pytest.approx(-mean)
    net = sim.Network.from_arrays([[[1.0]]], [[0.0]], "rrelu")
    assert net.forward([-1.0])[0] == pytest.approx(-mean)


def test_rrelu_draws_random_slopes_in_range_while_training():
    """While training, RReLU's negative slopes vary within [1/8, 1/3]."""
    net = sim.Network.from_arrays([np.eye(50)], [np.zeros(50)], "rrelu")
    z = net.forward(-np.ones((4, 50)), training=True, rng=np.random.default_rng(0))
    slopes = -z
    assert slopes.min() >= 1 / 8 and slopes.max() <= 1 / 3
    assert np.unique(slopes).size > 100


def test_softplus_derivative_is_sigmoid():
    """Softplus's slope is the sigmoid, as its description says."""
    a = np.linspace(-6, 6, 25)
    np.testing.assert_allclose(
        sim.get_activation("softplus").df(a), sim.get_activation("sigmoid").f(a), atol=1e-15
    )


def test_gelu_is_the_tanh_approximation():
    """GELU uses the tanh formula shown in its formula text."""
    a = np.linspace(-3, 3, 13)
    expected = 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a**3)))
    np.testing.assert_allclose(sim.get_activation("gelu").f(a), expected, atol=1e-15)
