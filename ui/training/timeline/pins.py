"""Pinned runs: a run's loss curve kept on the loss chart, labelled with its settings.

Playground's users ask to compare runs side by side: pin a run and its training
loss stays on the loss chart, in a colour of its own with its settings written at
its end ("①"), its settings in the timeline's key ("① Adam, η 0.003, batch 32 ·
64–32–10 ReLU"), while training goes on with other settings (or from other
weights).  Pins are a view's choice, not an edit: no undo step, and a new
document clears them.  ``PinLines`` draws them on the chart's plot.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.text import palette
from ui.text.i18n import fill
from ui.text.names import activation_label
from ui.text.notation import letters

MAX_PINS = 4
COLOURS = palette.SERIES[:MAX_PINS]
MARKS = "①②③④"
OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "adam": "Adam"}


@dataclass(frozen=True)
class Pin:
    """One pinned run: its training loss per epoch and what it was trained with."""

    mark: str
    label: str
    losses: np.ndarray
    colour: str

    def html(self) -> str:
        """The mark and the settings, in the pin's colour, as rich text."""
        return (
            f"<span style='color:{self.colour}'>{self.mark}&nbsp;{html.escape(self.label)}</span>"
        )


def run_label(model) -> str:
    """The settings of ``model``'s run in a few words: "Adam, η 0.003, batch 32 · 64–32–10 ReLU"."""
    net = model.document.network
    sizes = "–".join(str(n) for n in net.sizes)
    hidden = {layer.activation for layer in net.layers[:-1]}
    if len(hidden) == 1:
        sizes += " " + activation_label(hidden.pop())
    text = letters(QCoreApplication.translate("PinnedRuns", "%1, η %2, batch %3 · %4"))
    name = OPTIMIZER_NAMES[model.optimizer]
    return fill(text, name, f"{model.learning_rate:g}", model.batch_size, sizes)


class PinnedRuns(QObject):
    """The runs pinned on ``model``'s loss chart.

    Signals
    -------
    changed()
    """

    changed = Signal()

    def __init__(self, model):
        super().__init__(model)
        self.model = model
        self.pins: list[Pin] = []
        model.document.replaced.connect(self.clear)

    def pin(self) -> bool:
        """Pin the run shown now (its history); False when there is nothing to pin."""
        losses = np.asarray(self.model.history.train_loss, dtype=float)
        if not losses.size:
            return False
        if len(self.pins) >= MAX_PINS:
            self.pins.pop(0)
        used = {p.colour for p in self.pins}
        colour = next(c for c in COLOURS if c not in used)
        mark = MARKS[COLOURS.index(colour)]
        self.pins.append(Pin(mark, run_label(self.model), losses, colour))
        self.changed.emit()
        return True

    def clear(self) -> None:
        if self.pins:
            self.pins = []
            self.changed.emit()

    @property
    def longest(self) -> int:
        return max((len(p.losses) for p in self.pins), default=0)


class PinLines:
    """The pinned runs drawn on a loss chart's ``plot`` (a line and a label each)."""

    def __init__(self, plot: pg.PlotWidget):
        self.plot = plot
        self._items: list = []

    def draw(self, pins: list[Pin], log: bool, max_points: int, width: float) -> np.ndarray:
        """Draw ``pins`` (their losses on the log10 scale when ``log``); returns their values
        as drawn, for the chart's range."""
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        drawn = []
        for pin in pins:
            n = len(pin.losses)
            step = max(1, -(-n // max_points))
            x = np.arange(1, n + 1)[::step]
            y = pin.losses[::step]
            if log:
                with np.errstate(divide="ignore", invalid="ignore"):
                    y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
            line = pg.PlotCurveItem(x, y, pen=pg.mkPen(pin.colour, width=width), connect="finite")
            label = pg.TextItem(pin.mark, color=pin.colour, anchor=(0.0, 0.5))
            label.setPos(float(x[-1]), float(y[-1]) if np.isfinite(y[-1]) else 0.0)
            for item in (line, label):
                self.plot.addItem(item, ignoreBounds=item is label)
                self._items.append(item)
            drawn.append(y)
        return np.concatenate(drawn) if drawn else np.zeros(0)
