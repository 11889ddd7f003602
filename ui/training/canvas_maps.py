"""Feeds the canvas each neuron's map over the plane and the dead units, at each sync.

Once training has begun (a stepping lesson keeps its plain circles until then),
inputs and hidden neurons of 2-D data get a round 25×25-cell picture of their
output (``PlaneSampler``'s thumbnail grid) as large as their circle on screen (so
the canvas copies it pixel for pixel), all made in one NumPy pass; a unit
whose output is 0 for every training point is reported dead.  Layers of more
than ``MAX_MAPPED`` neurons get no maps (the canvas draws them as strips of
cells), though their dead units are marked.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

import simulator as sim

from .maps import neuron_reach, thumbnails
from .plane import THUMB

MAX_MAPPED = 32


def to_qimages(argb: np.ndarray) -> list[QImage]:
    """One QImage per picture of ``argb`` (k, rows, cols) uint32, each owning its pixels.

    Pixels that are opaque or fully transparent are already premultiplied: telling Qt
    so spares a conversion at every paint.  One image over all the pictures, copied a
    picture at a time, costs half as much as an image made for each.
    """
    k, rows, cols = argb.shape
    data = np.ascontiguousarray(argb, dtype=np.uint32)
    fmt = QImage.Format.Format_ARGB32_Premultiplied
    stack = QImage(data.data, cols, k * rows, 4 * cols, fmt)
    return [stack.copy(0, i * rows, cols, rows) for i in range(k)]


class PictureBuffers:
    """The hidden neurons' pictures, drawn at every refresh of a run into one of two
    arrays, in turn, that QImages made once look at (50 pictures copied into images of
    their own cost a quarter of a millisecond a refresh, ten times a second).

    The canvas holds the images of the last refresh while the next is drawn into the
    other array; new images (another array) also tell it that the maps changed.
    """

    def __init__(self):
        self._sets: list = [None, None]  # (array (k, n, n) uint32, its k QImages)
        self._turn = 0

    def next(self, k: int, n: int) -> tuple[np.ndarray, list[QImage]]:
        """The array for the next pictures and the images over it (k of n × n pixels)."""
        self._turn ^= 1
        made = self._sets[self._turn]
        if made is None or made[0].shape != (k, n, n):
            data = np.zeros((k, n, n), dtype=np.uint32)
            fmt = QImage.Format.Format_ARGB32_Premultiplied  # see to_qimages
            # (PySide keeps each image's memoryview, and so the array, alive)
            images = [QImage(data[i].data, n, n, 4 * n, fmt) for i in range(k)]
            made = self._sets[self._turn] = data, images
        return made


class CanvasMaps(QObject):
    """Keeps ``canvas``'s neuron maps and dead marks in step with ``model``."""

    def __init__(self, model, canvas, enabled: bool = True):
        super().__init__(canvas)
        self.model, self.canvas = model, canvas
        self.enabled = enabled
        self._shown = False
        self._inputs = (None, {})  # ((the thumbnails' grid, pixels), its inputs' maps)
        self._buffers = PictureBuffers()  # the hidden neurons' pictures
        model.clock.sync.connect(self._on_frame)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self._on_frame()

    def _on_frame(self) -> None:
        if not self.canvas.isVisible():
            return
        model = self.model
        begun = model.is_running or model.epoch > 0
        maps, dead = self._compute() if self.enabled and begun else ({}, set())
        if maps or dead or self._shown:
            self.canvas.set_neuron_maps(maps, dead)
            self._shown = bool(maps or dead)

    def _compute(self):
        model = self.model
        net, prepared = model.network, model.prepared
        if prepared.problem(net) is not None:
            return {}, set()
        # the hidden layers alone: the output layer gets no maps and no dead marks, and
        # its pass (a softmax over the training set) was a third of the dead units' work
        hidden = sim.Network(net.layers[:-1]) if len(net.layers) > 1 else None
        dead = self._dead(hidden, prepared)
        model.plane.prepare(prepared)
        if model.plane.dimensions != 2:
            return {}, dead
        pixels = self.canvas.map_pixels()
        if hidden is None:  # (no hidden layer: the inputs' maps alone)
            return dict(self._input_maps(pixels)), dead
        outputs = model.plane.outputs(hidden, "thumbs")
        if outputs is None:
            return {}, dead
        columns = [(c + 1, z, net.layers[c].activation) for c, z in enumerate(outputs)]
        return {**self._input_maps(pixels), **_pictures(columns, pixels, self._buffers)}, dead

    def _input_maps(self, pixels: int) -> dict:
        """The inputs' maps: made once per grid and size (a run leaves them, and the
        canvas's input column, as they are)."""
        grid = self.model.plane.thumbs
        key = self._inputs[0]
        if key is None or key[0] is not grid or key[1] != pixels:
            self._inputs = (grid, pixels), _pictures([(0, grid.inputs, None)], pixels)
        return self._inputs[1]

    def _dead(self, hidden, prepared) -> set:
        """The dead units of ``hidden`` (the network without its output layer, or None)."""
        rows = prepared.train_rows
        if len(rows) == 0 or hidden is None:
            return set()
        flags = sim.dead_units(sim.layer_outputs(hidden, prepared.inputs[rows]))
        return {(c + 1, unit) for c, f in enumerate(flags) for unit in np.flatnonzero(f).tolist()}


def _pictures(columns, pixels: int, buffers: PictureBuffers | None = None) -> dict:
    """``{(column, j): QImage}`` of ``columns`` [(column, values (points, k), activation)]
    of at most ``MAX_MAPPED`` neurons, ``pixels`` × ``pixels`` each, all in one pass (ten
    times a second, the costs of a call per column add up); into ``buffers``' next
    images if given, else into images of their own."""
    columns = [c for c in columns if c[1].shape[1] <= MAX_MAPPED]
    if not columns:
        return {}
    values = np.concatenate([v.T for _c, v, _a in columns], axis=0)  # a map a row
    reach = np.concatenate([neuron_reach(v, act) for _c, v, act in columns])
    if buffers is None:
        pictures = to_qimages(thumbnails(values, reach, THUMB, pixels))
    else:
        out, pictures = buffers.next(len(values), pixels)
        thumbnails(values, reach, THUMB, pixels, out=out)
    neurons = [(column, j) for column, v, _a in columns for j in range(v.shape[1])]
    return dict(zip(neurons, pictures))
