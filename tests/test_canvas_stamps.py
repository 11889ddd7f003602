"""The canvas draws its circles from stamps and its neurons' maps into kept pictures:
what a student sees is what drawing every circle anew gave, and it follows training."""

from __future__ import annotations

import numpy as np
from canvas_helpers import show_canvas
from PySide6.QtGui import QImage
from training_helpers import training_window

import ui.canvas.circles as circles
from ui.canvas import NetworkCanvas
from ui.document import Document
from ui.text import i18n


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    bits = np.frombuffer(image.constBits(), np.uint8)
    return bits.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()].copy()


def grab(canvas) -> np.ndarray:
    for column in canvas.columns:
        column.update()  # painted again, not copied from the last paint
    return pixels(canvas.grab().toImage()).astype(int)


def test_circles_copied_from_stamps_look_as_circles_drawn_one_by_one(qtbot, monkeypatch):
    """A stamp placed a pixel off, or of another pen, would show ragged or shifted rings."""
    i18n.install_font()
    doc = Document()
    doc.load_preset("book-3-layer")
    doc.step_forward()  # a computed, a current and dashed not-yet-computed neurons
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    stamped = grab(canvas)
    monkeypatch.setattr(circles, "stamps_work", lambda painter: None)  # drawn, as before
    drawn = grab(canvas)
    assert np.abs(stamped - drawn).max() <= 3  # antialiasing rounded alike, give or take


def test_the_neurons_maps_change_as_the_network_trains(qtbot):
    """Maps drawn into kept pictures that stopped following the weights would freeze."""
    window = training_window(qtbot)
    canvas = window.canvas
    window.training.train_epoch()
    qtbot.waitUntil(lambda: len(canvas.columns[1].maps) > 0)
    before = {j: image.copy() for j, image in canvas.columns[1].maps.items()}  # the pixels
    for _ in range(20):
        window.training.train_epoch()
    qtbot.waitUntil(
        lambda: any(canvas.columns[1].maps[j] != before[j] for j in before), timeout=5000
    )
    for j, image in canvas.columns[1].maps.items():
        assert image.size() == before[j].size() and not image.isNull()


def test_the_neurons_maps_are_as_large_as_their_circles_and_round(qtbot):
    """A map made at another size is scaled at every paint; one not round spills past its ring."""
    window = training_window(qtbot)
    canvas = window.canvas
    window.training.train_epoch()
    qtbot.waitUntil(lambda: len(canvas.columns[1].maps) > 0)
    column = canvas.columns[1]
    side = round(2 * column.geometry.cell * canvas.transform().m11())
    made = min(side, 75)  # (zoomed in far, the pictures stop growing at 3 pixels a cell)
    for image in column.maps.values():
        assert image.width() == image.height() == made
        corners = pixels(image)[[0, 0, -1, -1], [0, -1, 0, -1]]
        assert (corners[:, 3] == 0).all() and pixels(image)[made // 2, made // 2, 3] == 255
