"""NeuroStep's model core: NumPy only, no Qt.

Notation of the seeds: a layer computes ``A = X · W + B`` then ``Z = h(A)``;
``a`` is a neuron's weighted input, ``z = h(a)`` its output, ``δ = ∂E/∂a``.
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .layer import Layer, LayerGradient
from .losses import LOSSES, get_loss
from .network import Network
from .stepper import BackwardStep, ForwardStep, SoftmaxParts

__version__ = "0.1.0"

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "BackwardStep",
    "ForwardStep",
    "LOSSES",
    "Layer",
    "LayerGradient",
    "Network",
    "SoftmaxParts",
    "get_activation",
    "get_loss",
]
