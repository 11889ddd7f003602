"""Typing numbers: every field takes what its range allows and says what is wrong otherwise."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit
from window_helpers import make_window

from ui.document import Selection
from ui.fields.boxes import CountBox, NumberBox
from ui.fields.parse import Refusal, parse_count, parse_number
from ui.text import i18n


def type_into(qtbot, box, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "text, value",
    [("1e3", 1000.0), ("-1", -1.0), ("−2.5", -2.5), ("1,000", 1000.0), ("１．５", 1.5),
     (".5", 0.5), ("2.5E-3", 0.0025), (" 7 ", 7.0)],
)  # fmt: skip
def test_numbers_are_read_as_typed(text, value):
    """ "1e3" became 13 and "−1" became 1: a typed number must mean what it says."""
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, reason",
    [("1e400", "too_large"), ("1,5", "decimal_comma"), ("nan", "not_finite"),
     ("inf", "not_finite"), ("abc", "not_a_number"), ("", "empty"), ("1.2.3", "not_a_number")],
)  # fmt: skip
def test_what_is_not_a_number_is_refused_with_a_reason(text, reason):
    """NaN, inf and text reverted with no word."""
    with pytest.raises(Refusal) as info:
        parse_number(text, -1e15, 1e15)
    assert info.value.reason == reason


def test_whole_numbers():
    """A layer size of "3.5" became 35 and "5000" became 500."""
    assert parse_count("3.0", 1, 4096) == 3
    for text, reason in (("3.5", "not_whole"), ("5000", "too_large"), ("0", "too_small")):
        with pytest.raises(Refusal) as info:
            parse_count(text, 1, 4096)
        assert info.value.reason == reason


@pytest.mark.parametrize("typed", ["1e400", "9999999", "1,5", "abc", "nan"])
def test_a_refused_weight_changes_nothing_and_says_why(qtbot, typed):
    """A typed weight out of range or not a number changed the network behind the user's back."""
    window = make_window(qtbot)
    window.document.select(Selection("edge", 1, 0, 0))
    editor = window.docks["dockInspector"].widget().pages["edge"].value
    before, count = (
        float(window.document.network.layers[0].W[0, 0]),
        window.document.undo_stack.count(),
    )
    editor.spin.set_accepted_range(-1000.0, 1000.0)  # a field narrower than the model's range
    type_into(qtbot, editor.spin, typed)
    assert window.document.network.layers[0].W[0, 0] == before
    assert window.document.undo_stack.count() == count
    assert editor.spin.problem() and editor.spin.toolTip() == editor.spin.problem()
    assert typed[:3] in editor.spin.problem()


def test_the_learning_rate_field(qtbot):
    """η "−1" became 1.0; "1e-3" was refused; a file's η of 100 showed as 10."""
    window = make_window(qtbot)
    rate = window.findChild(QDoubleSpinBox, "learningRateSpinBox")
    type_into(qtbot, rate, "1e-3")
    assert window.document.learning_rate == 0.001
    type_into(qtbot, rate, "-1")
    assert window.document.learning_rate == 0.001 and "below" in rate.problem()
    window.document.learning_rate = 100.0
    assert rate.value() == 100.0 and rate.text() == "100.0000"
    rate.stepBy(1)  # the arrows never move further from the range
    assert window.document.learning_rate == 100.0
    rate.stepBy(-1)
    assert window.document.learning_rate == 10.0


def test_the_layer_size_field(qtbot):
    """Typing 5000 or 3.5 as a layer size silently gave 500 or 35."""
    window = make_window(qtbot)
    window.document.select(Selection("layer", 1))
    size = window.docks["dockInspector"].widget().pages["layer"].size
    for typed in ("5000", "3.5"):
        type_into(qtbot, size, typed)
        assert window.document.network.sizes[1] == 3 and size.problem()
    type_into(qtbot, size, "5")
    assert window.document.network.sizes[1] == 5 and not size.problem()


def test_the_reason_is_in_the_language_shown(qtbot):
    """A Chinese class read the reason in English."""
    i18n.set_language("zh")
    box = NumberBox(0.0, 1.0)
    qtbot.addWidget(box)
    box.show()
    type_into(qtbot, box, "5")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in box.problem())
    count = CountBox(1, 10)
    qtbot.addWidget(count)
    type_into(qtbot, count, "2.5")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in count.problem())


def test_a_value_set_by_the_program_is_kept_exactly(qtbot):
    """Showing 4 decimals must not round the number held, nor Enter change it."""
    box = NumberBox(-math.inf, math.inf)
    qtbot.addWidget(box)
    box.show()
    box.setValue(0.123456789)
    seen = []
    box.valueChanged.connect(seen.append)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == 0.123456789 and seen == []


def test_the_input_size_dialog_stays_open_on_a_typo(qtbot):
    """Network ▸ Input size took "3.5" as 35; now the dialog says why and waits."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.fields.dialog import CountDialog

    dialog = CountDialog(None, "Input size", "Number of input neurons:", 2, 1, 4096)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    dialog.box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.box.lineEdit(), "3.5")
    ok.click()
    assert dialog.isVisible() and "3.5" in dialog.box.problem()
    dialog.box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.box.lineEdit(), "7")
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.box.value() == 7


@pytest.mark.parametrize("typed, words", [("1,5", "decimal separator"), ("1e16", "above")])
def test_a_refused_cell_of_the_examples_table_says_why(qtbot, typed, words):
    """A cell took "1,5" as nothing at all, or 1e16 as an error in a slot."""
    from test_inspector import type_into_cell

    window = make_window(qtbot)
    window.load_example("book-3-layer")
    table = window.docks["dockInspector"].widget().pages["example"].table
    before, refused = window.document.input.copy(), []
    table.itemDelegate().refused.connect(refused.append)
    type_into_cell(qtbot, table, 0, table.column_of("input", 0), typed)
    assert list(window.document.input) == list(before)
    assert len(refused) == 1 and words in refused[0] and typed in refused[0]
    qtbot.waitUntil(lambda: table.findChild(QLineEdit) is None)  # the editor is gone
    type_into_cell(qtbot, table, 0, table.column_of("input", 0), "1e-3")
    assert window.document.input[0] == 0.001
