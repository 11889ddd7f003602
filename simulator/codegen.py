"""Export a network as a standalone Python script, NumPy-only or PyTorch.

The script rebuilds the network with its exact weights (``repr`` of each float
round-trips bit for bit), runs the example input through it, and prints the
output as a Python list on its last line.  A student can read it, run it, and
see the same numbers as in NeuroStep.
"""

from __future__ import annotations

import math

import numpy as np

from .activations import ELU_ALPHA, LEAKY_SLOPE, RRELU_LOWER, RRELU_UPPER

# Each NumPy activation is the library's own formula, so the output matches to rounding.
_NUMPY_FUNCS = {
    "step": "def step(a):\n    return (a > 0).astype(float)\n",
    "identity": "def identity(a):\n    return a\n",
    "sigmoid": (
        "def sigmoid(a):\n"
        "    # exp of -|a| only, so it never overflows\n"
        "    e = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
    ),
    "tanh": "def tanh(a):\n    return np.tanh(a)\n",
    "relu": "def relu(a):\n    return np.maximum(a, 0.0)\n",
    "leaky_relu": (
        f"def leaky_relu(a, slope={LEAKY_SLOPE!r}):\n    return np.where(a > 0, a, slope * a)\n"
    ),
    "prelu": "def prelu(a, alpha):\n    return np.where(a > 0, a, alpha * a)\n",
    "rrelu": (
        "def rrelu(a, slope=(1 / 8 + 1 / 3) / 2):\n"
        "    # not training: the mean of the random slope's range [1/8, 1/3]\n"
        "    return np.where(a > 0, a, slope * a)\n"
    ),
    "elu": (
        f"def elu(a, alpha={ELU_ALPHA!r}):\n"
        "    return np.where(a > 0, a, alpha * np.expm1(np.minimum(a, 0.0)))\n"
    ),
    "gelu": (
        "def gelu(a):\n"
        "    # the tanh approximation\n"
        "    c = math.sqrt(2.0 / math.pi)\n"
        "    return 0.5 * a * (1.0 + np.tanh(c * (a + 0.044715 * a**3)))\n"
    ),
    "silu": (
        "def silu(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    return a * np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
    ),
    "softplus": (
        "def softplus(a):\n"
        "    # log(1 + e^a) without overflow\n"
        "    return np.maximum(a, 0.0) + np.log1p(np.exp(-np.abs(a)))\n"
    ),
    "softmax": (
        "def softmax(a):\n"
        "    # subtracting the max changes nothing but keeps exp finite\n"
        "    e = np.exp(a - np.max(a, axis=-1, keepdims=True))\n"
        "    return e / np.sum(e, axis=-1, keepdims=True)\n"
    ),
}

# nn modules of the activations (eval mode: RReLU uses the mean slope); step has none.
_TORCH_MODULES = {
    "step": "Step()",
    "identity": "nn.Identity()",
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(negative_slope={leak})",
    "prelu": "nn.PReLU(init={alpha})",
    "rrelu": f"nn.RReLU(lower={RRELU_LOWER!r}, upper={RRELU_UPPER!r})",
    "elu": f"nn.ELU(alpha={ELU_ALPHA!r})",
    "gelu": 'nn.GELU(approximate="tanh")',
    "silu": "nn.SiLU()",
    "softplus": "nn.Softplus()",
    "softmax": "nn.Softmax(dim=-1)",
}
_TORCH_STEP = (
    "class Step(nn.Module):\n"
    '    """The perceptron\'s step: 1 where a > 0, else 0 (torch has no module for it)."""\n'
    "\n"
    "    def forward(self, a):\n"
    "        return (a > 0).to(a.dtype)\n"
)


def to_numpy_code(net, x, names: tuple[str, str, str] = ("A", "Z", "h")) -> str:
    """Return a script that needs only NumPy and prints ``net.forward(x)``.

    Written as seed 001 writes the 3-layer network: the arrays ``W1``, ``B1``, ...,
    then ``A1 = np.dot(X, W1) + B1``, ``Z1 = sigmoid(A1)`` layer by layer, the
    activation functions written out above.

    Parameters
    ----------
    net : Network
    x : array_like, shape (n_in,) or (N, n_in)
    names : (str, str, str)
        The letters of the weighted input, the output and the activation: the book's
        ``("A", "Z", "h")``, or ``("Z", "A", "g")`` as seeds 002 and 003 write them.

    Returns
    -------
    str
        Python source; its last printed line is the output, shape (n_out,) or
        (N, n_out), as a Python list of floats.
    """
    weighted, output, h = names
    used = list(dict.fromkeys(layer.activation for layer in net.layers))
    imports = ["import math", ""] if "gelu" in used else []
    lines = [_header(net, "NumPy"), *imports, "import numpy as np", "", ""]
    for name in used:
        lines += [_NUMPY_FUNCS[name], ""]
    lines.append(
        f"# Each layer: {weighted} = np.dot(input, W) + B, W of shape (n_in, n_out), "
        f"then {output} = {h}({weighted})."
    )
    lines += _arrays(net, x, "np.array")
    lines.append("")
    previous, shown = "X", _outputs(net, x)
    for i, layer in enumerate(net.layers, start=1):
        last = i == len(net.layers)
        out = "Y" if last else f"{output}{i}"
        lines.append(f"{weighted}{i} = np.dot({previous}, W{i}) + B{i}")
        lines.append(f"{out} = {_numpy_call(layer, f'{weighted}{i}')}")
        if not last:
            lines.append(f'print("{out} =", {out}){shown[i - 1]}')
        previous = out
    lines += ["print(Y.tolist())", ""]
    return "\n".join(lines)


def to_pytorch_code(net, x) -> str:
    """Return a script that rebuilds ``net`` as an ``nn.Sequential`` and prints its output.

    Layers become ``nn.Linear`` in float64, whose ``weight`` is (n_out, n_in): our
    ``W`` transposed.  Activations are torch's modules (RReLU in eval mode, GELU's
    tanh approximation, softmax over the last axis, a small ``Step`` module).

    Parameters
    ----------
    net : Network
    x : array_like, shape (n_in,) or (N, n_in)

    Returns
    -------
    str
        Python source; its last printed line is the output as a Python list.
    """
    lines = [_header(net, "PyTorch"), "import torch", "from torch import nn", ""]
    lines += ["torch.set_default_dtype(torch.float64)", "", ""]
    if any(layer.activation == "step" for layer in net.layers):
        lines += [_TORCH_STEP, ""]
    lines.append("# NeuroStep's W is (n_in, n_out); nn.Linear keeps weight as (n_out, n_in).")
    lines += _arrays(net, x, "torch.tensor")
    lines.append("")
    modules = []
    for i, layer in enumerate(net.layers, start=1):
        lines.append(f"fc{i} = nn.Linear({layer.n_in}, {layer.n_out})")
        modules.append(f"fc{i}")
        if layer.activation != "identity":
            modules.append(_torch_module(layer))
    lines += ["net = nn.Sequential(", *[f"    {m}," for m in modules], ")", "with torch.no_grad():"]
    for i in range(1, len(net.layers) + 1):
        lines += [f"    fc{i}.weight.copy_(W{i}.T)", f"    fc{i}.bias.copy_(B{i})"]
    lines += ["net.eval()", "with torch.no_grad():", "    Y = net(X)", "print(Y.tolist())", ""]
    return "\n".join(lines)


def array_literal(array) -> str:
    """A NumPy literal of ``array`` whose floats read back bit for bit:
    ``np.array([[0.1, 0.3], [0.2, 0.4]])``, one row a line."""
    return f"np.array({_literal(np.asarray(array, dtype=float))})"


def _outputs(net, x) -> list[str]:
    """Per layer, a comment with the output NeuroStep shows (one sample, ≤ 10 numbers)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        return [""] * len(net.layers)
    out = []
    for cache in net.forward_cache(x):
        z = cache.z
        out.append(f"  # NeuroStep: {np.array2string(z, separator=', ')}" if z.size <= 10 else "")
    return out


def _torch_module(layer) -> str:
    return _TORCH_MODULES[layer.activation].format(
        alpha=repr(layer.alpha), leak=repr(layer.leaky_slope)
    )


def _arrays(net, x, constructor: str) -> list[str]:
    """Lines defining W1, B1, W2, ... and X with ``constructor`` (``np.array``)."""
    lines = []
    for i, layer in enumerate(net.layers, start=1):
        lines.append(f"W{i} = {constructor}({_literal(layer.W)})")
        lines.append(f"B{i} = {constructor}({_literal(layer.b)})")
    lines += ["", f"X = {constructor}({_literal(np.asarray(x, dtype=float))})"]
    return lines


def _header(net, library: str) -> str:
    return (
        f'"""{net!r}, exported from NeuroStep with its exact weights.\n\n'
        f'Needs only {library}; the last line printed is the output for X."""'
    )


def _numpy_call(layer, arg: str) -> str:
    if layer.activation == "prelu":
        return f"prelu({arg}, alpha={layer.alpha!r})"
    if layer.activation == "leaky_relu" and layer.leaky_slope != LEAKY_SLOPE:
        return f"leaky_relu({arg}, slope={layer.leaky_slope!r})"
    return f"{layer.activation}({arg})"


def _literal(array: np.ndarray) -> str:
    """A nested-list literal whose floats read back bit for bit."""
    if array.ndim == 0:
        return _float(float(array))
    if array.ndim == 1:
        return "[" + ", ".join(_float(float(v)) for v in array) + "]"
    rows = ",\n    ".join(_literal(row) for row in array)
    return "[\n    " + rows + ",\n]"


def _float(v: float) -> str:
    # repr round-trips exactly; inf and nan are not literals, so spell them out.
    return repr(v) if math.isfinite(v) else f"float('{v!r}')"
