"""NeuroStep's model core: NumPy only, no Qt.

Notation of the seeds: a layer computes ``A = X · W + B`` then ``Z = h(A)``;
``a`` is a neuron's weighted input, ``z = h(a)`` its output, ``δ = ∂E/∂a``.
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .analysis import SoftmaxOverflowDemo, collapse_linear, gradient_check, softmax_overflow_demo
from .codegen import to_numpy_code, to_pytorch_code
from .datasets import DATASET_TITLES, DATASETS, Dataset, make_dataset
from .fileformat import (
    FILE_EXTENSION,
    NetworkFile,
    NetworkFileError,
    load_document,
    load_network,
    parse_document,
    save_network,
    to_document,
)
from .fileschema import MAX_LAYERS, MAX_NEURONS
from .layer import Layer, LayerGradient
from .losses import LOSSES, get_loss
from .manual_update import sgd_update
from .network import Network
from .optimizers import SGD, Adam, Momentum, Optimizer
from .presets import PRESET_TITLES, PRESETS, Preset, load_preset
from .stepper import BackwardStep, ForwardStep, SoftmaxParts
from .training import EpochRecord, Trainer, TrainingDiverged, accuracy

__version__ = "0.1.0"

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation",
    "SoftmaxOverflowDemo", "collapse_linear", "gradient_check", "softmax_overflow_demo",
    "to_numpy_code", "to_pytorch_code",
    "DATASET_TITLES", "DATASETS", "Dataset", "make_dataset",
    "FILE_EXTENSION", "NetworkFile", "NetworkFileError", "load_document", "load_network",
    "parse_document", "save_network", "to_document", "MAX_LAYERS", "MAX_NEURONS",
    "Layer", "LayerGradient",
    "LOSSES", "get_loss", "sgd_update",
    "Network",
    "SGD", "Adam", "Momentum", "Optimizer",
    "PRESET_TITLES", "PRESETS", "Preset", "load_preset",
    "BackwardStep", "ForwardStep", "SoftmaxParts",
    "EpochRecord", "Trainer", "TrainingDiverged", "accuracy",
]
