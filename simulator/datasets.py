"""Small data sets to train on: TensorFlow Playground's shapes, two regressions, digits.

Every 2-D data set lives in roughly the square [-1, 1] × [-1, 1] (TensorFlow
Playground uses [-6, 6]; ours is scaled down so that the weights a student reads
stay near 1).  ``noise`` is the standard deviation of Gaussian jitter added to
every input point (classification) or to every target (regression), in those
same units; ``noise=0`` gives the clean shape.  Everything is reproducible
from ``seed``.

Classification targets ``T`` are one-hot, shape (N, k); regression targets are
real, shape (N, 1).  ``Dataset.targets_for(1)`` turns a two-class one-hot ``T``
into the single 0/1 column a one-output network (sigmoid) trains on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DIGITS_FILE = RESOURCES / "datasets" / "digits_8x8.npz"
MAX_SAMPLES = 1_000_000


@dataclass(frozen=True, eq=False)
class Dataset:
    """Inputs and targets of one data set; the arrays are read-only.

    Attributes
    ----------
    name : str
        The generator's name (``"xor"``).
    X : ndarray, shape (N, n_in)
    T : ndarray, shape (N, k) one-hot (classification) or (N, 1) real (regression)
    kind : {"classification", "regression"}
    n_classes : int or None
        ``k`` for classification, None for regression.
    feature_names : tuple of str
        One per input column (``("x1", "x2")``).
    class_names : tuple of str
        One per class, for data read from a file (``("cat", "dog")``) or the digits
        ("0" to "9"); empty when the classes are just numbered.
    """

    name: str
    X: np.ndarray
    T: np.ndarray
    kind: str
    n_classes: int | None
    feature_names: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()

    def __post_init__(self):
        for field in ("X", "T"):
            array = np.array(getattr(self, field), dtype=float)  # a private, frozen copy
            array.setflags(write=False)
            object.__setattr__(self, field, array)

    def __len__(self) -> int:
        return self.X.shape[0]

    @property
    def input_size(self) -> int:
        return self.X.shape[1]

    @property
    def image_shape(self) -> tuple[int, int] | None:
        """(rows, columns) when each sample is a square picture, else None.

        A data set marks itself so by naming every input a pixel (``"pixel 3,4"``,
        ``"pixel12"``, as digits and the usual image CSV files do) when the number
        of inputs is a perfect square of at least 4×4 (8×8 digits, 28×28 MNIST).
        """
        side = math.isqrt(self.input_size)
        names = self.feature_names
        if side < 4 or side * side != self.input_size or len(names) != self.input_size:
            return None
        return (side, side) if all(n.lower().startswith("pixel") for n in names) else None

    @property
    def labels(self) -> np.ndarray | None:
        """Class index of every sample, shape (N,); None for regression."""
        return None if self.n_classes is None else np.argmax(self.T, axis=1)

    def targets_for(self, output_size: int) -> np.ndarray:
        """Return ``T`` shaped for a network with ``output_size`` outputs.

        A two-class set gives its class-1 column, shape (N, 1), to a single
        output; otherwise the width must already match.
        """
        if output_size == self.T.shape[1]:
            return self.T
        if output_size == 1 and self.n_classes == 2:
            return self.T[:, 1:]
        raise ValueError(
            f"data set {self.name!r} has {self.T.shape[1]} target columns; "
            f"a network with {output_size} outputs cannot train on it"
        )

    def split(self, test_fraction: float = 0.2, seed: int = 0) -> tuple[Dataset, Dataset]:
        """Shuffle, then return ``(train, test)``; each keeps at least one sample."""
        if not 0.0 < test_fraction < 1.0:
            raise ValueError(f"test_fraction must be between 0 and 1, got {test_fraction}")
        n = len(self)
        if n < 2:
            raise ValueError("a data set needs at least 2 samples to be split")
        n_test = min(n - 1, max(1, round(n * test_fraction)))
        order = np.random.default_rng(seed).permutation(n)
        test, train = order[:n_test], order[n_test:]
        return self._subset(train), self._subset(test)

    def _subset(self, rows) -> Dataset:
        return replace(self, X=self.X[rows], T=self.T[rows])

    def __repr__(self) -> str:
        classes = f", {self.n_classes} classes" if self.n_classes else ""
        return f"Dataset({self.name}: {len(self)} × {self.input_size} inputs, {self.kind}{classes})"


# ---- helpers -----------------------------------------------------------------


def one_hot(labels, k: int) -> np.ndarray:
    """Return one-hot rows, shape (N, k), for integer ``labels`` (N,)."""
    return np.eye(k)[np.asarray(labels, dtype=int)]


def _balanced_labels(n: int, k: int, rng) -> np.ndarray:
    """``n`` labels, as even as possible over ``k`` classes, in random order."""
    return rng.permutation(np.arange(n) % k)


def _classification(name, X, labels, k, rng, noise) -> Dataset:
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return Dataset(name, X, one_hot(labels, k), "classification", k, ("x1", "x2"))


# ---- the generators: (n, noise, rng, **options) -> Dataset -----------------------


def _xor(n, noise, rng):
    # The truth table with -0.5 for 0 and 0.5 for 1; class 1 where the signs differ.
    labels = _balanced_labels(n, 4, rng)
    corners = np.array([[-0.5, -0.5], [0.5, 0.5], [-0.5, 0.5], [0.5, -0.5]])
    return _classification("xor", corners[labels], labels // 2, 2, rng, noise)


def _circle(n, noise, rng):
    # Class 0 inside radius 0.5, class 1 on a ring from 0.7 to 1.0 (as in Playground).
    labels = _balanced_labels(n, 2, rng)
    radius = np.where(labels == 0, rng.uniform(0.0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0.0, 2 * math.pi, n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return _classification("circle", X, labels, 2, rng, noise)


def _gaussian(n, noise, rng):
    # Two round clouds (std 0.2) centred on (0.5, 0.5) and (-0.5, -0.5).
    labels = _balanced_labels(n, 2, rng)
    centres = np.array([[-0.5, -0.5], [0.5, 0.5]])
    X = centres[labels] + rng.normal(0.0, 0.2, (n, 2))
    return _classification("gaussian", X, labels, 2, rng, noise)


def _spiral(n, noise, rng):
    # Two arms winding 1.75 turns out to radius 1, the second turned by half a turn.
    labels = _balanced_labels(n, 2, rng)
    r = rng.uniform(0.05, 1.0, n)
    theta = 1.75 * 2 * math.pi * r + math.pi * labels
    X = np.column_stack([r * np.sin(theta), r * np.cos(theta)])
    return _classification("spiral", X, labels, 2, rng, noise)


def _moons(n, noise, rng):
    # scikit-learn's two interleaving half circles, shifted and scaled into [-1, 1].
    labels = _balanced_labels(n, 2, rng)
    t = rng.uniform(0.0, math.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    X = np.where(labels[:, None] == 0, upper, lower)
    X = (X - [0.5, 0.25]) / 1.5
    return _classification("moons", X, labels, 2, rng, noise)


def _blobs(n, noise, rng, classes=3):
    # k round clouds (std 0.15) with centres evenly spaced on a circle of radius 0.6.
    if (
        isinstance(classes, bool)
        or not isinstance(classes, (int, np.integer))
        or not 2 <= classes <= 10
    ):
        raise ValueError(f"blobs: classes must be a whole number from 2 to 10, got {classes!r}")
    labels = _balanced_labels(n, classes, rng)
    angle = math.pi / 2 + 2 * math.pi * np.arange(classes) / classes
    centres = 0.6 * np.column_stack([np.cos(angle), np.sin(angle)])
    X = centres[labels] + rng.normal(0.0, 0.15, (n, 2))
    return _classification("blobs", X, labels, int(classes), rng, noise)


def _regression(name, X, t, rng, noise, features) -> Dataset:
    t = t + rng.normal(0.0, noise, t.shape) if noise else t
    return Dataset(name, X, t[:, None], "regression", None, features)


def _plane(n, noise, rng):
    # t = 0.5·x1 - 0.3·x2 + 0.2: exactly what one identity neuron can learn.
    X = rng.uniform(-1.0, 1.0, (n, 2))
    t = 0.5 * X[:, 0] - 0.3 * X[:, 1] + 0.2
    return _regression("plane", X, t, rng, noise, ("x1", "x2"))


def _sine(n, noise, rng):
    # t = sin(π·x) on [-1, 1]: one full period, which no straight line fits.
    X = rng.uniform(-1.0, 1.0, (n, 1))
    return _regression("sine", X, np.sin(math.pi * X[:, 0]), rng, noise, ("x",))


def _digits(n, noise, rng):
    # The file's order is kept, so ``n`` picks the first n images; noise is unused.
    with np.load(DIGITS_FILE, allow_pickle=False) as data:
        images, labels = data["images"], data["labels"]
    count = len(labels) if n is None else min(n, len(labels))
    X = images[:count].reshape(count, 64) / 16.0
    features = tuple(f"pixel {r},{c}" for r in range(8) for c in range(8))
    classes = tuple(str(d) for d in range(10))  # class k is the digit k
    return Dataset(
        "digits", X, one_hot(labels[:count], 10), "classification", 10, features, classes
    )


_GENERATORS: dict[str, Callable[..., Dataset]] = {
    "xor": _xor,
    "circle": _circle,
    "gaussian": _gaussian,
    "spiral": _spiral,
    "moons": _moons,
    "blobs": _blobs,
    "plane": _plane,
    "sine": _sine,
    "digits": _digits,
}
DATASETS: tuple[str, ...] = tuple(_GENERATORS)

DATASET_TITLES: dict[str, str] = {
    "xor": "XOR (four clusters)",
    "circle": "Circle",
    "gaussian": "Two Gaussian clouds",
    "spiral": "Spiral",
    "moons": "Two moons",
    "blobs": "Blobs (several classes)",
    "plane": "Plane (regression)",
    "sine": "Sine (regression)",
    "digits": "Handwritten digits 8×8",
}
"""The English title of every data set (the UI translates its own copy, ``ui/text/names.py``)."""


def make_dataset(
    name: str, n: int | None = 200, noise: float = 0.1, seed: int = 0, **options
) -> Dataset:
    """Generate the data set called ``name``.

    Parameters
    ----------
    name : str
        One of ``DATASETS``.
    n : int
        Number of samples, 1 to 1,000,000.  For ``"digits"``: the first ``n``
        images, or all 1,797 when ``n`` is None or larger.
    noise : float
        Standard deviation (≥ 0) of the jitter on inputs (classification) or
        targets (regression).
    seed : int
        Seeds every random draw.
    **options
        ``classes`` (2..10) for ``"blobs"``, default 3.

    Returns
    -------
    Dataset
        ``X`` (n, 2) for the 2-D sets, (n, 1) for sine, (n, 64) for digits.
    """
    if name not in _GENERATORS:
        raise ValueError(f"unknown data set {name!r}; known: {', '.join(DATASETS)}")
    n = _checked_n(n, allow_none=name == "digits")
    noise = _checked_noise(noise)
    _check_options(name, options)
    return _GENERATORS[name](n, noise, np.random.default_rng(seed), **options)


def _checked_n(n, allow_none: bool):
    if n is None and allow_none:
        return None
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= MAX_SAMPLES:
        raise ValueError(f"n must be a whole number from 1 to {MAX_SAMPLES:,}, got {n!r}")
    return int(n)


def _checked_noise(noise) -> float:
    if isinstance(noise, bool) or not isinstance(noise, (int, float, np.number)):
        raise ValueError(f"noise must be a number ≥ 0, got {noise!r}")
    if not math.isfinite(noise) or noise < 0:
        raise ValueError(f"noise must be a finite number ≥ 0, got {noise!r}")
    return float(noise)


def _check_options(name: str, options: dict) -> None:
    allowed = {"blobs": {"classes"}}.get(name, set())
    unknown = set(options) - allowed
    if unknown:
        accepted = ", ".join(sorted(allowed)) or "none"
        raise ValueError(
            f"data set {name!r} takes no option {', '.join(sorted(unknown))}; accepted: {accepted}"
        )
