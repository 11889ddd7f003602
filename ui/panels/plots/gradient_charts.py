"""The gradient panel's three charts, the numbers written by their bars, and their ticks.

A δ of −1.0e-5 beside one of 0.3 is a bar no one can see: such a bar has its
value written beside it, and a "log scale" box draws |δ| on powers of ten (bars
still coloured by sign), so the layers with small gradients show as bars too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.text import palette
from ui.text.numbers import short

from .grid import light_grid

POSITIVE, NEGATIVE = palette.POSITIVE, palette.NEGATIVE
TOP_MARGIN = 10  # pixels above a chart: half a tick label sticks out above the top tick
MAX_UPDATE_TICKS = 8
MAX_LOG_TICKS = 6  # a diverged history spans 30 powers of ten: label a few of them
MAX_LABELS = 24  # more bars than this (a digits network) carry no numbers: they would overlap


class Charts:
    """The panel's three charts, one tab each, and what is drawn on them.

    Attributes: ``tabs`` (QTabWidget), ``delta_plot``, ``dw_plot``, ``history_plot``
    (PlotItem), ``delta_bars``, ``dw_bars`` (BarGraphItem), ``delta_labels``,
    ``dw_labels`` (BarLabels), ``log_box`` (QCheckBox: bars on a log scale),
    ``history_key`` (QLabel), ``history_lines`` (one PlotDataItem per layer, added
    as updates arrive).
    """

    def __init__(self):
        # One chart at a time: a dock is too small for three readable plots at 1280×720.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("gradientTabs")
        self.tabs.setDocumentMode(True)
        # No context menus, built without them: pyqtgraph's menus cost 10 ms a plot at start.
        widgets = [pg.PlotWidget(background=palette.PAPER, enableMenu=False) for _ in range(3)]
        self.delta_plot, self.dw_plot, self.history_plot = (w.getPlotItem() for w in widgets)
        self.history_plot.setLogMode(y=True)
        self.history_lines: list[pg.PlotDataItem] = []
        self.log_box = QCheckBox()
        self.log_box.setObjectName("gradientLogScale")
        # The history's key sits under its chart, never over the lines.
        self.history_key = QLabel()
        self.history_key.setObjectName("historyKey")
        self.history_key.setWordWrap(True)
        bars = _page(widgets[0])
        bars.layout().insertWidget(0, self.log_box)
        for page in (bars, _page(widgets[1]), _page(widgets[2], self.history_key)):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._move_log_box)
        for plot in (self.delta_plot, self.dw_plot):
            plot.getViewBox().disableAutoRange()  # fixed for a whole pass
        for plot in (self.delta_plot, self.dw_plot, self.history_plot):
            plot.getViewBox().setMouseEnabled(False, False)
            # Room above the top tick, so its label ("1.0") is not cut in half.
            plot.layout.setContentsMargins(2, TOP_MARGIN, 8, 2)
            for side in ("left", "bottom"):
                plot.getAxis(side).enableAutoSIPrefix(False)  # the raw numbers, no ×0.001
            plot.addItem(light_grid(), ignoreBounds=True)
        self.delta_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.dw_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=POSITIVE)
        self.delta_plot.addItem(self.delta_bars)
        self.dw_plot.addItem(self.dw_bars)
        self.delta_labels, self.dw_labels = BarLabels(self.delta_plot), BarLabels(self.dw_plot)

    def _move_log_box(self, index: int) -> None:
        """The log-scale box serves both bar charts: it sits above the one shown."""
        if index < 2:
            self.tabs.widget(index).layout().insertWidget(0, self.log_box)


class BarLabels:
    """The value of each bar, written at its end (above it, or below a negative one)."""

    def __init__(self, plot):
        self._plot = plot
        self._items: list[pg.TextItem] = []
        self.font = None

    def show(self, x, ends, values) -> None:
        """Write ``values`` at bar positions ``x``, bar ends ``ends`` (all shape (n,)):
        above a positive bar's end, below a negative one's."""
        n = len(values) if len(values) <= MAX_LABELS else 0
        while len(self._items) < n:
            item = pg.TextItem(color=palette.INK)
            self._plot.addItem(item, ignoreBounds=True)
            self._items.append(item)
        for i, item in enumerate(self._items):
            item.setVisible(i < n)
            if i < n:
                below = values[i] < 0
                item.setAnchor((0.5, 0.0 if below else 1.0))
                item.setText(short(values[i]))
                if self.font is not None:
                    item.setFont(self.font)
                item.setPos(float(x[i]), float(ends[i]))

    def texts(self) -> list[str]:
        """What the visible labels say, in bar order."""
        return [item.toPlainText() for item in self._items if item.isVisible()]


def _page(widget, below=None) -> QWidget:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    box.addWidget(widget, 1)
    if below is not None:
        box.addWidget(below)
    return page


def log_heights(values, floor: float) -> np.ndarray:
    """Bar heights above ``floor`` (a log10) for |values| on a log scale; NaN for zeros."""
    magnitude = np.abs(np.asarray(values, dtype=float))
    with np.errstate(divide="ignore"):
        return np.where(magnitude > 0, np.log10(magnitude) - floor, np.nan)


def log_floor(values) -> float:
    """The log10 under the smallest non-zero |value| (a power of ten), -1 if none."""
    magnitude = np.abs(np.asarray(list(values), dtype=float))
    magnitude = magnitude[np.isfinite(magnitude) & (magnitude > 0)]
    return float(np.floor(np.log10(magnitude.min()))) if magnitude.size else -1.0


def update_ticks(n: int) -> list[tuple[int, str]]:
    """Whole-number ticks 1..n for the update axis, at most ``MAX_UPDATE_TICKS`` of them."""
    step = max(1, -(-n // MAX_UPDATE_TICKS))
    return [(i, str(i)) for i in range(1, n + 1, step)]


def log_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Ticks for a log axis (values are log10 of the norms): the powers of ten from
    below ``lo`` to above ``hi``, with 2 and 5 times them when fewer than two fall
    between, and only every k-th power when more than ``MAX_LOG_TICKS`` would."""
    first, last = int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi)))
    step = max(1, -(-(last - first + 1) // MAX_LOG_TICKS))
    values = [10.0**k for k in range(first, last + 1, step)]
    if sum(lo <= v <= hi for v in values) < 2:
        values = sorted(values + [m * 10.0**k for k in range(first, last) for m in (2, 5)])
    return [(float(np.log10(v)), f"{v:g}") for v in values]


def largest(values) -> float:
    """The largest of ``values`` with a tenth of room above, 1.0 when there is none."""
    top = max((v for v in values if np.isfinite(v)), default=0.0)
    return 1.1 * top if top > 0 else 1.0
