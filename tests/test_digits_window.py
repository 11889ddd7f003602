"""Digits stories in the window: draw on the pad, read the bars, train, read the confusion."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from training_helpers import last, show_dock, training_window
from window_helpers import action

from ui.text import palette


def digits_window(qtbot):
    """A window with Examples ▸ Handwritten digits open, its pad in front."""
    window = training_window(qtbot)
    action(window, "actionExample_digits").trigger()
    show_dock(window, "dockDigits")
    return window, window.docks["dockDigits"].widget()


def drag(qtbot, pad, cells, button=Qt.MouseButton.LeftButton) -> None:
    """Press on the first (row, column) cell, move through the others, release."""
    points = [pad.cell_pos(r, c).toPoint() for r, c in cells]
    qtbot.mousePress(pad, button, pos=points[0])
    for p in points[1:]:
        qtbot.mouseMove(pad, p)
    qtbot.mouseRelease(pad, button, pos=points[-1])


def draw_a_one(qtbot, panel) -> None:
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    drag(qtbot, panel.pad, [(r, 4) for r in range(1, 7)])


def test_what_is_drawn_on_the_pad_is_the_input_layer(qtbot):
    """A digit drawn on the pad would not reach the network: the canvas's inputs would differ."""
    window, panel = digits_window(qtbot)
    doc, pad = window.document, panel.pad
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert not doc.input.any()
    steps = doc.undo_stack.count()
    drag(qtbot, pad, [(r, 4) for r in range(1, 7)])
    pixels = pad.pixels()
    assert pixels[1:7, 4].min() == 1.0 and pixels[:, 0].max() == 0.0  # a stroke, not a blot
    assert np.array_equal(doc.input, pixels.ravel())
    assert np.array_equal(window.canvas.columns[0].values, pixels.ravel())
    assert doc.undo_stack.count() == steps + 1  # the whole drag is one undo step
    drag(qtbot, pad, [(3, 4), (4, 4)], Qt.MouseButton.RightButton)  # the eraser
    assert pad.pixels()[3:5, 4].max() < 1.0
    assert np.array_equal(window.canvas.columns[0].values, doc.input)
    doc.undo()
    assert np.array_equal(pad.pixels(), pixels)
    doc.undo()
    assert not doc.input.any() and not window.canvas.columns[0].values.any()


def test_the_highest_bar_is_the_class_the_network_predicts(qtbot):
    """The highlighted bar, or the canvas's output names, would disagree with the network."""
    window, panel = digits_window(qtbot)
    draw_a_one(qtbot, panel)
    bars, doc = panel.bars, window.document
    answer = int(np.argmax(doc.output()))
    assert bars.predicted() == answer
    assert np.allclose(bars.values(), doc.output())
    assert window.canvas.columns[-1].names == [str(k) for k in range(10)]
    picture = bars.grab().toImage()
    accent = QColor(palette.ACCENT).rgb()

    def accented(j):  # pixels of the chosen bar's colour in the row of class j
        r = bars.bar_rect(j).toRect()
        ys = range(r.top() + 2, r.bottom() - 1)
        return sum(picture.pixel(x, y) == accent for x in range(r.left(), r.right()) for y in ys)

    counts = [accented(j) for j in range(10)]
    assert counts[answer] > 0 and sum(counts) == counts[answer]


def trained_digits(qtbot):
    """The digits window, trained from the Train menu to 95 % test accuracy, paused at the
    end of an epoch."""
    window, _panel = digits_window(qtbot)
    training = window.training
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert training.is_running
    qtbot.waitUntil(lambda: (last(training.history.test_accuracy) or 0) >= 0.95, timeout=60_000)
    # Pause stops between two batches; Train ▸ Epoch then trains to the end of that epoch,
    # so the weights shown are those the last accuracy was measured on.
    qtbot.keyClick(window.canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not training.is_running
    epoch = training.epoch
    action(window, "actionTrainStep").trigger()
    assert training.epoch == epoch + 1 and not training.is_running
    return window


def test_digits_trained_from_the_window_reach_95_percent_and_the_matrix_agrees(qtbot):
    """The matrix would miscount the test points, or its diagonal disagree with the accuracy."""
    window = trained_digits(qtbot)
    training = window.training
    assert last(training.history.test_accuracy) >= 0.95
    panel = show_dock(window, "dockConfusion")
    panel.refresh()
    matrix = panel.matrix.matrix()
    assert matrix.shape == (10, 10)
    assert matrix.sum() == len(training.test_set.X)
    assert np.trace(matrix) / matrix.sum() == last(training.history.test_accuracy)
    assert str(int(np.trace(matrix))) in panel.summary.text()
    # A mistake's cell lists its points; clicking one makes it the stepped example.
    off = matrix - np.diag(np.diag(matrix))
    t, y = np.unravel_index(np.argmax(off), off.shape)
    cell = panel.matrix.cell_rect(int(t), int(y)).center().toPoint()
    qtbot.mouseClick(panel.matrix, Qt.MouseButton.LeftButton, pos=cell)
    assert panel.matrix.chosen == (t, y)
    assert panel.samples.count() == off[t, y]
    item = panel.samples.item(0)
    qtbot.mouseClick(
        panel.samples.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.samples.visualItemRect(item).center(),
    )
    row = item.data(Qt.ItemDataRole.UserRole)
    doc = window.document
    assert np.array_equal(doc.input, training.prepared.inputs[row])
    assert int(np.argmax(doc.target)) == t and int(np.argmax(doc.output())) == y
