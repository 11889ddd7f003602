"""Kept pictures: what a canvas item painted at one zoom, blitted when asked again.

A canvas item is cached as a device pixmap (``DeviceCoordinateCache``), which Qt
throws away whenever the zoom changes: a language switch or an added layer
fits the network again, and every header and button then painted anew, the same
pixels as the last time the view stood at that zoom.  ``paint_kept`` keeps each
picture in a cache of its own (``BUDGET`` bytes, least recently used first out;
in Qt's ``QPixmapCache`` they pushed the items' own caches out), keyed by what
the item draws from and by the painter's scale and sub-pixel offset, so a kept
picture is the very pixels a fresh paint gives.

Only a plain scale and translation at full opacity into a pixmap of ratio 1 is
kept: the item's own cache, on most screens.  Anything else paints directly, an
exported picture too (an SVG's lines and text stay vectors).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap, QTransform

SPILL = 4  # device pixels kept past the bounding rect on every side
BUDGET = 2 * 2**20  # bytes of kept pictures, at most: a few zooms of a few networks
_KEPT: OrderedDict[str, QPixmap] = OrderedDict()  # the newest last
_HELD = [0]  # bytes in _KEPT


def font_key() -> str:
    """The application font, which ``style.font`` takes all but the size from (for keys)."""
    return QFont().key()


def paint_kept(painter: QPainter, key: str, rect: QRectF, draw: Callable[[QPainter], None]):
    """Paint ``draw(painter)`` through a kept picture of it.

    Parameters
    ----------
    painter : QPainter
        The item's painter, in item coordinates.
    key : str
        Everything ``draw`` paints from (texts, sizes, state, colours), as one string.
    rect : QRectF
        Item coordinates ``draw`` stays inside (its bounding rect).
    draw : callable
        Paints the item with a painter in item coordinates.
    """
    t = painter.worldTransform()
    if (
        not isinstance(painter.device(), QPixmap)  # an export draws as it always did
        or t.type().value > QTransform.TransformationType.TxScale.value
        or painter.opacity() != 1.0
        or painter.device().devicePixelRatioF() != 1.0
    ):
        draw(painter)
        return
    whole_x, whole_y = math.floor(t.dx()), math.floor(t.dy())
    # The picture is drawn at the same sub-pixel offset: the same edges, antialiased alike.
    local = QTransform(t.m11(), 0, 0, t.m22(), t.dx() - whole_x, t.dy() - whole_y)
    area = local.mapRect(rect).toAlignedRect()
    if area.isEmpty():
        return
    # Qt's own cache takes in a stroke's outer half past the bounding rect: so does this
    # (the item's cache clips what is past its edge, as before).
    area.adjust(-SPILL, -SPILL, SPILL, SPILL)
    name = f"ns|{key}|{local.m11()!r}|{local.m22()!r}|{local.dx()!r}|{local.dy()!r}"
    name += f"|{int(painter.renderHints().value)}"
    picture = _KEPT.pop(name, None)
    if picture is None:
        picture = _keep(_picture(painter, local, area, draw))
    _KEPT[name] = picture
    painter.save()
    painter.resetTransform()
    painter.drawPixmap(whole_x + area.left(), whole_y + area.top(), picture)
    painter.restore()


def _keep(picture: QPixmap) -> QPixmap:
    """Count ``picture`` in, and let the oldest go while over ``BUDGET``."""
    _HELD[0] += _bytes(picture)
    while _HELD[0] > BUDGET and _KEPT:
        _HELD[0] -= _bytes(_KEPT.popitem(last=False)[1])
    return picture


def clear() -> None:
    """Forget every kept picture (each is painted anew when next asked for)."""
    _KEPT.clear()
    _HELD[0] = 0


def _bytes(picture: QPixmap) -> int:
    return picture.width() * picture.height() * 4


def _picture(painter: QPainter, local: QTransform, area, draw) -> QPixmap:
    picture = QPixmap(area.size())
    picture.fill(Qt.GlobalColor.transparent)  # as Qt fills an item's cache before it paints
    inner = QPainter(picture)
    inner.setRenderHints(painter.renderHints())
    inner.translate(-area.left(), -area.top())
    inner.setWorldTransform(local, True)
    draw(inner)
    inner.end()
    return picture
