"""The main window's own actions: one table of names, texts, shortcuts and tips.

Texts live in the table as ``QT_TRANSLATE_NOOP("MainWindow", ...)`` so lupdate
sees them, and ``retranslate_actions`` runs them through the translator again
whenever the language changes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

import simulator as sim

Key = QKeySequence.StandardKey

# objectName: (text, status tip, shortcuts)
ACTIONS = {
    "actionNew": (
        QT_TRANSLATE_NOOP("MainWindow", "&New"),
        QT_TRANSLATE_NOOP("MainWindow", "Start a new network (a small 2-3-1 one)"),
        [Key.New],
    ),
    "actionOpen": (
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        QT_TRANSLATE_NOOP("MainWindow", "Open a %1 file"),
        [Key.Open],
    ),
    "actionSave": (
        QT_TRANSLATE_NOOP("MainWindow", "&Save"),
        QT_TRANSLATE_NOOP("MainWindow", "Save the network to its file"),
        [Key.Save],
    ),
    "actionSaveAs": (
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        QT_TRANSLATE_NOOP("MainWindow", "Save the network to a new file"),
        ["Ctrl+Shift+S"],
    ),
    "actionClearRecent": (
        QT_TRANSLATE_NOOP("MainWindow", "&Clear list"),
        QT_TRANSLATE_NOOP("MainWindow", "Forget the recently used files"),
        [],
    ),
    "actionQuit": (
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        QT_TRANSLATE_NOOP("MainWindow", "Close NeuroStep"),
        ["Ctrl+Q"],
    ),
    "actionUndo": (
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        QT_TRANSLATE_NOOP("MainWindow", "Undo the last edit"),
        [Key.Undo],
    ),
    "actionRedo": (
        QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
        QT_TRANSLATE_NOOP("MainWindow", "Redo the edit just undone"),
        ["Ctrl+Shift+Z", "Ctrl+Y"],
    ),
    "actionDelete": (
        QT_TRANSLATE_NOOP("MainWindow", "&Delete layer"),
        QT_TRANSLATE_NOOP("MainWindow", "Remove the selected layer"),
        [Key.Delete],
    ),
    "actionPreferences": (
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Settings NeuroStep keeps between runs: how much memory undo may use"
        ),
        ["Ctrl+,"],
    ),
    "actionAddLayer": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add layer"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Add a hidden layer after the selected one (or before the output layer)"
        ),
        ["Ctrl+L"],
    ),
    "actionAddLayerBefore": (
        QT_TRANSLATE_NOOP("MainWindow", "Add layer &before"),
        QT_TRANSLATE_NOOP("MainWindow", "Add a hidden layer before the selected one"),
        ["Ctrl+Shift+L"],
    ),
    "actionRemoveLayer": (
        QT_TRANSLATE_NOOP("MainWindow", "&Remove layer"),
        QT_TRANSLATE_NOOP("MainWindow", "Remove the selected layer (or the last hidden one)"),
        [],
    ),
    "actionSetInputSize": (
        QT_TRANSLATE_NOOP("MainWindow", "Set &input size…"),
        QT_TRANSLATE_NOOP("MainWindow", "Change how many neurons the input layer has"),
        [],
    ),
    "actionFitView": (
        QT_TRANSLATE_NOOP("MainWindow", "&Fit view"),
        QT_TRANSLATE_NOOP("MainWindow", "Zoom so the whole network fits"),
        ["Ctrl+0"],
    ),
    "actionZoomIn": (
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
        QT_TRANSLATE_NOOP("MainWindow", "Make the network larger"),
        [Key.ZoomIn],
    ),
    "actionZoomOut": (
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
        QT_TRANSLATE_NOOP("MainWindow", "Make the network smaller"),
        [Key.ZoomOut],
    ),
    "actionLanguageEnglish": (
        "English",
        QT_TRANSLATE_NOOP("MainWindow", "Show the interface in English"),
        [],
    ),
    "actionLanguageChinese": (
        "中文",
        QT_TRANSLATE_NOOP("MainWindow", "Show the interface in Simplified Chinese"),
        [],
    ),
    "actionHowTo": (
        QT_TRANSLATE_NOOP("MainWindow", "&How to use"),
        QT_TRANSLATE_NOOP("MainWindow", "A short guide to NeuroStep"),
        [Key.HelpContents],
    ),
    "actionAbout": (
        QT_TRANSLATE_NOOP("MainWindow", "&About NeuroStep"),
        QT_TRANSLATE_NOOP("MainWindow", "Version and licence"),
        [],
    ),
}

# Language names are shown in their own language, never translated.
UNTRANSLATED = {"actionLanguageEnglish", "actionLanguageChinese"}


def make_actions(parent) -> dict[str, QAction]:
    """Create every action of the table, owned by ``parent``, keyed by objectName."""
    actions = {}
    for name, (_text, _tip, shortcuts) in ACTIONS.items():
        action = QAction(parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        actions[name] = action
    actions["actionPreferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    group = QActionGroup(parent)
    group.setExclusive(True)
    for name in ("actionLanguageEnglish", "actionLanguageChinese"):
        actions[name].setCheckable(True)
        group.addAction(actions[name])
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Set every action's text and tips in the current language."""
    for name, (text, tip, _shortcuts) in ACTIONS.items():
        action = actions[name]
        if name not in UNTRANSLATED:
            text = QCoreApplication.translate("MainWindow", text)
        action.setText(text)
        tip = QCoreApplication.translate("MainWindow", tip).replace("%1", sim.FILE_EXTENSION)
        action.setStatusTip(tip)
        action.setIconText(plain_text(text))  # what the toolbar shows
        action.setToolTip(_tooltip(text, action.shortcut()))


def plain_text(text: str) -> str:
    """A menu text without its mnemonic or ellipsis: "Save &As…" -> "Save As"."""
    plain = re.sub(r"\(&\w\)", "", text)  # Chinese mnemonics look like "新建(&N)"
    return plain.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _tooltip(text: str, shortcut: QKeySequence) -> str:
    """ "Save (Ctrl+S)": the plain menu text, plus the shortcut."""
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain_text(text)} ({keys})" if keys else plain_text(text)
