"""The edges of the network: ONE graphics item per layer, drawn per colour bucket.

A QGraphicsItem per edge is far too slow for 784×128 weights (STYLE.md), so
the edges are split into buckets (sign × ``N_BUCKETS`` magnitudes): their end
points sit in one array, bucket after bucket, and each bucket is one
``QPainter.drawLines`` call on its slice of it, with one pen (no QPainterPath to
build: new weights cost a sort of the drawn edges by bucket).  Layers with more
than ``MAX_EDGES`` weights show only their strongest ones; the legend says so.

An edit costs what it changes: a layer whose W is the same (frozen) array as
last time is left alone, an edited one is compared with the array it replaced
to find the weights that changed, ``DrawnEdges`` follows them, and the layer
repaints only if an edge it draws (or the thickness scale) changed.  The end points
are placed again only when the drawn set or the neurons' centres changed (a
training step or a scrubbed epoch moves weights, not neurons).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

import simulator as sim

from . import style
from .strongest import DrawnEdges

N_BUCKETS = 8
MAX_EDGES = 2500
LINE_BYTES = 4 * 8  # a QLineF: x1, y1, x2, y2 as doubles (qreal), as a row of ``_lines``


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
    """Indices (i, j) of the ``limit`` largest |W| entries, ties to the lower flat index.

    Parameters
    ----------
    W : ndarray, shape (n_in, n_out)
    """
    return np.unravel_index(DrawnEdges(W, limit, 0).drawn, W.shape)


def weight_scale(net) -> float:
    """The |w| drawn at full thickness: the largest weight, but at least 1."""
    return max(1.0, max(float(np.max(np.abs(layer.W))) for layer in net.layers))


@functools.lru_cache(maxsize=4 * N_BUCKETS)
def bucket_pen(sign: int, k: int, dense: bool) -> QPen:
    """The pen of magnitude bucket ``k`` (0 thinnest) and a sign (+1/-1).

    The colour is opaque, pre-mixed with the background: blending translucent
    lines is 10-30 times slower in Qt's raster engine.  Made once per bucket and shared:
    never change the pen returned (``paint`` draws with a copy).
    """
    base = style.POSITIVE if sign > 0 else style.NEGATIVE
    level = (k + 0.5) / N_BUCKETS
    alpha = (0.25 + 0.45 * level) if dense else (0.35 + 0.65 * level)
    bg = style.BACKGROUND
    mix = [round(b + (c - b) * alpha) for c, b in zip(base.getRgb()[:3], bg.getRgb()[:3])]
    width = (0.4 + 1.6 * level) if dense else (1.0 + 5.0 * level)
    pen = QPen(QColor(*mix), width)
    # The ends lie under the neurons; round caps on antialiased lines cost 35 times
    # the lines themselves in Qt's raster engine (320 edges: 300 ms a paint, 9 flat).
    pen.setCapStyle(Qt.RoundCap if dense else Qt.FlatCap)
    return pen


class LayerEdges(QGraphicsItem):
    """Paints every drawn edge into one column, one ``drawLines`` per colour bucket.

    Cached as a device pixmap: changing a weight repaints only its own layer.
    """

    def __init__(self, column: int, pen: float = 1.0, parent=None):
        super().__init__(parent)
        self.column = column
        self.pen = pen  # factor on every line width (thicker in presentation mode)
        self.edges = EdgeSet(*(np.zeros((0,) + s) for s in ((), (), (2,), (2,))), 0)
        self._ends = np.zeros((0, 4))  # (m, 4): each drawn edge's x1, y1, x2, y2
        self._lines = np.zeros((0, 4))  # the drawn edges' ends, bucket by bucket, painted
        self._strokes: list[tuple[QPen, int, int]] = []  # (pen, first row, rows) a bucket
        self._smooth = True  # antialiased (a sparse layer's few, thicker lines)
        self._place = None  # what the ends were placed from: (shape, drawn, src, dst)
        self._W: np.ndarray | None = None  # the weights followed (frozen, or a copy)
        self._drawn: DrawnEdges | None = None
        self._key = None  # what the paths were built from
        self.redraws = 0  # how many times the paths were built (read-only; for tests)
        self._rect = QRectF()
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def follows(self, W: np.ndarray) -> bool:
        """Whether this item last drew the weights ``W`` (the same array, or equal ones)."""
        held = self._W
        return held is not None and _same_array(held, W)

    @property
    def largest(self) -> float:
        """The largest |w| of the layer followed (0 before ``follow``)."""
        return self._drawn.largest if self._drawn is not None else 0.0

    def follow(self, W: np.ndarray) -> None:
        """Take the layer's weights W (n_in, n_out): which edges to draw, from what changed."""
        if self._drawn is None or self._W is None or W.shape != self._W.shape:
            self._drawn = DrawnEdges(W, MAX_EDGES)
        elif W is not self._W or W.flags.writeable:
            changed = np.flatnonzero(W.ravel() != self._W.ravel())
            if changed.size:
                self._drawn.update(W, changed)
        # a frozen W never changes (simulator.frozen): keep it, else keep a copy to compare
        self._W = W if sim.is_frozen(W) else W.copy()

    def set_weights(
        self, W: np.ndarray, src: np.ndarray, dst: np.ndarray, scale: float, coarse: bool = False
    ) -> None:
        """Draw W (n_in, n_out) between the centres src (n_in, 2) and dst (n_out, 2).

        Repaints only when a drawn edge, the scale or the centres changed; ``coarse``
        (a training run's weights, shown ten times a second): only when the picture
        changed, an edge's colour bucket or sign.
        """
        if self._W is not W:
            self.follow(W)
        flat = self._drawn.drawn
        w = self._W.ravel()[flat]
        # coarse: the buckets hold the scale (an edge's pen depends on nothing else)
        key = (
            (flat, _bucket_codes(w, scale), None, src, dst)
            if coarse
            else (flat, w, scale, src, dst)
        )
        if self._key is not None and _same_key(self._key, key):
            return  # e.g. an edge not drawn, or a bias edit: nothing to repaint here
        self._key = key
        place = (W.shape, flat, src, dst)
        if self._place is None or not _same_place(self._place, place):
            self._place = place
            i, j = np.unravel_index(flat, W.shape)
            self.prepareGeometryChange()
            self.edges = EdgeSet(i, j, src[i], dst[j], W.size)
            self._ends = np.hstack([self.edges.p1, self.edges.p2])
            self._rect = _bounds(self.edges)
        self._lines, self._strokes, self._smooth = _bucket_strokes(w, self._ends, scale)
        self.redraws += 1
        # The whole cached picture is painted again: repainting only around the changed
        # edges would rasterise the lines crossing that clip a pixel apart from a fresh
        # picture (non-antialiased lines are stepped from where the clip cuts them).
        self.update()

    def pen_colours(self) -> list[QColor]:
        """The colours the edges are drawn in, one per colour bucket, faintest first.

        Read-only; for tests and automation.
        """
        return [QColor(pen.color()) for pen, _first, _rows in self._strokes]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        # Cosmetic pens (width in pixels) rasterise several times faster than
        # stroked scene-width pens; antialiasing thousands of faint lines shows little.
        zoom = painter.worldTransform().m11()
        if not painter.hasClipping():
            # With a rectangular clip Qt's raster engine writes a thin line's pixels
            # straight into the picture ("fast draw"); with no clip at all it blends every
            # pixel as a span of its own: 3 times slower for the 2,048 lines into digits'
            # hidden layer.  The clip is what is to be painted anyway (the whole cache).
            exposed = option.exposedRect if option is not None else QRectF()
            painter.setClipRect(self._rect if exposed.isEmpty() else exposed)
        painter.setRenderHint(painter.RenderHint.Antialiasing, self._smooth)
        lines = self._lines  # held here while painting: drawLines reads its memory
        address = lines.__array_interface__["data"][0]  # (ndarray.ctypes: 7 µs a call)
        for pen, first, rows in self._strokes:
            screen = QPen(pen)
            screen.setCosmetic(True)
            screen.setWidthF(max(pen.widthF() * self.pen * zoom, 0.6))
            painter.setPen(screen)
            # QPainter::drawLines(const QLineF *, int) on the rows of the array itself
            first_line = shiboken6.wrapInstance(address + first * LINE_BYTES, QLineF)
            painter.drawLines(first_line, rows)


def _bucket_codes(w: np.ndarray, scale: float) -> np.ndarray:
    """Each drawn weight's pen as ``_bucket_paths`` picks it: ±(bucket + 1), 0 when w = 0."""
    k = np.minimum((np.abs(w) / scale * N_BUCKETS).astype(int), N_BUCKETS - 1) + 1
    return (np.sign(w) * k).astype(np.int8)


def _bucket_strokes(w: np.ndarray, ends: np.ndarray, scale: float):
    """The drawn weights ``w`` (m,) grouped by pen, for ``LayerEdges.paint``.

    Returns (lines, strokes, antialiased): ``lines`` (n, 4) the ``ends`` of the
    non-zero weights, C-contiguous, bucket after bucket; ``strokes`` a (pen, first
    row, rows) per non-empty bucket.
    """
    dense = len(w) > 400
    k = np.minimum((np.abs(w) / scale * N_BUCKETS).astype(int), N_BUCKETS - 1)
    # One stable sort groups the edges (zero weights drawn in no colour) by bucket, faint
    # first so strong edges lie on top, positive before negative, each group in index order.
    edges = np.flatnonzero((w > 0) | (w < 0))
    code = 2 * k[edges] + (w[edges] < 0)
    order = np.argsort(code, kind="stable")
    edges, code = edges[order], code[order]
    starts = np.flatnonzero(np.diff(code, prepend=-1)).tolist()
    strokes = []
    for first, last in zip(starts, [*starts[1:], len(code)]):
        b, negative = divmod(int(code[first]), 2)
        strokes.append((bucket_pen(-1 if negative else 1, b, dense), first, last - first))
    return np.ascontiguousarray(ends[edges], dtype=np.float64), strokes, not dense


def update_edges(items: list[LayerEdges], net, layout, coarse: bool = False) -> None:
    """Feed each layer's item its weights and the layout's centres (``coarse``: see
    ``LayerEdges.set_weights``).

    Every item follows its weights first: the thickness scale, the largest |w| of
    all (at least 1, as ``weight_scale``), comes from what they keep.
    """
    for item, layer in zip(items, net.layers):
        item.follow(layer.W)
    scale = max(1.0, *(item.largest for item in items))
    for item, layer in zip(items, net.layers):
        c = item.column
        centres = layout.columns[c - 1].centres, layout.columns[c].centres
        item.set_weights(layer.W, *centres, scale, coarse)


def _same_array(a: np.ndarray, b: np.ndarray) -> bool:
    return a is b or (a.shape == b.shape and bool(np.array_equal(a, b)))


def _same_key(old: tuple, new: tuple) -> bool:
    """Whether two (drawn, weights, scale, src, dst) keys paint the same edges."""
    return old[2] == new[2] and all(
        _same_array(a, b) for a, b in zip(old[:2] + old[3:], new[:2] + new[3:])
    )


def _same_place(old: tuple, new: tuple) -> bool:
    """Whether two (shape, drawn, src, dst) places put the same edges in the same spots."""
    return old[0] == new[0] and all(_same_array(a, b) for a, b in zip(old[1:], new[1:]))


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


def _bounds(es: EdgeSet) -> QRectF:
    if not len(es.source):
        return QRectF()
    allp = np.vstack([es.p1, es.p2])
    lo, hi = allp.min(0) - 8, allp.max(0) + 8
    return QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
