"""The network canvas: the Document's network drawn as columns of neurons.

The scene holds a handful of items whatever the network's size: one
``LayerEdges`` per layer for its edges, one ``HighlightItem``, one ``ColumnItem`` and
one ``HeaderItem`` per column, the "+" insert buttons and the legend.  The
canvas redraws only from the Document's signals; gestures call the Document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from ui.names import activation_label

from . import describe, style
from .columns import ColumnItem
from .edges import LayerEdges, truncated, update_edges
from .header import ButtonItem, HeaderItem
from .interaction import CanvasInteraction
from .layout import CanvasLayout
from .legend import LegendItem, truncation_note
from .overlay import HighlightItem
from .scene_state import (
    column_deltas,
    column_values,
    current_marks,
    is_backward,
    selected_edge_mark,
)

MAX_FIT_SCALE = 1.6
NEW_LAYER_MAX = 8


class NetworkCanvas(CanvasInteraction, QGraphicsView):
    """The network drawn from ``document``; objectName ``networkCanvas``.

    Signals
    -------
    statusMessage(str)
        What the pointer is over, for the window's status bar.
    """

    statusMessage = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.document = document
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setBackgroundBrush(QBrush(style.BACKGROUND))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().setMouseTracking(True)
        self._init_interaction()
        self._user_zoomed = False
        document.networkChanged.connect(self._on_network_changed)
        document.exampleChanged.connect(self._on_example_changed)
        document.stepChanged.connect(self._on_step_changed)
        document.selectionChanged.connect(self._on_selection_changed)
        self._rebuild()

    # ---- public -------------------------------------------------------------
    def fit_view(self) -> None:
        """Zoom so the whole network is visible (never larger than MAX_FIT_SCALE)."""
        content = self._content_rect().adjusted(-20, -20, 20, 20)
        self.fitInView(content, Qt.KeepAspectRatio)
        if self.transform().m11() > MAX_FIT_SCALE:
            self.resetTransform()
            self.scale(MAX_FIT_SCALE, MAX_FIT_SCALE)
            self.centerOn(content.center())
        self._user_zoomed = False

    def neuron_scene_pos(self, column: int, j: int) -> QPointF:
        """Scene position of neuron ``j`` of ``column`` (0 = input)."""
        x, y = self.layout_.columns[column].centres[j]
        return QPointF(float(x), float(y))

    def neuron_view_pos(self, column: int, j: int):
        """Viewport position (QPoint) of a neuron, for qtbot clicks."""
        return self.mapFromScene(self.neuron_scene_pos(column, j))

    def edge_view_pos(self, column: int, source: int, j: int):
        """Viewport position (QPoint) on the edge ``source → j`` into ``column``.

        The midpoint, unless another edge crosses there; then a nearby point
        that hits only this edge.
        """
        p1, p2 = self.neuron_scene_pos(column - 1, source), self.neuron_scene_pos(column, j)
        for t in (0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72):
            pos = self.mapFromScene(p1 + (p2 - p1) * t)
            hit = self.selection_at(pos)
            if hit is not None and hit.kind == "edge" and (hit.source, hit.index) == (source, j):
                return pos
        return self.mapFromScene((p1 + p2) / 2)

    def header_item(self, column: int) -> HeaderItem:
        return self.headers[column]

    def insert_button(self, position: int) -> ButtonItem:
        """The "+" that inserts a layer so it becomes column ``position`` (1..n_columns)."""
        return self.insert_buttons[position - 1]

    # ---- Document signals ---------------------------------------------------
    def _on_network_changed(self, structural: bool) -> None:
        if structural and self.layout_.sizes != self.document.network.sizes:
            self._rebuild()
            self.fit_view()
            return
        self._update_edges()
        self._relabel()
        self._refresh_state()

    def _on_example_changed(self) -> None:
        self._refresh_state()

    def _on_step_changed(self) -> None:
        self._refresh_state()

    def _on_selection_changed(self) -> None:
        self._refresh_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every canvas text in the current language."""
        self._relabel()
        self.legend.set_note(truncation_note(truncated(self.edge_items)))
        for button in self.insert_buttons:
            button.setToolTip(self.tr("Insert a layer here"))

    # ---- building -----------------------------------------------------------
    def _rebuild(self) -> None:
        scene, net = self.scene(), self.document.network
        scene.clear()
        self.layout_ = layout = CanvasLayout(net.sizes)
        n = len(layout.columns)
        self.edge_items = [LayerEdges(c) for c in range(1, n)]
        self.highlight = HighlightItem()
        self.legend = LegendItem()
        for item in (*self.edge_items, self.highlight, self.legend):
            scene.addItem(item)
        update_edges(self.edge_items, net, layout)
        self.columns = [ColumnItem(col, c, c == n - 1) for c, col in enumerate(layout.columns)]
        self.headers = [self._make_header(c) for c in range(n)]
        self.insert_buttons = [self._make_insert(p) for p in range(1, n + 1)]
        for item in self.columns + self.headers + self.insert_buttons:
            scene.addItem(item)
        left, top, right, bottom = layout.bounds()
        self.legend.set_width(right - left)
        self.legend.setPos(left, bottom + 16)
        scene.setSceneRect(self._content_rect().adjusted(-3000, -3000, 3000, 3000))
        self.retranslate()
        self._refresh_state()

    def _content_rect(self) -> QRectF:
        """Headers, columns and legend, in scene coordinates."""
        left, top, right, bottom = self.layout_.bounds()
        return QRectF(left, top, right - left, bottom - top).united(
            self.legend.sceneBoundingRect())

    def _make_header(self, column: int) -> HeaderItem:
        header = HeaderItem(column, self.layout_.header_rect(column))
        header.clicked.connect(self._on_header_clicked)
        header.resizeRequested.connect(self._on_resize_requested)
        header.removeRequested.connect(lambda c: self.document.remove_layer(c - 1))
        header.activationChosen.connect(lambda c, name: self.document.set_activation(c - 1, name))
        return header

    def _make_insert(self, position: int) -> ButtonItem:
        button = ButtonItem("+", 30.0)
        x = self.layout_.insert_x(position)
        button.setPos(x - 15, self.layout_.header_y + 37)
        button.clicked.connect(lambda: self._insert_layer(position))
        return button

    def _update_edges(self) -> None:
        update_edges(self.edge_items, self.document.network, self.layout_)
        self.legend.set_note(truncation_note(truncated(self.edge_items)))

    # ---- gestures from headers ----------------------------------------------
    def _on_header_clicked(self, column: int) -> None:
        from ui.document import Selection

        self.document.select(Selection("layer", column))

    def _on_resize_requested(self, column: int, size: int) -> None:
        if column == 0:
            self.document.set_input_size(size)
        else:
            self.document.resize_layer(column - 1, size)

    def _insert_layer(self, position: int) -> None:
        size = min(self.document.network.sizes[position - 1], NEW_LAYER_MAX)
        self.document.insert_layer(position - 1, size, "sigmoid")

    # ---- redrawing ----------------------------------------------------------
    def _relabel(self) -> None:
        net, n = self.document.network, len(self.layout_.columns)
        for c, header in enumerate(self.headers):
            act = net.layers[c - 1].activation if c else None
            header.set_content(describe.column_title(c, n),
                               describe.size_text(c, net.sizes[c]), net.sizes[c], act,
                               removable=len(net.layers) > 1)
            header.minus.setToolTip(self.tr("Remove a neuron"))
            header.plus.setToolTip(self.tr("Add a neuron"))
            if header.remove is not None:
                header.remove.setToolTip(self.tr("Remove this layer"))
            if header.combo is not None:
                header.combo.setToolTip(activation_label(act))

    def _refresh_state(self) -> None:
        doc = self.document
        if self.layout_.sizes != doc.network.sizes:
            return  # a structural change is on its way: networkChanged(True) rebuilds
        record, sel = doc.cursor.current(), doc.selection
        for c, item in enumerate(self.columns):
            current = record.neuron if record is not None and record.layer == c - 1 else None
            chosen = sel.index if sel and sel.kind == "neuron" and sel.column == c else None
            item.set_state(column_values(doc, c), column_deltas(doc, c, item.geometry.size),
                           current, is_backward(record), chosen)
        for c, header in enumerate(self.headers):
            header.set_selected(bool(sel and sel.kind == "layer" and sel.column == c))
        labelled = record is not None and self.layout_.columns[record.layer].kind == "circles"
        self.highlight.set_marks(current_marks(record, self.layout_, labelled)
                                 + selected_edge_mark(sel, self.layout_, doc.network))
