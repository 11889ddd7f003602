"""How big things are drawn: chosen to fill the window and to stand out in presentation mode.

The canvas is zoomed to fit, so making a thing bigger in scene units only helps
if something else gets relatively smaller.  ``choose_look`` tries a few circle
radii and two places for the legend (below or beside the network), fits each
into the view, and keeps the one whose smallest important text (a neuron's
value, a header's size line) is largest on screen.  ``emphasis`` (the app
font's growth, 1.5 in presentation mode) thickens pens, enlarges the value,
δ and edge-label text and weighs the values above the headers.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from . import legend
from .layout import COMPACT_TEXT, GAP, NAME_ROOM, OUT_NAME_ROOM, RADIUS, CanvasLayout, squeezed

MAX_FIT_SCALE = 1.6
MARGIN = 20.0  # scene units kept free around the content when fitting
LEGEND_GAP = 40.0  # between the network and a legend beside it
LEGEND_BELOW = 16.0  # between the network and a legend below it
HEADER_TEXT_PX = 15.0  # the smallest header text (the size line), before chrome
HEADER_WEIGHT = 1.3  # values may be this much larger than header text, no more
RADIUS_STEPS = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5)
COMPACT_FROM = 1.25  # emphasis from which headers drop their editing controls
GAP_STEPS = (1.0, 0.75)  # wide networks may narrow their gaps to grow
TALL_STEPS = (1.0, 1.6)
PILL_PENALTY = 0.9  # a pill is a squeezed circle: take it only for a clear gain
CHOSEN_KEPT = 64  # looks remembered (each a few numbers)
_CHOSEN: dict[tuple, Look] = {}  # (sizes, view, emphasis, note, legend texts) -> Look


@dataclass(frozen=True)
class Look:
    """Sizes of one drawing of the network.

    Attributes
    ----------
    emphasis : float
        1 normally; the app font's growth in presentation mode (1.5).
    radius : float
        Circle radius of short columns, scene units.
    legend_beside : bool
        The legend stands right of the network, one entry a row (else below it).
    narrow : float
        Factor on the gap between columns (< 1 for wide networks).
    tall : float
        Factor on the height a column may take before it squeezes its circles
        (> 1 when a wide network leaves spare height).
    name_room : (float, float)
        Room for the inputs' and outputs' names (see ``CanvasLayout``).
    """

    emphasis: float = 1.0
    radius: float = RADIUS
    legend_beside: bool = False
    narrow: float = 1.0
    tall: float = 1.0
    name_room: tuple[float, float] = (NAME_ROOM, OUT_NAME_ROOM)

    @property
    def compact(self) -> bool:
        """Presentation mode: headers show names only, no editing controls."""
        return self.emphasis >= COMPACT_FROM

    @property
    def chrome(self) -> float:
        """Scale of headers, buttons and legend: they grow less than the neurons."""
        return 1.0 + 0.6 * (self.emphasis - 1.0)

    @property
    def header_text(self) -> float:
        """Factor on header text inside a header (which is already scaled by ``chrome``).

        Presentation headers hold no controls: their text grows with ``emphasis``
        (a little more, like the toolbar's), so "Sigmoid" reads as well as the toolbar.
        """
        return COMPACT_TEXT * self.emphasis / self.chrome if self.compact else 1.0

    @property
    def key(self) -> float:
        """Scale of the legend: a little more than the app font grew (it is read from afar)."""
        return 1.0 + 1.3 * (self.emphasis - 1.0)

    @property
    def gap(self) -> float:
        """Space between columns: room for the (larger) edge labels."""
        return GAP * self.narrow * (1.0 + 0.4 * (self.emphasis - 1.0))

    @property
    def pen(self) -> float:
        """Factor on every line width (outlines, edges, highlights)."""
        return self.emphasis

    def layout(self, sizes) -> CanvasLayout:
        return CanvasLayout(
            sizes,
            self.radius,
            self.gap,
            self.chrome,
            self.emphasis,
            self.compact,
            self.tall,
            self.name_room,
        )


def legend_rect(
    look: Look, bounds, note: str, measure: legend.Measure | None = None
) -> tuple[float, float, float, float]:
    """(x, y, wrap width, height) of the legend beside or below the network ``bounds``.

    ``wrap width`` is in the legend's own (unscaled) units; the rest in scene units.
    ``measure``: the legend's texts measured once (read anew without one).
    """
    measure = measure or legend.Measure()
    left, top, right, bottom = bounds
    k = look.key
    if look.legend_beside:
        width = measure.column_width()
        return right + LEGEND_GAP * k, top, width, measure.extent(width, note)[1] * k
    width = (right - left) / k
    return left, bottom + LEGEND_BELOW * k, width, measure.extent(width, note)[1] * k


def content_size(
    look: Look, layout: CanvasLayout, note: str, measure: legend.Measure | None = None
) -> tuple[float, float]:
    """(width, height) of headers, columns and legend in scene units."""
    measure = measure or legend.Measure()
    bounds = layout.bounds()
    left, top, right, bottom = bounds
    x, y, wrap, height = legend_rect(look, bounds, note, measure)
    width = measure.extent(wrap, note)[0] * look.key
    return max(right, x + width) - left, max(bottom, y + height) - top


def fit_scale(size: tuple[float, float], view: tuple[float, float]) -> float:
    """The zoom at which content of ``size`` fits a viewport of ``view`` pixels."""
    (w, h), (vw, vh) = size, view
    return min(vw / (w + 2 * MARGIN), vh / (h + 2 * MARGIN), MAX_FIT_SCALE)


def legibility(look: Look, layout: CanvasLayout, scale: float) -> float:
    """On-screen pixels of the smallest text that matters: a value, or a header line."""
    values = [
        c.font_px * (PILL_PENALTY if c.pill else 1.0) for c in layout.columns if c.kind == "circles"
    ]
    header = HEADER_TEXT_PX * look.chrome * look.header_text * HEADER_WEIGHT
    return scale * min(min(values, default=header), header)


def choose_look(
    sizes,
    view: tuple[float, float],
    emphasis: float = 1.0,
    note: str = "",
    name_room: tuple[float, float] = (NAME_ROOM, OUT_NAME_ROOM),
) -> Look:
    """The look of ``sizes`` that is most legible fitted into ``view`` (w, h) pixels.

    Remembered for the last few networks, views and languages: an undo, a redo or a
    language switch back fits again at no cost.
    """
    measure = legend.Measure()
    key = (tuple(sizes), tuple(view), emphasis, note, tuple(name_room), measure.key)
    look = _CHOSEN.pop(key, None) or _choose_look(sizes, view, emphasis, note, name_room, measure)
    _CHOSEN[key] = look  # the newest last
    while len(_CHOSEN) > CHOSEN_KEPT:
        del _CHOSEN[next(iter(_CHOSEN))]
    return look


def _choose_look(sizes, view, emphasis: float, note: str, name_room, measure) -> Look:
    base = RADIUS * (1.0 + 0.5 * (emphasis - 1.0))
    best, best_score = None, -1.0
    # A taller column only helps where one is squeezed; else its layouts are the same.
    talls = TALL_STEPS if any(squeezed(n) for n in sizes) else TALL_STEPS[:1]
    shapes = itertools.product(talls, GAP_STEPS, (False, True), RADIUS_STEPS)
    # Where the legend goes moves no column: each layout serves both places.
    layouts: dict[tuple[float, float, float], CanvasLayout] = {}
    for tall, narrow, beside, step in shapes:
        look = Look(emphasis, base * step, beside, narrow, tall, name_room)
        layout = layouts.get((tall, narrow, step))
        if layout is None:
            layout = layouts[tall, narrow, step] = look.layout(sizes)
        size = content_size(look, layout, note, measure)
        score = legibility(look, layout, fit_scale(size, view))
        if score > best_score * 1.02:  # a clear gain only: prefer the plainer look
            best, best_score = look, score
    return best
