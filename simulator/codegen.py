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

_TORCH_CALLS = {
    "step": "(a > 0).to(a.dtype)",  # .float() would be float32 and break the float64 layers
    "identity": "a",
    "sigmoid": "torch.sigmoid(a)",
    "tanh": "torch.tanh(a)",
    "relu": "F.relu(a)",
    "leaky_relu": f"F.leaky_relu(a, negative_slope={LEAKY_SLOPE!r})",
    "prelu": "F.prelu(a, torch.tensor([{alpha}]))",
    "rrelu": f"F.rrelu(a, lower={RRELU_LOWER!r}, upper={RRELU_UPPER!r}, training=False)",
    "elu": f"F.elu(a, alpha={ELU_ALPHA!r})",
    "gelu": 'F.gelu(a, approximate="tanh")',
    "silu": "F.silu(a)",
    "softplus": "F.softplus(a)",
    "softmax": "torch.softmax(a, dim=-1)",
}


def to_numpy_code(net, x) -> str:
    """Return a script that needs only NumPy and prints ``net.forward(x)``.

    Parameters
    ----------
    net : Network
    x : array_like, shape (n_in,) or (N, n_in)

    Returns
    -------
    str
        Python source; its last printed line is the output, shape (n_out,) or
        (N, n_out), as a Python list of floats.
    """
    names = list(dict.fromkeys(layer.activation for layer in net.layers))
    imports = ["import math", ""] if "gelu" in names else []
    lines = [_header(net, "NumPy"), *imports, "import numpy as np", "", ""]
    for name in names:
        lines += [_NUMPY_FUNCS[name], ""]
    lines.append("# Each layer: A = X · W + B, W of shape (n_in, n_out), then Z = h(A).")
    lines += _arrays(net, x, "np.array")
    lines.append("Z = X")
    for i, layer in enumerate(net.layers, start=1):
        lines.append(f"A{i} = np.dot(Z, W{i}) + B{i}")
        lines.append(f"Z = {_numpy_call(layer, f'A{i}')}")
    lines += ["print(Z.tolist())", ""]
    return "\n".join(lines)


def to_pytorch_code(net, x) -> str:
    """Return a script that rebuilds ``net`` in PyTorch and prints its output for ``x``.

    Layers become ``nn.Linear`` in float64, whose ``weight`` is (n_out, n_in):
    our ``W`` transposed.  Activations map to ``torch`` functions (RReLU in eval
    mode, GELU's tanh approximation, softmax over the last axis).

    Parameters
    ----------
    net : Network
    x : array_like, shape (n_in,) or (N, n_in)

    Returns
    -------
    str
        Python source; its last printed line is the output as a Python list.
    """
    lines = [
        _header(net, "PyTorch"),
        "import torch",
        "import torch.nn.functional as F",
        "from torch import nn",
        "",
        "torch.set_default_dtype(torch.float64)",
        "",
        "",
        "class Net(nn.Module):",
        "    def __init__(self):",
        "        super().__init__()",
    ]
    for i, layer in enumerate(net.layers, start=1):
        lines.append(f"        self.fc{i} = nn.Linear({layer.n_in}, {layer.n_out})")
    lines += ["", "    def forward(self, a):"]
    for i, layer in enumerate(net.layers, start=1):
        lines.append(f"        a = self.fc{i}(a)")
        call = _TORCH_CALLS[layer.activation].format(alpha=repr(layer.alpha))
        if call != "a":
            lines.append(f"        a = {call}  # {layer.activation}")
    lines += [
        "        return a",
        "",
        "",
        "# NeuroStep's W is (n_in, n_out); nn.Linear keeps weight as (n_out, n_in).",
    ]
    lines += _arrays(net, x, "torch.tensor")
    lines += ["", "net = Net()", "with torch.no_grad():"]
    for i in range(1, len(net.layers) + 1):
        lines.append(f"    net.fc{i}.weight.copy_(W{i}.T)")
        lines.append(f"    net.fc{i}.bias.copy_(B{i})")
    lines += ["net.eval()", "with torch.no_grad():", "    Y = net(X)", "print(Y.tolist())", ""]
    return "\n".join(lines)


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
