"""The network over the plane: one forward pass on a grid serves every map of a tick.

``PlaneSampler`` keeps two grids over the data's plane and, once per tick of the
views' clock, runs the network on each when asked: the decision view's
``CELLS`` × ``CELLS`` grid, stretched to the shape of the view so the heatmap
fills it (the heatmap and the large map of the neuron in focus), and a square
``THUMB`` × ``THUMB`` grid over the data for every neuron's thumbnail on the
canvas (Playground's 10×10 would look coarse in a circle).  1-D data (sine) get a
line of ``CURVE_POINTS`` instead, for the output curve.
"""

from __future__ import annotations

import numpy as np

import simulator as sim

from .grid_pass import GridPass

CELLS = 100
THUMB = 25
CURVE_POINTS = 200
GENERATED_HALF = 1.15  # generated sets live in [-1, 1]²: a little margin around them


def plane_bounds(raw: sim.Dataset) -> tuple[tuple[float, float], ...]:
    """(x range, y range) of the data: the points with a margin, at least [-1.15, 1.15]²
    for data near the origin (every generated set), the points' own box otherwise."""
    X = raw.X[:, :2]
    lo, hi = X.min(axis=0), X.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    lo, hi = lo - 0.06 * span, hi + 0.06 * span
    if np.all(np.abs(X) <= 1.6):
        lo, hi = np.minimum(lo, -GENERATED_HALF), np.maximum(hi, GENERATED_HALF)
    return tuple((float(a), float(b)) for a, b in zip(lo, hi))


def fitted(bounds, aspect: float):
    """``bounds`` widened on one side so that width / height (in units) is ``aspect``."""
    (x0, x1), (y0, y1) = bounds
    w, h = x1 - x0, y1 - y0
    if w / h < aspect:
        extra = (h * aspect - w) / 2
        return (x0 - extra, x1 + extra), (y0, y1)
    extra = (w / aspect - h) / 2
    return (x0, x1), (y0 - extra, y1 + extra)


class _Grid:
    """Points over a rectangle, what the network is given for them, its outputs there."""

    def __init__(self, bounds, points, inputs):
        self.bounds, self.points, self.inputs = bounds, points, inputs
        self.outputs = None
        self.forward = GridPass(inputs)


class PlaneSampler:
    """The grids of the data shown, and the network's outputs on them, once per tick."""

    def __init__(self):
        self._key = None
        self._aspect = 1.0
        self._prepared = None
        self.data_bounds = ((-1.0, 1.0), (-1.0, 1.0))
        self.view = self.thumbs = _Grid(self.data_bounds, np.zeros((0, 2)), np.zeros((0, 2)))

    @property
    def dimensions(self) -> int:
        """2 for a plane, 1 for a line, 0 when the data cannot be drawn."""
        return self.view.points.shape[1] if len(self.view.points) else 0

    @property
    def bounds(self):
        """The rectangle the decision view's grid covers."""
        return self.view.bounds

    def invalidate(self) -> None:
        """The network may have changed: compute again when next asked."""
        self.view.outputs = self.thumbs.outputs = None

    def set_aspect(self, aspect: float) -> None:
        """The decision view is ``aspect`` times as wide as high: its grid follows."""
        aspect = round(min(max(aspect, 0.2), 5.0), 2)
        if aspect != self._aspect:
            self._aspect, self._key = aspect, None
            if self._prepared is not None:
                self.prepare(self._prepared)

    def prepare(self, prepared) -> None:
        """Make the grids for ``prepared``'s points (only when they or the view changed)."""
        key = (id(prepared), self._aspect)
        if key == self._key:
            return
        self._key, self._prepared = key, prepared
        raw = prepared.raw
        if raw.input_size == 2:
            self.data_bounds = plane_bounds(raw)
            view = fitted(self.data_bounds, self._aspect)
            points = sim.grid_points(*view, cells=CELLS)
            self.view = _Grid(view, points, prepared.inputs_of(points))
            thumbs = sim.grid_points(*self.data_bounds, cells=THUMB)
            self.thumbs = _Grid(self.data_bounds, thumbs, prepared.inputs_of(thumbs))
        elif raw.input_size == 1:
            x = raw.X[:, 0]
            pad = 0.06 * max(float(np.ptp(x)), 1e-9)
            bounds = ((float(x.min()) - pad, float(x.max()) + pad),)
            points = np.linspace(*bounds[0], CURVE_POINTS)[:, None]
            self.view = _Grid(bounds, points, prepared.inputs_of(points))
            self.thumbs = _Grid(bounds, np.zeros((0, 1)), np.zeros((0, 1)))
        else:
            empty = np.zeros((0, 0))
            self.view = self.thumbs = _Grid(((0.0, 1.0),), empty, empty)

    def outputs(self, net: sim.Network, grid: str = "view") -> list[np.ndarray] | None:
        """Every layer's outputs on a grid (``"view"`` or ``"thumbs"``), (points, n_l) each.

        None when there is nothing to draw or ``net`` does not take these inputs;
        computed once until ``invalidate()`` (the views' clock calls it each tick), into
        arrays the next computation fills again.
        """
        g = self.view if grid == "view" else self.thumbs
        if not len(g.points) or net.input_size != g.inputs.shape[1]:
            return None
        if g.outputs is None:
            g.outputs = g.forward.run(net)  # float32: colours need no more
        return g.outputs

    def input_map(self, i: int, grid: str = "view") -> np.ndarray:
        """Input ``i`` (a feature) over a grid, shape (points,)."""
        return (self.view if grid == "view" else self.thumbs).inputs[:, i]


def as_image(values: np.ndarray, side: int = CELLS) -> np.ndarray:
    """A grid's values (side²,) as an image (side, side), row 0 at the bottom."""
    return values.reshape(side, side)
