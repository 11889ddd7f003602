"""NeuroStep's model core: NumPy only, no Qt.

Notation of the seeds: a layer computes ``A = X · W + B`` then ``Z = h(A)``;
``a`` is a neuron's weighted input, ``z = h(a)`` its output, ``δ = ∂E/∂a``.
"""

import importlib

from .activations import ACTIVATIONS, LEAKY_SLOPE, Activation, get_activation
from .fileschema import FILE_EXTENSION
from .frozen import is_frozen
from .layer import Layer, LayerGradient
from .limits import (
    MAX_EXAMPLE_NUMBERS,
    MAX_EXAMPLES,
    MAX_FILE_BYTES,
    MAX_LAYERS,
    MAX_NEURONS,
    MAX_PARAMETERS,
    MAX_VALUE,
    NetworkTooLarge,
    check_examples,
    check_sizes,
    in_range,
    parameter_count,
)
from .losses import LOSSES, get_loss, suggested_loss
from .network import Network
from .pass_cursor import PassCursor
from .presets import PRESET_TITLES, PRESETS, Preset, load_preset

# Imported on first use (PEP 562): the window starts without them, and each
# costs its import (and its dataclasses) at every start.
_LAZY = {
    **dict.fromkeys(
        ("SoftmaxOverflowDemo", "collapse_linear", "gradient_check", "softmax_overflow_demo"),
        "analysis",
    ),
    **dict.fromkeys(("array_literal", "to_numpy_code", "to_pytorch_code"), "codegen"),
    **dict.fromkeys(("DATASET_TITLES", "DATASETS", "Dataset", "make_dataset"), "datasets"),
    **dict.fromkeys(("DataFileError", "load_csv", "parse_csv", "save_csv"), "csvdata"),
    **dict.fromkeys(
        (
            "FEATURES",
            "FEATURE_SYMBOLS",
            "PLAIN_FEATURES",
            "check_features",
            "feature_matrix",
            "split_indices",
        ),
        "dataprep",
    ),
    **dict.fromkeys(("dead_units", "grid_points", "layer_outputs"), "planemaps"),
    **dict.fromkeys(("OPTIMIZERS", "OWN_DATA", "LOSS_CHOICES", "MAX_NOISE"), "trainschema"),
    **dict.fromkeys(
        (
            "ExampleRows",
            "FileReadOnly",
            "NotARegularFile",
            "NetworkFile",
            "NetworkFileError",
            "load_document",
            "load_network",
            "parse_document",
            "save_network",
            "save_steps",
            "to_document",
        ),
        "fileformat",
    ),
    "sgd_update": "manual_update",
    **dict.fromkeys(("SGD", "Adam", "Momentum", "Optimizer"), "optimizers"),
    **dict.fromkeys(("BackwardStep", "ForwardStep", "SoftmaxParts"), "stepper"),
    **dict.fromkeys(
        ("EpochRecord", "Trainer", "TrainingDiverged", "accuracy", "r_squared"), "training"
    ),
}


def __getattr__(name: str):
    """Import the submodule that defines ``name`` the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "ACTIVATIONS",
    "LEAKY_SLOPE",
    "Activation",
    "get_activation",
    "SoftmaxOverflowDemo",
    "collapse_linear",
    "gradient_check",
    "softmax_overflow_demo",
    "array_literal",
    "to_numpy_code",
    "to_pytorch_code",
    "DATASET_TITLES",
    "DATASETS",
    "Dataset",
    "make_dataset",
    "DataFileError",
    "load_csv",
    "parse_csv",
    "save_csv",
    "FEATURES",
    "FEATURE_SYMBOLS",
    "PLAIN_FEATURES",
    "check_features",
    "feature_matrix",
    "split_indices",
    "dead_units",
    "grid_points",
    "layer_outputs",
    "OPTIMIZERS",
    "OWN_DATA",
    "LOSS_CHOICES",
    "MAX_NOISE",
    "ExampleRows",
    "FILE_EXTENSION",
    "FileReadOnly",
    "NotARegularFile",
    "NetworkFile",
    "NetworkFileError",
    "load_document",
    "load_network",
    "parse_document",
    "save_network",
    "save_steps",
    "to_document",
    "MAX_EXAMPLE_NUMBERS",
    "MAX_EXAMPLES",
    "MAX_FILE_BYTES",
    "MAX_LAYERS",
    "MAX_NEURONS",
    "MAX_PARAMETERS",
    "MAX_VALUE",
    "NetworkTooLarge",
    "check_examples",
    "check_sizes",
    "in_range",
    "parameter_count",
    "Layer",
    "is_frozen",
    "LayerGradient",
    "LOSSES",
    "get_loss",
    "suggested_loss",
    "sgd_update",
    "Network",
    "PassCursor",
    "SGD",
    "Adam",
    "Momentum",
    "Optimizer",
    "PRESET_TITLES",
    "PRESETS",
    "Preset",
    "load_preset",
    "BackwardStep",
    "ForwardStep",
    "SoftmaxParts",
    "EpochRecord",
    "Trainer",
    "TrainingDiverged",
    "accuracy",
    "r_squared",
]
