"""The training views in Chinese: no English word left in the panels, menu and messages."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenu, QWidget
from training_helpers import show_dock, training_window, wait_until_paused

CJK = re.compile(r"[\u3400-\u9fff]")
# Names that read the same in both languages: optimizers, symbols, the inputs' names.
SAME = {"SGD", "Adam", "Momentum", "CSV", "L2", "sin", "Ctrl", "Shift"}  # and the key names
WORD = re.compile(r"[A-Za-z]{2,}")
PANELS = ("dockData", "dockTraining", "dockDecision", "dockLoss")


def english_words(text: str) -> list[str]:
    """The English words of a text, leaving HTML tags and the shared names aside."""
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)
    return [w for w in WORD.findall(text) if w not in SAME]


def texts_of(widget: QWidget) -> list[str]:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        found.append(child.toolTip())
    return [t for t in found if t]


def test_chinese_panels_show_no_english(qtbot):
    """After a run and a divergence in Chinese, every text of the four panels is Chinese."""
    window = training_window(qtbot)
    window.set_language("zh")
    training = window.training
    training.stop_epochs = 3
    training.start()
    wait_until_paused(qtbot, training)
    for name in PANELS:
        show_dock(window, name)
    qtbot.waitUntil(lambda: "轮" in show_dock(window, "dockLoss").summary.text())
    left = {
        name: [(t, english_words(t)) for t in texts_of(window.docks[name]) if english_words(t)]
        for name in PANELS
    }
    assert left == {name: [] for name in PANELS}
    menu = window.findChild(QMenu, "menuTrain")
    assert CJK.search(menu.title())
    assert all(CJK.search(a.text()) for a in menu.actions() if not a.isSeparator())
    message = show_dock(window, "dockTraining").widget().message.text()
    assert CJK.search(message) and not english_words(message)
