"""Stories of the inspector: it shows what is selected and edits it, undoably."""

import numpy as np
import pytest
from canvas_helpers import click, show_canvas
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.canvas import NetworkCanvas
from ui.document import Selection
from ui.panels.inspector import InspectorPanel


@pytest.fixture
def panel(qtbot, doc):
    widget = InspectorPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 640)
    widget.show()
    return widget


def test_clicking_a_neuron_shows_its_bias(qtbot, doc, panel):
    """After clicking a neuron on the canvas the inspector would not show its bias."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    click(qtbot, canvas, canvas.neuron_view_pos(2, 1))
    page = panel.current_page()
    assert panel.objectName() == "inspectorPanel" and page is panel.pages["neuron"]
    assert page.value.spin.text() == "0.2000"
    assert page.heading.text() == "Neuron 2 of layer 2 (hidden)"  # as the canvas names it
    assert page.incoming.texts() == [  # the outputs of layer 1, in the seeds' notation
        "z⁽¹⁾₁: w = 0.4",
        "z⁽¹⁾₂: w = 0.5",
        "z⁽¹⁾₃: w = 0.6",
    ]


def test_bias_edit_changes_network_and_canvas(qtbot, doc, panel):
    """Typing a bias would not reach the network, or the canvas would keep the old value."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    doc.finish_pass()
    doc.select(Selection("neuron", 1, 0))
    spin = panel.pages["neuron"].value.spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "1.1")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert doc.network.layers[0].b[0] == 1.1
    assert canvas.columns[1].values[0] == pytest.approx(1 / (1 + np.exp(-1.3)))
    assert panel.pages["neuron"].a.text() == "1.3"
    doc.undo_stack.undo()
    assert doc.network.layers[0].b[0] == 0.1 and spin.value() == 0.1


def test_slider_drag_is_one_undo_step(doc, panel):
    """Dragging the weight slider would fill the Edit menu with one undo step per pixel."""
    doc.select(Selection("edge", 1, 0, 0))
    slider = panel.pages["edge"].value.slider
    before = doc.undo_stack.count()
    slider.setSliderDown(True)
    for position in (20, 60, 150, 230):
        slider.setValue(position)
    slider.setSliderDown(False)
    assert doc.network.layers[0].W[0, 0] == 2.3
    assert doc.undo_stack.count() == before + 1
    assert panel.pages["edge"].value.spin.value() == 2.3
    doc.undo_stack.undo()
    assert doc.network.layers[0].W[0, 0] == 0.1


def test_document_change_shows_in_the_inspector(doc, panel):
    """A weight changed elsewhere (canvas wheel, undo) would leave a stale number here."""
    doc.select(Selection("edge", 3, 1, 0))
    doc.set_weight(2, 0, 1, -0.75)
    page = panel.pages["edge"]
    assert page.value.spin.value() == -0.75 and page.value.slider.value() == -75
    assert page.source.text() == "neuron 1 of layer 2 (hidden)"
    assert page.target.text() == "output y₂ (neuron 2 of layer 3)"


def test_edge_page_shows_the_gradient_after_backward_steps(doc, panel):
    """The weight's gradient would be missing once the backward pass reached it."""
    doc.select(Selection("edge", 3, 0, 1))  # from hidden neuron 2 into y1
    page = panel.pages["edge"]
    assert not page.grad.isVisible()
    doc.finish_pass()
    doc.step_backward()
    assert page.grad.isVisible()
    _, grads = doc.network.loss_and_gradients(doc.input, doc.target)
    assert float(page.grad.text()) == pytest.approx(grads[2].dW[1, 0], abs=1e-4)


def test_layer_page_resizes_and_changes_activation(doc, panel):
    """The layer's size spin box or activation combo would not edit the network."""
    doc.select(Selection("layer", 1))
    page = panel.pages["layer"]
    assert page.size.value() == 3 and page.combo.currentText() == "Sigmoid"
    page.size.setValue(5)
    assert doc.network.sizes == [2, 5, 2, 2]
    page.combo.setCurrentIndex(page.combo.findText("PReLU"))
    assert doc.network.layers[0].activation == "prelu"
    assert page.alpha.isVisible() and page.alpha.value() == 0.25
    page.alpha.spin.setValue(0.1)
    assert doc.network.layers[0].alpha == pytest.approx(0.1)


def test_input_size_from_the_layer_page(doc, panel):
    """Selecting the input column would not let the user change the number of inputs."""
    doc.select(Selection("layer", 0))
    page = panel.pages["layer"]
    assert not page.combo.isVisible()
    page.size.setValue(3)
    assert doc.network.input_size == 3 and len(doc.input) == 3


def test_example_page_edits_inputs_and_shows_output_and_loss(qtbot, doc, panel):
    """With nothing selected the user could not edit x or see y and the loss."""
    page = panel.current_page()
    assert page is panel.pages["example"]
    table = page.table
    assert table.objectName() == "examplesTable" and table.rowCount() == 1
    assert table.cell_text(0, "output", 0) == "0.3168"
    assert table.cell_text(0, "output", 1) == "0.6963"
    assert page.loss.text().startswith("Loss of row 1: E = 0.09631")
    type_into_cell(qtbot, table, 0, table.column_of("input", 0), "2")
    assert doc.input[0] == 2.0
    assert table.cell_text(0, "output", 0) != "0.3168"
    doc.undo_stack.undo()
    assert doc.input[0] == 1.0 and table.cell_text(0, "input", 0) == "1.0"


def test_add_target_then_edit_it(qtbot, panel):
    """A network without a target could not get one, so no backward pass could run."""
    doc = panel.document
    doc.new()
    page = panel.pages["example"]
    assert page.add_target.isVisible() and not page.loss.isVisible()
    qtbot.mouseClick(page.add_target, Qt.LeftButton)
    assert np.array_equal(doc.target, [0.0])
    type_into_cell(qtbot, page.table, 0, page.table.column_of("target", 0), "1")
    assert doc.target[0] == 1.0 and page.loss.isVisible()


def type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click a cell of the table, type ``text`` and press Enter, as a user does."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits later


def test_weight_list_click_selects_the_edge(qtbot, doc, panel):
    """Clicking an incoming weight in the list would not select that edge."""
    doc.select(Selection("neuron", 1, 2))
    lst = panel.pages["neuron"].incoming
    rect = lst.visualItemRect(lst.item(1))
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    assert doc.selection == Selection("edge", 1, 2, 1)
    assert panel.pages["edge"].value.spin.value() == 0.6
