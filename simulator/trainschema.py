"""The training parts of a ``.neurostep`` file and their checks.

Three optional members, all null in a file made before training existed::

    "dataset": {"name": "spiral", "n": 200, "noise": 0.1, "seed": 0,
                "train_share": 0.8, "features": "x1 x2 x1^2"},
    "training": {"learning_rate": 0.03, "optimizer": "adam", "batch_size": 10,
                 "l2": 0.0, "loss": "auto", "stop_epochs": null, "stop_loss": null,
                 "weight_seed": 0},
    "data": {"name": "my points", "kind": "classification",
             "features": ["x1", "x2"], "classes": ["0", "1"],
             "inputs": [[0.1, 0.2], ...], "labels": [0, 1, ...]}

``dataset`` holds ``make_dataset``'s arguments (``noise`` in its units: the
standard deviation of the jitter; the UI shows it as a percentage, 50 % = 0.25)
and how the data are used; its ``name`` is ``"own"`` when the points are the
user's own, drawn or imported, which ``data`` then holds (``labels`` for
classification, ``targets`` for regression).  Each setting is checked where
every setting of a file is (``simulator.filesettings.SECTIONS``); this module
reads and checks the points (``InvalidDocument`` of kind ``"bad_data"`` naming
the ``field`` and ``row``).
"""

from __future__ import annotations

import math

import numpy as np

from .datasets import MAX_SAMPLES, Dataset, one_hot

OWN_DATA = "own"
OPTIMIZERS = ("sgd", "momentum", "adam")
LOSS_CHOICES = ("auto", "mse", "cross_entropy", "binary_cross_entropy")
MAX_NOISE = 0.25  # the most noise the data panel offers (50 %)
MAX_CLASSES = 10


class InvalidSection(Exception):
    """A training part of the file breaks its rules (turned into ``InvalidDocument``)."""

    def __init__(self, message: str, kind: str, **details):
        super().__init__(message)
        self.kind, self.details = kind, details


# ---- own data points ----------------------------------------------------------


def data_to_json(dataset: Dataset | None):
    """The ``data`` member for a user's own points, or None."""
    if dataset is None:
        return None
    entry = {
        "name": dataset.name,
        "kind": dataset.kind,
        "features": list(dataset.feature_names),
        "inputs": dataset.X.tolist(),
    }
    if dataset.kind == "regression":
        entry["targets"] = dataset.T[:, 0].tolist()
    else:
        entry["classes"] = list(dataset.class_names) or [str(i) for i in range(dataset.n_classes)]
        entry["labels"] = [int(i) for i in dataset.labels]
    return entry


def read_data(value) -> Dataset | None:
    """The user's own points from the ``data`` member (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        _bad_data("the saved data points must be an object", "data")
    kind = value.get("kind")
    if kind not in ("classification", "regression"):
        _bad_data('"kind" must be "classification" or "regression"', "kind")
    X = _inputs(value.get("inputs"))
    names = _names(value.get("features"), X.shape[1], "features")
    name = value.get("name")
    if not isinstance(name, str) or len(name) > 200:
        _bad_data('"name" must be short text', "name")
    if kind == "regression":
        T = _column(value.get("targets"), len(X), "targets", whole=False)
        return Dataset(name, X, T[:, None], "regression", None, names)
    labels = _column(value.get("labels"), len(X), "labels", whole=True).astype(int)
    classes = value.get("classes")
    if not isinstance(classes, list) or not 2 <= len(classes) <= MAX_CLASSES:
        _bad_data(f'"classes" must list 2 to {MAX_CLASSES} class names', "classes")
    classes = _names(classes, len(classes), "classes")
    if labels.size and not (labels.min() >= 0 and labels.max() < len(classes)):
        _bad_data("a label is not one of the classes", "labels")
    k = len(classes)
    return Dataset(name, X, one_hot(labels, k), "classification", k, names, classes)


def _inputs(rows) -> np.ndarray:
    if not isinstance(rows, list) or not 1 <= len(rows) <= MAX_SAMPLES:
        _bad_data(f'"inputs" must be a list of 1 to {MAX_SAMPLES} rows', "inputs")
    width = len(rows[0]) if isinstance(rows[0], list) else 0
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != width or width == 0:
            _bad_data(f'"inputs" row {i} does not have {width or "any"} numbers', "inputs", i)
        if not all(type(v) in (int, float) and math.isfinite(v) for v in row):
            _bad_data(f'"inputs" row {i} holds something that is not a finite number', "inputs", i)
    return np.array(rows, dtype=float)


def _column(values, n: int, field: str, whole: bool) -> np.ndarray:
    if not isinstance(values, list) or len(values) != n:
        _bad_data(f'"{field}" must be a list of {n} numbers, one per row of "inputs"', field)
    for i, v in enumerate(values, start=1):
        ok = type(v) is int if whole else type(v) in (int, float) and math.isfinite(v)
        if not ok:
            _bad_data(f'"{field}" item {i} is not a {"whole " if whole else ""}number', field, i)
    return np.array(values, dtype=float)


def _names(values, n: int, field: str) -> tuple[str, ...]:
    if not isinstance(values, list) or len(values) != n:
        _bad_data(f'"{field}" must list {n} names', field)
    if not all(isinstance(v, str) and len(v) <= 100 for v in values):
        _bad_data(f'"{field}" must hold short texts', field)
    return tuple(values)


def _bad_data(message: str, field: str, row: int | None = None):
    raise InvalidSection(message, "bad_data", field=field, row=row)


def read_training_parts(dataset, training: dict | None, data) -> Dataset | None:
    """The own points of ``data`` (checked); refuses own data without points.

    The settings themselves are checked where every setting is
    (``simulator.filesettings.SECTIONS``).
    """
    points = read_data(data)
    if isinstance(dataset, dict) and dataset.get("name") == OWN_DATA and points is None:
        _bad_data('the data set is the user\'s own points, but "data" holds none', "data")
    return points
