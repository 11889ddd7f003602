"""The data sets: shapes, one-hot targets, reproducibility, splits and errors."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.datasets import DATASET_TITLES, DATASETS, Dataset, make_dataset

TWO_D = ["xor", "circle", "gaussian", "spiral", "moons", "blobs", "plane"]
CLASSIFICATION = ["xor", "circle", "gaussian", "spiral", "moons", "blobs", "digits"]


def test_every_named_set_exists():
    """The data menu would list a set that cannot be made, or miss one of the issue's."""
    expected = {"xor", "circle", "gaussian", "spiral", "moons", "blobs", "plane", "sine", "digits"}
    assert set(DATASETS) == expected
    assert set(DATASET_TITLES) == expected


@pytest.mark.parametrize("name", DATASETS)
def test_shapes_and_kind(name):
    """A data set whose arrays do not fit its own description would crash training."""
    ds = make_dataset(name, n=50)
    n_in = {"sine": 1, "digits": 64}.get(name, 2)
    assert ds.X.shape == (50, n_in) and ds.X.dtype == np.float64
    assert len(ds) == 50 and ds.input_size == n_in
    assert len(ds.feature_names) == n_in
    if name in CLASSIFICATION:
        assert ds.kind == "classification" and ds.T.shape == (50, ds.n_classes)
    else:
        assert ds.kind == "regression" and ds.n_classes is None and ds.T.shape == (50, 1)
    assert np.all(np.isfinite(ds.X)) and np.all(np.isfinite(ds.T))


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_classification_targets_are_one_hot(name):
    """Cross-entropy would give wrong losses if a target row were not exactly one 1."""
    ds = make_dataset(name, n=100)
    assert set(np.unique(ds.T)) <= {0.0, 1.0}
    assert np.array_equal(ds.T.sum(axis=1), np.ones(100))
    assert np.array_equal(ds.T[np.arange(100), ds.labels], np.ones(100))


@pytest.mark.parametrize("name", ["xor", "circle", "gaussian", "spiral", "moons"])
def test_two_class_sets_are_balanced(name):
    """A lopsided set would let a network score well by always saying one class."""
    counts = make_dataset(name, n=201).T.sum(axis=0)
    assert abs(counts[0] - counts[1]) <= 1


@pytest.mark.parametrize("name", TWO_D)
def test_points_stay_near_the_unit_square(name):
    """Plots scaled to [-1, 1] would cut points off."""
    ds = make_dataset(name, n=500, noise=0.0)
    assert np.abs(ds.X).max() <= 1.2


@pytest.mark.parametrize("name", DATASETS)
def test_same_seed_same_data_other_seed_other_data(name):
    """A lesson would show different points each time it is opened."""
    a, b = make_dataset(name, n=40, seed=7), make_dataset(name, n=40, seed=7)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.T, b.T)
    if name != "digits":
        assert not np.array_equal(a.X, make_dataset(name, n=40, seed=8).X)


def test_xor_without_noise_is_the_truth_table():
    """The XOR set would not be XOR: class 1 exactly where the inputs differ."""
    ds = make_dataset("xor", n=40, noise=0.0)
    for x, label in zip(ds.X, ds.labels):
        assert tuple(abs(x)) == (0.5, 0.5)
        assert label == int((x[0] > 0) != (x[1] > 0))


def test_circle_inner_points_are_class_zero():
    """The circle's classes would be swapped or mixed."""
    ds = make_dataset("circle", n=300, noise=0.0)
    r = np.hypot(ds.X[:, 0], ds.X[:, 1])
    assert np.all(r[ds.labels == 0] <= 0.5) and np.all(r[ds.labels == 1] >= 0.7)


def test_regression_targets_follow_their_formula():
    """Plane and sine targets would not be the functions the lesson names."""
    plane = make_dataset("plane", n=30, noise=0.0)
    expected = 0.5 * plane.X[:, 0] - 0.3 * plane.X[:, 1] + 0.2
    np.testing.assert_allclose(plane.T[:, 0], expected, atol=1e-15)
    sine = make_dataset("sine", n=30, noise=0.0)
    np.testing.assert_allclose(sine.T[:, 0], np.sin(np.pi * sine.X[:, 0]), atol=1e-15)


def test_noise_jitters_regression_targets():
    """The noise slider would do nothing for regression sets."""
    clean, noisy = make_dataset("sine", noise=0.0), make_dataset("sine", noise=0.3)
    assert np.array_equal(clean.X, noisy.X)
    assert 0.2 < np.std(noisy.T - clean.T) < 0.4


@pytest.mark.parametrize("classes", [2, 3, 5, 10])
def test_blobs_option_classes(classes):
    """Asking for k blobs would give another number of classes."""
    ds = make_dataset("blobs", n=100, classes=classes)
    assert ds.n_classes == classes and ds.T.shape == (100, classes)
    assert set(ds.labels) == set(range(classes))


def test_digits_file_holds_1797_images():
    """The digits lesson would train on a truncated or missing file."""
    ds = make_dataset("digits", n=None)
    assert ds.X.shape == (1797, 64) and ds.T.shape == (1797, 10)
    assert ds.X.min() == 0.0 and ds.X.max() == 1.0
    assert make_dataset("digits", n=5000).X.shape == (1797, 64)
    assert set(ds.labels) == set(range(10))


def test_digits_n_takes_the_first_images():
    """The preset's example digit would change with the size of the training set."""
    small, full = make_dataset("digits", n=10), make_dataset("digits", n=None)
    assert np.array_equal(small.X, full.X[:10]) and np.array_equal(small.T, full.T[:10])


@given(n=st.integers(2, 300), fraction=st.floats(0.01, 0.99), seed=st.integers(0, 2**32 - 1))
@settings(max_examples=50, deadline=None)
def test_split_sizes_and_no_sample_lost(n, fraction, seed):
    """A split would drop or duplicate points, or leave one side empty."""
    ds = make_dataset("moons", n=n)
    train, test = ds.split(fraction, seed)
    assert len(train) + len(test) == n and len(train) >= 1 and len(test) >= 1
    joined = np.vstack([train.X, test.X])
    assert np.array_equal(np.sort(joined, axis=0), np.sort(ds.X, axis=0))
    assert train.name == ds.name and test.n_classes == ds.n_classes


def test_split_default_is_80_20_and_reproducible():
    """The test set's size or content would change between runs."""
    train, test = make_dataset("xor", n=200).split()
    assert (len(train), len(test)) == (160, 40)
    again = make_dataset("xor", n=200).split()[1]
    assert np.array_equal(test.X, again.X)


def test_arrays_are_read_only():
    """Training code could silently corrupt the shared data set."""
    ds = make_dataset("xor")
    with pytest.raises(ValueError):
        ds.X[0, 0] = 5.0
    with pytest.raises(AttributeError):
        ds.X = np.zeros((2, 2))


def test_targets_for_one_output_network():
    """A one-output sigmoid network could not train on a two-class set."""
    ds = make_dataset("xor", n=20)
    assert np.array_equal(ds.targets_for(1)[:, 0], ds.labels.astype(float))
    assert ds.targets_for(2) is ds.T
    with pytest.raises(ValueError, match="3 outputs"):
        ds.targets_for(3)


def test_dataset_takes_any_arrays():
    """A hand-made Dataset (e.g. from the UI) would be refused or aliased."""
    X = np.zeros((3, 2))
    ds = Dataset("mine", X, np.ones((3, 1)), "regression", None)
    X[0, 0] = 9.0
    assert ds.X[0, 0] == 0.0 and ds.labels is None


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"name": "nope"}, "unknown data set 'nope'; known: xor"),
        ({"name": "xor", "n": 0}, "n must be"),
        ({"name": "xor", "n": -3}, "n must be"),
        ({"name": "xor", "n": 2.5}, "n must be"),
        ({"name": "xor", "n": True}, "n must be"),
        ({"name": "xor", "n": None}, "n must be"),
        ({"name": "xor", "noise": -0.1}, "noise must be"),
        ({"name": "xor", "noise": float("nan")}, "noise must be"),
        ({"name": "xor", "noise": "lots"}, "noise must be"),
        ({"name": "xor", "classes": 3}, "takes no option classes"),
        ({"name": "blobs", "classes": 1}, "classes must be"),
        ({"name": "blobs", "classes": 2.0}, "classes must be"),
    ],
)
def test_bad_arguments_say_what_is_wrong(kwargs, words):
    """A typo in a data-set request would fail with a puzzling error or none."""
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        make_dataset(**kwargs)


def test_split_rejects_bad_fractions():
    """A 0 % or 100 % test split would leave nothing to train or test on."""
    ds = make_dataset("xor", n=10)
    for fraction in (0.0, 1.0, -0.5, 2.0):
        with pytest.raises(ValueError, match="test_fraction"):
            ds.split(fraction)
    with pytest.raises(ValueError, match="at least 2"):
        make_dataset("xor", n=1).split()
