"""The decision view: the network's output over the plane behind the data points.

A view of the training model (objectName ``decisionView``).  2-D data: a
100×100 heatmap (one ``ImageItem`` of colours from a lookup table) of the output,
or of the neuron hovered or selected on the canvas, behind the training points
(white rims) and test points (black rims).  1-D data: the points and the
output's curve.  Clicking a point makes it the stepping example, clicking the
plane adds a point (the brush's class; Shift the next one), a right-click
removes one.  It draws on the clock's ticks, and only while it is in sight.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.files import settings
from ui.panels.plots.grid import pen_scale
from ui.text import palette

from . import points
from .colours import class_colour, diverging_lut, scale_index
from .describe_map import map_title
from .heat_items import Dots, Heatmap, colours
from .maps import neuron_heatmap, output_heatmap
from .plane import CELLS
from .plot_style import style_axes
from .sight import InSight

POINT_PX = 7.0


class DecisionView(InSight, QWidget):
    """The output (or one neuron) of ``model``'s network over the plane, and the points."""

    def __init__(self, model, brush, parent=None):
        super().__init__(parent)
        self.setObjectName("decisionView")
        self.model, self.brush = model, brush
        self.title = QLabel(self)
        self.title.setObjectName("decisionTitle")
        self.title.setWordWrap(True)
        self.discrete = QCheckBox(self)
        self.discrete.setObjectName("discretiseCheckBox")
        self.show_test = QCheckBox(self)
        self.show_test.setObjectName("showTestCheckBox")
        store = settings.open_settings()
        self.discrete.setChecked(store.value("decision/discrete", False, type=bool))
        self.show_test.setChecked(store.value("decision/showTest", True, type=bool))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot: pg.PlotWidget | None = None
        self._points_key = self._example_key = self._image_bounds = None
        self._indices = None  # what the heatmap shows, as lookup-table indices
        self._layout()
        self.discrete.toggled.connect(self._on_toggle)
        self.show_test.toggled.connect(self._on_toggle)
        model.clock.frame.connect(self._on_tick)
        model.dataChanged.connect(self._on_data_changed)
        model.hoverChanged.connect(model.clock.poke)
        doc = model.document
        for signal in (doc.selectionChanged, doc.exampleChanged):
            signal.connect(model.clock.poke)
        self.retranslate()

    def _layout(self) -> None:
        toggles = QHBoxLayout()
        toggles.addWidget(self.discrete)
        toggles.addWidget(self.show_test)
        toggles.addStretch(1)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(4, 2, 4, 2)
        self._box.setSpacing(2)
        self._box.addWidget(self.title)
        self._box.addLayout(toggles)
        self._box.addWidget(self.note, 1)

    def _build(self) -> pg.PlotWidget:
        """The plot, made when first in sight (a dock behind a tab costs nothing)."""
        if self.plot is not None:
            return self.plot
        plot = self.plot = pg.PlotWidget(self)
        plot.setObjectName("decisionPlot")
        plot.setBackground(palette.PAPER)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        self.image = Heatmap(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(palette.INK, width=2.5))
        plot.addItem(self.curve)
        self.train_dots = Dots(pxMode=True)
        self.test_dots = Dots(pxMode=True)
        self.example = Dots(pxMode=True, brush=None, pen=pg.mkPen(palette.TEST_RIM, width=2.5))
        for item in (self.train_dots, self.test_dots, self.example):
            plot.addItem(item)
        # The points, the example's ring and the axes change far less often than the
        # heatmap under them: each is kept as a picture and only copied at a frame (the
        # ring, painted anew, took pyqtgraph 0.4 ms of every frame).
        cached = (
            self.train_dots,
            self.test_dots,
            self.example,
            *(plot.getAxis(a) for a in ("left", "bottom")),
        )
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        style_axes(plot, self.font())
        plot.scene().sigMouseClicked.connect(self._on_click)
        plot.getViewBox().sigResized.connect(self._on_resized)
        self._box.insertWidget(2, plot, 1)
        self._points_key = self._example_key = self._image_bounds = None
        return plot

    # ---- for tests and anyone reading it ------------------------------------------
    def heatmap(self) -> np.ndarray | None:
        """The indices the heatmap shows now (rows, cols), or None when there is none."""
        self._on_tick(force=True)
        if self.plot is None or self.plot.isHidden() or not self.image.isVisible():
            return None
        return np.array(self._indices)

    def point_view_pos(self, row: int):
        """Where point ``row`` is drawn, in the plot's viewport pixels (for qtbot)."""
        return self.plane_view_pos(*self._point_xy()[row])

    def plane_view_pos(self, x: float, y: float):
        """Where the plane's point (x, y) is, in the plot's viewport pixels (for qtbot)."""
        plot = self._build()
        self._on_tick(force=True)
        scene = plot.getViewBox().mapViewToScene(pg.Point(float(x), float(y)))
        return plot.mapFromScene(scene)

    # ---- drawing ------------------------------------------------------------------
    def refresh(self) -> None:
        self._on_tick(force=True)

    def _on_tick(self, force: bool = False) -> None:
        if not (force or self.in_sight):
            return
        model = self.model
        plane = model.plane
        plane.prepare(model.prepared)
        drawable = plane.dimensions in (1, 2)
        self.note.setVisible(not drawable)
        self.discrete.setVisible(drawable)
        self.show_test.setVisible(drawable)
        if not drawable:
            self._write_note()
            if self.plot is not None:
                self.plot.hide()
            return
        plot = self._build()
        plot.show()
        self._draw_points()
        net = model.network
        outputs = plane.outputs(net)
        focus = model.focus()
        self.title.setText(map_title(model, focus))
        if plane.dimensions == 1:
            self._draw_curve(outputs)
        else:
            self._draw_plane(outputs, focus, net)
        self._draw_example()

    def _draw_plane(self, outputs, focus, net) -> None:
        plane, raw = self.model.plane, self.model.dataset
        self.curve.hide()
        if outputs is None:
            self.image.hide()
            return
        shape = (CELLS, CELLS)
        if focus is None:
            discrete = self.discrete.isChecked()
            heat = output_heatmap(outputs[-1], raw.kind, shape, discrete, self._target_range())
        elif focus[0] == 0:
            heat = neuron_heatmap(plane.input_map(focus[1]), None, shape)
        else:
            column, j = focus
            act = net.layers[column - 1].activation
            heat = neuron_heatmap(outputs[column - 1][:, j], act, shape)
        self._indices = heat.indices
        self.image.set_colours(colours(heat))
        if plane.bounds != self._image_bounds:  # (a new rectangle makes the plot look again)
            self._image_bounds = (x0, x1), (y0, y1) = plane.bounds
            self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.image.show()

    def _target_range(self) -> tuple[float, float]:
        T = self.model.dataset.T
        low, high = float(T.min()), float(T.max())
        return (low, high) if high > low else (low - 1.0, high + 1.0)

    def _draw_curve(self, outputs) -> None:
        self.image.hide()
        if outputs is None:
            self.curve.hide()
            return
        # a copy: the plane fills its outputs again at the next pass
        self.curve.setData(self.model.plane.view.points[:, 0], outputs[-1][:, 0].copy())
        self.curve.show()

    def _point_xy(self) -> np.ndarray:
        raw = self.model.dataset
        if raw.input_size == 1:
            return np.column_stack([raw.X[:, 0], raw.T[:, 0]])
        return raw.X[:, :2]

    def _draw_points(self) -> None:
        prepared = self.model.prepared
        key = (id(prepared), self.show_test.isChecked(), self.font().pointSizeF())
        if key == self._points_key:
            return
        self._points_key = key
        xy, test = self._point_xy(), prepared.is_test()
        brushes = self._brushes(prepared.raw)
        size = POINT_PX * pen_scale(self.font())
        for dots, rows, rim in (
            (self.train_dots, ~test, palette.TRAIN_RIM),
            (self.test_dots, test, palette.TEST_RIM),
        ):
            visible = (
                rows if dots is self.train_dots or self.show_test.isChecked() else rows & False
            )
            dots.setData(
                pos=xy[visible],
                brush=[brushes[i] for i in np.flatnonzero(visible)],
                pen=pg.mkPen(rim, width=1.4),
                size=size,
            )
        (x0, x1), *rest = self.model.plane.bounds
        if rest:
            (y0, y1) = rest[0]
        else:
            y0, y1 = float(xy[:, 1].min()), float(xy[:, 1].max())
            pad = 0.08 * max(y1 - y0, 1e-9)
            y0, y1 = y0 - pad, y1 + pad
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _brushes(self, raw) -> list:
        if raw.kind == "regression":
            lut = diverging_lut(strength=1.0)
            low, high = self._target_range()
            index = scale_index(raw.T[:, 0], low, high)
            table = [pg.mkBrush(*lut[i][:3]) for i in range(len(lut))]
            return [table[i] for i in index]
        table = [pg.mkBrush(class_colour(c)) for c in range(raw.n_classes)]
        return [table[c] for c in raw.labels]

    def _draw_example(self) -> None:
        prepared, doc = self.model.prepared, self.model.document
        size = 2.6 * POINT_PX * pen_scale(self.font())
        key = (id(prepared), doc.network.input_size, np.asarray(doc.input).tobytes(), size)
        if key == self._example_key:  # a run moves no point: its ring is drawn already
            return
        self._example_key = key
        if prepared.input_size != doc.network.input_size:
            self.example.setData(pos=np.zeros((0, 2)))
            return
        rows = np.flatnonzero(np.all(np.isclose(prepared.inputs, doc.input), axis=1))
        self.example.setData(pos=self._point_xy()[rows], size=size)

    # ---- gestures -------------------------------------------------------------------
    def _on_click(self, event) -> None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        width, height = vb.viewPixelSize()
        reach = 1.6 * POINT_PX * pen_scale(self.font())
        row = points.nearest_point(
            self._point_xy(), (p.x(), p.y()), (reach * width, reach * height)
        )
        raw = self.model.dataset
        if event.button() == Qt.MouseButton.RightButton:
            if row is not None:
                points.remove_point(self.model, row)
        elif event.button() == Qt.MouseButton.LeftButton:
            if row is not None:
                points.use_point(self.model, row)
            elif raw.input_size == 1:
                points.add_point(self.model, [p.x()], p.y())
            elif raw.input_size == 2:
                shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                value = (
                    self.brush.target if raw.kind == "regression" else self.brush.class_for(shifted)
                )
                points.add_point(self.model, [p.x(), p.y()], value)
        event.accept()

    def _on_resized(self, vb) -> None:
        """The heatmap fills the view: the plane's grid takes the view's shape."""
        if vb.height() > 0:
            self.model.plane.set_aspect(vb.width() / vb.height())
            self._points_key = None
            self._on_tick()

    def _on_toggle(self) -> None:
        store = settings.open_settings()
        store.setValue("decision/discrete", self.discrete.isChecked())
        store.setValue("decision/showTest", self.show_test.isChecked())
        self._on_tick(force=True)

    def _on_data_changed(self) -> None:
        self._points_key = self._example_key = None
        self.model.clock.poke()

    # ---- texts ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._points_key = None
            if self.plot is not None:
                style_axes(self.plot, self.font())
                self.curve.setPen(pg.mkPen(palette.INK, width=2.5 * pen_scale(self.font())))
        super().changeEvent(event)

    def _write_note(self) -> None:
        text = self.tr("The decision view draws 1-D and 2-D data; these points have %1 inputs.")
        if self.model.ready:
            self.note.setText(text.replace("%1", str(self.model.dataset.input_size)))

    def retranslate(self) -> None:
        self.discrete.setText(self.tr("Discretise output"))
        self.discrete.setToolTip(self.tr("Show only the decision, not how sure the network is"))
        self.show_test.setText(self.tr("Show test data"))
        self.show_test.setToolTip(
            self.tr("Test points have black rims, training points white ones")
        )
        self.setToolTip(
            self.tr(
                "Click a point to step through it; click the plane to add a point "
                "(Shift: the next class); right-click removes one"
            )
        )
        self._on_tick()
