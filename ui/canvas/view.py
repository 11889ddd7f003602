"""The network canvas: the Document's network drawn as columns of neurons.

The scene holds a handful of items whatever the network's size: one
``LayerEdges`` per layer for its edges, one ``HighlightItem``, one ``ColumnItem`` and
one ``HeaderItem`` per column, the "+" insert buttons and the legend.  The
canvas redraws only from the Document's signals; gestures call the Document.

Sizes come from a ``Look`` chosen when fitting (``look.choose_look``): the
circles grow into spare room, and in presentation mode (the app font grows, Qt
sends a FontChange) the values, δ, edge labels and every line grow with it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

import simulator as sim
from ui.document.layer_rules import new_layer
from ui.document.refusals import shows_refusals
from ui.document.settling import once_settled
from ui.text import describe
from ui.text.names import activation_description

from . import legend, markup, style
from .edges import truncated, update_edges
from .header import ButtonItem, HeaderItem, detach_headers, drop_headers, spares_of, take_header
from .hold import PlaceHold
from .interaction import CanvasInteraction
from .legend import LegendItem, note_for, truncation_note
from .look import MAX_FIT_SCALE, Look, choose_look, legend_rect
from .maps import apply_maps, map_pixels
from .overlay import HighlightItem
from .reuse import column_item, drop, edge_item, take_out
from .scene_state import (
    column_biases,
    column_deltas,
    column_values,
    current_marks,
    is_backward,
    nth,
    selected_edge_mark,
)

MAX_EMPHASIS = 2.5
# The formulas' size at 1280×720 (11 pt: 14.7 px), as a share of the screen's height.
PRESENTATION_TEXT_SHARE = 11 * 96 / 72 / 720
DELTA_EMS = 7.0  # text heights between columns for a δ label ("δ=-1.45e-5" bold: 6.2) and a gap


class NetworkCanvas(CanvasInteraction, QGraphicsView):
    """The network drawn from ``document``; objectName ``networkCanvas``.

    Signals
    -------
    statusMessage(str)
        What the pointer is over, for the window's status bar.
    neuronHovered(int, int)
        The column and index of the neuron under the pointer; (-1, -1) for none.
    """

    statusMessage = Signal(str)
    neuronHovered = Signal(int, int)

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
        self._hold = PlaceHold(self)  # − / + keep the clicked control under the pointer
        self.look = Look()
        self._look_key = None  # what the look was last chosen for
        self._base_point_size = self.font().pointSizeF()
        self._maps: dict = {}  # (column, j) -> QImage: each neuron's map over the plane
        self._dead: frozenset = frozenset()  # (column, j) of dead units
        document.networkChanged.connect(self._on_network_changed)
        self._refresh_soon = once_settled(document, self._refresh_state)  # once per change
        for signal in (document.exampleChanged, document.stepChanged, document.selectionChanged):
            signal.connect(self._refresh_soon)
        document.namesChanged.connect(self._on_names_changed)
        self._spare_headers = spares_of(self)  # a removed layer's, for the next added
        self._rebuild()

    # ---- public -------------------------------------------------------------
    def fit_view(self) -> None:
        """Zoom so the whole network is visible (never larger than MAX_FIT_SCALE).

        First re-chooses the sizes (circle radius, legend place) for the view's
        shape; the scene is rebuilt only when they change.
        """
        view, sizes = self.viewport().size(), self.document.network.sizes
        # Showing fits again at the size just fitted: choose again only when an input changed.
        key = (
            tuple(sizes),
            view.width(),
            view.height(),
            self.look.emphasis,
            note_for(sizes),
            markup.name_room(self.document.names, sizes),
            legend.measure_id(),
        )
        look = (
            self.look
            if key == self._look_key
            else choose_look(sizes, (view.width(), view.height()), self.look.emphasis, *key[4:6])
        )
        self._look_key = key
        if look != self.look or self.layout_.sizes != self.document.network.sizes:
            self.look = look
            self._rebuild()
        content = self.content_rect().adjusted(-20, -20, 20, 20)
        self.fitInView(content, Qt.KeepAspectRatio)
        if self.transform().m11() > MAX_FIT_SCALE:
            self.resetTransform()
            self.scale(MAX_FIT_SCALE, MAX_FIT_SCALE)
            self.centerOn(content.center())
        self._user_zoomed = False
        self._set_text_floor()

    def _set_text_floor(self) -> None:
        """In presentation mode no label, δ or name is smaller on screen than the
        formulas are at 1280×720 for the screen's height."""
        floor = 0.0
        if self.look.compact and self.screen() is not None:
            pixels = PRESENTATION_TEXT_SHARE * self.screen().geometry().height()
            floor = pixels / max(self.transform().m11(), 1e-6)
            # ... yet a δ ("δ=-1.45e-5") fits between two columns: seven layers' would overlap
            xs = [column.x for column in self.layout_.columns]
            floor = min([floor, *((b - a) / DELTA_EMS for a, b in zip(xs, xs[1:]))])
        self.highlight.set_text_floor(floor)
        for column in self.columns:
            column.set_text_floor(floor)

    def set_neuron_maps(self, maps: dict, dead) -> None:
        """Draw each neuron's output over the plane inside it, and mark the dead ones.

        ``maps`` maps ``(column, j)`` to a QImage (row 0 the plane's bottom); ``dead``
        holds the ``(column, j)`` of units that output 0 for every training point.
        Kept across rebuilds; empty arguments clear them.
        """
        self._maps, self._dead = dict(maps), frozenset(dead)
        apply_maps(self.columns, self._maps, self._dead)

    def map_pixels(self) -> int:
        """The side in screen pixels that ``set_neuron_maps``' pictures are best made at
        (a circle's diameter): they are then copied pixel for pixel."""
        return map_pixels(self)

    @property
    def emphasis(self) -> float:
        """1 normally; how much the app font grew (1.5 in presentation mode)."""
        return self.look.emphasis

    def set_emphasis(self, emphasis: float) -> None:
        """Draw values, δ, labels and lines ``emphasis`` times larger, and re-fit."""
        emphasis = round(min(max(emphasis, 1.0), MAX_EMPHASIS), 2)
        if emphasis != self.look.emphasis:
            self.look = dataclasses.replace(self.look, emphasis=emphasis)
            self._rebuild()
            self.fit_view()

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
            if self._hold.active:  # the pointer is on − or +: no control moves under it
                self._rebuild()
                self._hold.keep_in_place()
            else:
                self.fit_view()  # new sizes: rebuilds the scene for them
            return
        self._update_edges()
        if structural:  # an activation (values change no header); stepChanged, sent just
            self._relabel()  # before this for the network changed, refreshed the state

    def _on_names_changed(self) -> None:
        self._apply_names()
        self._place_legend() if self._user_zoomed else self.fit_view()  # names need room

    def _apply_names(self) -> None:
        inputs, outputs = markup.column_labels(self.document.names, self.layout_.sizes)
        self.columns[0].set_names(inputs)
        self.columns[-1].set_names(outputs)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.FontChange and self._base_point_size > 0:
            # presentation mode scales the app font; the canvas follows in proportion
            self.set_emphasis(self.font().pointSizeF() / self._base_point_size)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every canvas text in the current language, and fit the new legend (English
        needs two rows where Chinese needs one): unless the user zoomed, fit again."""
        self.legend.retranslate(truncation_note(truncated(self.edge_items)))
        self._look_key = None  # the legend measures anew in the new language
        built = self.edge_items
        if self._user_zoomed:
            self._place_legend()  # the user's zoom stays; the legend still re-wraps
        else:
            self.fit_view()
        if self.edge_items is built:  # not rebuilt (a rebuild sets every text itself)
            self._retranslate_texts(legend=False)

    def _retranslate_texts(self, legend: bool = True) -> None:
        self._relabel()
        note = truncation_note(truncated(self.edge_items))
        self.legend.retranslate(note) if legend else self.legend.set_note(note)
        full = self.tr("A network has at most %1 layers").replace("%1", str(sim.MAX_LAYERS))
        for button in self.insert_buttons:
            button.setToolTip(self.tr("Insert a layer here") if button.isEnabled() else full)

    # ---- building -----------------------------------------------------------
    def _rebuild(self) -> None:
        scene, net, look = self.scene(), self.document.network, self.look
        kept = detach_headers(scene, getattr(self, "headers", []))  # see _make_header
        taken = take_out(scene, self, "columns", "insert_buttons", "legend", "edge_items")
        columns, buttons, legend, edges = taken
        self.legend = legend[0] if legend else LegendItem()
        scene.clear()
        self.layout_ = layout = look.layout(net.sizes)
        n = len(layout.columns)
        self.edge_items = [edge_item(edges, c, look.pen, net.layers[c - 1].W) for c in range(1, n)]
        self.highlight = HighlightItem(look.emphasis)
        for item in (*self.edge_items, self.highlight, self.legend):
            scene.addItem(item)
        update_edges(self.edge_items, net, layout)
        self.columns = [column_item(layout, c, look.emphasis, columns) for c in range(n)]
        self.headers = [self._make_header(c, kept) for c in range(n)]
        drop_headers(kept, self._spare_headers)  # those not moved: a few kept for later
        self.insert_buttons = [self._make_insert(p, buttons) for p in range(1, n + 1)]
        drop(columns + buttons + edges)
        for item in self.columns + self.headers + self.insert_buttons:
            scene.addItem(item)  # a moved header too (it left the scene before the clear)
        apply_maps(self.columns, self._maps, self._dead)
        self._apply_names()
        self._place_legend()
        scene.setSceneRect(self.content_rect().adjusted(-3000, -3000, 3000, 3000))
        self._retranslate_texts(legend=False)  # its texts are those of the language shown
        self._refresh_soon()  # inside a change: once, when it settles (before it paints)

    def _place_legend(self) -> None:
        x, y, wrap, _height = legend_rect(
            self.look, self.layout_.bounds(), truncation_note(truncated(self.edge_items))
        )
        self.legend.set_width(wrap)
        self.legend.setScale(self.look.key)
        self.legend.setPos(x, y)

    def content_rect(self) -> QRectF:
        """Headers, columns and legend, in scene coordinates: what a fit shows whole.

        Read-only; for tests and automation, like ``neuron_view_pos``.
        """
        left, top, right, bottom = self.layout_.bounds()
        return QRectF(left, top, right - left, bottom - top).united(self.legend.sceneBoundingRect())

    def _make_header(self, column: int, kept: dict) -> HeaderItem:
        # drawn at base size and scaled, so its buttons and combo grow with it
        left, top, width, height = self.layout_.header_rect(column)
        chrome, look = self.look.chrome, self.look
        rect = (0.0, 0.0, width / chrome, height / chrome)
        compact, text = look.compact, look.header_text
        header = take_header(kept, column, rect, compact, text, self._spare_headers)  # moved, or:
        if header is None:
            header = HeaderItem(column, rect, compact=look.compact, text_scale=look.header_text)
            header.clicked.connect(self._on_header_clicked)
            header.resizeRequested.connect(self._on_resize_requested)
            header.removeRequested.connect(lambda c: self.document.remove_layer(c - 1))
            header.activationChosen.connect(lambda c, a: self.document.set_activation(c - 1, a))
        header.setPos(left, top)
        header.setScale(chrome)
        return header

    def _make_insert(self, position: int, kept: list) -> ButtonItem:
        if kept:  # button ``position`` of the last build, moved (see reuse.py)
            button = kept.pop(0)
        else:
            button = ButtonItem("+", 30.0)
            button.clicked.connect(lambda: self._insert_layer(position))
        x, chrome = self.layout_.insert_x(position), self.look.chrome
        button.setScale(chrome)
        button.setPos(x - 15 * chrome, self.layout_.header_y + 37 * chrome)
        button.setVisible(not self.look.compact)  # presentation mode shows, not edits
        room = len(self.document.network.layers) < sim.MAX_LAYERS  # the most a file holds
        button.setEnabled(room)
        button.setOpacity(1.0 if room else 0.35)
        return button

    def _update_edges(self) -> None:
        # a training run's weights: repainted only where the picture changes
        update_edges(self.edge_items, self.document.network, self.layout_, self.document.live)
        self.legend.set_note(truncation_note(truncated(self.edge_items)))

    # ---- gestures from headers ----------------------------------------------
    def _on_header_clicked(self, column: int) -> None:
        from ui.document.state import Selection

        self.document.select(Selection("layer", column))

    @shows_refusals
    def _on_resize_requested(self, column: int, size: int) -> None:
        self._hold.hold(lambda: nth(self.headers, column))
        if column == 0:
            self.document.set_input_size(size)
        else:
            self.document.resize_layer(column - 1, size)

    @shows_refusals
    def _insert_layer(self, position: int) -> None:
        self._hold.hold(lambda: nth(self.insert_buttons, position - 1))  # rebuilt with the scene
        index = position - 1
        self.document.insert_layer(index, *new_layer(self.document.network, index))

    # ---- redrawing ----------------------------------------------------------
    def _relabel(self) -> None:
        net, n = self.document.network, len(self.layout_.columns)
        for c, header in enumerate(self.headers):
            act = net.layers[c - 1].activation if c else None
            header.set_content(
                describe.column_title(c, n),
                describe.size_text(c, net.sizes[c]),
                net.sizes[c],
                act,
                removable=len(net.layers) > 1,
                role=describe.column_role(c, n),
            )
            header.minus.setToolTip(self.tr("Remove a neuron"))
            header.plus.setToolTip(self.tr("Add a neuron"))
            if header.remove is not None:
                header.remove.setToolTip(self.tr("Remove this layer"))
            if header.combo is not None:
                header.combo.setToolTip(activation_description(act))

    def _refresh_state(self) -> None:
        doc = self.document
        if self.layout_.sizes != doc.network.sizes:
            return  # a structural change is on its way: networkChanged(True) rebuilds
        record, sel = doc.cursor.current(), doc.selection
        for c, item in enumerate(self.columns):
            current = record.neuron if record is not None and record.layer == c - 1 else None
            chosen = sel.index if sel and sel.kind == "neuron" and sel.column == c else None
            n = item.geometry.size
            item.set_state(
                column_values(doc, c),
                column_deltas(doc, c, n),
                current,
                is_backward(record),
                chosen,
                column_biases(doc, c, n),
            )
        for c, header in enumerate(self.headers):
            header.set_selected(bool(sel and sel.kind == "layer" and sel.column == c))
        labelled = record is not None and self.layout_.columns[record.layer].kind == "circles"
        self.highlight.set_marks(
            current_marks(record, self.layout_, labelled)
            + selected_edge_mark(sel, self.layout_, doc.network)
        )
