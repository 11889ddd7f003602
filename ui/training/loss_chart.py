"""The loss chart: train and test loss per epoch, accuracy on its own axis, a hover readout.

A view of the training model (objectName ``lossChart``).  One plot made when first
in sight, fed with ``setData`` on the clock's ticks: the losses on the left axis
(a log scale on request, remembered), accuracy (or R² for regression) on the
right one from 0 to 1.  A summary above says where training stands; with the
pointer over the plot it reads out that epoch's four figures instead.

The timeline's bar sits under the plot (``add_footer``): the epoch it shows is
marked by a line across the plot, and pinned runs' losses are drawn in their own
colours, labelled with their settings (``timeline.pins``).

The log scale is drawn by plotting log10 of the losses on a plain axis whose
labels read the losses themselves (``LossAxis``): pyqtgraph's own log axis labels
only powers of ten, so a loss falling from 0.127 to 0.124 showed no label at all.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.files import settings
from ui.panels.plots.grid import light_grid, pen_scale
from ui.text import palette

from .figures import loss_text, score_text
from .plot_style import fitting_title, style_axes
from .quiet_box import QuietBox
from .sight import InSight
from .timeline.pins import PinLines

TRAIN, TEST = palette.POSITIVE, palette.NEGATIVE
TRAIN_ACCURACY, TEST_ACCURACY = palette.TRAIN_ACCURACY, palette.TEST_ACCURACY
MAX_DRAWN = 400  # points a line: about one a pixel of the chart; longer histories are thinned


def _nice_ceiling(n: float) -> float:
    """The smallest 1, 2 or 5 × 10ᵏ that is at least ``n``."""
    power = 10.0 ** np.floor(np.log10(n))
    for k in (1, 2, 5, 10):
        if k * power >= n:
            return k * power
    return 10 * power


class LossAxis(pg.AxisItem):
    """The loss axis: its values are log10 of the losses when ``log`` is on."""

    log = False

    def tickValues(self, minVal, maxVal, size):
        if not self.log or not (np.isfinite(minVal) and np.isfinite(maxVal)):
            return super().tickValues(minVal, maxVal, size)
        if maxVal - minVal >= 1.0:  # a decade or more: 1, 2, 5 times the powers of ten
            decades = np.arange(np.floor(minVal), np.ceil(maxVal) + 1)
            step = _decade_step(maxVal - minVal, size, self._label_height())
            major = [d for d in decades if minVal <= d <= maxVal and d % step == 0]
            minor = [d + np.log10(k) for d in decades for k in (2, 5)]
            minor = [v for v in minor if minVal <= v <= maxVal]
            return [(1.0, major), (0.5, minor)] if maxVal - minVal < 3 else [(1.0, major)]
        # under a decade: round values of the loss itself, placed at their logarithms
        low, high = 10.0**minVal, 10.0**maxVal
        ticks = super().tickValues(low, high, size)
        return [(spacing, [np.log10(v) for v in values if v > 0]) for spacing, values in ticks]

    def _label_height(self) -> float:
        return QFontMetricsF(self.style["tickFont"] or self.font()).height()

    def tickStrings(self, values, scale, spacing):
        if not self.log:
            return super().tickStrings(values, scale, spacing)
        with np.errstate(over="ignore"):
            return [_short(10.0**v) for v in values]


def _decade_step(decades: float, pixels: float, label: float) -> int:
    """Decades between labelled ticks (1, 2, 3...), the fewest that keep labels ``label``
    px high a third of their height apart over ``decades`` drawn in ``pixels``: a run
    whose loss fell by twelve decades wrote them on top of one another."""
    return max(1, math.ceil(1.3 * label * decades / max(pixels, 1.0)))


def _short(value: float) -> str:
    """A tick label with as few digits as tell it apart: 0.1, 0.0035, 1.2e-05."""
    text = f"{value:.3g}"
    return text.replace("e-0", "e-")


class LossChart(InSight, QWidget):
    """Loss and accuracy per epoch of ``model``'s history."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setObjectName("lossChart")
        self.model = model
        self.summary = QLabel(self)
        self.summary.setObjectName("lossSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # a narrow dock shows it on two lines
        self.summary.setAutoFillBackground(True)  # opaque: its repaints stop at itself
        self._summary_box = QuietBox(self.summary, self)  # its text lays out nothing
        self.log_scale = QCheckBox(self)
        self.log_scale.setObjectName("logScaleCheckBox")
        self.log_scale.setChecked(settings.open_settings().value("lossChart/log", True, type=bool))
        self.plot: pg.PlotWidget | None = None
        self._marked: int | None = None  # the timeline's epoch shown, marked on the plot
        self._hover_epoch: int | None = None
        self._drawn = -1  # history length last drawn
        self._pins_drawn = None  # (pins, log scale, pen width) last drawn, see _draw_pins
        self._pinned = np.zeros(0)  # their values as drawn
        self._arrays: dict[str, np.ndarray] = {}  # the history as arrays, see _series
        top = QHBoxLayout()
        top.addWidget(self._summary_box, 1)
        top.addWidget(self.log_scale)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(4, 2, 4, 2)
        self._box.setSpacing(2)
        self._box.addLayout(top)
        self._placeholder = QWidget(self)
        self._box.addWidget(self._placeholder, 1)
        self.log_scale.toggled.connect(self._on_log_toggled)
        self._fix_summary_height()
        model.clock.frame.connect(self._on_tick)
        model.progressChanged.connect(self._on_progress_changed)
        model.timeline.shownChanged.connect(lambda: self.set_marker(model.timeline.shown_epoch))
        model.timeline.pins.changed.connect(self._on_progress_changed)
        self.retranslate()

    def add_footer(self, widget) -> None:
        """Put ``widget`` (the timeline's bar) under the plot."""
        self._box.addWidget(widget)

    def set_marker(self, epoch: int | None) -> None:
        """Mark ``epoch`` across the plot (the timeline shows it), or nothing."""
        self._marked = epoch
        if self.plot is not None:
            self.marker.setVisible(epoch is not None)
            self.marker.setValue(epoch or 0)

    def _build(self) -> pg.PlotWidget:
        if self.plot is not None:
            return self.plot
        self.loss_axis = LossAxis("left")
        self.loss_axis.enableAutoSIPrefix(False)
        plot = self.plot = pg.PlotWidget(self, axisItems={"left": self.loss_axis})
        plot.setObjectName("lossPlot")
        plot.setBackground(palette.PAPER)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.getPlotItem().vb.disableAutoRange()  # see _fit_ranges
        grid = light_grid()
        plot.addItem(grid, ignoreBounds=True)
        item = plot.getPlotItem()
        width = 2.0 * pen_scale(self.font())
        # Curves, not PlotDataItems: their setData at every frame costs a third.  Solid
        # lines only: a dashed pen over a thousand epochs took 1 ms a line to draw.
        self.train_line = pg.PlotCurveItem(pen=pg.mkPen(TRAIN, width=width))
        self.test_line = pg.PlotCurveItem(pen=pg.mkPen(TEST, width=width))
        plot.addItem(self.train_line)
        plot.addItem(self.test_line)
        self.accuracy_box = pg.ViewBox()
        item.showAxis("right")
        item.getAxis("right").enableAutoSIPrefix(False)
        item.scene().addItem(self.accuracy_box)
        item.getAxis("right").linkToView(self.accuracy_box)
        self.accuracy_box.setXLink(item.vb)
        self.accuracy_box.setYRange(0.0, 1.0, padding=0.02)
        self.accuracy_box.setMouseEnabled(False, False)
        self.train_accuracy = pg.PlotCurveItem(pen=pg.mkPen(TRAIN_ACCURACY, width=width * 0.75))
        self.test_accuracy = pg.PlotCurveItem(pen=pg.mkPen(TEST_ACCURACY, width=width * 0.75))
        self.accuracy_box.addItem(self.train_accuracy)
        self.accuracy_box.addItem(self.test_accuracy)
        item.vb.sigResized.connect(
            lambda: self.accuracy_box.setGeometry(item.vb.sceneBoundingRect())
        )
        item.vb.sigResized.connect(self._fit_loss_label)
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.HOVER_LINE, width=1))
        self.cursor.hide()
        plot.addItem(self.cursor, ignoreBounds=True)
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.ACCENT, width=2.5))
        plot.addItem(self.marker, ignoreBounds=True)
        self.pin_lines = PinLines(plot)
        self.set_marker(self._marked)
        plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # The grid and the axes change only with the ranges (see _fit_ranges): kept as
        # pictures, a frame copies them instead of drawing every line and label again.
        for axis_item in (grid, *(item.getAxis(a) for a in ("left", "bottom", "right"))):
            axis_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._placeholder.hide()
        self._box.addWidget(plot, 1)
        self._style()
        self._apply_log()
        self.retranslate()
        return plot

    # ---- drawing ------------------------------------------------------------------
    def refresh(self) -> None:
        self._build()
        self._drawn = -1
        self._on_tick()

    def _on_progress_changed(self) -> None:
        self._drawn = -1
        self._arrays = {}  # an undo or a reset may have replaced the history
        self._pins_drawn = None  # or the pins changed
        self.model.clock.poke()

    def _on_tick(self) -> None:
        h = self.model.history
        if not self.in_sight:
            return
        if self.plot is not None and len(h) != self._drawn:
            self._drawn = len(h)
            self._draw(h)
        self._write_summary()

    def _series(self, name: str, values: list) -> np.ndarray:
        """``values`` as an array, converting only what was added since the last frame
        (a long run's history would otherwise be converted whole at every frame)."""
        have = self._arrays.get(name)
        if have is None or len(have) > len(values):
            have = np.zeros(0)
        if len(have) < len(values):
            have = np.concatenate([have, np.asarray(values[len(have) :], dtype=float)])
        self._arrays[name] = have
        return have

    def _draw(self, h) -> None:
        n = len(h)
        step = max(1, -(-n // MAX_DRAWN))
        epochs = np.arange(1, n + 1)[::step]
        losses = []
        for line, name in (
            (self.train_line, "train_loss"),
            (self.test_line, "test_loss"),
            (self.train_accuracy, "train_accuracy"),
            (self.test_accuracy, "test_accuracy"),
        ):
            y = self._series(name, getattr(h, name))[::step]
            if line in (self.train_line, self.test_line):
                if self.log_scale.isChecked():
                    with np.errstate(divide="ignore", invalid="ignore"):
                        y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
                losses.append(y)
            line.setData(epochs, y, connect="finite")
        pins = self.model.timeline.pins
        self._fit_ranges(max(n, pins.longest), np.concatenate([*losses, self._draw_pins(pins)]))

    def _draw_pins(self, pins) -> np.ndarray:
        """The pinned runs' lines, made again only when they or the scale changed (not at
        every frame of a run); their values as drawn."""
        width = 1.5 * pen_scale(self.font())
        key = (tuple(map(id, pins.pins)), self.log_scale.isChecked(), width)
        if key != self._pins_drawn:
            self._pins_drawn = key
            self._pinned = self.pin_lines.draw(pins.pins, key[1], MAX_DRAWN, width)
        return self._pinned

    def _fit_ranges(self, n: int, y: np.ndarray) -> None:
        """Ranges that change in steps, not at every epoch: a new range redraws the axes.

        The epochs axis grows to the next 1, 2 or 5 × 10ᵏ; the loss axis spans whole
        decades on the log scale, and 0 to the next 1, 2 or 5 × 10ᵏ otherwise.
        """
        vb = self.plot.getPlotItem().vb
        (x0, x1), (y0, y1) = vb.viewRange()
        x_high = _nice_ceiling(max(n, 10))
        if x1 != x_high:
            vb.setXRange(0, x_high, padding=0)
        y = y[np.isfinite(y)]
        if not y.size:
            return
        if self.log_scale.isChecked():
            low, high = np.floor(y.min()), np.ceil(y.max())
            low, high = float(low), float(max(high, low + 1))
        else:
            low, high = 0.0, _nice_ceiling(max(float(y.max()), 1e-12))
        if (low, high) != (y0, y1):
            vb.setYRange(low, high, padding=0)

    def _write_summary(self) -> None:
        m = self.model
        h = m.history
        e = self._hover_epoch if self._hover_epoch is not None else len(h)
        regression = m.kind == "regression"
        if e == 0 or e > len(h):
            text = self.tr("Epoch %1: press Train (Ctrl+T) to see the loss fall").replace(
                "%1", str(m.epoch)
            )
        else:
            i = e - 1
            # Two short lines, each fitting a 370-pixel dock (the label is two lines high);
            # blue is training, orange test, as the lines are.
            text = self.tr(
                "Epoch %1 · loss <b style='color:%2'>%3</b> / <b style='color:%4'>%5</b><br>"
                "%6 <b style='color:%2'>%7</b> / <b style='color:%4'>%8</b>"
            )
            text = (
                text.replace("%1", str(m.epoch if self._hover_epoch is None else e))
                .replace("%2", TRAIN)
                .replace("%3", loss_text(h.train_loss[i]))
                .replace("%4", TEST)
                .replace("%5", loss_text(h.test_loss[i]))
                .replace("%6", self.tr("R²") if regression else self.tr("accuracy"))
                .replace("%7", score_text(h.train_accuracy[i], regression))
                .replace("%8", score_text(h.test_accuracy[i], regression))
            )
        self._summary_box.set_text(text)

    # ---- hover and options ------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        vb = self.plot.getPlotItem().vb
        n = len(self.model.history)
        if not vb.sceneBoundingRect().contains(pos) or n == 0:
            self._hover_epoch = None
            self.cursor.hide()
        else:
            x = vb.mapSceneToView(pos).x()
            self._hover_epoch = int(min(max(round(x), 1), n))
            self.cursor.setValue(self._hover_epoch)
            self.cursor.show()
        self._write_summary()

    def leaveEvent(self, event) -> None:
        self._hover_epoch = None
        if self.plot is not None:
            self.cursor.hide()
        self._write_summary()
        super().leaveEvent(event)

    def _on_log_toggled(self, on: bool) -> None:
        settings.open_settings().setValue("lossChart/log", on)
        self._apply_log()
        self._drawn = -1
        self._on_tick()

    def _apply_log(self) -> None:
        if self.plot is not None:
            self.loss_axis.log = self.log_scale.isChecked()
            self.loss_axis.picture = None  # its labels change
            self.loss_axis.update()

    # ---- texts ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fix_summary_height()
            if self.plot is not None:
                self._style()
                self._fit_loss_label()  # a larger title may no longer fit
        super().changeEvent(event)

    def _style(self) -> None:
        """Axes and lines as large as the font asks (presentation mode: 1.5×)."""
        style_axes(self.plot, self.font(), ("left", "bottom", "right"))
        # Room above the plot for half a tick label: the top one ("1", "1.0") was cut.
        half = QFontMetrics(self.plot.getAxis("left").style["tickFont"]).height() // 2
        self.plot.getPlotItem().layout.setContentsMargins(0, half, 0, 0)
        width = 2.0 * pen_scale(self.font())
        self.train_line.setPen(pg.mkPen(TRAIN, width=width))
        self.test_line.setPen(pg.mkPen(TEST, width=width))
        self.train_accuracy.setPen(pg.mkPen(TRAIN_ACCURACY, width=width * 0.75))
        self.test_accuracy.setPen(pg.mkPen(TEST_ACCURACY, width=width * 0.75))

    def _fit_loss_label(self) -> None:
        """The left axis names the colours when the chart is tall enough, else "loss"."""
        if self.plot is not None and getattr(self, "_loss_labels", None):
            wanted = fitting_title(self.plot.getPlotItem(), "left", *self._loss_labels)
            if wanted != self._loss_label:
                self._loss_label = wanted
                self.plot.getPlotItem().setLabel("left", wanted)

    def _fix_summary_height(self) -> None:
        """Two lines of the summary's font: room for its text wrapped once."""
        self._summary_box.setFixedHeight(2 * self.summary.fontMetrics().lineSpacing() + 4)

    def retranslate(self) -> None:
        self.summary.setToolTip(self.tr("Blue: the training points; orange: the test points"))
        self.log_scale.setText(self.tr("Log scale"))
        self.log_scale.setToolTip(
            self.tr("Show the loss on a logarithmic axis, where small losses still differ")
        )
        if self.plot is not None:
            item = self.plot.getPlotItem()
            item.setLabel("bottom", self.tr("epoch"))
            loss = self.tr("loss: <span style='color:%1'>train</span>, %2")
            test = self.tr("<span style='color:%1'>test</span>").replace("%1", TEST)
            self._loss_labels = (loss.replace("%1", TRAIN).replace("%2", test), self.tr("loss"))
            self._loss_label = None
            self._fit_loss_label()
            regression = self.model.kind == "regression"
            score = self.tr("R²") if regression else self.tr("accuracy")
            item.setLabel("right", score)
        self._write_summary()
