"""The menu bar and the toolbar of the main window, and its two lists that change:
recent files and examples.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolBar

import simulator as sim
from ui.files import settings
from ui.text import examples

from .texts import translate


def build_menus(window) -> dict[str, QMenu]:
    """Create File, Edit, View, Network, Step, Examples, Help; keyed for retranslate()."""
    a, bar = window.action_map, window.menuBar()
    menus = {
        key: QMenu(window)
        for key in (
            "file",
            "recent",
            "edit",
            "view",
            "language",
            "network",
            "step",
            "examples",
            "help",
        )
    }
    for key, menu in menus.items():
        menu.setObjectName(f"menu{key.capitalize()}")
    _add(
        menus["file"],
        a,
        "actionNew",
        "actionOpen",
        menus["recent"],
        None,
        "actionSave",
        "actionSaveAs",
        None,
        window.export.menu,
        None,
        "actionQuit",
    )
    _add(menus["edit"], a, "actionUndo", "actionRedo", None, "actionDelete", None)
    for copy in window.export.copy_actions():
        menus["edit"].addAction(copy)
    _add(menus["edit"], a, None, "actionPreferences")
    _add(
        menus["network"],
        a,
        "actionAddLayer",
        "actionAddLayerBefore",
        "actionRemoveLayer",
        None,
        "actionSetInputSize",
    )
    _add(menus["language"], a, "actionLanguageEnglish", "actionLanguageChinese")
    _fill_view(window, menus["view"], menus["language"])
    for action in window.step_actions.actions():
        if action is None:
            menus["step"].addSeparator()
        else:
            menus["step"].addAction(action)
    _add(menus["help"], a, "actionHowTo", None, "actionAbout")
    for key in ("file", "edit", "view", "network", "step", "examples"):
        bar.addMenu(menus[key])
    bar.addMenu(window.lessons.menu)
    bar.addMenu(menus["help"])
    return menus


def _fill_view(window, view: QMenu, language: QMenu) -> None:
    a = window.action_map
    _add(view, a, "actionFitView", "actionZoomIn", "actionZoomOut", None)
    for dock in window.docks.values():
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    if window.presentation.action is not None:
        view.addAction(window.presentation.action)
        view.addSeparator()
    view.addMenu(language)
    view.addMenu(window.notation.menu)


def _add(menu: QMenu, actions: dict, *items) -> None:
    """Add actions by objectName, submenus, and None as a separator."""
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(actions[item])


def build_toolbar(window) -> QToolBar:
    """File, undo, layer and view actions, then the stepping actions."""
    bar = QToolBar(window)
    bar.setObjectName("mainToolBar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setMovable(False)
    a = window.action_map
    # Adding and removing layers lives on the canvas (+ and × on each column) and in the
    # Network menu, fitting the view in the View menu (Ctrl+0; the canvas fits itself),
    # leaving the toolbar room for the step controls, named in full, at 1280 px.
    for name in (
        "actionNew",
        "actionOpen",
        "actionSave",
        None,
        "actionUndo",
        "actionRedo",
        None,
    ):
        if name is None:
            bar.addSeparator()
        else:
            bar.addAction(a[name])
    steps = window.step_actions
    # The speed box sits beside Play and the learning rate beside Update, where they act.
    beside = {
        "actionPlayPause": steps.speed_widget,
        "actionApplyUpdate": steps.learning_rate_widget,
    }
    for action in steps.actions():
        if action is None:
            bar.addSeparator()
            continue
        bar.addAction(action)
        if action.objectName() == "actionPlayPause":
            steps.hold_width(bar.widgetForAction(action))
        if action.objectName() in beside:
            bar.addWidget(beside[action.objectName()](bar))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


# ---- lists that change --------------------------------------------------------
def fill_examples(window) -> None:
    """One action per preset, titled in the current language (made once, retitled after)."""
    menu = window.menus["examples"]
    made = {action.data(): action for action in menu.actions() if action.data()}
    for name in sim.PRESETS:
        action = made.get(name)
        if action is None:
            action = menu.addAction("")
            action.setObjectName(f"actionExample_{name}")
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: window.load_example(n))
        # From the texts tables, not by building each example (digits loads its data set).
        action.setText(examples.preset_title(name))
        action.setStatusTip(examples.preset_note(name))


def fill_recent(window) -> None:
    """The recent files, newest first, numbered for the keyboard."""
    menu = window.menus["recent"]
    menu.clear()
    paths = settings.recent_files()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number} {Path(path).name}")
        action.setData(path)
        action.setStatusTip(path)
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.files.open_recent(p))
    if not paths:
        menu.addAction(translate("no_recent")).setEnabled(False)  # retitled by retitle_recent
    menu.addSeparator()
    menu.addAction(window.action_map["actionClearRecent"])
    window.action_map["actionClearRecent"].setEnabled(bool(paths))


def retitle_recent(window) -> None:
    """The recent files' menu in the current language: only "(no recent files)" has words."""
    clear = window.action_map["actionClearRecent"]
    for action in window.menus["recent"].actions():
        if not (action.data() or action.isSeparator() or action is clear):
            action.setText(translate("no_recent"))
