"""Shared set-up for the canvas and inspector stories: a shown canvas and gestures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

BOOK_OUTPUT = [0.31682708, 0.69627909]


def show_canvas(qtbot, canvas, size=(1000, 620)):
    """Show the canvas at a projector-like size and wait until it is on screen."""
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def click(qtbot, canvas, pos: QPoint, button=Qt.LeftButton) -> None:
    qtbot.mouseClick(canvas.viewport(), button, pos=pos)


def click_item(qtbot, canvas, item) -> None:
    """Click the middle of a graphics item (a header button, a header)."""
    click(qtbot, canvas, canvas.mapFromScene(item.sceneBoundingRect().center()))


def wheel(canvas, pos: QPoint, notches: int = 1, modifiers=Qt.NoModifier) -> None:
    """Turn the mouse wheel ``notches`` clicks over a viewport position."""
    event = QWheelEvent(
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), event)


def snapshot(network) -> list[np.ndarray]:
    """Copies of every W and b, to compare bit for bit after undo."""
    return [a.copy() for layer in network.layers for a in (layer.W, layer.b)]


def same_bits(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(
        x.shape == y.shape and np.array_equal(x, y) for x, y in zip(a, b)
    )
