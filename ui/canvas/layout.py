"""Where everything sits on the canvas: pure geometry, no painting.

A network of sizes ``[n_in, n_1, ..., n_out]`` becomes one column per entry,
left to right.  Small columns are circles with room for a number; up to
``COMPACT_AFTER`` neurons they are small dots coloured by value; past that a
column is a strip of small cells, or a square image grid when its size is a
perfect square (64 = 8×8, 784 = 28×28), so big layers stay the height of a
screen.  Scene units are pixels at zoom 1.

The circle radius of short columns, the gap between columns and the size of
the headers ("chrome") are parameters: the view picks them to fill its window
(``look.choose_look``) and to stand out in presentation mode.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CIRCLES_UP_TO = 16
COMPACT_AFTER = 32
RADIUS = 36.0  # a neuron circle, while the column is short
PITCH = 92.0  # vertical distance between circles, likewise
MAX_COLUMN_H = 460.0  # taller columns squeeze their circles (10 outputs, 32 dots)
MIN_RADIUS = 19.0
VALUE_FONT = 0.47  # value text size, as a share of the radius
MIN_VALUE_PX = 18.0  # squeezed circles keep this size and widen into pills
PILL_DELTA_ROOM = 150.0  # right of an output pill: its name, then its δ on a tab
TEXT_EM = 3.9  # width of "0.1234" in bold digits, in font sizes
GAP = 115.0  # free space between two columns (room for edge labels)
HEADER_W = 170.0
HEADER_H = 104.0
COMPACT_HEADER_H = 62.0  # presentation mode: name and one line, no editing controls
COMPACT_HEADER_W = 150.0
COMPACT_TEXT = 1.2  # presentation headers' text: this times the app font's growth
NAME_ROOM = 40.0  # left of the inputs for their names x1, x2 (times emphasis)
OUT_NAME_ROOM = 36.0  # right of the outputs for their names y1, y10 (times emphasis)
COMPACT_H = 460.0  # height of a strip or grid column
STRIP_W = 28.0
MAX_CELL = 26.0


@dataclass
class Column:
    """One layer's place on the canvas.

    Attributes
    ----------
    kind : str
        ``"circles"``, ``"dots"``, ``"strip"`` or ``"grid"``.
    x : float
        Centre of the column.
    centres : ndarray, shape (n, 2)
        Each neuron's centre (the cell centre for strips and grids).
    cell : float
        Side of a cell (strips: its height), or the circle radius.
    side : int
        Cells per row of a grid (1 for strips and circles).
    half_w : float
        Half the width of a round neuron: the radius, or more for a pill
        (a squeezed circle widened to hold its value).
    font_px : float
        Size of the value text written on round neurons.
    """

    kind: str
    x: float
    centres: np.ndarray
    cell: float
    side: int = 1
    half_w: float = 0.0
    font_px: float = 0.0

    @property
    def size(self) -> int:
        return len(self.centres)

    @property
    def width(self) -> float:
        if self.kind in ("circles", "dots"):
            return 2 * max(self.half_w, self.cell)
        if self.kind == "strip":
            return STRIP_W
        return self.side * self.cell

    @property
    def top(self) -> float:
        return float(self.centres[:, 1].min()) - self._half_extent()

    @property
    def bottom(self) -> float:
        return float(self.centres[:, 1].max()) + self._half_extent()

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    def _half_extent(self) -> float:
        return self.cell if self.round else self.cell / 2

    @property
    def round(self) -> bool:
        """Whether neurons are drawn as circles of radius ``cell``."""
        return self.kind in ("circles", "dots")

    @property
    def pill(self) -> bool:
        """Whether round neurons are widened into pills to hold their value."""
        return self.half_w > self.cell

    def neuron_at(self, px: float, py: float) -> int | None:
        """The neuron under the scene point, or None."""
        if self.pill:
            j = int(np.argmin(np.abs(self.centres[:, 1] - py)))
            inside = (
                abs(px - self.x) <= self.half_w + 3
                and abs(py - self.centres[j, 1]) <= self.cell + 3
            )
            return j if inside else None
        if self.round:
            d2 = (self.centres[:, 0] - px) ** 2 + (self.centres[:, 1] - py) ** 2
            j = int(np.argmin(d2))
            return j if d2[j] <= (self.cell + 3) ** 2 else None
        if not (self.left <= px <= self.left + self.width and self.top <= py <= self.bottom):
            return None
        row = min(int((py - self.top) / self.cell), self.size - 1)
        if self.kind == "strip":
            return row
        col = min(int((px - self.left) / self.cell), self.side - 1)
        j = row * self.side + col
        return j if j < self.size else None


def column_kind(n: int) -> tuple[str, int]:
    """How a column of ``n`` neurons is drawn, and its grid side."""
    if n <= CIRCLES_UP_TO:
        return "circles", 1
    if n <= COMPACT_AFTER:
        return "dots", 1
    side = math.isqrt(n)
    return ("grid", side) if side * side == n else ("strip", 1)


def squeezed(n: int) -> bool:
    """Whether a column of ``n`` round neurons is too tall for its pitch and squeezes them
    (only such a column grows with ``tall``)."""
    return column_kind(n)[0] in ("circles", "dots") and n * PITCH > MAX_COLUMN_H


def make_column(
    n: int, x: float, radius: float = RADIUS, emphasis: float = 1.0, tall: float = 1.0
) -> Column:
    """The column of ``n`` neurons centred on ``x`` (and vertically on 0).

    ``radius`` is the circle radius while the column is short; ``emphasis``
    (1.5 in presentation mode) enlarges the smallest value text; ``tall``
    lets a column grow higher before it squeezes its circles.
    """
    kind, side = column_kind(n)
    if kind in ("circles", "dots"):
        grow = radius / RADIUS  # spare room lets tall columns grow too
        pitch = min(PITCH * grow, MAX_COLUMN_H * grow * tall / n)
        if kind == "dots":
            r = 0.4 * pitch
        else:
            r = min(radius, max(MIN_RADIUS, 0.4 * pitch))
            pitch = max(pitch, 2 * r + 8)
        ys = (np.arange(n) - (n - 1) / 2) * pitch
        font, half_w = VALUE_FONT * r, r
        if kind == "circles" and r < radius:
            # squeezed: keep the value readable and widen the circle into a pill to hold it
            font = min(max(font, MIN_VALUE_PX * emphasis), 1.15 * r)
            half_w = max(r, (TEXT_EM * font + 0.5 * r) / 2)
        return Column(kind, x, np.column_stack([np.full(n, x), ys]), r, half_w=half_w, font_px=font)
    rows = n if kind == "strip" else side
    cell = min(MAX_CELL, COMPACT_H / rows)
    index = np.arange(n)
    r, c = (index, np.zeros(n)) if kind == "strip" else divmod(index, side)
    width = STRIP_W if kind == "strip" else side * cell
    xs = x - width / 2 + (c + 0.5) * (width if kind == "strip" else cell)
    ys = (r + 0.5) * cell - rows * cell / 2
    return Column(kind, x, np.column_stack([xs, ys]), cell, side)


class CanvasLayout:
    """Every column's geometry for a network of the given sizes.

    Parameters
    ----------
    sizes : list of int
        ``[n_in, n_1, ..., n_out]``.
    radius : float
        Circle radius of short columns.
    gap : float
        Free space between two columns.
    chrome : float
        Scale of the headers and "+" buttons (they are drawn at base size and scaled).
    emphasis : float
        1 normally, 1.5 in presentation mode (see ``make_column``).
    compact : bool
        Headers without editing controls (presentation mode): lower.
    tall : float
        See ``make_column``.
    name_room : (float, float)
        Room for the names left of the inputs and right of the outputs (times
        emphasis): wider than x₁ and y₁₀ for names such as sin x₁ or a file's header.
    """

    def __init__(
        self,
        sizes,
        radius: float = RADIUS,
        gap: float = GAP,
        chrome: float = 1.0,
        emphasis: float = 1.0,
        compact: bool = False,
        tall: float = 1.0,
        name_room: tuple[float, float] = (NAME_ROOM, OUT_NAME_ROOM),
    ):
        self.sizes = list(sizes)
        self.name_room = (max(name_room[0], NAME_ROOM), max(name_room[1], OUT_NAME_ROOM))
        self.radius, self.gap, self.chrome, self.emphasis = radius, gap, chrome, emphasis
        self.compact = compact
        self.header_w = (COMPACT_HEADER_W if compact else HEADER_W) * chrome
        # a compact header's text grows with emphasis (look.header_text), so does its height
        self.header_h = COMPACT_HEADER_H * COMPACT_TEXT * emphasis if compact else HEADER_H * chrome
        self.columns: list[Column] = []
        x = 0.0
        for n in self.sizes:
            column = make_column(n, 0.0, radius, emphasis, tall)
            width = max(column.width, self.header_w)
            if self.columns:
                x += gap + width / 2
            column.centres[:, 0] += x
            column.x = x
            self.columns.append(column)
            x += width / 2
        self.header_y = min(c.top for c in self.columns) - self.header_h - 24 * chrome

    def header_rect(self, column: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of a column's header."""
        width = max(self.columns[column].width, self.header_w)
        return self.columns[column].x - width / 2, self.header_y, width, self.header_h

    def insert_x(self, position: int) -> float:
        """x of the "+" that inserts a layer at column ``position`` (1..len)."""
        if position < len(self.columns):
            left, right = self.columns[position - 1], self.columns[position]
            return (
                left.x
                + max(left.width, self.header_w) / 2
                + right.x
                - max(right.width, self.header_w) / 2
            ) / 2
        last = self.columns[-1]
        return last.x + max(last.width, self.header_w) / 2 + 34 * self.chrome

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the headers and columns (δ text included)."""
        first = self.columns[0]
        left = min(
            first.x - max(first.width, self.header_w) / 2,
            first.x - first.width / 2 - self.name_room[0] * self.emphasis,
        )  # x1, x2 left of it
        last = self.columns[-1]
        right = (
            last.x + max(last.width, self.header_w) / 2 + 40 * self.chrome
            if self.compact
            else self.insert_x(len(self.columns)) + 24 * self.chrome
        )  # room for y1, "+"
        extra = self.name_room[1] - OUT_NAME_ROOM  # names wider than y₁₀
        if last.pill:  # the outputs' δ stand on tabs right of their pills
            right = max(right, last.x + last.half_w + (PILL_DELTA_ROOM + extra) * self.emphasis)
        elif extra > 0:
            right = max(right, last.x + last.half_w + (self.name_room[1] + 8) * self.emphasis)
        bottom = max(c.bottom for c in self.columns) + 24 * self.emphasis
        return left, self.header_y, right, bottom

    def neuron_at(self, px: float, py: float) -> tuple[int, int] | None:
        """(column, neuron) under the scene point, or None."""
        for c, col in enumerate(self.columns):
            if abs(px - col.x) <= col.width / 2 + 4:
                j = col.neuron_at(px, py)
                if j is not None:
                    return c, j
        return None

    def column_between(self, px: float) -> int | None:
        """The column c ≥ 1 whose incoming edges span the x coordinate, or None."""
        for c in range(1, len(self.columns)):
            if self.columns[c - 1].x < px < self.columns[c].x:
                return c
        return None
