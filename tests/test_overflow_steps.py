"""The Inspector with huge values: the steps that used to crash NeuroStep, done with the UI."""

from __future__ import annotations

import numpy as np
from canvas_helpers import click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit
from test_inspector import type_into_cell
from window_helpers import action, make_window

from ui.document import Selection


def type_into(qtbot, box, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_the_reported_steps_no_longer_crash(qtbot):
    """Examples ▸ nonlinearity-2-2-1, x = 1000, η = 10, w11, Ctrl+U, 中文 killed the app."""
    window = make_window(qtbot, (1280, 720))
    window.load_example("nonlinearity-2-2-1")
    inspector = window.docks["dockInspector"].widget()
    table = inspector.pages["example"].table
    for i in (0, 1):
        type_into_cell(qtbot, table, 0, table.column_of("input", i), "1000")
        qtbot.waitUntil(lambda: table.findChild(QLineEdit) is None)  # the editor is gone
    rate = window.findChild(QDoubleSpinBox, "learningRateSpinBox")
    type_into(qtbot, rate, "10")
    assert list(window.document.input) == [1000.0, 1000.0]
    assert window.document.learning_rate == 10.0
    click(qtbot, window.canvas, window.canvas.edge_view_pos(1, 0, 0))
    assert window.document.selection == Selection("edge", 1, 0, 0)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.canvas, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    weight = float(window.document.network.layers[0].W[0, 0])
    assert abs(weight) > 1e7  # the update really made the huge weight
    editor = inspector.pages["edge"].value
    assert editor.spin.value() == weight  # shown in full, not as the range's end
    assert editor.slider.value() == editor.slider.maximum() * np.sign(weight)
    action(window, "actionLanguageChinese").trigger()
    assert window.document.network.layers[0].W[0, 0] == weight
    # Signals were unblocked: a typed weight still reaches the network.
    type_into(qtbot, editor.spin, "0.5")
    assert window.document.network.layers[0].W[0, 0] == 0.5


def test_a_file_weight_of_1e15_shows_in_full(qtbot, tmp_path):
    """A file's weight at the edge of the range showed as 1000 and broke the slider."""
    window = make_window(qtbot)
    window.document.set_weight(0, 0, 0, 1e15, merge=False)
    window.document.select(Selection("edge", 1, 0, 0))
    editor = window.docks["dockInspector"].widget().pages["edge"].value
    assert editor.spin.value() == 1e15 and editor.spin.text() == "1e+15"
    assert editor.slider.value() == editor.slider.maximum()
    window.document.set_weight(0, 0, 0, -2.5e-7, merge=False)
    assert editor.spin.text() == "-2.5e-07"  # never shown as 0.0000


def test_removing_a_layer_mid_pass_with_a_selection_keeps_every_view_alive(qtbot):
    """Found by the soak: views drew the new network from the old pass's records and crashed."""
    import simulator as sim

    window = make_window(qtbot)
    doc = window.document
    doc.set_network(sim.Network.create(2, [3, 3], ["identity", "softmax"], seed=1))
    doc.set_target([0.0, 1.0, 0.0])
    doc.finish_pass()
    while doc.step_backward():
        pass
    doc.select(Selection("neuron", 2, 2))
    doc.remove_layer(0)  # pytest-qt fails the test on any exception in a view's slot
    assert doc.network.sizes == [2, 3] and doc.selection is None
    doc.undo_stack.undo()
    doc.select(Selection("neuron", 1, 2))
    doc.resize_layer(0, 1)
    assert doc.selection is None
