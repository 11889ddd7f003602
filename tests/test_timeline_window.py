"""Timeline stories: train, slide back to an epoch, see and step that network, go on from it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from training_helpers import last, show_dock, training_window, wait_until_paused
from window_helpers import action

from ui.document.state import Selection


def same_weights(a, b) -> bool:
    return all(np.array_equal(p, q) for p, q in zip(a.parameters(), b.parameters()))


def digits_run(qtbot, epochs=6):
    """The digits example trained for ``epochs`` epochs (a run that pauses by itself)."""
    window = training_window(qtbot)
    action(window, "actionExample_digits").trigger()
    training = window.training
    training.stop_epochs = epochs
    training.start()
    wait_until_paused(qtbot, training)
    show_dock(window, "dockLoss")  # the timeline is the loss chart's footer
    bar = window.findChild(QWidget, "trainingTimeline")
    return window, bar


def scrub(qtbot, bar, steps: int) -> None:
    """Home, then ``steps`` presses of Right on the slider, as a keyboard user scrubs."""
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key.Key_Home)
    for _ in range(steps):
        qtbot.keyClick(bar.slider, Qt.Key.Key_Right)


def test_every_epoch_of_a_short_run_is_on_the_timeline(qtbot):
    """A short run's epochs would be missing from the slider, or the present offered twice."""
    window, bar = digits_run(qtbot, epochs=4)
    assert window.training.epoch == 4
    assert bar.positions() == [0, 1, 2, 3, 4]
    assert bar.slider.value() == bar.slider.maximum() and bar.slider.isEnabled()
    assert bar.label.text() == "epoch 4 (now)"
    assert not bar.buttons["continueButton"].isEnabled()


def test_scrubbed_to_an_epoch_every_view_shows_that_epochs_weights(qtbot):
    """The canvas, the stepping, the bars or the confusion matrix would show today's network."""
    window, bar = digits_run(qtbot)
    training, doc, timeline = window.training, window.document, window.training.timeline
    now = doc.current_network.copy()
    scrub(qtbot, bar, 3)
    assert timeline.shown_epoch == 3 and doc.showing_past
    assert bar.label.text() == "epoch 3 of 6"
    past = timeline.snapshot(3)
    assert same_weights(doc.network, past) and not same_weights(past, now)
    assert same_weights(doc.current_network, now)  # what Save writes is still today's
    # The canvas draws epoch 3's weights: its thickness scale and a clicked edge's weight.
    for item, layer in zip(window.canvas.edge_items, past.layers):
        assert item.largest == np.abs(layer.W).max()
    qtbot.mouseClick(
        window.canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.canvas.edge_view_pos(2, 4, 7),
    )
    assert doc.selection == Selection("edge", 2, 7, 4)
    editor = show_dock(window, "dockInspector").findChild(QWidget, "weightEditor")
    assert abs(editor.value() - past.layers[1].W[4, 7]) < 1e-3
    # Stepping goes through epoch 3's numbers.
    doc.finish_pass()
    assert np.allclose(doc.output(), past.forward(doc.input))
    assert np.allclose(show_dock(window, "dockDigits").bars.values(), past.forward(doc.input))
    # The confusion matrix is epoch 3's: its diagonal is that epoch's test accuracy.
    confusion = show_dock(window, "dockConfusion")
    confusion.refresh()
    matrix = confusion.matrix.matrix()
    assert np.trace(matrix) / matrix.sum() == training.history.test_accuracy[2]
    loss_chart = show_dock(window, "dockLoss")
    assert loss_chart.marker.isVisible() and loss_chart.marker.value() == 3
    bar.buttons["timelineNowButton"].click()
    assert not doc.showing_past and same_weights(doc.network, now)
    assert bar.label.text() == "epoch 6 (now)"


def test_continue_from_an_epoch_is_one_undo_step_and_training_goes_on_from_it(qtbot):
    """Continue would lose the later epochs for good, or training would go on from today."""
    window, bar = digits_run(qtbot)
    training, doc, timeline = window.training, window.document, window.training.timeline
    now, accuracy = doc.current_network.copy(), list(training.history.test_accuracy)
    scrub(qtbot, bar, 2)
    past = timeline.snapshot(2)
    qtbot.mouseClick(bar.buttons["continueButton"], Qt.MouseButton.LeftButton)
    assert not doc.showing_past and training.epoch == 2
    assert same_weights(doc.current_network, past)
    assert training.history.test_accuracy == accuracy[:2]
    assert action(window, "actionUndo").text().endswith("Continue from epoch 2")
    assert bar.label.text() == "epoch 2 (now)"
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert training.epoch == 6 and same_weights(doc.current_network, now)
    assert training.history.test_accuracy == accuracy
    assert bar.positions() == [0, 1, 2, 3, 4, 5, 6]
    doc.redo()
    assert training.epoch == 2 and same_weights(doc.current_network, past)
    assert training.train_epoch()  # training goes on from epoch 2
    assert training.epoch == 3 and len(training.history.test_accuracy) == 3
    assert bar.positions() == [0, 1, 2, 3]
    assert not same_weights(timeline.snapshot(3), now)


def test_an_edit_of_a_past_epoch_continues_from_it_first(qtbot):
    """Editing a weight while scrubbed would change today's network behind the user's back."""
    window, bar = digits_run(qtbot, epochs=3)
    training, doc, timeline = window.training, window.document, window.training.timeline
    now = doc.current_network.copy()
    scrub(qtbot, bar, 1)
    past = timeline.snapshot(1)
    doc.set_weight(1, 0, 0, 0.5)
    assert not doc.showing_past and training.epoch == 1
    assert doc.current_network.layers[1].W[0, 0] == 0.5
    assert np.array_equal(doc.current_network.layers[0].W, past.layers[0].W)
    doc.undo()
    assert same_weights(doc.current_network, past)
    doc.undo()
    assert same_weights(doc.current_network, now) and training.epoch == 3
    assert last(training.history.test_accuracy) is not None


def test_a_drag_shows_the_epoch_it_reached_and_the_inspector_catches_up(qtbot):
    """A drag would stop at an epoch it only passed, or the Inspector brought to the front
    after scrubbing behind its tab would still show today's weights."""
    window, bar = digits_run(qtbot, epochs=5)
    doc, timeline = window.document, window.training.timeline
    window.document.select(Selection("edge", 2, 7, 4))
    bar.slider.setSliderDown(True)
    for value in (1, 3, 2, 4):  # the positions of epochs 1, 3, 2 and 4, one turn of the loop
        bar.slider.setValue(value)
    qtbot.waitUntil(lambda: timeline.shown_epoch == 4)
    bar.slider.setSliderDown(False)
    assert bar.label.text() == "epoch 4 of 5" and doc.showing_past
    past = timeline.snapshot(4)
    assert same_weights(doc.network, past)
    editor = show_dock(window, "dockInspector").findChild(QWidget, "weightEditor")
    assert abs(editor.value() - past.layers[1].W[4, 7]) < 1e-3


def test_scrubbed_epoch_by_epoch_the_mistakes_listed_are_each_epochs_own(qtbot):
    """The confusion list would keep an earlier epoch's points, numbers or highlighted row."""
    window, bar = digits_run(qtbot)
    panel = show_dock(window, "dockConfusion")
    show_dock(window, "dockLoss")
    panel.samples.setCurrentRow(0)  # a row the user clicked, before the scrub
    for steps in (1, 5, 2):
        scrub(qtbot, bar, steps)
        panel.refresh()
        result = panel.result()
        mistakes = result.points()
        assert panel.samples.count() == max(len(mistakes), 1)
        assert not panel.samples.selectedItems()
        for k, n in enumerate(mistakes):
            item = panel.samples.item(k)
            row = int(result.rows[n])
            assert item.data(Qt.ItemDataRole.UserRole) == row
            assert item.text().startswith(f"No. {row + 1} ·")
            assert not item.icon().isNull()
        assert (
            f"{int(np.trace(result.matrix))} of {int(result.matrix.sum())}" in panel.summary.text()
        )
