"""Mouse and keyboard on the canvas: select, pan, zoom, wheel-edit weights.

A mixin for ``NetworkCanvas`` so the view module stays about drawing.  Hit
testing is geometric (``CanvasLayout.neuron_at``, ``edges.edge_at``): edges
have no graphics items of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QGraphicsProxyWidget

from ui.text import describe, numbers

from .edges import edge_at
from .header import ButtonItem, HeaderItem

WEIGHT_STEP = 0.01
EDGE_TOLERANCE_PX = 7.0
STEP_KEYS = frozenset(
    {
        Qt.Key_Left,
        Qt.Key_Right,
        Qt.Key_Up,
        Qt.Key_Down,
        Qt.Key_Home,
        Qt.Key_End,
        Qt.Key_Space,
        Qt.Key_PageUp,
        Qt.Key_PageDown,
    }
)
ZOOM_LIMITS = (0.05, 10.0)


def _selection(kind, column, index=0, source=0):
    from ui.document.state import Selection

    return Selection(kind, column, index, source)


class CanvasInteraction:
    """Event handlers of the canvas (mixed into a QGraphicsView)."""

    def _init_interaction(self) -> None:
        self._pan_from: QPoint | None = None
        self._pan_moved = False
        self._last_status = None
        self._last_hover = (-1, -1)
        self._focused_once = False

    # ---- hit testing --------------------------------------------------------
    def selection_at(self, pos: QPoint):
        """The neuron or edge under a viewport position, as a Selection, or None."""
        p = self.mapToScene(pos)
        hit = self.layout_.neuron_at(p.x(), p.y())
        if hit is not None:
            return _selection("neuron", *hit)
        column = self.layout_.column_between(p.x())
        if column is None:
            return None
        tol = EDGE_TOLERANCE_PX / max(self.transform().m11(), 1e-6)
        edge = edge_at(self.edge_items[column - 1].edges, p.x(), p.y(), tol)
        return None if edge is None else _selection("edge", column, edge[1], edge[0])

    def _control_at(self, pos: QPoint):
        """The header, button or combo under the position, or None."""
        item = self.itemAt(pos)
        while item is not None:
            if isinstance(item, (ButtonItem, HeaderItem, QGraphicsProxyWidget)):
                return item
            item = item.parentItem()
        return None

    # ---- mouse --------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MiddleButton or (
            event.button() == Qt.LeftButton and self._control_at(pos) is None
        ):
            hit = self.selection_at(pos) if event.button() == Qt.LeftButton else None
            if hit is not None:
                self.document.select(hit)
            else:
                self._pan_from, self._pan_moved = pos, False
                self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self._pan_moved = self._pan_moved or delta.manhattanLength() > 0
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._user_zoomed = True
            event.accept()
            return
        if self._hold.active and not self._hold.holds(self.itemAt(pos)):
            self._hold.release()  # the pointer left the control it clicked: fit again
        self._emit_status(self._describe(pos))
        self._emit_hover(self.selection_at(pos))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hold.release()
        self._emit_hover(None)
        super().leaveEvent(event)

    def _emit_hover(self, hit) -> None:
        where = (hit.column, hit.index) if hit is not None and hit.kind == "neuron" else (-1, -1)
        if where != self._last_hover:
            self._last_hover = where
            self.neuronHovered.emit(*where)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            if not self._pan_moved and event.button() == Qt.LeftButton:
                self.document.select(None)  # a click on empty space deselects
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ---- wheel: zoom, or change a weight ------------------------------------
    def wheelEvent(self, event) -> None:
        angle = event.angleDelta()
        notches = (angle.y() or angle.x()) / 120.0  # Alt turns the wheel sideways on some systems
        pos = event.position().toPoint()
        target = self._wheel_edge(pos, bool(event.modifiers() & Qt.AltModifier))
        if target is not None:
            self._nudge_weight(target, notches)
        elif self._control_at(pos) is not None:
            super().wheelEvent(event)
            return
        else:
            self._zoom(1.2**notches)
        event.accept()

    def _wheel_edge(self, pos: QPoint, alt: bool):
        hit, selected = self.selection_at(pos), self.document.selection
        if hit is not None and hit.kind == "edge" and (alt or hit == selected):
            return hit
        if alt and selected is not None and selected.kind == "edge":
            return selected
        return None

    def _nudge_weight(self, edge, notches: float) -> None:
        doc = self.document
        w = float(doc.network.layers[edge.column - 1].W[edge.source, edge.index])
        doc.select(edge)
        doc.set_weight(
            edge.column - 1,
            edge.source,
            edge.index,
            round(w + WEIGHT_STEP * notches, 10),
            merge=True,
        )
        self._emit_status(self._edge_status(edge))

    def _zoom(self, factor: float) -> None:
        current = self.transform().m11()
        lo, hi = ZOOM_LIMITS
        factor = min(max(factor, lo / current), hi / current)
        self.scale(factor, factor)
        self._user_zoomed = True

    # ---- keyboard and resizing ----------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.document.select(None)
        elif event.key() == Qt.Key_0 and event.modifiers() & Qt.ControlModifier:
            self.fit_view()
        elif event.key() in STEP_KEYS:
            # These keys step the pass (window shortcuts); if one reaches the view it must
            # not scroll the network out of sight, as QGraphicsView would by default.
            event.ignore()
            return
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit_view()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._user_zoomed:
            self.fit_view()
        if not self._focused_once:
            # arrow keys step the pass; a spin box holding the focus would eat them
            self._focused_once = True
            QTimer.singleShot(0, self.setFocus)

    # ---- status bar ---------------------------------------------------------
    def _emit_status(self, text: str) -> None:
        if text != self._last_status:
            self._last_status = text
            self.statusMessage.emit(text)

    def _describe(self, pos: QPoint) -> str:
        control = self._control_at(pos)
        if isinstance(control, ButtonItem) and control.toolTip():
            return control.toolTip()
        if isinstance(control, (HeaderItem, QGraphicsProxyWidget)):
            return QCoreApplication.translate(
                "NetworkCanvas", "Layer header: click to select the layer; −/+ change its size"
            )
        hit = self.selection_at(pos)
        if hit is None:
            return ""
        return self._edge_status(hit) if hit.kind == "edge" else self._neuron_status(hit)

    def _edge_status(self, edge) -> str:
        w = self.document.network.layers[edge.column - 1].W[edge.source, edge.index]
        text = QCoreApplication.translate(
            "NetworkCanvas", "Weight %1 = %2 — click to select, scroll with Alt to change"
        )
        return text.replace(
            "%1", describe.weight_name(edge.column, edge.source, edge.index)
        ).replace("%2", numbers.fixed(w))

    def _neuron_status(self, hit) -> str:
        n = len(self.layout_.columns)
        name = describe.neuron_name(hit.column, hit.index, n, self.document.names)
        value = self.columns[hit.column].values[hit.index]
        if value != value:  # NaN: not computed yet
            text = QCoreApplication.translate("NetworkCanvas", "%1: not computed yet")
            return text.replace("%1", name)
        text = QCoreApplication.translate("NetworkCanvas", "%1 = %2 — click to select")
        return text.replace("%1", name).replace("%2", numbers.fixed(value))
