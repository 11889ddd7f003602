"""Presentation mode while training: the class sees the decision view and the loss chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QToolBar
from window_helpers import make_window


@pytest.fixture
def window(qtbot):
    win = make_window(qtbot)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.training.pause()
    if win.presentation.active:  # never leave a big app font to the next test
        win.presentation.action.setChecked(False)


def visible_docks(win) -> set:
    return {d.objectName() for d in win.findChildren(QDockWidget) if d.isVisible()}


def test_f5_after_training_shows_the_decision_view_and_the_loss_chart(window, qtbot):
    """Once trained, F5 keeps the two training views and Train on the toolbar."""
    window.training.train_epoch()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    assert visible_docks(window) == {"dockLoss", "dockDecision"}
    bar = window.findChild(QToolBar, "presentationToolBar")
    assert window.findChild(QAction, "actionTrain") in bar.actions()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_starting_to_train_while_presenting_brings_the_training_views(window, qtbot):
    """Presenting the stepping, then Ctrl+T: the stepping panels give way to training's."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert visible_docks(window) == {"dockComputation", "dockActivation"}
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.training.is_running
    assert visible_docks(window) == {"dockLoss", "dockDecision"}
