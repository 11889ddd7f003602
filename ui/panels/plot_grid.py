"""The light grid behind the stepping panels' plots.

A ``GridItem``, not the axes' ``showGrid``: an axis grid makes every marker
move repaint the axes and their text.  Two levels of lines, not pyqtgraph's
three: the finest level drew about 200 faint lines that were replayed on every
repaint (2 ms a plot a step, the largest cost of a step) and cluttered the plot.
"""

from __future__ import annotations

import pyqtgraph as pg


def light_grid() -> pg.GridItem:
    """A grid item to add with ``ignoreBounds=True``, drawn behind everything."""
    grid = pg.GridItem(pen=pg.mkPen(0, 0, 0, 90), textPen=None)
    grid.setTickSpacing(x=[None, None], y=[None, None])
    grid.setZValue(-20)
    return grid
