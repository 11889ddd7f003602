"""Your own data as CSV: reading, writing, and errors that say where and what."""

from __future__ import annotations

import numpy as np
import pytest

import simulator as sim


def write(tmp_path, text: str, name: str = "points.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_and_text_labels_make_a_classification(tmp_path):
    """A file with names in its first line and class names last loads as classes in order."""
    ds = sim.load_csv(write(tmp_path, "x,y,species\n0.1,0.2,dog\n0.3,0.4,cat\n0.5,0.6,dog\n"))
    assert ds.kind == "classification" and ds.n_classes == 2
    assert ds.feature_names == ("x", "y") and ds.class_names == ("cat", "dog")
    assert ds.labels.tolist() == [1, 0, 1]
    assert ds.X.tolist() == [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]
    assert ds.name == "points"


def test_without_a_header_whole_numbers_are_labels_and_reals_are_targets(tmp_path):
    """No header: 0/1/2 in the last column are classes; real numbers are a regression target."""
    labels = sim.load_csv(write(tmp_path, "1,2,0\n3,4,2\n5,6,1\n"))
    assert labels.kind == "classification" and labels.labels.tolist() == [0, 2, 1]
    assert labels.feature_names == ("x1", "x2")
    targets = sim.load_csv(write(tmp_path, "0.5,0.25\n-1,0.75\n", "sine.csv"))
    assert targets.kind == "regression" and targets.T[:, 0].tolist() == [0.25, 0.75]


def test_the_header_or_the_caller_can_say_what_the_last_column_is(tmp_path):
    """A column headed "target" is a regression even of whole numbers; kind= overrides."""
    ds = sim.load_csv(write(tmp_path, "x1,target\n1,0\n2,1\n"))
    assert ds.kind == "regression"
    assert sim.load_csv(write(tmp_path, "1,0.5\n2,1.5\n"), kind="classification").n_classes == 2


def test_semicolons_comments_and_blank_lines_are_fine(tmp_path):
    """A spreadsheet's semicolon export with a comment and an empty line still reads."""
    ds = sim.load_csv(write(tmp_path, "# my points\nx1;x2;label\n\n1;2;a\n3;4;b\n"))
    assert len(ds) == 2 and ds.class_names == ("a", "b")


@pytest.mark.parametrize(
    "text, kind, line, column",
    [
        ("x1,x2,label\n0.1,0.2,0\n0.3,oops,1\n", "not_a_number", 3, 2),
        ("0.1,0.2,0\n0.3,0.4\n", "columns", 2, None),
        ("0.1,nan,0\n", "non_finite", 1, 2),
        ("x1,x2,label\n", "empty", None, None),
        ("", "empty", None, None),
        ("5\n6\n", "too_few_columns", 1, None),
        ("".join(f"{i},{i}\n" for i in range(12)) + "0,c\n", "too_many_classes", None, 2),
    ],
)
def test_a_bad_file_names_the_line_and_column(tmp_path, text, kind, line, column):
    """A broken CSV says what is wrong and where, so the user can fix it in an editor."""
    with pytest.raises(sim.DataFileError) as caught:
        sim.load_csv(write(tmp_path, text))
    error = caught.value
    assert (error.kind, error.line, error.column) == (kind, line, column)
    assert error.details["path"].endswith("points.csv")
    if line is not None:
        assert f"line {line}" in str(error)


def test_missing_and_binary_files_are_refused_clearly(tmp_path):
    """No file, or a file that is not text, raises DataFileError, never a crash."""
    with pytest.raises(sim.DataFileError) as caught:
        sim.load_csv(tmp_path / "nothing.csv")
    assert caught.value.kind == "missing"
    path = tmp_path / "image.csv"
    path.write_bytes(b"1,2,0\n\xff\xfe\x00\n")
    with pytest.raises(sim.DataFileError) as caught:
        sim.load_csv(path)
    assert (caught.value.kind, caught.value.line) == ("encoding", 2)


@pytest.mark.parametrize("name", ["xor", "blobs", "sine", "plane"])
def test_saved_points_read_back_bit_for_bit(tmp_path, name):
    """Export then import gives the same points and labels or targets exactly."""
    ds = sim.make_dataset(name, n=40, noise=0.1, seed=3)
    path = tmp_path / f"{name}.csv"
    sim.save_csv(ds, path)
    back = sim.load_csv(path)
    assert back.kind == ds.kind and back.feature_names == ds.feature_names
    assert np.array_equal(back.X, ds.X) and np.array_equal(back.T, ds.T)
