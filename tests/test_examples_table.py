"""Stories of the table of examples: truth tables, rows by hand, the batch in matrix form."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

import simulator as sim
from ui.document import Document
from ui.panels.computation import ComputationPanel
from ui.panels.inspector import InspectorPanel


@pytest.fixture
def table_panel(qtbot):
    doc = Document()
    panel = InspectorPanel(doc)
    qtbot.addWidget(panel)
    panel.resize(380, 640)
    panel.show()
    table = panel.pages["example"].table
    table.page = panel.pages["example"]  # its buttons sit beside it
    return doc, table


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_xor_truth_table_shows_four_outputs(table_panel):
    """XOR would show one example instead of its four rows and what the network makes of them."""
    doc, table = table_panel
    doc.load_preset("xor")
    assert table.rowCount() == 4
    outputs = doc.network.forward(np.array([[-0.5, -0.5], [-0.5, 0.5], [0.5, -0.5], [0.5, 0.5]]))
    for row in range(4):
        assert table.cell_value(row, "output", 0) == pytest.approx(outputs[row, 0])
    assert [table.cell_value(r, "target", 0) for r in range(4)] == [0.0, 1.0, 1.0, 0.0]
    assert np.round(outputs[:, 0]).tolist() == [0.0, 1.0, 1.0, 0.0]  # it computes XOR
    assert table.currentRow() == doc.example_row == 2  # the preset's own example, x = (0.5, −0.5)


@pytest.mark.parametrize(
    "name, truth", [("perceptron-and", [0, 0, 0, 1]), ("perceptron-or", [0, 1, 1, 1])]
)
def test_gates_come_with_their_truth_tables(table_panel, name, truth):
    """A gate would be shown on one input, hiding that it is a truth table."""
    doc, table = table_panel
    doc.load_preset(name)
    assert doc.example_inputs.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert [table.cell_value(r, "output", 0) for r in range(4)] == truth
    assert [table.cell_text(r, "loss") for r in range(4)] == ["0.0"] * 4


def test_choosing_a_row_makes_it_the_stepped_example(qtbot, table_panel):
    """Clicking a row would not change what the pass, the canvas and the panels show."""
    doc, table = table_panel
    doc.load_preset("xor")
    computation = ComputationPanel(doc)
    qtbot.addWidget(computation)
    doc.step_forward()
    click_row(qtbot, table, 0)
    assert doc.example_row == 0 and doc.input.tolist() == [-0.5, -0.5]
    assert doc.target.tolist() == [0.0]
    assert doc.cursor.forward_done == 1  # the pass keeps its place, on the new numbers
    assert "(-0.5)×10.0 + (-0.5)×10.0 + 5.0 = -5.0" in computation.text()
    assert doc.undo_stack.count() == 0  # choosing edits nothing


def test_rows_are_added_and_removed_by_hand_and_undone(qtbot, table_panel):
    """A student could not add an example of their own, or could not take it back."""
    doc, table = table_panel
    doc.load_preset("book-3-layer")
    page = table.page
    qtbot.mouseClick(page.add_row, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2 and doc.example_row == 1
    doc.set_input_value(0, 2.0)
    assert doc.example_inputs.tolist() == [[1.0, 0.5], [2.0, 0.5]]
    assert table.cell_text(1, "input", 0) == "2.0"
    assert table.cell_value(1, "output", 0) == pytest.approx(doc.output()[0])
    qtbot.mouseClick(page.remove_row, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1 and doc.example_inputs.tolist() == [[1.0, 0.5]]
    doc.undo_stack.undo()  # the removal
    doc.undo_stack.undo()  # the edit
    assert doc.example_inputs.tolist() == [[1.0, 0.5], [1.0, 0.5]]
    doc.undo_stack.undo()  # the new row
    assert table.rowCount() == 1 and not page.remove_row.isEnabled()


def test_an_edit_of_another_row_is_undone_in_that_row(table_panel):
    """Undo after choosing another row would put the old number into the wrong row."""
    doc, _table = table_panel
    doc.load_preset("perceptron-and")
    doc.set_input_value(0, 0.25)  # row 4, the stepped one
    doc.choose_example(0)
    doc.undo_stack.undo()
    assert doc.example_inputs[3].tolist() == [1.0, 1.0]
    assert doc.example_inputs[0].tolist() == [0.0, 0.0]


def test_the_table_is_saved_with_the_file(tmp_path, table_panel):
    """Saving a truth table and opening it again would give back one row."""
    doc, table = table_panel
    doc.load_preset("xor")
    doc.choose_example(1)
    path = tmp_path / "xor.neurostep"
    doc.save(path)
    again = Document()
    again.open(path)
    assert again.example_inputs.tolist() == doc.example_inputs.tolist()
    assert again.example_targets.tolist() == doc.example_targets.tolist()
    assert again.example_row == 1 and again.input.tolist() == [-0.5, 0.5]
    assert sim.load_document(path).input.tolist() == [-0.5, 0.5]  # older readers step row 2


def test_a_bad_table_in_a_file_is_refused_with_a_reason(tmp_path):
    """A file whose table does not fit the network would open half, or fail with no word."""
    doc = Document()
    doc.load_preset("xor")
    path = tmp_path / "xor.neurostep"
    doc.save(path)
    text = path.read_text().replace('"row": 2', '"row": 9')
    path.write_text(text)
    with pytest.raises(sim.NetworkFileError, match="row must be a whole number from 0 to 3"):
        Document().open(path)


def test_matrix_form_runs_the_whole_table_as_the_batch_x(qtbot):
    """With several examples, matrix form would still show one row instead of X·W."""
    doc = Document()
    doc.load_preset("xor")
    panel = ComputationPanel(doc)
    qtbot.addWidget(panel)
    panel.matrix_box.setChecked(True)
    doc.step_forward()
    text = panel.text()
    assert "A1 = np.dot(X, W1) + B1:   (4, 2) · (2, 2) + (2,) = (4, 2)" in text
    assert "X = [[-0.5, -0.5],\n" in text and "[0.5, 0.5]]   (4, 2)" in text
    assert "A1 = [[-5.0, 15.0],\n" in text  # row 1 of np.dot(X, W1) + B1
    doc.finish_pass()
    losses = [fmt_loss(doc, r) for r in range(4)]
    assert f"E = ({' + '.join(losses)}) / 4 = " in panel.text()  # the table's mean loss
    doc.step_backward()
    assert "dW2 = Z1ᵀ · δ2 / N = " in panel.text() and "(2, 4) · (4, 1) = (2, 1)" in panel.text()


def fmt_loss(doc, row: int) -> str:
    from ui.text.numbers import fmt

    return fmt(doc.network.loss(doc.example_inputs[row], doc.example_targets[row]))
