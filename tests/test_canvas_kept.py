"""The canvas's kept pictures (headers, buttons, legend) show what a new paint would."""

from __future__ import annotations

import pytest
from canvas_helpers import show_canvas, wheel
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPixmapCache
from PySide6.QtWidgets import QApplication

from ui.canvas import NetworkCanvas, kept
from ui.document import Document, Selection
from ui.text import i18n


@pytest.fixture
def canvas(qtbot):
    i18n.install_font()
    doc = Document()
    doc.load_preset("book-3-layer")
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    yield doc, canvas
    i18n.set_language("en")


def shown(canvas):
    return canvas.grab().toImage()


def painted_anew(canvas):
    """The canvas as it looks with every picture made again (no kept one, no cache)."""
    kept.clear()
    QPixmapCache.clear()  # the items' own caches
    canvas.scene().update()
    return canvas.grab().toImage()


def test_kept_pictures_follow_the_language_back_and_forth(qtbot, canvas):
    """Back in English, a header kept from before would read Chinese, or the old way round."""
    doc, canvas = canvas
    english = shown(canvas)
    assert english == painted_anew(canvas)
    i18n.set_language("zh")
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "输入")
    chinese = shown(canvas)
    assert chinese == painted_anew(canvas) and chinese != english
    i18n.set_language("en")  # the English zoom again: its pictures are kept from the start
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "Input")
    assert shown(canvas) == painted_anew(canvas)


def test_kept_pictures_follow_hover_selection_and_zoom(qtbot, canvas):
    """A kept "+" or header from another zoom or state would show blurred, shifted or stale."""
    doc, canvas = canvas
    plain = shown(canvas)
    plus = canvas.header_item(1).plus
    move(canvas, canvas.mapFromScene(plus.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: shown(canvas) != plain)  # the "+" lights up
    assert shown(canvas) == painted_anew(canvas)
    move(canvas, QPoint(2, 2))
    qtbot.waitUntil(lambda: shown(canvas) == plain)
    doc.select(Selection("layer", 1))  # a selected header is drawn thicker
    assert shown(canvas) != plain and shown(canvas) == painted_anew(canvas)
    middle = canvas.viewport().rect().center()
    wheel(canvas, middle, 2)
    assert shown(canvas) == painted_anew(canvas)
    wheel(canvas, middle, -2)  # back to the first zoom
    assert shown(canvas) == painted_anew(canvas)


def move(canvas, pos: QPoint) -> None:
    """The pointer moved to ``pos`` with no button down (a hover)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport(), event)
