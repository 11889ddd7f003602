"""Helpers of the training stories: a window, a network, waiting for training."""

from __future__ import annotations

from window_helpers import make_window

import simulator as sim


def training_window(qtbot, size=(1280, 720)):
    """A fresh window at ``size``; ``window.training`` is its training model."""
    return make_window(qtbot, size)


def use_network(window, input_size, sizes, activations, seed=0):
    """Put a fresh network on the canvas (one undoable command)."""
    window.document.set_network(sim.Network.create(input_size, sizes, activations, seed=seed))


def show_dock(window, name: str):
    """Bring a dock's tab to the front, as a click on its tab does; returns its panel."""
    dock = window.docks[name]
    dock.show()
    dock.raise_()
    return dock.widget()


def wait_until_paused(qtbot, training, timeout=60_000) -> None:
    qtbot.waitUntil(lambda: not training.is_running, timeout=timeout)


def last(values):
    return values[-1] if values else None
