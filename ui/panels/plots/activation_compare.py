"""The activation panel's Compare ▾ menu and the curves it lays over the plot.

Step against sigmoid (seeds 000 and 001 draw them together), ReLU against Leaky
ReLU: each ticked activation is one more curve, created the first time it is
ticked and fed with ``setData`` afterwards.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton

import simulator as sim
from ui.text import palette
from ui.text.names import activation_label

from .activation_curves import curve


class CompareCurves:
    """The ``compareButton`` with its menu of activations, and their curves on ``plot``.

    ``on_change`` is called whenever the ticked set changes.
    """

    def __init__(self, parent, plot: pg.PlotWidget, on_change):
        self.plot = plot
        self.items: dict[str, pg.PlotDataItem] = {}
        self.button = QToolButton(parent)
        self.button.setObjectName("compareButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(parent)
        for name in sim.ACTIVATIONS:
            if name != "softmax":
                action = self.menu.addAction("")
                action.setCheckable(True)
                action.setData(name)
                action.toggled.connect(on_change)
        self.button.setMenu(self.menu)

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("ActivationPanel", "Compare ▾"))
        self.button.setToolTip(
            QCoreApplication.translate(
                "ActivationPanel",
                "Overlay other activation functions, e.g. step vs sigmoid, ReLU vs Leaky ReLU",
            )
        )
        for action in self.menu.actions():
            action.setText(activation_label(action.data()))

    def chosen(self) -> tuple[str, ...]:
        """The ticked activations, in the menu's order."""
        return tuple(act.data() for act in self.menu.actions() if act.isChecked())

    def set_chosen(self, names) -> None:
        """Tick exactly ``names``, without calling ``on_change``."""
        wanted = set(names)
        for action in self.menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)

    def draw(self, a: np.ndarray, width: float) -> list[np.ndarray]:
        """Draw the ticked activations over ``a`` (shape (n,)); their values, (n,) each."""
        chosen, values = self.chosen(), []
        for name in chosen:
            if name not in self.items:
                colour = palette.SERIES[len(self.items) % len(palette.SERIES)]
                self.items[name] = self.plot.plot(pen=pg.mkPen(colour, width=width))
            values.append(curve(name, a)[0])
            self.items[name].setData(a, values[-1])
        for name, item in self.items.items():
            item.setVisible(name in chosen)
        return values

    def key_items(self) -> list[tuple[str, str, str]]:
        """The colour key's entries of the ticked curves."""
        return [
            (self.items[name].opts["pen"].color().name(), "━", activation_label(name))
            for name in self.chosen()
        ]
