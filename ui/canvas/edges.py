"""The edges of the network: ONE graphics item per layer, drawn per colour bucket.

A QGraphicsItem per edge is far too slow for 784×128 weights (STYLE.md), so
the edges are split into buckets (sign × ``N_BUCKETS`` magnitudes), each
bucket becomes one QPainterPath of line pairs (pyqtgraph's ``arrayToQPath``)
painted with one pen.  Layers with more than ``MAX_EDGES`` weights show only
their strongest ones; the legend says so.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from pyqtgraph.functions import arrayToQPath
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import style

N_BUCKETS = 8
MAX_EDGES = 2500


@dataclass
class EdgeSet:
    """The drawn edges into one column.

    Attributes
    ----------
    source, target : ndarray of int, shape (m,)
        Neuron indices in the previous column and in this one.
    p1, p2 : ndarray, shape (m, 2)
        Scene end points.
    total : int
        How many weights the layer has (m ≤ total).
    """

    source: np.ndarray
    target: np.ndarray
    p1: np.ndarray
    p2: np.ndarray
    total: int


def strongest(W: np.ndarray, limit: int = MAX_EDGES) -> tuple[np.ndarray, np.ndarray]:
    """Indices (i, j) of the ``limit`` largest |W| entries (all when fewer).

    Parameters
    ----------
    W : ndarray, shape (n_in, n_out)
    """
    if W.size <= limit:
        i, j = np.indices(W.shape)
        return i.ravel(), j.ravel()
    flat = np.argpartition(np.abs(W).ravel(), W.size - limit)[W.size - limit :]
    return np.unravel_index(flat, W.shape)


def weight_scale(net) -> float:
    """The |w| drawn at full thickness: the largest weight, but at least 1."""
    return max(1.0, max(float(np.max(np.abs(layer.W))) for layer in net.layers))


@functools.lru_cache(maxsize=4 * N_BUCKETS)
def bucket_pen(sign: int, k: int, dense: bool) -> QPen:
    """The pen of magnitude bucket ``k`` (0 thinnest) and a sign (+1/-1).

    The colour is opaque, pre-mixed with the background: blending translucent
    lines is 10-30 times slower in Qt's raster engine.
    """
    base = style.POSITIVE if sign > 0 else style.NEGATIVE
    level = (k + 0.5) / N_BUCKETS
    alpha = (0.25 + 0.45 * level) if dense else (0.35 + 0.65 * level)
    bg = style.BACKGROUND
    mix = [round(b + (c - b) * alpha) for c, b in zip(base.getRgb()[:3], bg.getRgb()[:3])]
    width = (0.4 + 1.6 * level) if dense else (1.0 + 5.0 * level)
    pen = QPen(QColor(*mix), width)
    pen.setCapStyle(Qt.RoundCap)
    return pen


class LayerEdges(QGraphicsItem):
    """Paints every drawn edge into one column, one path per colour bucket.

    Cached as a device pixmap: changing a weight repaints only its own layer.
    """

    def __init__(self, column: int, pen: float = 1.0, parent=None):
        super().__init__(parent)
        self.column = column
        self.pen = pen  # factor on every line width (thicker in presentation mode)
        self.edges = EdgeSet(*(np.zeros((0,) + s) for s in ((), (), (2,), (2,))), 0)
        self._paths: list[tuple[QPen, object, bool]] = []
        self._key = None
        self._rect = QRectF()
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_weights(self, W: np.ndarray, src: np.ndarray, dst: np.ndarray, scale: float) -> None:
        """Rebuild from W (n_in, n_out) and the centres src (n_in, 2), dst (n_out, 2).

        Only when the picture changes: training moves the weights at every step, yet
        an edge is redrawn only when it changes colour bucket or sign.
        """
        i, j = strongest(W)
        w = W[i, j]
        codes = _bucket_codes(w, scale)
        key = self._key
        if (
            key is not None
            and np.array_equal(key[0], codes)
            and np.array_equal(key[1], i)
            and np.array_equal(key[2], j)
            and np.array_equal(key[3], src)
            and np.array_equal(key[4], dst)
        ):
            return  # e.g. a bias edit, or a step too small to show: nothing to repaint
        self._key = (codes, i, j, src.copy(), dst.copy())
        self.prepareGeometryChange()
        self.edges = EdgeSet(i, j, src[i], dst[j], W.size)
        self._paths = list(_bucket_paths(codes, self.edges))
        self._rect = _bounds(self.edges)
        self.update()

    def pen_colours(self) -> list[QColor]:
        """The colours the edges are drawn in, one per colour bucket, faintest first.

        Read-only; for tests and automation.
        """
        return [QColor(pen.color()) for pen, _path, _smooth in self._paths]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        # Cosmetic pens (width in pixels) rasterise several times faster than
        # stroked scene-width pens; antialiasing thousands of faint lines shows little.
        zoom = painter.worldTransform().m11()
        for pen, path, smooth in self._paths:
            painter.setRenderHint(painter.RenderHint.Antialiasing, smooth)
            screen = QPen(pen)
            screen.setCosmetic(True)
            screen.setWidthF(max(pen.widthF() * self.pen * zoom, 0.6))
            painter.setPen(screen)
            painter.drawPath(path)


def _bucket_codes(w: np.ndarray, scale: float) -> np.ndarray:
    """Each drawn weight's bucket with its sign: ±(k + 1) for bucket k, 0 for w = 0; (m,)."""
    k = np.minimum((np.abs(w) / scale * N_BUCKETS).astype(np.int8), N_BUCKETS - 1) + 1
    return np.sign(w).astype(np.int8) * k


def _bucket_paths(codes: np.ndarray, es: EdgeSet):
    """(pen, path, antialiased) per non-empty bucket of the drawn weights' ``codes`` (m,)."""
    dense = len(codes) > 400
    # Faint buckets first, so strong edges lie on top.  Not np.unique: it imports numpy.ma,
    # 40 ms of the app's start-up, and the codes are at most MAX_EDGES small integers.
    for code in sorted(set(codes.tolist()), key=lambda c: (abs(c), -c)):
        if code == 0:
            continue
        pick = codes == code
        sign = 1 if code > 0 else -1
        yield (
            bucket_pen(sign, abs(code) - 1, dense),
            _pairs_path(es.p1[pick], es.p2[pick]),
            not dense,
        )


def update_edges(items: list[LayerEdges], net, layout) -> None:
    """Feed each layer's item its weights and the layout's centres."""
    scale = weight_scale(net)
    for item, layer in zip(items, net.layers):
        c = item.column
        item.set_weights(layer.W, layout.columns[c - 1].centres, layout.columns[c].centres, scale)


def truncated(items: list[LayerEdges]) -> list[tuple[int, int, int]]:
    """(column, shown, total) for each layer that shows only its strongest edges."""
    return [
        (it.column, len(it.edges.source), it.edges.total)
        for it in items
        if len(it.edges.source) < it.edges.total
    ]


def edge_at(es: EdgeSet, px: float, py: float, tol: float):
    """(source, target) of the drawn edge of ``es`` nearest the point, or None."""
    if not len(es.source):
        return None
    d = es.p2 - es.p1
    t = np.clip(
        ((px - es.p1[:, 0]) * d[:, 0] + (py - es.p1[:, 1]) * d[:, 1])
        / np.maximum((d**2).sum(1), 1e-9),
        0.0,
        1.0,
    )
    dist2 = (es.p1[:, 0] + t * d[:, 0] - px) ** 2 + (es.p1[:, 1] + t * d[:, 1] - py) ** 2
    best = int(np.argmin(dist2))
    if dist2[best] > tol * tol:
        return None
    return int(es.source[best]), int(es.target[best])


def _pairs_path(p1: np.ndarray, p2: np.ndarray):
    xy = np.empty((2 * len(p1), 2))
    xy[0::2], xy[1::2] = p1, p2
    return arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs", finiteCheck=False)


def _bounds(es: EdgeSet) -> QRectF:
    if not len(es.source):
        return QRectF()
    allp = np.vstack([es.p1, es.p2])
    lo, hi = allp.min(0) - 8, allp.max(0) + 8
    return QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
