"""Exported scripts rebuild the network and print its output."""

import ast
import importlib.util
import subprocess
import sys

import numpy as np
import pytest

import simulator as sim

HAS_TORCH = importlib.util.find_spec("torch") is not None
NO_TORCH = (
    "torch is not installed (no dependency of NeuroStep): the PyTorch script is compiled only"
)


def every_activation_net():
    """A 3-input network using all 13 activations, softmax last, with odd weights."""
    hidden = [h for h in sim.ACTIVATIONS if h != "softmax"]
    net = sim.Network.create(3, [4] * len(hidden) + [3], hidden + ["softmax"], seed=2)
    rng = np.random.default_rng(2)
    for layer in net.layers:
        layer.b = rng.normal(size=layer.b.shape) / 3  # floats whose repr is long
    net.layers[hidden.index("prelu")].alpha = 0.1234567890123
    return net


def run_script(source):
    """Run a script in a fresh interpreter and return its last printed line, parsed."""
    done = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=120, check=True
    )
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def net():
    return every_activation_net()


X = np.array([0.7, -1.3, 2.1])


@pytest.mark.parametrize("x", [X, np.stack([X, -X, X / 10])], ids=["sample", "batch"])
def test_numpy_script_prints_the_network_output(net, x):
    """The exported NumPy script computes what NeuroStep shows, to 1e-12."""
    printed = run_script(sim.to_numpy_code(net, x))
    np.testing.assert_allclose(np.array(printed), net.forward(x), rtol=0, atol=1e-12)


def test_numpy_script_imports_only_numpy(net):
    """The script runs where only NumPy is installed: it imports nothing else."""
    tree = ast.parse(sim.to_numpy_code(net, X))
    modules = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert modules <= {"numpy", "math"}


def test_numpy_script_holds_exact_weights(net):
    """Every weight is written with all its digits, so it reads back bit for bit."""
    source = sim.to_numpy_code(net, X)
    for layer in net.layers:
        assert repr(float(layer.W[0, 0])) in source and repr(float(layer.b[-1])) in source
    assert repr(0.1234567890123) in source


def test_book_network_exports_in_the_seeds_notation():
    """The book network's script reads like seed 001: A1 = np.dot(X, W1) + B1, Z1 = sigmoid(A1)."""
    preset = sim.load_preset("book-3-layer")
    source = sim.to_numpy_code(preset.network, preset.input)
    assert "A1 = np.dot(X, W1) + B1\nZ1 = sigmoid(A1)\n" in source and "def sigmoid" in source
    assert "A2 = np.dot(Z1, W2) + B2" in source and "Y = identity(A3)" in source
    assert "# NeuroStep: [0.57444252, 0.66818777, 0.75026011]" in source
    assert "W1 = np.array([\n    [0.1, 0.3, 0.5],\n    [0.2, 0.4, 0.6],\n])" in source
    assert "def relu" not in source  # only the activations the network uses
    np.testing.assert_allclose(run_script(source), [0.31682708, 0.69627909], atol=1e-8)


def test_numpy_script_writes_non_finite_numbers_as_code():
    """A weight of inf still gives a script that compiles."""
    net = sim.Network.from_arrays([[[np.inf]]], [[0.0]], "identity")
    compile(sim.to_numpy_code(net, [1.0]), "<export>", "exec")


def test_pytorch_script_compiles_and_mentions_each_layer(net):
    """The PyTorch script is valid Python with one nn.Linear per layer."""
    source = sim.to_pytorch_code(net, X)
    compile(source, "<export>", "exec")
    for i, layer in enumerate(net.layers, start=1):
        assert f"fc{i} = nn.Linear({layer.n_in}, {layer.n_out})" in source
        assert f"fc{i}.weight.copy_(W{i}.T)" in source
    assert source.count("nn.Linear(") == len(net.layers) and "net = nn.Sequential(" in source


@pytest.mark.parametrize(
    "fragment",
    [
        'nn.GELU(approximate="tanh")',
        "nn.Softmax(dim=-1)",
        "nn.PReLU(init=0.1234567890123)",
        "nn.RReLU(lower=0.125, upper=0.3333333333333333)",
        "net.eval()",
        "class Step(nn.Module)",
        "(a > 0).to(a.dtype)",
        "nn.Sigmoid()",
        "nn.Tanh()",
        "nn.ReLU()",
        "nn.LeakyReLU(negative_slope=0.01)",
        "nn.ELU(alpha=1.0)",
        "nn.SiLU()",
        "nn.Softplus()",
        "torch.set_default_dtype(torch.float64)",
        "print(Y.tolist())",
    ],
)
def test_pytorch_script_maps_activations(net, fragment):
    """Each activation becomes the matching torch function, in float64."""
    assert fragment in sim.to_pytorch_code(net, X)


@pytest.mark.skipif(not HAS_TORCH, reason=NO_TORCH)
@pytest.mark.parametrize("x", [X, np.stack([X, -X, X / 10, 30 * X])], ids=["sample", "batch"])
def test_pytorch_script_prints_the_network_output(net, x):
    """With torch installed, the PyTorch script prints what NeuroStep shows."""
    printed = run_script(sim.to_pytorch_code(net, x))
    # torch's softplus returns a itself above 20, where ours adds e^-a (≤ 2e-9).
    np.testing.assert_allclose(np.array(printed), net.forward(x), atol=1e-8)


@pytest.mark.parametrize(
    "export",
    [
        sim.to_numpy_code,
        pytest.param(
            sim.to_pytorch_code,
            marks=pytest.mark.skipif(not HAS_TORCH, reason=NO_TORCH),
        ),
    ],
    ids=["numpy", "pytorch"],
)
@pytest.mark.parametrize("name", sim.PRESETS)
def test_every_preset_exports_a_script_printing_its_output(name, export):
    """Exporting any example from the menu gives a script with NeuroStep's numbers."""
    preset = sim.load_preset(name)
    printed = run_script(export(preset.network, preset.input))
    np.testing.assert_allclose(printed, preset.network.forward(preset.input), rtol=0, atol=1e-12)


def test_the_course_letters_name_the_arrays_as_seeds_002_and_003_do():
    """A student reading seed 003 would meet the book's A and Z in the exported script."""
    preset = sim.load_preset("book-3-layer")
    source = sim.to_numpy_code(preset.network, preset.input, ("Z", "A", "g"))
    assert "Z1 = np.dot(X, W1) + B1\nA1 = sigmoid(Z1)\n" in source and "g(Z)" in source
    np.testing.assert_allclose(run_script(source), [0.31682708, 0.69627909], atol=1e-8)


def test_a_leaky_layer_exports_its_own_slope():
    """A layer leaking 0.1 would export as 0.01 and print other numbers than the app."""
    net = sim.Network.create(2, [3, 1], ["leaky_relu", "identity"], seed=3)
    net.layers[0].leaky_slope = 0.1
    x = np.array([-1.0, -2.0])
    source = sim.to_numpy_code(net, x)
    assert "leaky_relu(A1, slope=0.1)" in sim.to_numpy_code(net, x)
    assert "nn.LeakyReLU(negative_slope=0.1)" in sim.to_pytorch_code(net, x)
    np.testing.assert_allclose(run_script(source), net.forward(x), rtol=0, atol=1e-12)


def test_an_array_literal_reads_back_bit_for_bit():
    """Copying a layer's W as NumPy would lose digits, so pasting it changes the network."""
    W = np.array([[0.1, 1 / 3], [-2.5e-7, 7.0]])
    text = sim.array_literal(W)
    assert text.startswith("np.array([")
    assert np.array_equal(eval(text, {"np": np}), W)
