"""A column's header: its name, size with −/+ buttons, activation combo, remove ×.

Buttons are small painted items; the activation combo is a real QComboBox in a
QGraphicsProxyWidget so it opens a normal popup.  The header only emits what
the user asked for; the canvas turns that into Document edits.  A ``compact``
header (presentation mode) drops the editing controls and writes the name over
the activation ("Layer 1" / "Sigmoid"), so the room goes to large type.
"""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QComboBox, QGraphicsItem, QGraphicsObject, QGraphicsProxyWidget

import simulator as sim
from ui.fields.signals import signals_blocked
from ui.text.names import activation_label, fill_activation_combo

from . import style
from .kept import font_key, paint_kept

SPARES = 2  # headers kept out of the scene after a layer is removed, for the next one added


class ButtonItem(QGraphicsObject):
    """A small painted push button showing one symbol ("−", "+", "×")."""

    clicked = Signal()

    def __init__(self, symbol: str, size: float = 28.0, parent=None):
        super().__init__(parent)
        self.symbol = symbol
        self.size = size
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setZValue(5)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size, self.size)

    def paint(self, painter, option, widget=None) -> None:
        # the same few pictures at every zoom the view comes back to (fits, switches)
        key = f"button|{self.symbol}|{self.size!r}|{self._hover}|{font_key()}"
        paint_kept(painter, key, self.boundingRect(), self._draw)

    def _draw(self, painter) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.SELECTED_LINE if self._hover else style.MUTED, 1.5))
        painter.setBrush(QBrush(style.HEADER_SELECTED if self._hover else style.NEURON_FILL))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 6, 6)
        painter.setPen(style.INK)
        painter.setFont(style.font(int(self.size * 0.7), bold=True))
        painter.drawText(self.boundingRect(), Qt.AlignCenter, self.symbol)

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self.boundingRect().contains(event.pos()):
            self.clicked.emit()

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()


class HeaderItem(QGraphicsObject):
    """The header of column ``column``; rect is (left, top, width, height)."""

    clicked = Signal(int)
    resizeRequested = Signal(int, int)  # column, new size
    removeRequested = Signal(int)
    activationChosen = Signal(int, str)

    def __init__(
        self, column: int, rect, parent=None, compact: bool = False, text_scale: float = 1.0
    ):
        super().__init__(parent)
        self.column = column
        self.compact = compact
        self.text_scale = text_scale  # presentation: text grows more than the header
        self._rect = QRectF(*rect)
        self.title = ""
        self.role = ""  # "hidden", "output": written smaller after the title
        self.size_label = ""
        self.activation_text = ""
        self._content = None
        self._combo_labels = ()  # the activations' names the combo was filled with
        self.n = 1
        self.selected = False
        self.setZValue(4)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)  # repainted when it changes
        self.minus = self._button("−", 10, 38, lambda: self._resize(-1))
        self.plus = self._button("+", self._rect.width() - 38, 38, lambda: self._resize(+1))
        self.remove = None
        self.combo = None
        if column > 0:
            self.remove = self._button("×", self._rect.width() - 32, 6, self._remove, 24)
            self.combo = self._make_combo()
        for control in (
            self.minus,
            self.plus,
            self.remove,
            self.combo and self.combo.graphicsProxyWidget(),
        ):
            if control is not None and compact:
                control.setVisible(False)

    def set_column(self, column: int) -> None:
        """Serve as column ``column``'s header (a spare header, moved; its texts follow)."""
        self.column = column
        if self.combo is not None:
            self.combo.setObjectName(f"activationCombo{column}")

    # ---- content ------------------------------------------------------------
    def set_content(
        self,
        title: str,
        size_label: str,
        n: int,
        activation: str | None,
        removable: bool,
        role: str = "",
    ) -> None:
        """Show a title ("Layer 1") and its role ("hidden"), a size and (for layers)
        the activation; no signals emitted."""
        label = activation_label(activation) if activation else ""
        key = (title, size_label, n, label, removable, role)
        if key == self._content:
            return  # relabelled after every edit: repaint only what changed
        self._content = key
        self.title, self.size_label, self.n, self.role = title, size_label, n, role
        self.activation_text = label
        self.minus.setEnabled(n > 1)
        self.minus.setOpacity(1.0 if n > 1 else 0.35)
        self.plus.setEnabled(n < sim.MAX_NEURONS)  # the most a file can hold
        self.plus.setOpacity(1.0 if n < sim.MAX_NEURONS else 0.35)
        if self.remove is not None:
            self.remove.setVisible(removable and not self.compact)
        if self.combo is not None and activation is not None:
            labels = tuple(map(activation_label, sim.ACTIVATIONS))
            with signals_blocked(self.combo):
                if labels != self._combo_labels:  # a new language: a moved header needs none
                    self._fill_combo()
                    self._combo_labels = labels
                self.combo.setCurrentIndex(sim.ACTIVATIONS.index(activation))
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        r = self._rect
        key = (
            f"header|{self.title}|{self.role}|{self.size_label}|{self.activation_text}|"
            f"{self.selected}|{self.compact}|{self.text_scale!r}|{r.x()!r},{r.y()!r},"
            f"{r.width()!r},{r.height()!r}|{font_key()}"
        )
        paint_kept(painter, key, r, self._draw)

    def _draw(self, painter) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        line = QPen(style.SELECTED_LINE, 3) if self.selected else QPen(style.EMPTY_LINE, 1.2)
        painter.setPen(line)
        painter.setBrush(style.HEADER_SELECTED if self.selected else style.HEADER_FILL)
        painter.drawRoundedRect(self._rect, 10, 10)
        r = self._rect
        painter.setPen(style.INK)
        painter.setFont(style.font(18, bold=True))
        if self.compact:
            self._paint_compact(painter, r)
            return
        title_rect = QRectF(r.left() + 10, r.top() + 4, r.width() - 46, 30)
        painter.drawText(title_rect, Qt.AlignLeft | Qt.AlignVCenter, self.title)
        if self.role:
            after = painter.fontMetrics().horizontalAdvance(self.title + " ")
            painter.setPen(style.MUTED)
            painter.setFont(style.font(14))
            role_rect = title_rect.adjusted(after, 0, 0, 0)
            role = painter.fontMetrics().elidedText(
                self.role, Qt.ElideRight, int(role_rect.width())
            )
            painter.drawText(role_rect, Qt.AlignLeft | Qt.AlignVCenter, role)
            painter.setPen(style.INK)
        painter.setFont(style.font(15))
        painter.drawText(
            QRectF(r.left() + 40, r.top() + 38, r.width() - 80, 28), Qt.AlignCenter, self.size_label
        )

    def _paint_compact(self, painter, r: QRectF) -> None:
        """Name over activation (or size), in type ``text_scale`` larger; no controls."""
        k = self.text_scale
        title_h = 28 * k  # the header's height (COMPACT_HEADER_H) leaves room for this
        painter.setFont(style.font(round(18 * k), bold=True))
        title = painter.fontMetrics().elidedText(self.title, Qt.ElideRight, int(r.width() - 16))
        painter.drawText(
            QRectF(r.left() + 8, r.top() + 3, r.width() - 16, title_h),
            Qt.AlignLeft | Qt.AlignVCenter,
            title,
        )
        painter.setFont(style.font(round(15 * k)))
        line = self.activation_text or self.size_label  # the neurons show their number
        line = painter.fontMetrics().elidedText(line, Qt.ElideRight, int(r.width() - 16))
        painter.drawText(
            QRectF(r.left() + 8, r.top() + 3 + title_h, r.width() - 16, r.height() - 6 - title_h),
            Qt.AlignLeft | Qt.AlignVCenter,
            line,
        )

    def mousePressEvent(self, event) -> None:
        event.accept()
        self.clicked.emit(self.column)

    # ---- helpers ------------------------------------------------------------
    def _button(self, symbol, x, y, slot, size=28.0) -> ButtonItem:
        button = ButtonItem(symbol, size, self)
        button.setPos(self._rect.left() + x, self._rect.top() + y)
        button.clicked.connect(slot)
        return button

    def _make_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"activationCombo{self.column}")
        font = style.font(15)
        combo.setFont(font)
        self._fill_combo(combo)
        proxy = QGraphicsProxyWidget(self)
        proxy.setWidget(combo)
        proxy.setGeometry(
            QRectF(self._rect.left() + 10, self._rect.top() + 70, self._rect.width() - 20, 28)
        )
        proxy.setZValue(6)
        combo.currentIndexChanged.connect(
            lambda i: self.activationChosen.emit(self.column, sim.ACTIVATIONS[i])
        )
        return combo

    def _fill_combo(self, combo: QComboBox | None = None) -> None:
        fill_activation_combo(combo or self.combo)

    def _resize(self, step: int) -> None:
        if self.n + step >= 1:
            self.resizeRequested.emit(self.column, self.n + step)

    def _remove(self) -> None:
        self.removeRequested.emit(self.column)


def take_header(kept: dict, column: int, rect, compact: bool, text_scale: float, spares=None):
    """``kept[column]``, taken out of ``kept``, if that HeaderItem has the ``rect`` (left,
    top, width, height) and style wanted; else one of ``spares`` that has (a layer's header
    for a layer, the inputs' for the inputs), given ``column``; else None.

    A rebuild moves the old headers into place: making one (its combo box in the scene)
    costs more than the rest of the rebuild.  The canvas gives it its texts.
    """
    shape = (QRectF(*rect), compact, text_scale)
    header = kept.get(column)
    if header is not None and _shape(header) == shape:
        return kept.pop(column)
    for i, spare in enumerate(spares or []):
        if _shape(spare) == shape and (spare.column > 0) == (column > 0):
            spare = spares.pop(i)
            spare.set_column(column)
            return spare
    return None


def _shape(header: HeaderItem) -> tuple:
    return header._rect, header.compact, header.text_scale


def detach_headers(scene, headers: list) -> dict:
    """Take ``headers`` out of ``scene`` before it is cleared: {column: header}, from which
    ``take_header`` moves them into place again."""
    for header in headers:
        scene.removeItem(header)
    return {header.column: header for header in headers}


def drop_headers(kept: dict, spares: list | None = None) -> None:
    """Keep the headers left in ``kept`` as ``spares`` (at most ``SPARES``: a removed layer's
    header serves the next added one) and delete the rest now, as the scene's clear deletes
    its items: out of the scene, their buttons' slots would keep them alive from the C++ side.
    """
    spares = [] if spares is None else spares
    spares.extend(kept.values())
    kept.clear()
    while len(spares) > SPARES:
        shiboken6.delete(spares.pop(0))


def spares_of(canvas) -> list:
    """An empty list of spare headers for ``canvas``, emptied when the canvas is deleted."""
    spares: list[HeaderItem] = []
    canvas.destroyed.connect(functools.partial(_drop_spares, spares))
    return spares


def _drop_spares(spares: list) -> None:
    while spares:
        header = spares.pop()
        if shiboken6.isValid(header):
            shiboken6.delete(header)
