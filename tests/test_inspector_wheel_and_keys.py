"""Stories of the inspector's fields: the wheel scrolls, ranges follow the data, Ctrl+Z undoes."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea
from window_helpers import make_window

from ui.document import Selection
from ui.panels.inspector import InspectorPanel


@pytest.fixture
def panel(qtbot, doc):
    widget = InspectorPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 260)  # short: the page scrolls
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wheel(widget, notches: int) -> None:
    """Turn the mouse wheel ``notches`` clicks (negative: towards the user) over ``widget``."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def focused_field(qtbot, window):
    """The bias field of the selected neuron, with the keyboard focus in it."""
    spin = window.findChild(InspectorPanel).pages["neuron"].value.spin
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    return spin


def scroll_bar(panel):
    return panel.findChild(QScrollArea, "inspectorScroll").verticalScrollBar()


def test_the_wheel_over_an_unfocused_field_scrolls_and_changes_nothing(qtbot, doc, panel):
    """Scrolling down the inspector past a bias would change the bias and the output."""
    doc.select(Selection("neuron", 2, 1))
    editor = panel.pages["neuron"].value
    bar = scroll_bar(panel)
    assert bar.maximum() > 0  # there is something to scroll to
    for widget in (editor.spin, editor.slider):
        bar.setValue(0)
        wheel(widget, notches=-5)
        assert doc.network.layers[1].b[1] == 0.2 and doc.undo_stack.count() == 0
        assert bar.value() > 0  # the panel scrolled instead
    assert editor.spin.value() == 0.2


def test_the_wheel_changes_a_field_the_user_clicked_into(qtbot, doc, panel):
    """A student who clicked into a field could no longer nudge it with the wheel."""
    doc.select(Selection("neuron", 2, 1))
    spin = panel.pages["neuron"].value.spin
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, notches=1)
    assert doc.network.layers[1].b[1] == pytest.approx(0.21)


def test_a_pixel_input_ranges_over_0_to_1(qtbot, panel):
    """On the digits a pixel could be set to −6.44, a value no image has."""
    doc = panel.document
    doc.load_preset("digits")
    doc.select(Selection("neuron", 0, 5))
    editor = panel.pages["neuron"].value
    assert (editor.spin.minimum(), editor.spin.maximum()) == (0.0, 1.0)
    assert (editor.slider.minimum(), editor.slider.maximum()) == (0, 100)
    doc.load_preset("book-3-layer")  # an unbounded input gets the wide range back
    doc.select(Selection("neuron", 0, 0))
    assert editor.spin.minimum() < -5 and editor.slider.minimum() == -500


def test_ctrl_z_with_a_field_focused_undoes_the_document(qtbot):
    """With the cursor in a field of the inspector, Ctrl+Z would do nothing."""
    window = make_window(qtbot)
    doc = window.document
    doc.load_preset("book-3-layer")
    doc.select(Selection("neuron", 1, 0))
    spin = focused_field(qtbot, window)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0.7")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert doc.network.layers[0].b[0] == 0.7
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.network.layers[0].b[0] == 0.1 and spin.value() == 0.1  # the window undid it
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(spin, Qt.Key.Key_Z, redo)
    assert doc.network.layers[0].b[0] == 0.7


def test_ctrl_z_while_typing_undoes_the_typing_only(qtbot):
    """Undoing a typo in a field would throw away the last edit of the network instead."""
    window = make_window(qtbot)
    doc = window.document
    doc.load_preset("book-3-layer")
    doc.set_bias(0, 1, 0.9)
    doc.select(Selection("neuron", 1, 0))
    spin = focused_field(qtbot, window)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spin.lineEdit().text() == "0.1000"  # the field took its own text back
    assert doc.network.layers[0].b[1] == 0.9  # the earlier edit stays
