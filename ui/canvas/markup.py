"""Names written beside the inputs and outputs: x₁, x₁², sin x₁, a class "7", a file's header.

A name is the notation's markup (``x_{1}²``, see ``ui.text.notation``): its
subscripts are drawn in a smaller font, lowered, and stay large enough to read
(a font's own ₁ is half the size of its 1).  ``label_markup`` picks what the
canvas writes for a unit from the Document's names.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from ui.text import unit_names

from . import style
from .layout import CIRCLES_UP_TO

_MARK = re.compile(r"([_^])\{([^{}]*)\}")
SMALL = 0.72  # a sub- or superscript's size, of the letters'
NAME_PX = 16  # the names' letters at emphasis 1 (``ColumnItem.name_px``)


def label_markup(names, column: int, j: int) -> str:
    """What the canvas writes beside input ``j`` (column 0) or output ``j``.

    Inputs: their feature's formula (``x_{1}²``) or a file's own header; a pixel (one
    of many) keeps its symbol ``x_{j}``.  Outputs: their class ("7"), else ``y_{j}``.
    """
    if column == 0:
        name = names.input(j) if names is not None else None
        if name is None or unit_names.is_formula(name) or name.lower().startswith("pixel"):
            return unit_names.input_symbol(names, j)
        return name.replace("{", "(").replace("}", ")")
    label = unit_names.output_label(names, j)
    return unit_names.output_symbol(j) if label is None else label


def runs(markup: str) -> list[tuple[str, str]]:
    """``x_{1}²`` -> ``[("", "x"), ("_", "1"), ("", "²")]``: plain, sub (_) and sup (^) runs."""
    out, last = [], 0
    for match in _MARK.finditer(markup):
        if match.start() > last:
            out.append(("", markup[last : match.start()]))
        out.append((match.group(1), match.group(2)))
        last = match.end()
    if last < len(markup):
        out.append(("", markup[last:]))
    return out


def _font(kind: str, px: float):
    return style.font(round(px * SMALL) if kind else round(px), bold=True)


def width(markup: str, px: float) -> float:
    """How wide ``markup`` is written with letters ``px`` high."""
    return sum(QFontMetricsF(_font(k, px)).horizontalAdvance(t) for k, t in runs(markup))


def paint(painter, markup: str, left: float, y: float, px: float) -> None:
    """Write ``markup`` from ``left``, its letters centred on the height ``y``."""
    tops = {"": 0.65, "_": 0.3, "^": 0.85}
    x = left
    for kind, text in runs(markup):
        font = _font(kind, px)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        painter.setFont(font)
        height = 1.3 * px if not kind else 1.1 * px
        painter.drawText(QRectF(x, y - tops[kind] * px, advance + 1, height), Qt.AlignLeft, text)
        x += advance


def column_labels(names, sizes) -> tuple[list[str], list[str]]:
    """The markup beside each input and each output, for the columns drawn as circles."""
    inputs = [label_markup(names, 0, j) for j in range(sizes[0])]
    outputs = [label_markup(names, len(sizes) - 1, j) for j in range(sizes[-1])]
    drawn = [
        labels if n <= CIRCLES_UP_TO else []
        for labels, n in ((inputs, sizes[0]), (outputs, sizes[-1]))
    ]
    return drawn[0], drawn[1]


def name_room(names, sizes) -> tuple[float, float]:
    """Scene room (at emphasis 1) the names need left of the inputs and right of the outputs."""
    inputs, outputs = column_labels(names, sizes)
    widest = [max((width(m, NAME_PX) for m in labels), default=0.0) for labels in (inputs, outputs)]
    return round(widest[0] + 10), round(widest[1] + 8)
