"""The canvas legend: what colours, thicknesses and marks mean.

Below the network, wrapped to its width; or beside it, one entry a row, when
the window is wider than the network (``look.choose_look`` decides).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from ui.text.notation import spans

from . import style
from .edges import MAX_EDGES
from .kept import font_key, paint_kept

ROW = 26.0
FONT_PX = 16


class LegendItem(QGraphicsItem):
    """A few lines of key below the network; ``set_note`` adds a line (e.g. hidden edges)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = ""
        self.width = 1000.0
        self._rect = QRectF()
        self._placed: list | None = None  # rows of entries, laid out at most once per text
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.NoButton)
        # a repaint of the canvas after an edit blits the key, unchanged, instead of
        # writing its entries again (two of them each edit)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_note(self, note: str) -> None:
        if note == self.note:
            return  # set after every edit: a value edit changes no note
        self.prepareGeometryChange()
        self.note = note
        self._rect = QRectF()
        self.update()

    def set_width(self, width: float) -> None:
        """Wrap the entries into rows no wider than ``width`` (the network's width)."""
        if width == self.width and self._placed is not None:
            return  # a rebuild keeps the legend: its picture stays
        self.prepareGeometryChange()
        self.width = width
        self._rect = QRectF()
        self._placed = None
        self.update()  # its cached picture is wrapped anew

    def retranslate(self, note: str) -> None:
        """Read the entries again in the current language, with a new ``note``."""
        self._placed = None
        self.note = None  # the same note reads differently in another language
        self.set_note(note)

    def entries(self) -> list[tuple[str, str]]:
        return entries()

    def placed(self) -> list[tuple[str, str, float, float, float]]:
        """(kind, text, x, y, text width) of every entry, wrapped into rows."""
        if self._placed is None:
            self._placed = placed(self.width)
        return self._placed

    def boundingRect(self) -> QRectF:
        if self._rect.isNull():
            width, height = extent(self.width, self.note)
            self._rect = QRectF(-4, -4, width + 8, height + 8)
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        key = f"legend|{self.placed()!r}|{self.note}|{self.width!r}|{font_key()}"
        paint_kept(painter, key, self.boundingRect(), self._draw)

    def _draw(self, painter) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setFont(style.font(FONT_PX))
        y = 0.0
        for kind, text, x, y, width in self.placed():
            self._swatch(painter, kind, x, y)
            painter.setPen(style.INK)
            painter.drawText(QRectF(x + 44, y, width, ROW), Qt.AlignVCenter, text)
        if self.note:
            painter.setPen(style.MUTED)
            painter.drawText(
                QRectF(0, y + ROW + 6, self.width, extent(self.width, self.note)[1]),
                Qt.AlignTop | Qt.TextWordWrap,
                self.note,
            )

    @staticmethod
    def _swatch(painter, kind: str, x: float, top: float) -> None:
        y = top + ROW / 2
        if kind in ("positive", "negative"):
            colour = style.POSITIVE if kind == "positive" else style.NEGATIVE
            painter.setPen(QPen(colour, 4, Qt.SolidLine, Qt.RoundCap))
            painter.drawLine(QPointF(x + 2, y), QPointF(x + 36, y))
        elif kind == "thickness":
            for i, w in enumerate((1.0, 3.0, 6.0)):
                painter.setPen(QPen(style.MUTED, w, Qt.SolidLine, Qt.RoundCap))
                painter.drawLine(QPointF(x + 2 + 12 * i, y + 7), QPointF(x + 10 + 12 * i, y - 7))
        else:
            line, fill = {
                "current": (style.CURRENT_LINE, style.CURRENT_FILL),
                "backward": (style.BACKWARD_LINE, style.BACKWARD_FILL),
                "empty": (style.EMPTY_LINE, style.EMPTY_FILL),
            }[kind]
            pen = QPen(line, 2 if kind == "empty" else 3)
            pen.setStyle(Qt.DashLine if kind == "empty" else Qt.SolidLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x + 19, y), 11, 11)


def entries() -> list[tuple[str, str]]:
    """(swatch kind, text) of each key entry, in the current language."""
    return [
        ("positive", QCoreApplication.translate("NetworkCanvas", "positive weight")),
        ("negative", QCoreApplication.translate("NetworkCanvas", "negative weight")),
        ("thickness", QCoreApplication.translate("NetworkCanvas", "thicker = larger |w|")),
        ("current", QCoreApplication.translate("NetworkCanvas", "being computed")),
        ("empty", QCoreApplication.translate("NetworkCanvas", "not computed yet")),
        ("backward", spans(QCoreApplication.translate("NetworkCanvas", "backward: ⟦δ = ∂E/∂a⟧"))),
    ]


def placed(width: float) -> list[tuple[str, str, float, float, float]]:
    """(kind, text, x, y, text width) of every entry, wrapped into rows ≤ ``width``."""
    return Measure().placed(width)


def column_width() -> float:
    """The width of the legend as one entry a row (to stand beside the network)."""
    return Measure().column_width()


def extent(width: float, note: str = "") -> tuple[float, float]:
    """(width, height) of the legend wrapped to ``width``, with its note under it."""
    return Measure().extent(width, note)


class Measure:
    """The entries read and measured once, in the current language and font.

    A fit tries some fifty looks and asks each for the legend's size at a few widths:
    one ``Measure`` answers them all without translating or measuring again.
    ``key`` names what the measures depend on (the font and the texts).
    """

    def __init__(self):
        self.items = entries()
        font = style.font(FONT_PX)
        self.font_id = _font_id(font)
        texts = tuple(text for _kind, text in self.items)
        self.key = self.font_id, texts
        self.widths = _text_widths(font, texts, self.font_id)
        self._rows: dict[float, list] = {}

    def placed(self, width: float) -> list[tuple[str, str, float, float, float]]:
        """(kind, text, x, y, text width) of every entry, wrapped into rows ≤ ``width``."""
        rows = self._rows.get(width)
        if rows is None:
            rows = self._rows[width] = []
            x = y = 0.0
            for (kind, text), text_w in zip(self.items, self.widths):
                if x > 0 and x + 44 + text_w > width:
                    x, y = 0.0, y + ROW + 6
                rows.append((kind, text, x, y, text_w))
                x += 44 + text_w + 26
        return rows

    def column_width(self) -> float:
        """The width of the legend as one entry a row (to stand beside the network)."""
        return max(x + 44 + w for _k, _t, x, _y, w in self.placed(0.0))

    def extent(self, width: float, note: str = "") -> tuple[float, float]:
        """(width, height) of the legend wrapped to ``width``, with its note under it."""
        rows = self.placed(width)
        used = max(x + 44 + w for _k, _t, x, _y, w in rows)
        height = rows[-1][3] + ROW
        if note:
            height += 6 + max(_note_height(self.font_id, max(width, 1.0), note), ROW)
        return max(width, used), height


def measure_id() -> tuple:
    """What the legend's measures depend on: its font and its texts (the language)."""
    return Measure().key


# Fitting tries some fifty looks, each measuring the legend a few times: measure the texts
# once per font and language (a new app font or new texts measure anew).
_WIDTHS: dict[tuple, list[float]] = {}


def _font_id(font) -> tuple:
    """What makes text measure differently: the key (family, size…) and the fallbacks."""
    return font.key(), tuple(font.families())


def _text_widths(font, texts: tuple[str, ...], font_id: tuple | None = None) -> list[float]:
    """Width of each of ``texts`` in ``font`` with 4 units to spare, measured once."""
    key = (font_id or _font_id(font), texts)
    widths = _WIDTHS.get(key)
    if widths is None:
        metrics = QFontMetricsF(font)
        widths = _WIDTHS[key] = [metrics.horizontalAdvance(text) + 4 for text in texts]
    return widths


@functools.lru_cache(maxsize=256)
def _note_height(font_id: tuple, width: float, note: str) -> float:
    """Height of ``note`` wrapped to ``width`` in the legend font (``font_id`` names it)."""
    box = QFontMetricsF(style.font(FONT_PX)).boundingRect(
        QRectF(0, 0, width, 1e5), Qt.TextWordWrap, note
    )
    return box.height()


def truncation_note(truncated: list[tuple[int, int, int]]) -> str:
    """ "Layer 1 shows its 2500 strongest of 100352 weights." for each thinned layer."""
    parts = []
    for column, shown, total in truncated:
        text = QCoreApplication.translate(
            "NetworkCanvas", "layer %1 shows its %2 strongest of %3 weights"
        )
        parts.append(
            text.replace("%1", str(column)).replace("%2", str(shown)).replace("%3", str(total))
        )
    return "; ".join(parts)


def note_for(sizes) -> str:
    """The legend's note for a network of ``sizes`` (which layers show only some edges)."""
    pairs = zip(sizes, sizes[1:])
    return truncation_note(
        [(c, MAX_EDGES, a * b) for c, (a, b) in enumerate(pairs, 1) if a * b > MAX_EDGES]
    )
