"""The decision view's pyqtgraph items, made for a picture redrawn ten times a second.

``Heatmap`` shows the plane's colours as Qt's RGB32 pixels (``colours`` makes them
from a heatmap's indices and lookup table); ``Dots`` is a scatter whose bounds are
worked out once per set of points and view.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

_WORDS: dict = {}  # id of a lookup table -> (the table, its colours as 0xffRRGGBB words)


def colours(heat) -> np.ndarray:
    """The heatmap's colours (rows, cols) uint32, 0xffRRGGBB: given indices and a lookup
    table, pyqtgraph built a colour table of 256 entries, one call each, at every frame.
    The tables are few (one a kind of map) and kept."""
    table = _WORDS.get(id(heat.lut))
    if table is None or table[0] is not heat.lut:
        rgb = heat.lut[:, :3].astype(np.uint32)
        words = 0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        table = _WORDS[id(heat.lut)] = heat.lut, words
    return table[1].take(heat.indices, mode="clip")  # (take: five times quicker than [ ])


class Heatmap(pg.ImageItem):
    """The heatmap, shown from its colours as Qt's RGB32 pixels.

    pyqtgraph shows an (rows, cols, 3) image as RGB888 pixels, which Qt converts pixel
    by pixel each time it scales them onto the plot: four times as long as RGB32.
    """

    def set_colours(self, words: np.ndarray) -> None:
        """Show ``words`` (rows, cols) uint32, 0xffRRGGBB, row 0 the plot's bottom."""
        self._words = np.ascontiguousarray(words)
        # pyqtgraph keeps the image's shape and bounds; its bytes are only ever ours
        self.setImage(self._words.view(np.uint8).reshape(*words.shape, 4), autoLevels=False)

    def render(self) -> None:
        words = getattr(self, "_words", None)
        if words is None or self.image is None or self.autoDownsample:
            super().render()
            return
        rows, cols = words.shape
        self.qimage = QImage(words.data, cols, rows, 4 * cols, QImage.Format.Format_RGB32)
        self._renderRequired = self._unrenderable = False  # (as pyqtgraph's render leaves them)


class Dots(pg.ScatterPlotItem):
    """A scatter whose bounds are worked out once per set of points and view.

    The scene asks every item's bounds at each repaint, and pyqtgraph works a
    scatter's out anew each time (its spots' size in pixels, in Python): nine times
    a refresh, for points that a run never moves.
    """

    _bounds_key = _bounds = None

    def boundingRect(self) -> QRectF:
        dt = self.deviceTransform_()
        view = None if dt is None else (dt.m11(), dt.m12(), dt.m21(), dt.m22())
        # a new set of points or view gives pyqtgraph a new list of data bounds
        key = (id(self.bounds), *self.bounds, view, self._maxSpotPxWidth)
        if key != self._bounds_key:
            self._bounds = super().boundingRect()
            self._bounds_key = (id(self.bounds), *self.bounds, view, self._maxSpotPxWidth)
        return QRectF(self._bounds)
