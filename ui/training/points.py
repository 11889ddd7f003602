"""Editing the points: add one, remove one, take your own, make one the stepping example.

The first edit of a generated data set turns its points into the user's own (the
data-set name becomes ``"own"``); every edit is one undoable command of the
Document (``set_training_data``).  A point's place in the split stays put as
points are added (``sim.split_indices``).
"""

from __future__ import annotations

import numpy as np

import simulator as sim

from .commands import label


def own_points(raw: sim.Dataset, X, T, name: str | None = None) -> sim.Dataset:
    """A data set like ``raw`` (kind, classes, names) holding the points ``X``, ``T``."""
    return sim.Dataset(
        name or raw.name,
        X,
        T,
        raw.kind,
        raw.n_classes,
        raw.feature_names,
        raw.class_names,
    )


def _own_settings(model) -> dict:
    return dict(model.document.dataset_settings, name=sim.OWN_DATA)


def add_point(model, xy, label_or_target: float) -> None:
    """Add the point ``xy`` (d,) of class ``label_or_target`` (or with that target)."""
    raw = model.dataset
    xy = np.asarray(xy, dtype=float).reshape(1, -1)
    if raw.kind == "regression":
        t = np.array([[float(label_or_target)]])
    else:
        t = np.eye(raw.n_classes)[[int(label_or_target)]]
    points = own_points(raw, np.vstack([raw.X, xy]), np.vstack([raw.T, t]))
    model.document.set_training_data(_own_settings(model), points, label("add_point"))


def remove_point(model, row: int) -> None:
    """Remove point ``row`` (a data set keeps at least one point)."""
    raw = model.dataset
    if len(raw) <= 1:
        return
    keep = np.arange(len(raw)) != row
    points = own_points(raw, raw.X[keep], raw.T[keep])
    model.document.set_training_data(_own_settings(model), points, label("remove_point"))


def take_dataset(model, dataset: sim.Dataset) -> None:
    """Use ``dataset`` (from a CSV file) as the user's own points; one undoable step."""
    model.document.set_training_data(_own_settings(model), dataset, label("import"))


def use_point(model, row: int) -> None:
    """Make point ``row`` the stepping example: its inputs x and its target t."""
    prepared, net = model.prepared, model.document.network
    x = prepared.inputs[row]
    t = prepared.target_of(row, net.output_size)
    model.pause()
    model.document.set_example(x, t, label("use_point"))


def nearest_point(points: np.ndarray, xy, radius: float) -> int | None:
    """The row of the point nearest ``xy`` within ``radius`` (plane units), or None.

    Parameters
    ----------
    points : ndarray, shape (N, 2)
    xy : (float, float)
    radius : float or (float, float)
        Per axis, for a view whose axes are scaled differently.
    """
    if len(points) == 0:
        return None
    scale = np.broadcast_to(np.asarray(radius, dtype=float), (2,))
    d = np.hypot(*((points - np.asarray(xy, dtype=float)) / scale).T)
    row = int(np.argmin(d))
    return row if d[row] <= 1.0 else None
