"""Readable, translatable names of the model core's activations, losses and data sets.

The simulator keeps English labels; the UI shows them through Qt's translator
(context "Activation"/"Loss"/"Dataset"), so lupdate must see every string literally:
hence the QT_TRANSLATE_NOOP tables below, whose English a test keeps equal to the
simulator's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

import simulator as sim

from .notation import letters, spans

_LABELS = {
    "step": QT_TRANSLATE_NOOP("Activation", "Step"),
    "identity": QT_TRANSLATE_NOOP("Activation", "Identity"),
    "sigmoid": QT_TRANSLATE_NOOP("Activation", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("Activation", "Tanh"),
    "relu": QT_TRANSLATE_NOOP("Activation", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Activation", "Leaky ReLU"),
    "prelu": QT_TRANSLATE_NOOP("Activation", "PReLU"),
    "rrelu": QT_TRANSLATE_NOOP("Activation", "RReLU"),
    "elu": QT_TRANSLATE_NOOP("Activation", "ELU"),
    "gelu": QT_TRANSLATE_NOOP("Activation", "GELU"),
    "silu": QT_TRANSLATE_NOOP("Activation", "SiLU (Swish)"),
    "softplus": QT_TRANSLATE_NOOP("Activation", "Softplus"),
    "softmax": QT_TRANSLATE_NOOP("Activation", "Softmax"),
}

_FORMULAS = {
    "step": QT_TRANSLATE_NOOP("Activation", "z = 1 if a > 0 else 0"),
    "identity": QT_TRANSLATE_NOOP("Activation", "z = a"),
    "sigmoid": QT_TRANSLATE_NOOP("Activation", "z = 1 / (1 + e^(-a))"),
    "tanh": QT_TRANSLATE_NOOP("Activation", "z = (e^a - e^(-a)) / (e^a + e^(-a))"),
    "relu": QT_TRANSLATE_NOOP("Activation", "z = max(0, a)"),
    "leaky_relu": QT_TRANSLATE_NOOP("Activation", "z = a if a > 0 else 0.01·a"),
    "prelu": QT_TRANSLATE_NOOP(
        "Activation", "z = a if a > 0 else α·a  (α learned, starts at 0.25)"
    ),
    "rrelu": QT_TRANSLATE_NOOP("Activation", "z = a if a > 0 else r·a  (r random in [1/8, 1/3])"),
    "elu": QT_TRANSLATE_NOOP("Activation", "z = a if a > 0 else e^a - 1"),
    "gelu": QT_TRANSLATE_NOOP("Activation", "z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))"),
    "silu": QT_TRANSLATE_NOOP("Activation", "z = a · sigmoid(a)"),
    "softplus": QT_TRANSLATE_NOOP("Activation", "z = log(1 + e^a)"),
    "softmax": QT_TRANSLATE_NOOP("Activation", "z_k = e^(a_k) / Σ_i e^(a_i)"),
}

_DESCRIPTIONS = {
    "step": QT_TRANSLATE_NOOP(
        "Activation", "The perceptron's threshold: jumps from 0 to 1 at ⟦a = 0⟧; its gradient is 0."
    ),
    "identity": QT_TRANSLATE_NOOP(
        "Activation", "Passes the weighted input through unchanged; for regression outputs."
    ),
    "sigmoid": QT_TRANSLATE_NOOP(
        "Activation", "A smooth S-curve from 0 to 1; saturates (gradient near 0) for large ⟦|a|⟧."
    ),
    "tanh": QT_TRANSLATE_NOOP(
        "Activation", "An S-curve from -1 to 1, centred on 0; saturates for large ⟦|a|⟧."
    ),
    "relu": QT_TRANSLATE_NOOP(
        "Activation", "Outputs ⟦a⟧ when ⟦a > 0⟧, else 0; cheap, and its gradient is 1 for ⟦a > 0⟧."
    ),
    "leaky_relu": QT_TRANSLATE_NOOP(
        "Activation", "Like ReLU, but a small slope 0.01 for ⟦a ≤ 0⟧ keeps the gradient alive."
    ),
    "prelu": QT_TRANSLATE_NOOP(
        "Activation", "Leaky ReLU whose slope α is learned with the weights, one per layer."
    ),
    "rrelu": QT_TRANSLATE_NOOP(
        "Activation", "Leaky ReLU with a random slope while training, their mean otherwise."
    ),
    "elu": QT_TRANSLATE_NOOP(
        "Activation", "Smooth for ⟦a < 0⟧, approaching -1; mean outputs closer to 0 than ReLU."
    ),
    "gelu": QT_TRANSLATE_NOOP(
        "Activation", "A smooth ReLU weighted by a Gaussian's probability (tanh approximation)."
    ),
    "silu": QT_TRANSLATE_NOOP(
        "Activation", "The input times its own sigmoid; smooth and slightly negative for ⟦a < 0⟧."
    ),
    "softplus": QT_TRANSLATE_NOOP(
        "Activation", "A smooth version of ReLU; its derivative is the sigmoid."
    ),
    "softmax": QT_TRANSLATE_NOOP(
        "Activation", "Turns a layer's inputs into probabilities that sum to 1; for classification."
    ),
}

# Each derivative in the book's letters, from the output z where that is how the seeds
# write it (seed 002: sigmoid's a' = a(1 − a) and tanh's 1 − a², in its own letters).
_DERIVATIVES = {
    "step": QT_TRANSLATE_NOOP("Activation", "h'(a) = 0 (no slope: it jumps at a = 0)"),
    "identity": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1"),
    "sigmoid": QT_TRANSLATE_NOOP("Activation", "h'(a) = z(1 − z)"),
    "tanh": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 − z²"),
    "relu": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 if a > 0 else 0"),
    "leaky_relu": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 if a > 0 else 0.01"),
    "prelu": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 if a > 0 else α"),
    "rrelu": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 if a > 0 else r"),
    "elu": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 if a > 0 else e^a = z + 1"),
    "gelu": QT_TRANSLATE_NOOP(
        "Activation", "h'(a) = (1 + tanh u)/2 + a·(1 − tanh² u)·u'/2, u = √(2/π)·(a + 0.044715·a³)"
    ),
    "silu": QT_TRANSLATE_NOOP("Activation", "h'(a) = σ(a)·(1 + a·(1 − σ(a))), σ the sigmoid"),
    "softplus": QT_TRANSLATE_NOOP("Activation", "h'(a) = 1 / (1 + e^(-a)), the sigmoid"),
    "softmax": QT_TRANSLATE_NOOP(
        "Activation", "∂z_k/∂a_k = z_k(1 − z_k); ∂z_i/∂a_k = −z_i·z_k for i ≠ k"
    ),
}

# Named as computed: the ½ of E = ½·Σ(y − t)² is in the name (the book's 均方误差 has it).
_LOSSES = {
    "mse": QT_TRANSLATE_NOOP("Loss", "Squared error ½·Σ(y − t)²"),
    "cross_entropy": QT_TRANSLATE_NOOP("Loss", "Cross-entropy"),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("Loss", "Binary cross-entropy"),
}

_DATASETS = {
    "xor": QT_TRANSLATE_NOOP("Dataset", "XOR (four clusters)"),
    "circle": QT_TRANSLATE_NOOP("Dataset", "Circle"),
    "gaussian": QT_TRANSLATE_NOOP("Dataset", "Two Gaussian clouds"),
    "spiral": QT_TRANSLATE_NOOP("Dataset", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("Dataset", "Two moons"),
    "blobs": QT_TRANSLATE_NOOP("Dataset", "Blobs (several classes)"),
    "plane": QT_TRANSLATE_NOOP("Dataset", "Plane (regression)"),
    "sine": QT_TRANSLATE_NOOP("Dataset", "Sine (regression)"),
    "digits": QT_TRANSLATE_NOOP("Dataset", "Handwritten digits 8×8"),
}


def activation_label(name: str) -> str:
    """The activation's readable name in the current language ("Sigmoid")."""
    return QCoreApplication.translate("Activation", _LABELS[name])


def activation_formula(name: str, slope: float | None = None) -> str:
    """The activation's formula in the current language and letters (View ▸ Notation).

    ``slope``: Leaky ReLU's own negative-side slope when it is not the usual 0.01.
    """
    text = letters(QCoreApplication.translate("Activation", _FORMULAS[name]))
    return _with_slope(name, text, slope)


def activation_derivative(name: str, slope: float | None = None) -> str:
    """The activation's derivative ``h'(a)`` in the current language and letters."""
    text = letters(QCoreApplication.translate("Activation", _DERIVATIVES[name]))
    return _with_slope(name, text, slope)


def activation_description(name: str) -> str:
    """One line saying what the activation does, in the current language and letters."""
    return spans(QCoreApplication.translate("Activation", _DESCRIPTIONS[name]))


def _with_slope(name: str, text: str, slope: float | None) -> str:
    """Leaky ReLU's texts with the layer's slope written in place of the usual 0.01."""
    if name != "leaky_relu" or slope is None or slope == sim.LEAKY_SLOPE:
        return text
    return text.replace(f"{sim.LEAKY_SLOPE:g}", f"{slope:g}")


def fill_activation_combo(combo) -> None:
    """One item per activation of ``sim.ACTIVATIONS``, in order: its label, and what it
    does as the item's tooltip; relabels the items in place when they exist."""
    if combo.count() != len(sim.ACTIVATIONS):
        combo.clear()
        combo.addItems(list(sim.ACTIVATIONS))
    for i, name in enumerate(sim.ACTIVATIONS):
        combo.setItemText(i, activation_label(name))
        combo.setItemData(i, activation_description(name), Qt.ItemDataRole.ToolTipRole)


def loss_label(name: str) -> str:
    """The loss function's readable name in the current language."""
    return QCoreApplication.translate("Loss", _LOSSES[name])


def dataset_label(name: str) -> str:
    """The data set's title in the current language ("Two moons")."""
    return QCoreApplication.translate("Dataset", _DATASETS[name])
