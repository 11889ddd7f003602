"""The main window as a user meets it: menus, shortcuts, title, undo, examples, quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QWidget
from window_helpers import action, make_window, record_boxes, same_network

import simulator as sim
from ui.document import Selection


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


SHORTCUTS = {
    "actionNew": "Ctrl+N",
    "actionOpen": "Ctrl+O",
    "actionSave": "Ctrl+S",
    "actionSaveAs": "Ctrl+Shift+S",
    "actionUndo": "Ctrl+Z",
    "actionQuit": "Ctrl+Q",
    "actionFitView": "Ctrl+0",
}


def test_file_and_edit_actions_have_their_usual_shortcuts(window):
    """Ctrl+N/O/S/Shift+S/Z/Q and Ctrl+0 do what every desktop app taught the user."""
    for name, keys in SHORTCUTS.items():
        shortcuts = [s.toString() for s in action(window, name).shortcuts()]
        assert keys in shortcuts, (name, shortcuts)
    redo = [s.toString() for s in action(window, "actionRedo").shortcuts()]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(redo)
    assert action(window, "actionDelete").shortcut() == QKeySequence(QKeySequence.Delete)


def test_menu_bar_has_every_menu_in_order(window):
    """The menu bar reads File, Edit, View, Network, Step, Train, Examples, Lessons, Help."""
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    expected = ["File", "Edit", "View", "Network", "Step", "Train", "Examples", "Lessons", "Help"]
    assert titles == expected


def test_central_canvas_docks_and_toolbar_are_in_place(window):
    """The canvas fills the middle, four panels sit in docks, a toolbar is on top."""
    assert window.centralWidget().objectName() == "networkCanvas"
    for dock, panel in [
        ("dockInspector", "inspectorPanel"),
        ("dockComputation", "computationPanel"),
        ("dockActivation", "activationPanel"),
        ("dockGradients", "gradientPanel"),
    ]:
        found = window.findChild(QDockWidget, dock)
        assert found is not None and found.widget().objectName() == panel
    assert (
        window.dockWidgetArea(window.docks["dockInspector"])
        == Qt.DockWidgetArea.RightDockWidgetArea
    )
    assert window.findChild(QToolBar, "mainToolBar").actions()


def test_title_shows_name_and_modified_mark(window):
    """The title names the network and gains a mark as soon as something is edited."""
    window.document.load_preset("book-3-layer")
    window.document.undo_stack.setClean()
    assert window.windowTitle().startswith("The book's 3-layer network")
    assert window.windowTitle().endswith("— NeuroStep")
    assert not window.isWindowModified()
    window.document.set_bias(0, 0, 0.7)
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_undo_and_redo_actions_follow_the_stack(window):
    """Edit > Undo names the last edit, undoes it, and Redo brings it back bit for bit."""
    undo, redo = action(window, "actionUndo"), action(window, "actionRedo")
    assert not undo.isEnabled() and not redo.isEnabled()
    before = window.document.network.copy()
    window.document.set_weight(0, 0, 0, 2.5, merge=False)
    after = window.document.network.copy()
    assert undo.isEnabled() and "Change weight" in undo.text()
    undo.trigger()
    assert same_network(window.document.network, before)
    assert redo.isEnabled() and "Change weight" in redo.text()
    redo.trigger()
    assert same_network(window.document.network, after)


def test_add_layer_goes_before_the_output_without_selection(window):
    """Network > Add layer on a 2-3-1 network gives 2-3-3-1 with the output unchanged."""
    output = window.document.network.layers[-1].activation
    action(window, "actionAddLayer").trigger()
    assert window.document.network.sizes == [2, 3, 3, 1]
    assert window.document.network.layers[-1].activation == output


def test_add_layer_before_and_after_the_selected_one(window):
    """With the first hidden layer selected, Add layer before/after put it on that side."""
    window.document.load_preset("book-3-layer")  # 2-3-2-2
    window.document.select(Selection("layer", 1))
    action(window, "actionAddLayerBefore").trigger()
    assert window.document.network.sizes == [2, 3, 3, 2, 2]
    window.document.undo_stack.undo()
    window.document.select(Selection("layer", 1))
    action(window, "actionAddLayer").trigger()
    assert window.document.network.sizes == [2, 3, 3, 2, 2]
    assert (
        window.document.network.layers[0].W.tobytes()
        == sim.load_preset("book-3-layer").network.layers[0].W.tobytes()
    )


@pytest.mark.parametrize("preset", ["book-3-layer", "perceptron-and", "softmax-classifier"])
def test_canvas_plus_and_add_layer_make_the_same_layer(qtbot, preset):
    """The canvas "+" and Network > Add layer would give a new layer different sizes or curves."""
    from canvas_helpers import click_item

    window = make_window(qtbot, (1280, 720))
    doc, canvas = window.document, window.findChild(QWidget, "networkCanvas")
    doc.load_preset(preset)
    for index in range(len(doc.network.layers)):  # Add layer reaches every place but the end
        click_item(qtbot, canvas, canvas.insert_button(index + 1))
        by_canvas = doc.network.copy()
        doc.undo_stack.undo()
        doc.select(Selection("layer", index))
        action(window, "actionAddLayer").trigger()
        assert same_network(doc.network, by_canvas), index
        assert doc.network.layers[index].activation != "softmax"  # a hidden layer, not an output
        doc.undo_stack.undo()


def test_remove_and_delete_take_the_selected_layer_away(window):
    """Remove layer and the Delete key remove the selected layer, undoably."""
    window.document.load_preset("book-3-layer")
    window.document.select(Selection("layer", 2))
    action(window, "actionRemoveLayer").trigger()
    assert window.document.network.sizes == [2, 3, 2]
    window.document.select(Selection("neuron", 1, 0))
    action(window, "actionDelete").trigger()  # Delete never removes a neuron's layer
    assert window.document.network.sizes == [2, 3, 2]
    window.document.select(Selection("layer", 1))
    action(window, "actionDelete").trigger()
    assert window.document.network.sizes == [2, 2]
    window.document.undo_stack.undo()
    assert window.document.network.sizes == [2, 3, 2]


def test_remove_is_disabled_when_one_layer_is_left(window):
    """A network with only its output layer cannot lose it: Remove is greyed out."""
    window.document.set_network(sim.Network.create(2, [1], ["sigmoid"], seed=0))
    assert not action(window, "actionRemoveLayer").isEnabled()
    assert not action(window, "actionDelete").isEnabled()


def test_set_input_size_asks_and_changes_the_input_layer(window, monkeypatch):
    """Network > Set input size… asks for a number and the input layer takes that size."""
    from ui.fields.dialog import CountDialog

    monkeypatch.setattr(CountDialog, "get_count", staticmethod(lambda *a, **k: (4, True)))
    action(window, "actionSetInputSize").trigger()
    assert window.document.network.input_size == 4
    assert window.document.input.shape == (4,)


def test_examples_menu_loads_every_preset_by_its_title(window):
    """Each Examples entry shows its readable title and loads that preset's network."""
    menu = window.menus["examples"]
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == list(sim.PRESETS)
    for entry in entries:
        preset = sim.load_preset(entry.data())
        assert entry.text() == preset.title
        entry.trigger()
        assert same_network(window.document.network, preset.network)
        assert window.document.path is None


def test_example_after_edits_asks_to_save_and_cancel_keeps_them(window, monkeypatch):
    """Choosing an example with unsaved edits asks first; Cancel keeps the edits."""
    window.document.set_bias(0, 0, 3.0)
    shown = record_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.load_example("xor")
    assert shown and shown[0][0] == "warning"
    assert window.document.network.layers[0].b[0] == 3.0


def test_quit_with_unsaved_changes_asks_and_cancel_stays_open(window, monkeypatch):
    """Ctrl+Q with unsaved edits asks Save/Discard/Cancel; Cancel keeps the window open."""
    window.document.set_bias(0, 0, 3.0)
    shown = record_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    action(window, "actionQuit").trigger()
    assert window.isVisible() and len(shown) == 1 and shown[0][0] == "warning"
    record_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    action(window, "actionQuit").trigger()
    assert not window.isVisible()


def test_quit_without_changes_closes_at_once(window, monkeypatch):
    """Quitting a saved network asks nothing."""
    shown = record_boxes(monkeypatch)
    action(window, "actionQuit").trigger()
    assert not window.isVisible() and shown == []


def test_view_menu_toggles_the_docks_and_offers_languages(window):
    """View lists each panel's toggle and an English/中文 choice with one checked."""
    view = window.menus["view"]
    texts = [a.text() for a in view.actions()]
    for dock in window.docks.values():
        assert dock.toggleViewAction() in view.actions()
    assert any(a.menu() is window.menus["language"] for a in view.actions()), texts
    english = action(window, "actionLanguageEnglish")
    chinese = action(window, "actionLanguageChinese")
    assert english.isChecked() != chinese.isChecked()
    window.docks["dockGradients"].toggleViewAction().trigger()
    assert window.docks["dockGradients"].isHidden()


def test_pointer_over_a_dock_or_action_says_what_it_is(window):
    """Every action and dock has a status tip: the status bar says what the pointer is over."""
    for a in window.action_map.values():
        assert a.statusTip(), a.objectName()
    for dock in window.docks.values():
        assert dock.statusTip()
    action(window, "actionSave").showStatusText(window.toolbar)
    assert window.statusBar().currentMessage() == action(window, "actionSave").statusTip()


def test_canvas_hover_text_reaches_the_status_bar(window):
    """When the canvas says what the pointer is over, the status bar shows it."""
    if not hasattr(window.canvas, "statusMessage"):
        pytest.skip("the canvas has no statusMessage signal yet")
    window.canvas.statusMessage.emit("Weight w = 0.5")
    assert window.statusBar().currentMessage() == "Weight w = 0.5"


def test_help_menu_shows_about_and_how_to(window, monkeypatch):
    """Help > About names NeuroStep and its version; How to use explains the first steps."""
    shown = record_boxes(monkeypatch)
    action(window, "actionAbout").trigger()
    action(window, "actionHowTo").trigger()
    assert sim.__version__ in shown[0][2] and "NeuroStep" in shown[0][2]
    assert "Examples" in shown[1][2]


def test_geometry_and_docks_are_remembered(qtbot):
    """Closing at 700×500 with the gradients hidden reopens the same way."""
    first = make_window(qtbot)
    first.resize(700, 500)  # within the 800×600 offscreen screen
    first.docks["dockGradients"].hide()
    first.close()
    second = make_window(qtbot)
    assert (second.width(), second.height()) == (700, 500)
    assert second.docks["dockGradients"].isHidden()


def test_every_menu_entry_is_reachable_from_the_menu_bar(window):
    """No action of the table is orphaned: each appears in some menu."""
    in_menus = set()
    stack = [window.menuBar()]
    while stack:
        for a in stack.pop().actions():
            in_menus.add(a.objectName())
            if isinstance(a.menu(), QMenu):
                stack.append(a.menu())
    assert set(window.action_map) <= in_menus


def test_pointer_over_a_toolbar_button_or_panel_explains_it(window, qtbot):
    """Moving the pointer over Save or the activation panel puts a sentence in the status bar."""
    from PySide6.QtCore import QPoint

    button = window.toolbar.widgetForAction(action(window, "actionSave"))
    qtbot.mouseMove(button, QPoint(5, 5))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Save the network to its file")
    window.statusBar().clearMessage()
    qtbot.mouseMove(window.docks["dockActivation"].widget(), QPoint(60, 60))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")  # its own tip or ours


def test_delete_with_nothing_selected_removes_nothing(window):
    """A stray Delete key press with nothing selected leaves the network alone."""
    window.document.load_preset("book-3-layer")
    window.document.select(None)
    action(window, "actionDelete").trigger()
    assert window.document.network.sizes == [2, 3, 2, 2]


def test_quitting_in_presentation_mode_remembers_the_normal_layout(window):
    """Closing the window during a lesson leaves presentation mode before saving the layout."""
    window.presentation.action.trigger()
    assert window.presentation.action.isChecked()
    window.close()
    assert not window.presentation.action.isChecked()
    assert not window.isFullScreen()
