"""Regression data a bounded output cannot reach: said in the data panel, fitted in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from training_helpers import show_dock, training_window, use_network
from window_helpers import record_boxes

from ui.text import i18n


def choose(panel, name: str) -> None:
    """Pick data set ``name`` in the data panel's list, as a user does."""
    index = panel.dataset.findData(name)
    panel.dataset.setCurrentIndex(index)
    panel.dataset.activated.emit(index)


def test_fitting_the_default_network_to_sine_gives_it_an_output_that_reaches_minus_one(
    qtbot, monkeypatch
):
    """Sine on the default sigmoid output trained for ever at half the curve (0..1 only)."""
    window = training_window(qtbot)
    record_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    panel = show_dock(window, "dockData").widget()
    assert window.document.network.layers[-1].activation == "sigmoid"
    choose(panel, "sine")
    net = window.document.network
    assert net.input_size == 1 and net.layers[-1].activation == "identity"
    assert window.training.out_of_reach() is None and not panel.problem.isVisibleTo(panel)


def test_a_bounded_output_on_sine_is_named_and_fit_network_makes_it_identity(qtbot):
    """A sigmoid output on targets in −1..1 trained silently and never fitted the curve."""
    window = training_window(qtbot)
    use_network(window, 1, [3, 1], ["tanh", "sigmoid"])
    window.training.set_dataset("sine")
    panel = show_dock(window, "dockData").widget()
    assert window.training.problem() is None  # it trains: a teacher may show just this
    assert panel.problem.isVisibleTo(panel) and "Sigmoid" in panel.problem.text()
    assert panel.fit.isVisibleTo(panel)
    qtbot.mouseClick(panel.fit, Qt.MouseButton.LeftButton)
    assert window.document.network.layers[-1].activation == "identity"
    assert not panel.problem.isVisibleTo(panel)
    window.document.undo()  # one step back: the sigmoid and the sentence again
    assert window.document.network.layers[-1].activation == "sigmoid"
    assert panel.problem.isVisibleTo(panel)


def test_tanh_on_noisy_sine_is_not_called_out_of_reach(qtbot):
    """A tanh output would be flagged for the few noisy targets just beyond ±1."""
    window = training_window(qtbot)
    use_network(window, 1, [3, 1], ["tanh", "tanh"])
    window.training.set_dataset("sine", noise=0.3)
    assert window.training.out_of_reach() is None


def test_on_a_line_the_data_panel_says_where_a_click_adds_a_point(qtbot):
    """Sine's row read "Click adds" followed by nothing: no class or target to choose."""
    i18n.set_language("zh")
    window = training_window(qtbot)
    use_network(window, 1, [3, 1], ["tanh", "identity"])
    window.training.set_dataset("sine")
    panel = show_dock(window, "dockData").widget()
    labels = [w.text() for w in panel.findChildren(type(panel.summary)) if w.isVisibleTo(panel)]
    assert any("(x, t)" in text for text in labels)
    window.training.set_dataset("xor")
    labels = [w.text() for w in panel.findChildren(type(panel.summary)) if w.isVisibleTo(panel)]
    assert not any("(x, t)" in text for text in labels) and panel.brush_class.isVisibleTo(panel)
