"""Properties that hold for any network the user can build (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import simulator as sim

FAST = settings(max_examples=40, deadline=None)
finite = st.floats(-5.0, 5.0, allow_nan=False, allow_infinity=False)
sizes = st.integers(1, 6)
# (output activation, loss, forced output size or None)
HEADS = [
    ("identity", "mse", None),
    ("tanh", "mse", None),
    ("sigmoid", "mse", None),
    ("softmax", "mse", None),
    ("softmax", "cross_entropy", None),
    ("sigmoid", "cross_entropy", None),
    ("sigmoid", "binary_cross_entropy", 1),
]


@st.composite
def networks(draw, head=("identity", "mse", None)):
    """Any small network: 1-5 inputs, 1-3 hidden layers of any activation, then ``head``."""
    output, _, n_out = head
    hidden = draw(st.lists(sizes, min_size=0, max_size=3))
    acts = [draw(st.sampled_from(sim.ACTIVATIONS)) for _ in hidden]
    n_out = n_out or draw(sizes)
    net = sim.Network.create(
        draw(st.integers(1, 5)), hidden + [n_out], acts + [output], seed=draw(st.integers(0, 2**16))
    )
    for layer in net.layers:
        layer.b = draw(arrays(float, layer.b.shape, elements=st.floats(-1, 1)))
    return net


@st.composite
def network_and_sample(draw):
    """A network, a loss that fits its output layer, one input and a target."""
    head = draw(st.sampled_from(HEADS))
    net = draw(networks(head))
    x = draw(arrays(float, net.input_size, elements=finite))
    if head[0] == "softmax":
        t = np.eye(net.output_size)[draw(st.integers(0, net.output_size - 1))]
    else:
        t = draw(arrays(float, net.output_size, elements=st.sampled_from([0.0, 1.0])))
    return net, x, t, head[1]


def assert_consistent(net):
    for prev, layer in zip(net.layers, net.layers[1:]):
        assert layer.n_in == prev.n_out
    for layer in net.layers:
        assert layer.W.shape == (layer.n_in, layer.n_out) and layer.b.shape == (layer.n_out,)
    assert net.forward(np.zeros((2, net.input_size))).shape == (2, net.output_size)


@FAST
@given(st.data())
def test_batch_equals_rows_stacked(data):
    """Running a batch gives each sample's own output, as if run one by one."""
    net = data.draw(networks(data.draw(st.sampled_from(HEADS))))
    X = data.draw(arrays(float, (data.draw(st.integers(1, 6)), net.input_size), elements=finite))
    rows = np.stack([net.forward(x) for x in X])
    np.testing.assert_allclose(net.forward(X), rows, rtol=0, atol=1e-12)


@FAST
@given(
    arrays(
        float,
        st.tuples(st.integers(1, 5), st.integers(1, 8)),
        elements=st.floats(-1e4, 1e4, allow_nan=False),
    )
)
def test_softmax_rows_sum_to_one(a):
    """Softmax outputs are probabilities summing to 1, whatever the weighted inputs."""
    z = sim.get_activation("softmax").f(a)
    assert ((z >= 0) & (z <= 1)).all()
    np.testing.assert_allclose(z.sum(axis=1), 1.0, atol=1e-12)


@FAST
@given(network_and_sample())
def test_backward_steps_equal_loss_and_gradients(case):
    """The per-neuron δ, dW, db are exactly the gradients training uses."""
    net, x, t, loss = case
    _, grads = net.loss_and_gradients(x, t, loss)
    for s in net.backward_steps(x, t, loss):
        assert s.db == grads[s.layer].db[s.neuron] == s.delta
        assert (s.dW == grads[s.layer].dW[:, s.neuron]).all()


@FAST
@given(network_and_sample())
def test_forward_steps_equal_forward(case):
    """The last layer's stepped z are exactly the network's output."""
    net, x, _, _ = case
    last = [s.z for s in net.forward_steps(x) if s.layer == len(net.layers) - 1]
    assert (np.array(last) == net.forward(x)).all()


def edit(data, net):
    """Draw and apply one valid edit, returning its name."""
    n = len(net.layers)
    kind = data.draw(st.sampled_from(["insert", "remove", "resize", "activation", "inputs"]))
    if kind == "insert":
        net.insert_layer(
            data.draw(st.integers(0, n)),
            data.draw(sizes),
            data.draw(st.sampled_from(sim.ACTIVATIONS)),
        )
    elif kind == "remove" and n > 1:
        net.remove_layer(data.draw(st.integers(0, n - 1)))
    elif kind == "resize":
        net.resize_layer(data.draw(st.integers(0, n - 1)), data.draw(sizes))
    elif kind == "activation":
        net.set_activation(
            data.draw(st.integers(0, n - 1)), data.draw(st.sampled_from(sim.ACTIVATIONS))
        )
    elif kind == "inputs":
        net.set_input_size(data.draw(sizes))
    return kind


@FAST
@given(st.data())
def test_edits_keep_the_network_valid(data):
    """Any sequence of canvas edits leaves a network that runs; a copy is untouched."""
    net = data.draw(networks())
    original = net.copy()
    twin = net.copy()
    for _ in range(data.draw(st.integers(1, 8))):
        edit(data, twin)
        assert_consistent(twin)
    assert repr(net) == repr(original)
    for a, b in zip(net.layers, original.layers):
        assert (a.W == b.W).all() and (a.b == b.b).all()
