"""A view as a picture: PNG (twice the screen's pixels, for slides) or SVG (scalable).

The canvas is drawn whole from its scene, whatever the zoom; a plot (any pyqtgraph
view or panel) as it stands on screen, with its key.  SVG goes through
``QSvgGenerator`` (in PySide6-Essentials' QtSvg), so lines and text stay vectors.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.text import palette

SLIDES = 2.0  # a PNG for slides has twice the pixels shown
MARGIN = 16.0  # scene units around the drawn network


def picture_size(view: QWidget, scale: float) -> QSize:
    """The size in pixels of the picture of ``view`` at ``scale``."""
    rect = _source(view)
    return QSize(round(rect.width() * scale), round(rect.height() * scale))


def save_picture(view: QWidget, path: str, scale: float = SLIDES) -> bool:
    """Write ``view`` to ``path``: SVG if the name ends in .svg, else PNG at ``scale``.

    Returns False when the file could not be written.
    """
    if str(path).lower().endswith(".svg"):
        return _save_svg(view, str(path))
    size = picture_size(view, scale)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _draw(view, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image.save(str(path), "PNG")


def _save_svg(view: QWidget, path: str) -> bool:
    rect = _source(view)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle("NeuroStep")
    painter = QPainter()
    if not painter.begin(generator):
        return False
    _draw(view, painter, QRectF(0, 0, rect.width(), rect.height()))
    return painter.end()


def _is_canvas(view: QWidget) -> bool:
    return view.objectName() == "networkCanvas" and isinstance(view, QGraphicsView)


def _source(view: QWidget) -> QRectF:
    """What is drawn: the whole network (in scene units) for the canvas, else the widget."""
    if _is_canvas(view):
        return view.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return QRectF(0, 0, view.width(), view.height())


def _draw(view: QWidget, painter: QPainter, target: QRectF) -> None:
    if _is_canvas(view):
        painter.fillRect(target, QColor(palette.PAPER))
        view.scene().render(painter, target, _source(view), Qt.AspectRatioMode.KeepAspectRatio)
        return
    painter.scale(target.width() / max(view.width(), 1), target.height() / max(view.height(), 1))
    view.render(painter, QPoint(0, 0))
