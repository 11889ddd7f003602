"""One graphics item per column, painting all of its neurons.

Small columns are circles with the value written in bold and the bias under
it (b = 0.1, the b of a = b + Σ w·x); a squeezed column (10 outputs) widens its
circles into pills so the value keeps a readable size, and leaves the bias to
the inspector.  Big columns are a strip or an image grid of cells coloured by
value (``style.value_colours``).  The item holds only what it paints (values,
deltas, biases, which neuron is current or selected); the canvas feeds it from
the Document.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPen
from PySide6.QtWidgets import QGraphicsItem

from ui.text import numbers

from . import markup, style
from .bias_texts import BiasTexts
from .circles import paint_circles
from .layout import Column
from .maps import paint_dead, paint_map

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


class ColumnItem(QGraphicsItem):
    """The neurons of one column.

    Parameters
    ----------
    column : Column
        Its geometry.
    index : int
        Column number (0 = input).
    is_output : bool
    emphasis : float
        Factor on line widths and small text (1.5 in presentation mode).
    """

    def __init__(
        self, column: Column, index: int, is_output: bool, emphasis: float = 1.0, parent=None
    ):
        super().__init__(parent)
        self.geometry = column
        self.index = index
        self.is_output = is_output
        self.emphasis = emphasis
        n = column.size
        self.values = np.full(n, np.nan)
        self.deltas = np.full(n, np.nan)
        self.biases = np.full(n, np.nan)
        self.current: int | None = None
        self.current_backward = False
        self.text_floor = 0.0  # presentation: no δ or name smaller than this (scene units)
        self.selected: int | None = None
        self._colours: np.ndarray | None = None  # value colours of dots and cells
        self._image: QImage | None = None  # a strip's or grid's cells, one pixel each
        self.names: list[str] = []  # inputs' and outputs' names as markup; [] for x₁…, y₁…
        self._bounds = self._measure()  # asked for at every paint: measured when it changes
        # the value's font is fixed per column (strips and grids write no values)
        font = style.font(max(round(column.font_px), 1), bold=True)
        self._value_font = font, QFontMetricsF(font)
        self._bias = BiasTexts(column.cell, emphasis, self.shows_bias)
        self.maps: dict = {}  # neuron -> QImage of its output over the plane (training)
        self.dead: frozenset = frozenset()  # neurons that output 0 for every training point
        self.setZValue(2)
        self.setAcceptedMouseButtons(Qt.NoButton)
        # a repaint of the canvas blits what did not change (an edit redraws only the
        # columns whose values changed), drawn at the screen's resolution all the same
        self.setCacheMode(CACHED)

    def set_state(self, values, deltas, current, current_backward, selected, biases=None) -> None:
        """What to show; ``values``/``deltas``/``biases`` shape (n,), NaN where none."""
        # copies: the Document edits its arrays in place, and a held view would always
        # compare equal to the new values (an edited input would never repaint)
        values, deltas = np.array(values, dtype=float), np.array(deltas, dtype=float)
        biases = self.biases if biases is None else np.array(biases, dtype=float)
        marks = (current, current_backward, selected)
        # shown only as its texts (a run often moves b less than them), if large enough
        texts_changed = not _same(biases, self.biases) and self._bias.set_biases(biases)
        self.biases = biases
        if (
            marks == (self.current, self.current_backward, self.selected)
            and not texts_changed
            and _same(values, self.values)
            and _same(deltas, self.deltas)
        ):
            self._choose_cache()  # (the last paint may have found the biases legible)
            return  # e.g. a weight edit upstream of nothing computed: no repaint
        if not _same(values, self.values):
            self._colours = self._image = None  # recoloured at the next paint, once
        self.values, self.deltas = values, deltas
        self.current, self.current_backward, self.selected = marks
        self._choose_cache()
        self.update()

    def set_maps(self, maps: dict, dead) -> None:
        """Each neuron's map over the plane (``{j: QImage}``) and the dead ones; see ``maps``."""
        dead = frozenset(dead)
        same = maps.keys() == self.maps.keys() and all(maps[j] is self.maps[j] for j in maps)
        if not same or dead != self.dead:  # the inputs' maps stay while a run trains
            self.maps, self.dead = dict(maps), dead
            self._choose_cache()
            self.update()

    def _choose_cache(self) -> None:
        """A hidden column of maps that writes no text is painted straight onto the
        canvas: while a run trains its picture changes at every refresh, and its cache
        only added a cleared pixmap and a copy of it (the same pixels).  Text stays
        cached: antialiased onto a clear pixmap it differs by a few levels."""
        plain = (
            bool(self.maps)
            and self.index > 0
            and not self.is_output
            and not self.dead
            and not (self.shows_bias and self._bias.legible)
            and not np.isfinite(self.values).any()
            and not np.isfinite(self.deltas).any()
        )
        mode = QGraphicsItem.CacheMode.NoCache if plain else CACHED
        if mode != self.cacheMode():  # (setting it again would clear the cache)
            self.setCacheMode(mode)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _measure(self) -> QRectF:
        """Room for the circles, their δ beside or under them and the names."""
        g = self.geometry
        pad = max(44.0 * self.emphasis, 2.6 * self.text_floor)
        right = pad + (160.0 * self.emphasis if g.pill else 0.0)  # δ beside a pill
        named = self._names_width()
        left = max(pad, named + 8 * self.emphasis) if self.index == 0 else pad
        right += named if self.is_output else 0.0
        return QRectF(
            g.left - left,
            g.top - 8 * self.emphasis,
            g.width + left + right,
            g.bottom - g.top + 40 * self.emphasis,
        )

    @property
    def bias_texts(self) -> list[str]:
        """The bias written in each circle, without its "b=" ([] when the column shows none).

        One precision for the whole column ("0.1014", "0.2010"); drawn only while
        ``bias_legible``. Read-only; for tests and automation.
        """
        return list(self._bias.texts())

    @property
    def bias_legible(self) -> bool:
        """Whether the bias texts were large enough on screen to be drawn at the last
        paint (``style.BIAS_MIN_PX``; see ``bias_texts.py``)."""
        return self._bias.legible

    def bias_texts_to_draw(self, scale: float) -> list[str]:
        """The bias texts a paint at ``scale`` device pixels a unit draws (see ``BiasTexts``)."""
        return self._bias.to_draw(scale)

    @property
    def shows_bias(self) -> bool:
        """Biases are written in full circles of layers (not inputs, not pills)."""
        return self.index > 0 and self.geometry.kind == "circles" and not self.geometry.pill

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        if self.geometry.kind == "circles":
            paint_circles(self, painter)
        elif self.geometry.kind == "dots":
            self._paint_dots(painter)
        else:
            self._paint_cells(painter)

    # ---- circles (painted by circles.py) ----------------------------------------
    @property
    def value_font(self) -> tuple[QFont, QFontMetricsF]:
        """The values' font and its metrics: fixed per column."""
        return self._value_font

    def bias_font(self, j: int) -> tuple[QFont, QFontMetricsF, float]:
        """The font of neuron ``j``'s bias text, its metrics and the text's width
        ("b=" and all)."""
        return self._bias.font(j)

    def set_text_floor(self, pixels: float) -> None:
        """Write δ and the x/y names at least ``pixels`` high (scene units)."""
        if pixels != self.text_floor:
            self.prepareGeometryChange()
            self.text_floor = pixels
            self._bounds = self._measure()
            self.update()

    def _name_room(self, j: int) -> float:
        """Right of an output pill: room for its name before its δ's tab."""
        if j >= len(self.names):
            return 36 * self.emphasis
        return max(36 * self.emphasis, markup.width(self.names[j], self.name_px()) + 12)

    def _paint_delta(self, painter, x: float, y: float, delta: float, j: int = 0) -> None:
        g, e = self.geometry, self.emphasis
        text = "δ=" + numbers.fixed(delta)
        px = max(round(15 * e), round(self.text_floor))
        font = style.font(px, bold=True)
        painter.setFont(font)
        if not g.pill:
            painter.setPen(style.DELTA_INK)
            half = max(70 * e, 4.8 * px)
            painter.drawText(
                QRectF(x - half, y + g.cell + 1, 2 * half, max(20 * e, 1.35 * px)),
                Qt.AlignCenter,
                text,
            )
            return
        # pills stand too close for a line under them: δ goes right, on a white tab
        left = x + g.half_w + (self._name_room(j) if self.is_output else 6 * e)
        width = QFontMetricsF(font).horizontalAdvance(text) + 10 * e
        height = max(22 * e, 1.45 * px)
        box = QRectF(left, y - height / 2, width, height)
        painter.setPen(QPen(style.DELTA_INK, 1.2 * e))
        painter.setBrush(style.LABEL_BACKGROUND)
        painter.drawRoundedRect(box, 5 * e, 5 * e)
        painter.setPen(style.DELTA_INK)
        painter.drawText(box, Qt.AlignCenter, text)

    def _paint_name(self, painter, j: int, x: float, y: float) -> None:
        # the seeds call inputs x₁, x₂ and outputs y₁, y₂: label them alike (or as the data
        # name them: x₁², a class "7"), with real subscripts large enough to read
        if self.index != 0 and not self.is_output:
            return
        k = self.emphasis  # as large as the app font grew: read from the back row too
        hw = self.geometry.half_w
        px = self.name_px()
        text = self.names[j] if j < len(self.names) else markup.label_markup(None, self.index, j)
        gap = 4 * k
        left = x - hw - gap - markup.width(text, px) if self.index == 0 else x + hw + gap
        painter.setPen(style.MUTED)
        markup.paint(painter, text, left, y, px)

    def name_px(self) -> float:
        """The height of the names' letters (scene units)."""
        k = self.emphasis
        return max(round((17 if k > 1 else 16) * k), round(self.text_floor))

    def _names_width(self) -> float:
        """The widest name's width (measured once per set of names and size)."""
        key = (tuple(self.names), self.name_px())
        if getattr(self, "_named", (None,))[0] != key:
            widest = max((markup.width(m, key[1]) for m in self.names), default=0.0)
            self._named = (key, widest)
        return self._named[1]

    def set_names(self, names: list[str]) -> None:
        """The markup written beside each input or output (``markup.label_markup``)."""
        if list(names) != self.names:
            self.prepareGeometryChange()
            self.names = list(names)
            self._bounds = self._measure()
            self.update()

    def _look(self, j: int, computed: bool):
        """(fill, outline, outline width, dashed) of neuron ``j``."""
        if j == self.current:
            if self.current_backward:
                return style.BACKWARD_FILL, style.BACKWARD_LINE, 4.5, False
            return style.CURRENT_FILL, style.CURRENT_LINE, 4.5, False
        if not computed:
            return style.EMPTY_FILL, style.EMPTY_LINE, 2.0, True
        fill = style.INPUT_FILL if self.index == 0 else style.NEURON_FILL
        return fill, style.INK, 2.2, False

    # ---- dots: too many for numbers, coloured by value ----------------------
    def _paint_dots(self, painter) -> None:
        # A pen is set only when the outline's look changes (once for a column of computed
        # dots): a painter's state switch costs more than the dot it paints.
        g, e, r = self.geometry, self.emphasis, self.geometry.cell
        colours = self._value_colours().tolist()
        computed = np.isfinite(self.values).tolist()
        outline = None
        for j, (x, y) in enumerate(g.centres.tolist()):
            fill, line, width, dash = self._look(j, computed[j])
            if computed[j] and j != self.current:
                fill = QColor(colours[j])
            if (line, width, dash) != outline:
                outline = line, width, dash
                pen = QPen(line, width * 0.6 * e)
                pen.setStyle(Qt.DashLine if dash else Qt.SolidLine)
                painter.setPen(pen)
            painter.setBrush(fill)
            centre = QPointF(x, y)
            painter.drawEllipse(centre, r, r)
            if j in self.maps or j in self.dead or j == self.selected:
                self._mark_dot(painter, j, centre)
                outline = None  # the marks set pens of their own

    def _mark_dot(self, painter, j: int, centre: QPointF) -> None:
        """Dot ``j``'s map, dead mark and selection ring, over the dot."""
        r, e = self.geometry.cell, self.emphasis
        if j in self.maps:
            paint_map(painter, self.maps[j], centre.x(), centre.y(), r)
        if j in self.dead:
            paint_dead(painter, centre.x(), centre.y(), r, e, tab=False)
        if j == self.selected:
            painter.setPen(QPen(style.SELECTED_LINE, 4 * e))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(centre, r + 4, r + 4)

    # ---- strips and grids ---------------------------------------------------
    def _paint_cells(self, painter) -> None:
        g = self.geometry
        rect = QRectF(g.left, g.top, g.width, g.bottom - g.top)
        painter.drawImage(rect, self.cells_image())
        painter.setPen(QPen(style.INK, 1.5 * self.emphasis))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect)
        marks = ((self.selected, style.SELECTED_LINE), (self.current, self._current_line()))
        for j, colour in marks:
            if j is not None and j < g.size:
                painter.setPen(QPen(colour, 3 * self.emphasis))
                painter.drawRect(self._cell_rect(j))

    def cells_image(self) -> QImage:
        """The cells as an image of one pixel each, made once per set of values."""
        if self._image is None:
            g = self.geometry
            rows = g.size if g.kind == "strip" else -(-g.size // g.side)
            cols = 1 if g.kind == "strip" else g.side
            colours = np.full(rows * cols, 0xFFFFFFFF, dtype=np.uint32)
            colours[: g.size] = self._value_colours()
            self._image = QImage(
                colours.reshape(rows, cols).data, cols, rows, 4 * cols, QImage.Format_ARGB32
            ).copy()
        return self._image

    def _value_colours(self) -> np.ndarray:
        """ARGB32 colour of each neuron's value, shape (n,); made once per set of values."""
        if self._colours is None:
            self._colours = style.value_colours(self.values)
        return self._colours

    def _current_line(self):
        return style.BACKWARD_LINE if self.current_backward else style.CURRENT_LINE

    def _cell_rect(self, j: int) -> QRectF:
        g = self.geometry
        x, y = g.centres[j]
        w = g.width if g.kind == "strip" else g.cell
        return QRectF(x - w / 2, y - g.cell / 2, w, g.cell)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two float arrays hold the same numbers, NaN equal to NaN (as shown)."""
    # bytes first: several times quicker than array_equal(equal_nan=True) on the few
    # numbers of a column, asked of every column at each edit; arrays whose bytes differ
    # (-0.0 and 0.0, NaNs of other bits) are compared as numbers, as before
    return a.shape == b.shape and (a.tobytes() == b.tobytes() or np.array_equal(a, b, True))
