"""Stepping neuron by neuron shows exactly the numbers of the batch computation."""

from copy import deepcopy
from dataclasses import astuple

import numpy as np
import pytest

import simulator as sim

BOOK = sim.Network.from_arrays(
    [
        [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
        [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
        [[0.1, 0.3], [0.2, 0.4]],
    ],
    [[0.1, 0.2, 0.3], [0.1, 0.2], [0.1, 0.2]],
    ["sigmoid", "sigmoid", "identity"],
)
CASES = [  # (hidden activations, output activation, loss)
    (["relu", "tanh"], "softmax", "cross_entropy"),
    (["prelu", "gelu"], "identity", "mse"),
    (["elu", "rrelu"], "sigmoid", "binary_cross_entropy"),
    (["silu", "softplus"], "softmax", "mse"),
    (["leaky_relu", "softmax"], "tanh", "mse"),
    (["step", "sigmoid"], "sigmoid", "cross_entropy"),
]


def random_case(hidden, output, loss, seed=0):
    """A 4-5-3-n network with non-zero biases, one input and a target for it."""
    rng = np.random.default_rng(seed)
    n_out = 1 if loss == "binary_cross_entropy" else 3
    net = sim.Network.create(4, [5, 3, n_out], hidden + [output], seed=seed)
    for layer in net.layers:
        layer.b = rng.normal(size=layer.b.shape)
    t = np.eye(n_out)[rng.integers(0, n_out)] if n_out > 1 else np.array([1.0])
    return net, rng.normal(size=4), t


def by_layer(steps, field):
    """{layer: array of field, in neuron order}."""
    out = {}
    for s in steps:
        out.setdefault(s.layer, []).append(getattr(s, field))
    return {k: np.array(v) for k, v in out.items()}


def all_nets():
    yield BOOK, np.array([1.0, 0.5]), np.array([0.0, 1.0]), "mse"
    for seed, (hidden, output, loss) in enumerate(CASES):
        yield (*random_case(hidden, output, loss, seed), loss)


@pytest.mark.parametrize("net,x,t,loss", list(all_nets()))
def test_forward_steps_equal_forward_exactly(net, x, t, loss):
    """The a and z a student steps through are bit for bit those of forward()."""
    steps = list(net.forward_steps(x))
    caches = net.forward_cache(x)
    a, z = by_layer(steps, "a"), by_layer(steps, "z")
    for i, cache in enumerate(caches):
        assert (a[i] == cache.a).all() and (z[i] == cache.z).all()
    assert (z[len(net.layers) - 1] == net.forward(x)).all()


@pytest.mark.parametrize("net,x,t,loss", list(all_nets()))
def test_forward_step_records_show_the_computation(net, x, t, loss):
    """Each record holds the inputs, weights and bias that give its a = b + Σ w·x."""
    steps = list(net.forward_steps(x))
    assert [(s.layer, s.neuron) for s in steps] == [
        (i, j) for i, layer in enumerate(net.layers) for j in range(layer.n_out)
    ]
    previous = {-1: x, **by_layer(steps, "z")}
    for s in steps:
        layer = net.layers[s.layer]
        assert (s.inputs == previous[s.layer - 1]).all()
        assert (s.weights == layer.W[:, s.neuron]).all() and s.bias == layer.b[s.neuron]
        assert s.a == pytest.approx(s.bias + s.inputs @ s.weights, abs=1e-12)
        assert s.activation == layer.activation


@pytest.mark.parametrize("net,x,t,loss", list(all_nets()))
def test_backward_steps_equal_loss_and_gradients_exactly(net, x, t, loss):
    """The δ, dW and db shown per neuron are bit for bit the training gradients."""
    _, grads = net.loss_and_gradients(x, t, loss)
    steps = list(net.backward_steps(x, t, loss))
    assert [(s.layer, s.neuron) for s in steps] == [
        (i, j) for i in reversed(range(len(net.layers))) for j in range(net.layers[i].n_out)
    ]
    for s in steps:
        g = grads[s.layer]
        assert s.db == g.db[s.neuron] and s.delta == g.db[s.neuron]
        assert (s.dW == g.dW[:, s.neuron]).all()


@pytest.mark.parametrize("net,x,t,loss", list(all_nets()))
def test_backward_step_records_explain_delta(net, x, t, loss):
    """Each hidden neuron's record shows grad_z = Σ w·δ_next and dW = inputs · δ."""
    steps = list(net.backward_steps(x, t, loss))
    for s in steps:
        np.testing.assert_allclose(s.dW, s.inputs * s.delta, atol=1e-15)
        if s.outgoing is not None:
            assert s.grad_z == pytest.approx(s.outgoing @ s.next_delta, abs=1e-12)
        if net.layers[s.layer].act.elementwise:
            assert s.delta == pytest.approx(s.grad_z * s.dh, abs=1e-12)


def test_book_output_delta_under_mse():
    """For the book net with an identity output and MSE, the output δ is y - t."""
    t = np.array([0.0, 1.0])
    steps = list(BOOK.backward_steps([1.0, 0.5], t, "mse"))
    y = BOOK.forward([1.0, 0.5])
    np.testing.assert_allclose([s.delta for s in steps[:2]], y - t, atol=1e-15)
    assert steps[0].outgoing is None and steps[0].next_delta is None


def test_softmax_records_carry_exps_sum_and_max():
    """A softmax neuron's record shows max(a), e^(a - max) and their sum, and z = exp/sum."""
    net = sim.Network.from_arrays([np.eye(3)], [np.zeros(3)], "softmax")
    steps = list(net.forward_steps([1010.0, 1000.0, 990.0]))
    for s in steps:
        parts = s.softmax
        assert parts.max == 1010.0
        np.testing.assert_array_equal(parts.a, [1010.0, 1000.0, 990.0])
        np.testing.assert_array_equal(parts.exp, np.exp(parts.a - parts.max))
        assert parts.sum == parts.exp.sum()
        assert s.z == pytest.approx(parts.exp[s.neuron] / parts.sum, abs=1e-16)
    assert sum(s.z for s in steps) == pytest.approx(1.0, abs=1e-15)


def test_non_softmax_records_have_no_softmax_parts():
    """Only softmax neurons carry the softmax breakdown."""
    assert all(s.softmax is None for s in BOOK.forward_steps([1.0, 0.5]))


def test_stepping_a_digits_sized_network():
    """A 784-128-64-10 network steps through all 202 neurons, forward and backward."""
    net = sim.Network.create(784, [128, 64, 10], ["relu", "relu", "softmax"], seed=0)
    x = np.random.default_rng(0).uniform(size=784)
    forward = list(net.forward_steps(x))
    assert len(forward) == 202
    assert (np.array([s.z for s in forward[-10:]]) == net.forward(x)).all()
    backward = list(net.backward_steps(x, np.eye(10)[3], "cross_entropy"))
    assert len(backward) == 202 and backward[0].layer == 2 and backward[-1].layer == 0


def test_first_step_is_available_at_once():
    """The stepper is a generator: the first neuron can be shown before the rest exist."""
    steps = BOOK.forward_steps([1.0, 0.5])
    first = next(steps)
    assert (first.layer, first.neuron) == (0, 0)
    assert first.a == pytest.approx(0.3)


def test_forward_steps_reject_a_batch():
    """Stepping works on one sample; a batch is refused with a clear message."""
    with pytest.raises(ValueError, match="one sample"):
        list(BOOK.forward_steps(np.ones((2, 2))))


def test_stepping_does_not_change_the_network():
    """Stepping forward and backward never moves a weight."""
    net, x, t = random_case(["prelu", "tanh"], "softmax", "cross_entropy")
    before = [p.copy() for p in net.parameters()]
    list(net.forward_steps(x))
    list(net.backward_steps(x, t, "cross_entropy"))
    for p, q in zip(before, net.parameters()):
        assert (p == q).all()


def same_records(a, b):
    """True when two lists of records hold equal numbers, arrays compared by value."""

    def same(x, y):
        if isinstance(x, tuple):
            return len(x) == len(y) and all(map(same, x, y))
        return np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y

    return len(a) == len(b) and all(same(astuple(r), astuple(s)) for r, s in zip(a, b))


def edit_everything(net, x):
    """What a student may do after stepping: type new inputs, weights and biases."""
    x[:] = 9.0
    for layer in net.layers:
        layer.W[...] = 7.0
        layer.b[...] = -3.0


def test_old_records_survive_edits_of_the_input_and_the_weights():
    """A step shown earlier keeps its numbers after the student edits x or a weight."""
    net, x, t = random_case(["tanh", "relu"], "softmax", "cross_entropy", seed=3)
    forward = list(net.forward_steps(x))
    backward = list(net.backward_steps(x, t, "cross_entropy"))
    expected = deepcopy((forward, backward))
    edit_everything(net, x)
    assert same_records(forward, expected[0]) and same_records(backward, expected[1])


@pytest.mark.parametrize("backward", [False, True], ids=["forward", "backward"])
def test_records_describe_the_moment_stepping_started(backward):
    """Editing the network halfway through a pass mixes no new numbers into its steps."""
    net, x, t = random_case(["prelu", "sigmoid"], "identity", "mse", seed=4)

    def steps(n, x):
        return n.backward_steps(x, t, "mse") if backward else n.forward_steps(x)

    expected = list(steps(net.copy(), x.copy()))
    pending = steps(net, x)
    first = next(pending)
    edit_everything(net, x)
    assert same_records([first, *pending], expected)


def test_records_cannot_be_edited_through_their_arrays():
    """No view can change a step on screen by writing into the arrays it shows."""
    forward = next(BOOK.forward_steps([1.0, 0.5]))
    backward = list(BOOK.backward_steps([1.0, 0.5], [0.0, 1.0]))[-1]  # a hidden neuron
    softmax = next(
        sim.Network.from_arrays([np.eye(2)], [np.zeros(2)], "softmax").forward_steps([1.0, 2.0])
    ).softmax
    for array in (
        forward.inputs,
        forward.weights,
        backward.inputs,
        backward.dW,
        backward.outgoing,
        backward.next_delta,
        softmax.a,
        softmax.exp,
    ):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 5.0
