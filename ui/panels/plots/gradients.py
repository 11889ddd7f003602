"""The gradient panel: δ of each neuron by layer, mean |∂E/∂W|, and their history.

Three plots (one tab each) created once, when the panel is first shown or its
charts first read (at start its dock sits behind another), and fed with
``setOpts``/``setData``: the δ of every neuron the backward pass has computed,
grouped by layer; the mean |∂E/∂W| of each layer; and, across Apply-update
presses, each layer's gradient norm on a log scale, where vanishing gradients
show as lines falling apart.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ui.text import palette
from ui.text.notation import letters, spans

from .gradient_charts import (
    NEGATIVE,
    POSITIVE,
    Charts,
    largest,
    log_floor,
    log_heights,
    log_ticks,
    update_ticks,
)
from .grid import pen_scale

__all__ = ["CHARTS", "GradientPanel", "log_ticks", "update_ticks"]
CHARTS = ("delta", "dw", "history")  # the tabs, in order
MAX_NAMED = 5  # more layers than this: the bar charts' ticks are numbers over "layer"
SMALL_BAR = 0.2  # of the axis: a bar shorter than this gets its value written beside it


class GradientPanel(QWidget):
    """Panel showing deltas and gradient norms per layer.

    objectName ``gradientPanel``.  ``deltas()`` and ``mean_abs_dW()`` return
    what the bars show, ``history_lines()`` the history's lines and ``axis_ticks()``
    what an axis reads, for tests and for anyone reading the numbers.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("gradientPanel")
        self.document = document
        self._charts: Charts | None = None  # built when first shown or first read
        self._shown = None
        self._ranges: dict = {}  # what each chart's range and ticks were last set to
        self._texts_key = 0  # bumped by retranslate and font changes to force a redraw
        self.hint = QLabel(self)  # shown before the first backward step: whole, wrapped
        self.hint.setWordWrap(True)
        # Stands where the charts go until they are built: at start this dock sits behind
        # the Activation tab, and three plots cost about a fifth of the window's start-up.
        self._placeholder = QWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self._placeholder, 1)
        self._style()
        self.retranslate()
        document.stepChanged.connect(self._on_step_changed)
        # A dock's tab behind another is shown too, only off-screen: in a dock, the charts
        # wait until the dock says it is in sight.
        self._watched_dock = parent if isinstance(parent, QDockWidget) else None
        if self._watched_dock is not None:
            self._watched_dock.visibilityChanged.connect(self._on_dock_visibility)

    # ---- the charts, built on first need ------------------------------------------
    tabs = property(lambda self: self._built().tabs)
    delta_plot = property(lambda self: self._built().delta_plot)
    dw_plot = property(lambda self: self._built().dw_plot)
    history_plot = property(lambda self: self._built().history_plot)
    history_key = property(lambda self: self._built().history_key)
    delta_bars = property(lambda self: self._built().delta_bars)
    dw_bars = property(lambda self: self._built().dw_bars)
    _history_lines = property(lambda self: self._built().history_lines)
    log_box = property(lambda self: self._built().log_box)
    delta_labels = property(lambda self: self._built().delta_labels)
    dw_labels = property(lambda self: self._built().dw_labels)

    def showEvent(self, event) -> None:
        if self._watched_dock is not self.parentWidget():
            self._built()
        super().showEvent(event)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._built()

    def _built(self) -> Charts:
        """The charts, building them (and drawing the current state) the first time."""
        if self._charts is None:
            self._charts = Charts()
            self._charts.log_box.toggled.connect(self._on_log_toggled)
            self.layout().replaceWidget(self._placeholder, self._charts.tabs)
            self._placeholder.deleteLater()
            if self.isVisible():  # else Qt shows the tabs one event later
                self._charts.tabs.show()
            self._style()
            self.retranslate()  # draws the current state
        return self._charts

    # ---- language and size ----------------------------------------------------
    def retranslate(self) -> None:
        titles = [self.tr("δ per neuron"), self.tr("mean |∂E/∂W|"), self.tr("history")]
        tips = [
            spans(self.tr("⟦δ = ∂E/∂a⟧ of each neuron the backward pass has computed, by layer")),
            self.tr("The mean |∂E/∂W| of each layer's incoming weights"),
            self.tr("Each layer's gradient norm at every Apply update, on a log scale"),
        ]
        self._texts_key += 1
        charts = self._charts
        if charts is not None:
            for i, (title, tip) in enumerate(zip(titles, tips)):
                charts.tabs.setTabText(i, title)
                charts.tabs.setTabToolTip(i, tip)
            charts.delta_plot.setLabel("left", letters("δ = ∂E/∂a"))
            charts.dw_plot.setLabel("left", "mean |∂E/∂W|")
            charts.history_plot.setLabel("left", "‖∂E/∂W‖")
            charts.history_plot.setLabel("bottom", self.tr("update"))
            charts.log_box.setText(self.tr("Log scale (|value| in powers of ten)"))
            charts.log_box.setToolTip(
                self.tr("Small gradients show as bars too: each bar's height is log10 of its size")
            )
        self._on_step_changed()

    def _on_log_toggled(self, _on: bool) -> None:
        self._texts_key += 1  # redraw the bars on the other scale
        self._on_step_changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._style()
            self.retranslate()
        super().changeEvent(event)

    def _style(self) -> None:
        size = self.font().pointSizeF()
        tick = QFont(self.font())
        tick.setPointSizeF(size)
        hint = QFont(self.font())
        hint.setPointSizeF(size * 1.1)
        self.hint.setFont(hint)
        if self._charts is None:
            return
        for plot in (self.delta_plot, self.dw_plot, self.history_plot):
            for side in ("bottom", "left"):
                axis = plot.getAxis(side)
                axis.setTickFont(tick)
                axis.setTextPen(pg.mkPen(palette.INK))
                axis.label.setFont(tick)  # the axis's name as large as its numbers
        self._tick_font = tick
        for plot in (self.delta_plot, self.dw_plot):
            # The last layer's name may reach past the axis's end: show it anyway.
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        self._name_axes()
        self.history_key.setFont(tick)
        self.delta_labels.font = self.dw_labels.font = tick

    # ---- what is shown ----------------------------------------------------------
    def deltas(self) -> dict[int, np.ndarray]:
        """δ of the computed neurons of each layer: ``{layer: (n computed,)}``."""
        cursor, out = self.document.cursor, {}
        for layer in range(len(self.document.network.layers)):
            delta = cursor.deltas(layer)
            delta = delta[~np.isnan(delta)]  # a layer's neurons are stepped in order
            if delta.size:
                out[layer] = delta
        return out

    def mean_abs_dW(self) -> dict[int, float]:
        """Mean |∂E/∂W| over the computed neurons' incoming weights, per layer."""
        return {layer: _mean_abs_dw(self._inputs(layer), d) for layer, d in self.deltas().items()}

    def show_chart(self, name: str) -> None:
        """Bring chart ``name`` (one of ``CHARTS``: δ bars, mean |∂E/∂W|, history) to the front."""
        if self._charts is not None or name != CHARTS[0]:  # at start the first is in front
            self.tabs.setCurrentIndex(CHARTS.index(name))

    def shown_chart(self) -> str:
        """The chart in front: one of ``CHARTS``."""
        return CHARTS[self.tabs.currentIndex()] if self._charts is not None else CHARTS[0]

    def set_log_scale(self, on: bool) -> None:
        """Draw the bars' |values| on powers of ten (the box above the bar charts)."""
        if self._charts is not None or on:  # unticked at start: no need to build the charts
            self.log_box.setChecked(on)

    def log_scale(self) -> bool:
        return self._charts is not None and self.log_box.isChecked()

    def history_lines(self) -> list[pg.PlotDataItem]:
        """The history chart's line of each layer now drawn, layer 1 first (read-only)."""
        return [line for line in self._history_lines if line.isVisible()]

    def axis_ticks(self, plot, side: str = "bottom") -> list[tuple[float, str]]:
        """The ``(value, label)`` ticks a chart's axis reads along ``side`` (read-only).

        ``plot`` is ``delta_plot``, ``dw_plot`` or ``history_plot``; [] where the
        panel set none and pyqtgraph picks its own.
        """
        return list(self._ranges.get(("ticks", id(plot), side), []))

    def _computed(self) -> bool:
        return bool(self.document.cursor.backward_done)

    def _inputs(self, layer: int) -> np.ndarray:
        """What a layer's neurons receive (x or the previous z): ∂E/∂w_ij = x_i·δ_j."""
        return self.document.cursor.forward_record(layer, 0).inputs

    def _every_delta(self) -> dict[int, np.ndarray]:
        """δ of every neuron of the pass, computed on screen yet or not: the charts' scale."""
        cursor = self.document.cursor
        if not cursor.backward:
            return {}
        return {
            layer: cursor.backward.numbers(layer).delta
            for layer in range(len(self.document.network.layers))
        }

    # ---- redrawing --------------------------------------------------------------
    def _on_step_changed(self) -> None:
        history = self.document.gradient_history
        # A forward step changes nothing here: skip it, so unchanged axes are not repainted.
        # The scale and the slots follow the whole pass and the layer sizes: in the key too.
        cursor = self.document.cursor
        # The records are made anew whenever the pass is recomputed: the same
        # sequence (compared by identity) holds the same numbers.
        key = (
            cursor.backward_done,
            cursor.backward,
            tuple(layer.n_out for layer in self.document.network.layers),
            len(history),
            self._texts_key,
        )
        if key == self._shown:
            return
        self._shown = key
        if self._charts is not None:  # else building draws the state of that moment
            self._draw_deltas(self.deltas())
            self._draw_dw(self.mean_abs_dW())
            self._draw_history(history)
        self.hint.setVisible(not self._computed())
        self.hint.setText(
            self.tr(
                "Step the backward pass (Shift+→) to see each neuron's δ; "
                "Apply update adds a point to the history."
            )
        )
        self.setToolTip(
            self.tr(
                "Blue: positive, orange: negative. Bars that shrink towards "
                "the input show vanishing gradients."
            )
        )

    def _layer_name(self, k: int) -> str:
        """ "layer 2" for ``network.layers[1]``: the charts' axis and key label."""
        return self.tr("layer %1").replace("%1", str(k + 1))

    def _compact(self) -> bool:
        """Whether the bar charts name the layers by number, the word once under them: seven
        "layer k" side by side in a dock run into each other."""
        return len(self.document.network.layers) > MAX_NAMED

    def _tick_name(self, k: int) -> str:
        return str(k + 1) if self._compact() else self._layer_name(k)

    def _name_axes(self) -> None:
        """The bar charts' bottom axes: tall enough for their ticks (and the word "layer")."""
        compact = self._compact()
        height = QFontMetrics(self._tick_font).height()
        key = (compact, self.tr("layer"), height)
        if self._charts is None or self._ranges.get("axes") == key:
            return
        self._ranges["axes"] = key
        for plot in (self.delta_plot, self.dw_plot):
            axis = plot.getAxis("bottom")
            axis.label.setFont(self._tick_font)
            axis.setLabel(key[1] if compact else None, color=palette.INK)
            axis.setHeight(height * (2 if compact else 1) + 10)  # "layer 1" whole

    def _draw_deltas(self, deltas: dict[int, np.ndarray]) -> None:
        """Bars at fixed places (every layer's slot drawn from the start) on a fixed range:
        the bars appear one by one and nothing rescales, so heights compare across steps."""
        sizes = [layer.n_out for layer in self.document.network.layers]
        starts = np.concatenate(([0], np.cumsum(np.array(sizes) + 1)[:-1])).astype(float)
        # in the order they were computed: output layer first, each layer's neurons in order
        bars = [(starts[k] + np.arange(deltas[k].size), deltas[k]) for k in sorted(deltas)[::-1]]
        x = np.concatenate([b[0] for b in bars]) if bars else np.zeros(0)
        h = np.concatenate([b[1] for b in bars]) if bars else np.zeros(0)
        brushes = [pg.mkBrush(POSITIVE if v >= 0 else NEGATIVE) for v in h]
        self._name_axes()
        ticks = [(starts[k] + (n - 1) / 2, self._tick_name(k)) for k, n in enumerate(sizes)]
        self._set_ticks(self.delta_plot, ticks)
        x_range = (-0.6, starts[-1] + sizes[-1] - 0.4)
        every = np.concatenate([np.zeros(0), *self._every_delta().values()])
        self._draw_bars(self.delta_plot, self.delta_bars, self.delta_labels, x, h, every, x_range)
        self.delta_bars.setOpts(brushes=brushes)

    def _draw_dw(self, means: dict[int, float]) -> None:
        layers = sorted(means)
        n = len(self.document.network.layers)
        self._set_ticks(self.dw_plot, [(k, self._tick_name(k)) for k in range(n)])
        every = [_mean_abs_dw(self._inputs(k), d) for k, d in self._every_delta().items()]
        x, h = np.array(layers, dtype=float), np.array([means[k] for k in layers], dtype=float)
        self._draw_bars(self.dw_plot, self.dw_bars, self.dw_labels, x, h, every, (-0.6, n - 0.4))

    def _draw_bars(self, plot, bars, labels, x, h, every, x_range) -> None:
        """Bars of heights ``h`` at ``x`` on a range fixed by ``every`` value of the pass,
        each with its number; on powers of ten when the log box is ticked."""
        if self.log_box.isChecked():
            floor = log_floor(every)
            sizes = [abs(v) for v in every if v != 0 and np.isfinite(v)]  # a step's δ are 0
            top = np.log10(max(sizes)) + 0.15 if sizes else floor + 1
            heights = log_heights(h, floor)
            bars.setOpts(x=x, height=heights, y0=floor, width=bars.opts["width"])
            labels.show([], [], [])  # every bar shows: the axis says how large
            self._set_ticks(plot, log_ticks(10.0**floor, 10.0**top), "left")
            self._set_range(plot, x_range, (floor, top + 0.25))
            return
        top = largest(abs(v) for v in every)
        bars.setOpts(x=x, height=h, y0=0.0, width=bars.opts["width"])
        small = np.abs(h) < SMALL_BAR * top  # a bar too short to read carries its number
        labels.show(x[small], np.zeros(int(small.sum())), h[small])
        self._set_ticks(plot, None, "left")
        low = -top if plot is self.delta_plot else 0.0
        self._set_range(plot, x_range, (low, top))

    def _set_range(self, plot, x: tuple[float, float], y: tuple[float, float]) -> None:
        """Set a fixed range, only when it changed: an unchanged one repaints no axis."""
        if self._ranges.get(id(plot)) != (x, y):
            self._ranges[id(plot)] = (x, y)
            plot.getViewBox().setRange(xRange=x, yRange=y, padding=0)

    def _set_ticks(self, plot, ticks: list, side: str = "bottom") -> None:
        """Set an axis's ticks, only when they changed: setting repaints the axis."""
        key = ("ticks", id(plot), side)
        if self._ranges.get(key) != ticks:
            self._ranges[key] = ticks
            plot.getAxis(side).setTicks(None if ticks is None else [ticks])

    def _draw_history(self, history: list) -> None:
        n_layers = max((len(h) for h in history), default=0)
        while len(self._history_lines) < n_layers:
            colour = palette.LAYERS[len(self._history_lines) % len(palette.LAYERS)]
            width = 2.5 * pen_scale(self.font())
            self._history_lines.append(
                self.history_plot.plot(
                    pen=pg.mkPen(colour, width=width), symbol="o", symbolSize=6, symbolBrush=colour
                )
            )
        entries = []
        for k, line in enumerate(self._history_lines):
            ys = np.array([h[k] if k < len(h) else np.nan for h in history], dtype=float)
            ys = np.where(ys > 0, ys, np.nan)  # log scale: a zero norm cannot be drawn
            line.setData(np.arange(1, len(history) + 1), ys)
            line.setVisible(k < n_layers)
            if k < n_layers:
                colour = line.opts["pen"].color().name()
                name = self._layer_name(k).replace(" ", "&nbsp;")
                entries.append(f'<span style="color:{colour}"><b>━</b></span>&nbsp;{name}')
        self.history_key.setText("&nbsp;&nbsp; ".join(entries))
        self.history_key.setVisible(bool(entries))
        self._set_ticks(self.history_plot, update_ticks(len(history)))
        norms = np.array([v for h in history for v in h if v > 0], dtype=float)
        if norms.size:  # pyqtgraph's own log ticks label 2..9 too: unreadable when short
            self._set_ticks(self.history_plot, log_ticks(norms.min(), norms.max()), "left")


def _mean_abs_dw(inputs: np.ndarray, deltas: np.ndarray) -> float:
    """Mean |x_i·δ_j| over a layer's inputs and neurons: mean|x| times mean|δ|.

    The same number as averaging every |∂E/∂w| of the neurons, without making
    the n_in × n_out products (4 million for a 2048-2048 layer).
    """
    if not deltas.size or not inputs.size:
        return 0.0
    return float(np.mean(np.abs(inputs)) * np.mean(np.abs(deltas)))
