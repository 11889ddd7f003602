"""The activation panel: the current layer's h(a) and h'(a), and where the neuron sits.

One pyqtgraph plot is created once; every redraw only calls ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

import simulator as sim
from ui.document.settling import once_settled
from ui.panels.elided_label import ElidedLabel
from ui.text import describe, palette
from ui.text.i18n import fill
from ui.text.names import (
    activation_derivative,
    activation_description,
    activation_formula,
    activation_label,
)

from . import activation_texts as texts
from .activation_compare import CompareCurves
from .activation_curves import (
    curve,
    plot_range,
    ranges_beside_key,
    saturated_runs,
    slope_at,
    softmax_share,
)
from .axes_now import draw_axes_now
from .grid import light_grid, pen_scale
from .key import PlotKey

N_REGIONS = 3
KEY_INSET = 4  # pixels between the plot's corner and its key
MIN_PLOT_HEIGHT = 120  # pixels: the plot keeps at least this much of a short dock
ROOMY_PLOT = 170  # pixels: below this the description gives its line to the plot
TANGENT_HALF = 1.5  # the tangent is drawn over a ± 1.5


class ActivationPanel(QWidget):
    """Panel showing the current layer's activation curve and derivative.

    objectName ``activationPanel``.  The layer shown is the one of the neuron
    computed last, else the selected layer, else the one computed next.  Above
    the plot: a line for the layer, one for this neuron's numbers (never
    shortened: they wrap after the comma if they must), one each for the formula,
    its derivative and what it does (shortened in a narrow dock, whole in their
    tooltips); the colour key sits in a band kept free at the top of the plot, so
    the plot gets the rest of the panel.  ``set_compared`` and ``set_wide_range``
    are what the Compare menu and the ±10 button do (lessons use them too).
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("activationPanel")
        self.document = document
        self.layer_index = 0
        self.activation_name = ""
        self._record = None
        self._curve_key = None
        self._x_range = (-5.0, 5.0)
        self._y_data = (0.0, 1.0)
        self._ranges = None
        self._drawn = (np.zeros(0), [])
        self._marked = ()  # what the marker and tangent show (see _mark)
        self._base_point_size = self.font().pointSizeF()
        self._build()
        self.retranslate()
        refresh = once_settled(document, self._on_step_changed)  # once per change
        document.stepChanged.connect(refresh)
        document.selectionChanged.connect(refresh)

    # ---- building -------------------------------------------------------------
    def _build(self) -> None:
        self.title = ElidedLabel(self)
        self.title.setObjectName("activationTitle")
        # The numbers are never shortened: they wrap (only after the comma) if they must.
        self.info = QLabel(self)
        self.info.setObjectName("activationInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.formula = ElidedLabel(self)  # a narrow dock shortens the formula, not the numbers
        self.formula.setObjectName("activationFormula")
        self.derivative = ElidedLabel(self)  # in the dashed curve's colour
        self.derivative.setObjectName("activationDerivative")
        self.derivative.setStyleSheet(f"color: {palette.DERIVATIVE};")
        self.description = ElidedLabel(self)
        self.description.setObjectName("activationDescription")
        self.description.setStyleSheet(f"color: {palette.MUTED};")
        self.wide_button = QToolButton(self)
        self.wide_button.setObjectName("wideRangeButton")
        self.wide_button.setCheckable(True)
        self.wide_button.setText("±10")
        self.wide_button.toggled.connect(self._on_step_changed)
        self.dot = QLabel("●", self)  # the marker's colour: these are its numbers
        self.dot.setStyleSheet(f"color: {palette.MARKER};")
        # No context menus, built without them: pyqtgraph's menus cost 10 ms a plot at start.
        self.plot = pg.PlotWidget(self, background=palette.PAPER, enableMenu=False)
        self.plot.setObjectName("activationPlot")
        self.plot.setMinimumHeight(MIN_PLOT_HEIGHT)
        self.view_box = self.plot.getPlotItem().getViewBox()
        # Ranges are set by _fit_ranges, once per curve change: no autorange pass
        # over every item at every step.
        self.view_box.disableAutoRange()
        self.view_box.setMouseEnabled(False, False)
        for side in ("bottom", "left"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)  # never "(x0.001)"
        self.plot.addItem(light_grid(), ignoreBounds=True)
        self.key = PlotKey(self.plot.viewport())
        self._compare = CompareCurves(self, self.plot, self._on_step_changed)
        self.compare_button, self.compare_menu = self._compare.button, self._compare.menu
        self._build_items()
        self.view_box.sigResized.connect(self._fit_ranges)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.title, 1)
        top.addWidget(self.wide_button, 0)
        top.addWidget(self.compare_button, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)  # by the first line, if two
        row.addWidget(self.info, 1)
        layout.addLayout(row)
        formulas = QHBoxLayout()  # the derivative beside the formula, shortened first
        formulas.setSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        formulas.addWidget(self.formula, 0)
        formulas.addWidget(self.derivative, 1)
        layout.addLayout(formulas)
        layout.addWidget(self.description)
        layout.addWidget(self.plot, 1)

    def _build_items(self) -> None:
        self.regions = [
            pg.LinearRegionItem(
                movable=False, brush=pg.mkBrush(palette.SATURATED_BAND), pen=pg.mkPen(None)
            )
            for _ in range(N_REGIONS)
        ]
        for region in self.regions:
            region.setZValue(-10)
            self.plot.addItem(region, ignoreBounds=True)
        self.curve = self.plot.plot()
        self.deriv = self.plot.plot()
        self.tangent = pg.PlotDataItem()
        self.tangent.setZValue(5)  # above the curve it touches
        self.marker = pg.ScatterPlotItem(symbol="o")
        self.deriv_marker = pg.ScatterPlotItem(symbol="d")
        for item in (self.marker, self.deriv_marker):
            item.setZValue(10)
        for item in (self.tangent, self.marker, self.deriv_marker):
            self.plot.addItem(item, ignoreBounds=True)
        self._style()

    # ---- language and size ----------------------------------------------------
    def retranslate(self) -> None:
        self._compare.retranslate()
        for side, text in zip(("bottom", "left"), texts.axis_labels()):
            if self.plot.getAxis(side).labelText != text:  # "z = h(a)" in every language
                self.plot.setLabel(side, text)
        self.key.setToolTip(texts.saturation_tip())
        self.wide_button.setToolTip(texts.range_tip())
        self._on_step_changed()  # the curves stay as they are: only the words change
        self._legend()
        self._fit_ranges()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._style()  # presentation mode: bigger type, thicker lines
            self._curve_key = None
            self._on_step_changed()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        """The formula whole when the row has room for it (the derivative beside it is
        shortened instead); the description only where the plot keeps ``ROOMY_PLOT``."""
        room = self.contentsRect().width() - 8
        self.formula.setMinimumWidth(max(0, min(self.formula.sizeHint().width(), room)))
        lines = (self.title, self.info, self.formula, self.description)
        used = sum(label.sizeHint().height() + 2 for label in lines)
        self.description.setVisible(self.height() >= used + ROOMY_PLOT)

    def _scale(self) -> float:
        return pen_scale(self.font())

    def _style(self) -> None:
        s = self._scale()
        self.curve.setPen(pg.mkPen(palette.CURVE, width=3 * s))
        dashed = Qt.PenStyle.DashLine
        self.deriv.setPen(pg.mkPen(palette.DERIVATIVE, width=2.5 * s, style=dashed))
        self.tangent.setPen(pg.mkPen(palette.INK, width=2.5 * s))
        self.marker.setSize(14 * s)
        self.marker.setBrush(pg.mkBrush(palette.MARKER))
        self.marker.setPen(pg.mkPen(palette.PAPER, width=1.5 * s))
        self.deriv_marker.setSize(12 * s)
        self.deriv_marker.setBrush(pg.mkBrush(palette.DERIVATIVE))
        self.deriv_marker.setPen(pg.mkPen(palette.PAPER, width=1.5 * s))
        size = self.font().pointSizeF()
        tick = QFont(self.font())
        tick.setPointSizeF(size * 1.05)
        for side in ("bottom", "left"):
            axis = self.plot.getAxis(side)
            axis.setTickFont(tick)
            axis.setTextPen(pg.mkPen(palette.INK))
            axis.setPen(pg.mkPen(palette.INK, width=s))
            axis.label.setFont(tick)
        big = QFont(self.font())
        big.setPointSizeF(size * 1.2)
        big.setBold(True)
        self.title.setFont(big)
        info = QFont(self.font())
        info.setPointSizeF(size * 1.1)
        self.info.setFont(info)
        self.dot.setFont(info)
        for label in (self.formula, self.derivative, self.description):
            label.setFont(self.font())
        small = QFont(self.font())
        # A little smaller than the numbers, except in presentation's large type, where
        # nothing is smaller than the formulas (the app font grew: its size is the floor).
        large = size >= self._base_point_size * 1.2
        small.setPointSizeF(size * (1.0 if large else 0.95))
        self.key.setFont(small)
        self._ranges = None

    # ---- content ----------------------------------------------------------------
    def marker_position(self):
        """``(a, z)`` of the marker, or None when no neuron is computed."""
        x, y = self.marker.getData()
        return (float(x[0]), float(y[0])) if len(x) else None

    def compared(self) -> tuple[str, ...]:
        """The activations overlaid (ticked in the Compare menu), in the menu's order."""
        return self._compare.chosen()

    def set_compared(self, names) -> None:
        """Overlay exactly the activations ``names`` (what ticking them in Compare does)."""
        self._compare.set_chosen(names)
        self._on_step_changed()

    @property
    def wide_range(self) -> bool:
        """Whether a is plotted over −10..10 (seeds 002, 003) instead of −5..5."""
        return self.wide_button.isChecked()

    def set_wide_range(self, wide: bool) -> None:
        self.wide_button.setChecked(wide)

    def compare_curve(self, name: str) -> pg.PlotDataItem | None:
        """The curve drawn for a compared activation (hidden once unticked), or None if
        it was never compared.  Read-only; for tests and automation."""
        return self._compare.items.get(name)

    def _focus(self):
        """The layer to show and the record to mark (or None)."""
        cursor, sel = self.document.cursor, self.document.selection
        rec = cursor.current()
        if rec is not None:
            return rec.layer, rec
        if sel is not None and sel.column >= 1:
            return sel.column - 1, None
        nxt = cursor.next_record()
        return (nxt.layer if nxt is not None else 0), None

    def _on_step_changed(self) -> None:
        if not hasattr(self, "key"):
            return
        if self.document.live and self.visibleRegion().isEmpty():
            return  # a training run's weights, behind another tab: its end redraws
        layers = self.document.network.layers
        index, rec = self._focus()
        index = min(index, len(layers) - 1)
        layer = layers[index]
        self.layer_index, self.activation_name, self._record = index, layer.activation, rec
        half = texts.WIDE if self.wide_range else texts.NARROW
        a = plot_range(None if rec is None else rec.a, half)
        z, dz = self._layer_curve(layer, a, rec)
        # Redraw the curves only when they change: within a layer only the marker moves,
        # and unchanged axes need no repaint (most of a step's time at 1280×720).
        key = (layer.activation, a[0], a[-1], z.tobytes(), self.compared(), rec is None)
        if key != self._curve_key:
            self._curve_key = key
            self.curve.setData(a, z)
            self.deriv.setData(a, dz)
            self._shade(a, dz)
            shown = [z, dz] + self._compare.draw(a, 2 * self._scale())
            self._drawn = (a, shown)
            finite = np.concatenate([v[np.isfinite(v)] for v in shown])
            self._x_range = (float(a[0]), float(a[-1]))
            self._y_data = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
            self._legend()
            self._fit_ranges()
        self._mark(rec, layer)
        self._label(index, layer, rec)

    def _layer_curve(self, layer, a, rec):
        if layer.activation != "softmax":
            return curve(layer.activation, a, layer.slope((), False, None))
        k = rec.neuron if rec is not None and rec.layer == self.layer_index else 0
        return softmax_share(a, np.delete(self._softmax_inputs(rec), k))

    def _softmax_inputs(self, rec) -> np.ndarray:
        """The a of every neuron of the softmax layer shown, shape (n_out,)."""
        if isinstance(rec, sim.ForwardStep):
            return rec.softmax.a  # the record holds its whole layer
        # Shown for a selection or a backward step: every forward record of the
        # layer holds the same parts, and the first is enough.
        return self.document.cursor.forward_record(self.layer_index, 0).softmax.a

    def _shade(self, a, dz) -> None:
        runs = saturated_runs(a, dz)
        for i, region in enumerate(self.regions):
            region.setVisible(i < len(runs))
            if i < len(runs):
                region.setRegion(runs[i])

    def _mark(self, rec, layer) -> None:
        key = None if rec is None else (float(rec.a), float(rec.z), slope_at(rec, layer))
        if key == self._marked:
            return  # the same marker: setData would repaint the plot all the same
        self._marked = key
        if rec is None:
            for item in (self.marker, self.deriv_marker, self.tangent):
                item.setData([], [])
            return
        self.marker.setData([rec.a], [rec.z])
        self.deriv_marker.setData([rec.a], [key[2]])
        ta = np.array([rec.a - TANGENT_HALF, rec.a + TANGENT_HALF])
        self.tangent.setData(ta, rec.z + key[2] * (ta - rec.a))

    def _legend(self) -> None:
        """The colour key: short names, one label each (a narrow dock never splits one)."""
        curve, slope = texts.curve_names(self.activation_name == "softmax")
        items = [(palette.CURVE, "━", curve), (palette.DERIVATIVE, "╍", slope)]
        if self._record is not None:
            items.append((palette.INK, "━", self.tr("tangent")))
        if any(region.isVisible() for region in self.regions):
            items.append((palette.SATURATED, "▓", self.tr("saturated")))
        items += self._compare.key_items()
        if self.key.set_items(items):
            self._ranges = None

    def _fit_ranges(self) -> None:
        """Set the view's ranges so the key in the top-left corner covers no curve."""
        rect = self.plot.mapFromScene(self.view_box.sceneBoundingRect()).boundingRect()
        key_h = self.key.place(rect.adjusted(KEY_INSET, KEY_INSET, -KEY_INSET, 0))
        ranges = ranges_beside_key(
            self._x_range,
            self._y_data,
            self._drawn,
            (rect.width(), rect.height()),
            (self.key.width(), key_h),
            KEY_INSET + 4,
        )
        (x0, x1), (bottom, top) = ranges
        if ranges != self._ranges:  # an unchanged range repaints nothing
            self._ranges = ranges
            self.view_box.setRange(xRange=(x0, x1), yRange=(bottom, top), padding=0)
        # Now, after a new range or size: during the paint it would ask for another paint,
        # of the whole plot, and so would an axis taking a new width for its numbers.
        self.view_box.updateMatrix()
        draw_axes_now(self.plot.getPlotItem())

    def _label(self, index, layer, rec) -> None:
        name = activation_label(layer.activation)
        n_columns = len(self.document.network.layers) + 1
        where = describe.layer_name(index + 1, n_columns)
        self.title.setText(fill(self.tr("%1: %2"), where[:1].upper() + where[1:], name))
        self.formula.setText(activation_formula(layer.activation, layer.leaky_slope))
        self.derivative.setText(activation_derivative(layer.activation, layer.leaky_slope))
        self.description.setText(activation_description(layer.activation))
        self._fit_lines()
        for widget in (self.dot, self.info):
            widget.setVisible(rec is not None)
        if rec is not None:
            here = texts.here(rec)
            if here != self.info.text():  # an unchanged text costs no relayout
                self.info.setText(here)
