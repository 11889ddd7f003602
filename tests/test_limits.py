"""The UI's limits and file names are the core's: sim.MAX_NEURONS, sim.FILE_EXTENSION."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog
from window_helpers import action, make_window

import simulator as sim
from ui.document import Selection
from ui.fields.dialog import CountDialog
from ui.panels.inspector import InspectorPanel


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def test_size_boxes_stop_where_a_file_does(window, monkeypatch):
    """A size box would accept a layer the file format refuses, and the edit would fail."""
    asked = []
    monkeypatch.setattr(
        CountDialog, "get_count", staticmethod(lambda *a, **k: asked.append(a) or (0, False))
    )
    action(window, "actionSetInputSize").trigger()
    assert asked[0][4:6] == (1, sim.MAX_NEURONS)  # minimum, maximum
    window.document.select(Selection("layer", 1))
    page = window.findChild(InspectorPanel, "inspectorPanel").current_page()
    assert (page.size.minimum(), page.size.maximum()) == (1, sim.MAX_NEURONS)


def test_a_full_layers_plus_button_is_disabled(window):
    """The header's + would offer a neuron more than any file can hold."""
    window.document.set_input_size(sim.MAX_NEURONS)
    header = window.canvas.header_item(0)
    assert not header.plus.isEnabled()
    window.document.set_input_size(sim.MAX_NEURONS - 1)
    assert window.canvas.header_item(0).plus.isEnabled()


def test_files_are_named_with_the_cores_extension(window, tmp_path, monkeypatch):
    """A second copy of ".neurostep" could drift from the one the format reads."""
    seen = []

    def save_dialog(parent, caption, start, filters):
        seen.append(filters)
        return str(tmp_path / "lesson"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    action(window, "actionSaveAs").trigger()
    assert (tmp_path / ("lesson" + sim.FILE_EXTENSION)).exists()
    assert f"(*{sim.FILE_EXTENSION})" in seen[0]
    assert sim.FILE_EXTENSION in action(window, "actionOpen").statusTip()
    assert window.autosave.path.suffix == sim.FILE_EXTENSION


def test_a_full_network_offers_no_new_layer(window):
    """At the file format's limit, Add layer and the canvas's + would fail with no word."""
    while len(window.document.network.layers) < sim.MAX_LAYERS:
        window.add_layer()
    assert not action(window, "actionAddLayer").isEnabled()
    assert not action(window, "actionAddLayerBefore").isEnabled()
    button = window.canvas.insert_button(1)
    assert not button.isEnabled() and str(sim.MAX_LAYERS) in button.toolTip()
    window.document.remove_layer(0)
    assert action(window, "actionAddLayer").isEnabled()
    assert window.canvas.insert_button(1).isEnabled()
