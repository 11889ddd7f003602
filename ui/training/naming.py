"""The names the data give the network's units, known without making the points.

Generating a data set's points can cost time (and the window starts without
them), so the names come from a one-point sample of the same generator: its
feature names, class names and image shape are those of every size.  2-D
points are given to the network as the chosen features (x1, x1², sin x1...).
"""

from __future__ import annotations

from functools import lru_cache

import simulator as sim
from ui.document.unit_names import UnitNames

from .settings import DataChoice


@lru_cache(maxsize=16)
def _sample(name: str, classes: int) -> sim.Dataset:
    choice = DataChoice(name, 1, 0.0, 0, 0.8, sim.PLAIN_FEATURES, classes)
    return choice.generate()


def names_of(choice: DataChoice, own_data: sim.Dataset | None) -> UnitNames:
    """What the inputs and outputs of a network trained on ``choice`` stand for."""
    if choice.own and own_data is not None:
        raw = own_data
    else:
        raw = _sample(choice.name, choice.classes if choice.name == "blobs" else 0)
    if raw.input_size == 2:
        inputs = tuple(sim.FEATURE_SYMBOLS[f] for f in choice.features)
    else:
        inputs = tuple(raw.feature_names)
    outputs = tuple(raw.class_names) if raw.kind == "classification" else ()
    return UnitNames(inputs, outputs, raw.image_shape)
