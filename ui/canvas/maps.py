"""Each neuron's own output over the plane, drawn inside its circle; dead units marked.

The training views give the canvas a small image per neuron (its output z over
the data's plane, as TensorFlow Playground draws its nodes) and the set of
neurons that output 0 for every training point (a dead ReLU: its gradient is 0,
it no longer learns).  A column item paints the image inside the circle, under
the value, and marks a dead neuron with a grey cross and a "dead" tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from ui.text import palette

from . import style

DEAD_INK = QColor(palette.DEAD)
MAP_PIXELS = (8, 75)  # the smallest and largest side of a map's picture


def map_pixels(canvas) -> int:
    """The side, in the screen's pixels, of the largest circle a map is drawn in on
    ``canvas`` (within ``MAP_PIXELS``): a picture of that side is copied pixel for pixel."""
    radii = [c.geometry.cell for c in canvas.columns if c.geometry.kind == "circles"]
    scale = canvas.transform().m11() * canvas.devicePixelRatioF()
    side = round(2 * max(radii, default=0.0) * scale)
    return min(max(side, MAP_PIXELS[0]), MAP_PIXELS[1])


def apply_maps(columns: list, maps: dict, dead) -> None:
    """Give each column item its neurons' maps and dead marks (keyed ``(column, j)``)."""
    # sorted by column in one pass (a run gives 50 maps to 8 columns ten times a second)
    by_column: dict[int, dict] = {}
    for (col, j), image in maps.items():
        by_column.setdefault(col, {})[j] = image
    dead_in: dict[int, set] = {}
    for col, j in dead:
        dead_in.setdefault(col, set()).add(j)
    for c, item in enumerate(columns):
        item.set_maps(by_column.get(c, {}), dead_in.get(c, set()))


def paint_map(painter, image, x: float, y: float, r: float) -> None:
    """``image`` (round already: transparent outside its circle) on the neuron at (x, y).

    Drawn without clipping, smooth scaling or opacity, which made a canvas of 50 maps
    take 15 ms to paint: the circle's outline, drawn after, hides the pixel edge.
    """
    smooth = painter.RenderHint.SmoothPixmapTransform
    was_smooth = painter.testRenderHint(smooth)
    painter.setRenderHint(smooth, False)
    painter.drawImage(QRectF(x - r, y - r, 2 * r, 2 * r), image)
    painter.setRenderHint(smooth, was_smooth)


def paint_dead(painter, x: float, y: float, r: float, emphasis: float, tab: bool = True) -> None:
    """A grey cross over the neuron and (``tab``) a small "dead" tab at its top right.

    Dots stand too close for tabs: they get the cross alone.
    """
    painter.save()
    pen = QPen(DEAD_INK, 2.0 * emphasis)
    painter.setPen(pen)
    d = 0.62 * r
    painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
    painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
    if not tab:
        painter.restore()
        return
    text = QCoreApplication.translate("NetworkCanvas", "dead")
    font = style.font(max(9, round(0.34 * r)), bold=True)
    width = QFontMetricsF(font).horizontalAdvance(text) + 8 * emphasis
    box = QRectF(x + 0.45 * r, y - r - 4 * emphasis, width, 0.42 * r + 4 * emphasis)
    painter.setBrush(DEAD_INK)
    painter.setPen(Qt.NoPen)
    painter.drawRoundedRect(box, 4 * emphasis, 4 * emphasis)
    painter.setPen(QColor(palette.PAPER))
    painter.setFont(font)
    painter.drawText(box, Qt.AlignCenter, text)
    painter.restore()
