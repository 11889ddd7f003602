"""All edges of the network as ONE graphics item, drawn per colour bucket.

A QGraphicsItem per edge is far too slow for 784×128 weights (STYLE.md), so
the edges are split into buckets (sign × ``N_BUCKETS`` magnitudes), each
bucket becomes one QPainterPath of line pairs (pyqtgraph's ``arrayToQPath``)
painted with one pen.  Layers with more than ``MAX_EDGES`` weights show only
their strongest ones; the legend says so.
"""

from __future__ import annotations

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
    flat = np.argpartition(np.abs(W).ravel(), W.size - limit)[W.size - limit:]
    return np.unravel_index(flat, W.shape)


def edge_sets(net, layout) -> list[EdgeSet]:
    """One EdgeSet per layer of ``net`` (index c - 1 for column c)."""
    sets = []
    for c, layer in enumerate(net.layers, start=1):
        i, j = strongest(layer.W)
        src, dst = layout.columns[c - 1].centres, layout.columns[c].centres
        sets.append(EdgeSet(i, j, src[i], dst[j], layer.W.size))
    return sets


def weight_scale(net) -> float:
    """The |w| drawn at full thickness: the largest weight, but at least 1."""
    return max(1.0, max(float(np.max(np.abs(layer.W))) for layer in net.layers))


def bucket_pen(sign: int, k: int, dense: bool) -> QPen:
    """The pen of magnitude bucket ``k`` (0 thinnest) and a sign (+1/-1)."""
    colour = QColor(style.POSITIVE if sign > 0 else style.NEGATIVE)
    level = (k + 0.5) / N_BUCKETS
    colour.setAlpha(int((60 if dense else 90) + (120 if dense else 165) * level))
    width = (0.4 + 1.6 * level) if dense else (1.0 + 5.0 * level)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.RoundCap)
    return pen


class EdgeBundle(QGraphicsItem):
    """Paints every edge of the network; rebuilt by ``set_network``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._paths: list[tuple[QPen, object]] = []
        self._rect = QRectF()
        self.sets: list[EdgeSet] = []
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.NoButton)

    def set_network(self, net, layout) -> None:
        """Recompute the buckets from the weights and the layout."""
        self.prepareGeometryChange()
        self.sets = edge_sets(net, layout)
        self._paths = []
        scale = weight_scale(net)
        for layer, es in zip(net.layers, self.sets):
            w = layer.W[es.source, es.target]
            dense = len(w) > 400
            k = np.minimum((np.abs(w) / scale * N_BUCKETS).astype(int), N_BUCKETS - 1)
            for sign, mask in ((1, w > 0), (-1, w < 0)):
                for b in np.unique(k[mask]):
                    pick = mask & (k == b)
                    self._paths.append((bucket_pen(sign, int(b), dense),
                                        _pairs_path(es.p1[pick], es.p2[pick])))
        self._rect = _bounds(self.sets)
        self.update()

    @property
    def truncated(self) -> list[tuple[int, int, int]]:
        """(column, shown, total) for each layer that shows only its strongest edges."""
        return [(c, len(es.source), es.total) for c, es in enumerate(self.sets, start=1)
                if len(es.source) < es.total]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        for pen, path in self._paths:
            painter.strokePath(path, pen)


def edge_at(sets: list[EdgeSet], column: int, px: float, py: float, tol: float):
    """(source, target) of the drawn edge into ``column`` nearest the point, or None."""
    es = sets[column - 1]
    if not len(es.source):
        return None
    d = es.p2 - es.p1
    t = np.clip(((px - es.p1[:, 0]) * d[:, 0] + (py - es.p1[:, 1]) * d[:, 1])
                / np.maximum((d ** 2).sum(1), 1e-9), 0.0, 1.0)
    dist2 = (es.p1[:, 0] + t * d[:, 0] - px) ** 2 + (es.p1[:, 1] + t * d[:, 1] - py) ** 2
    best = int(np.argmin(dist2))
    if dist2[best] > tol * tol:
        return None
    return int(es.source[best]), int(es.target[best])


def _pairs_path(p1: np.ndarray, p2: np.ndarray):
    xy = np.empty((2 * len(p1), 2))
    xy[0::2], xy[1::2] = p1, p2
    return arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs", finiteCheck=False)


def _bounds(sets: list[EdgeSet]) -> QRectF:
    pts = [np.vstack([es.p1, es.p2]) for es in sets if len(es.source)]
    if not pts:
        return QRectF()
    allp = np.vstack(pts)
    lo, hi = allp.min(0) - 8, allp.max(0) + 8
    return QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
