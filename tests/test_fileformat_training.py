"""The training parts of a .neurostep file: settings and own points saved, bad ones refused."""

from __future__ import annotations

import json

import numpy as np
import pytest

import simulator as sim
from simulator.fileformat import load_document, parse_document, save_network


def network():
    return sim.Network.create(2, [3, 1], "sigmoid", seed=0)


def test_settings_and_own_points_round_trip(tmp_path):
    """Saving own points with the data-set and training settings gives them back exactly."""
    points = sim.make_dataset("blobs", n=12, seed=1)
    path = tmp_path / "mine.neurostep"
    dataset = {"name": "own", "train_share": 0.7, "seed": 2, "features": "x1 x2 x1*x2"}
    training = {"optimizer": "adam", "batch_size": 4, "loss": "auto", "stop_epochs": None}
    save_network(network(), path, dataset=dataset, training=training, data=points)
    doc = load_document(path)
    assert doc.dataset == dataset and doc.training == training
    assert np.array_equal(doc.data.X, points.X) and np.array_equal(doc.data.T, points.T)
    assert doc.data.class_names == ("0", "1", "2")


def test_regression_points_round_trip(tmp_path):
    """Own regression points keep their real targets."""
    points = sim.make_dataset("sine", n=5, seed=0)
    path = tmp_path / "sine.neurostep"
    save_network(sim.Network.create(1, [1], "identity"), path, data=points)
    back = load_document(path).data
    assert back.kind == "regression" and np.array_equal(back.T, points.T)


def test_a_file_without_training_parts_still_opens(tmp_path):
    """Files saved before training existed have no "data": they open as before."""
    path = tmp_path / "old.neurostep"
    save_network(network(), path)
    text = json.loads(path.read_text())
    del text["data"]
    assert parse_document(json.dumps(text)).data is None


def _file(**members) -> str:
    text = json.loads(json.dumps(sim.to_document(network())))
    text.update(members)
    return json.dumps(text)


@pytest.mark.parametrize(
    "members, section, setting",
    [
        ({"training": {"optimizer": "rmsprop"}}, "training", "optimizer"),
        ({"training": {"batch_size": 0}}, "training", "batch_size"),
        ({"training": {"learning_rate": -1}}, "training", "learning_rate"),
        ({"training": {"loss": "hinge"}}, "training", "loss"),
        ({"dataset": {"name": "swirl"}}, "dataset", "name"),
        ({"dataset": {"name": "xor", "noise": -1}}, "dataset", "noise"),
        ({"dataset": {"name": "xor", "train_share": 0.99}}, "dataset", "train_share"),
        ({"dataset": {"name": "xor", "features": "x1 x3"}}, "dataset", "features"),
    ],
)
def test_a_bad_setting_is_named(members, section, setting):
    """A setting NeuroStep cannot use is refused with its section and name, not ignored."""
    with pytest.raises(sim.NetworkFileError) as caught:
        parse_document(_file(**members))
    error = caught.value
    assert error.kind == "bad_value"
    assert (error.details["field"], error.details["setting"]) == (section, setting)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"kind": "classification", "inputs": [[1, 2]], "labels": [0]}, "features"),
        ({"kind": "maybe"}, "kind"),
        (
            {
                "name": "a",
                "kind": "classification",
                "features": ["x1"],
                "inputs": [[1], [2]],
                "classes": ["a", "b"],
                "labels": [0, 5],
            },
            "labels",
        ),
        (
            {"name": "a", "kind": "regression", "features": ["x1"], "inputs": [[1], "x"]},
            "inputs",
        ),
    ],
)
def test_damaged_points_are_refused(data, field):
    """Points that do not make a data set raise bad_data naming the part that is wrong."""
    with pytest.raises(sim.NetworkFileError) as caught:
        parse_document(_file(data=data))
    assert caught.value.kind == "bad_data" and caught.value.details["field"] == field


def test_own_data_without_points_is_refused():
    """A file saying "own data" must carry the points."""
    with pytest.raises(sim.NetworkFileError) as caught:
        parse_document(_file(dataset={"name": "own"}))
    assert caught.value.details["field"] == "data"
