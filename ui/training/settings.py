"""The training and data-set settings as the Document saves them, with their defaults.

The Document stores plain dicts (the file's ``"training"`` and ``"dataset"``);
these helpers read them with a default for every missing key, so a file or an
example that says nothing about training still trains sensibly.  Noise is kept in
``make_dataset``'s units (the jitter's standard deviation) and shown as a
percentage: 50 % is ``sim.MAX_NOISE`` (0.25).
"""

from __future__ import annotations

from dataclasses import dataclass

import simulator as sim

TRAINING_DEFAULTS = {
    "optimizer": "adam",  # learns every 2-D set in seconds at the shared η = 0.1
    "batch_size": 10,
    "l2": 0.0,
    "stop_epochs": None,
    "stop_loss": None,
    "weight_seed": 0,
}
DATASET_DEFAULTS = {
    "name": "circle",
    "n": 200,
    "noise": 0.05,
    "seed": 0,
    "train_share": 0.8,
    "features": "x1 x2",
    "classes": 3,
}
NOISE_PER_PERCENT = sim.MAX_NOISE / 50  # 50 % on screen is the most noise a file may hold
MAX_POINTS = 2000  # what the points box offers; enough for every view to stay quick
REGRESSION_SETS = frozenset({"plane", "sine"})  # the generated sets with real targets


def training_value(document, key: str):
    """A training setting of ``document`` (its saved value, else the default)."""
    return document.training_settings.get(key, TRAINING_DEFAULTS[key])


def dataset_value(document, key: str):
    """A data-set setting of ``document`` (its saved value, else the default)."""
    value = document.dataset_settings.get(key)
    return DATASET_DEFAULTS[key] if value is None and key != "n" else value


def noise_percent(noise: float) -> float:
    return noise / NOISE_PER_PERCENT


def noise_from_percent(percent: float) -> float:
    return min(sim.MAX_NOISE, max(0.0, percent * NOISE_PER_PERCENT))


@dataclass(frozen=True)
class DataChoice:
    """Which data, and how they are used: read from the Document's ``dataset_settings``."""

    name: str
    n: int | None
    noise: float
    seed: int
    train_share: float
    features: tuple[str, ...]
    classes: int

    @classmethod
    def of(cls, document) -> DataChoice:
        name = dataset_value(document, "name")
        if name == sim.OWN_DATA and document.own_data is None:
            name = DATASET_DEFAULTS["name"]
        n = dataset_value(document, "n")
        if n is None and name != "digits":
            n = DATASET_DEFAULTS["n"]
        return cls(
            name,
            n,
            float(dataset_value(document, "noise")),
            int(dataset_value(document, "seed")),
            float(dataset_value(document, "train_share")),
            sim.check_features(str(dataset_value(document, "features")).split()),
            int(dataset_value(document, "classes")),
        )

    @property
    def own(self) -> bool:
        return self.name == sim.OWN_DATA

    def kind(self, own_data) -> str:
        """ "classification" or "regression", known without generating any point."""
        if self.own and own_data is not None:
            return own_data.kind
        return "regression" if self.name in REGRESSION_SETS else "classification"

    def generate(self) -> sim.Dataset:
        """The points of a generated data set (not for own data)."""
        options = {"classes": self.classes} if self.name == "blobs" else {}
        return sim.make_dataset(self.name, n=self.n, noise=self.noise, seed=self.seed, **options)
