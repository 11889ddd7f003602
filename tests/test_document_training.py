"""The Document's side of training: saved settings, own points, live weights, the loss."""

from __future__ import annotations

import numpy as np

import simulator as sim
from ui.document import Document


def test_shown_weights_change_the_network_without_an_undo_step(qtbot):
    """A training run's weights show live, and Edit ▸ Undo has nothing new to undo."""
    doc = Document()
    trained = doc.network.copy()
    trained.layers[0].W[0, 0] = 7.0
    with qtbot.waitSignal(doc.networkChanged):
        doc.show_weights(trained)
    assert doc.network.layers[0].W[0, 0] == 7.0
    assert doc.undo_stack.count() == 0
    assert doc.network is not trained  # shown, not shared with the trainer


def test_settings_are_undoable_and_saved_with_the_file(qtbot, tmp_path):
    """Changing the optimizer is one undo step, and Save then Open brings it back."""
    doc = Document()
    doc.set_setting("training", "optimizer", "adam", "Change optimizer")
    doc.set_setting("dataset", "name", "spiral", "Choose data set")
    assert doc.training_settings["optimizer"] == "adam"
    doc.save(tmp_path / "a.neurostep")
    doc.undo()
    assert "optimizer" in doc.training_settings  # the data-set step was undone first
    doc.undo()
    assert "optimizer" not in doc.training_settings
    other = Document()
    other.open(tmp_path / "a.neurostep")
    assert other.training_settings["optimizer"] == "adam"
    assert other.dataset_settings == {"name": "spiral"}


def test_own_points_are_one_undo_step_and_round_trip(qtbot, tmp_path):
    """Importing points replaces the data set in one step; the file keeps every point."""
    doc = Document()
    points = sim.make_dataset("xor", n=8, seed=0)
    doc.set_training_data({"name": "own"}, points, "Import points")
    doc.save(tmp_path / "own.neurostep")
    other = Document()
    other.open(tmp_path / "own.neurostep")
    assert np.array_equal(other.own_data.X, points.X)
    doc.undo()
    assert doc.own_data is None and doc.dataset_settings == {}


def test_auto_loss_follows_the_output_layer(qtbot):
    """With the loss on "auto", a softmax output is stepped and trained with cross-entropy."""
    doc = Document()
    doc.set_loss("auto")
    assert doc.loss_name == "binary_cross_entropy"  # one sigmoid output
    doc.set_activation(1, "identity")
    assert doc.loss_name == "mse"
    doc.undo()
    doc.undo()
    assert doc.loss_choice == "mse"


def test_an_edit_is_announced_before_it_is_pushed(qtbot):
    """A running training hears of an edit before it lands, so its run is undone first."""
    doc = Document()
    seen = []
    doc.aboutToEdit.connect(lambda: seen.append(doc.undo_stack.count()))
    doc.set_weight(0, 0, 0, 2.0)
    doc.learning_rate = 0.5  # not an edit of the network: no warning
    assert seen == [0]


def test_a_point_becomes_the_example(qtbot):
    """Using a data point as the example sets x and t and restarts the pass."""
    doc = Document()
    doc.step_forward()
    doc.set_example([0.25, -0.5], [1.0], "Use point as example")
    assert doc.input.tolist() == [0.25, -0.5] and doc.target.tolist() == [1.0]
    assert doc.cursor.forward_done == 0
    doc.undo()
    assert doc.target is None


def test_a_group_of_edits_is_one_undo_step_named_in_the_language_shown(qtbot):
    """Two edits in a group undo together, and switching language renames the step."""
    from ui.text import i18n

    doc = Document()
    with doc.edit_group("Change input features"):
        doc.set_setting("dataset", "features", "x1 x2 x1^2", "Change input features")
        doc.set_input_size(3)
    assert doc.undo_stack.count() == 1 and doc.network.input_size == 3
    i18n.set_language("zh")
    doc.retranslate()
    assert doc.undo_stack.undoText() == "修改输入特征"
    doc.undo()
    assert doc.network.input_size == 2 and "features" not in doc.dataset_settings
