"""Step keys reaching the canvas never scroll the network out of sight."""

import pytest
from canvas_helpers import show_canvas
from PySide6.QtCore import Qt

from ui.canvas import NetworkCanvas
from ui.document import Document


@pytest.mark.parametrize("key", [Qt.Key_Right, Qt.Key_Left, Qt.Key_Down, Qt.Key_End])
def test_step_keys_do_not_scroll_the_canvas(qtbot, key):
    """Pressing → on a zoomed-in canvas leaves the view where it was."""
    doc = Document()
    doc.load_preset("book-3-layer")
    canvas = show_canvas(qtbot, NetworkCanvas(doc), size=(400, 300))
    canvas.scale(4, 4)
    h, v = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
    qtbot.keyClick(canvas, key)
    assert (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()) == (h, v)
