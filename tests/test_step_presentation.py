"""Stories of presentation mode and of the stepping views inside the main window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from window_helpers import lesson_window


@pytest.fixture
def window(qtbot):
    yield from lesson_window(qtbot)


def visible_docks(win) -> set:
    return {d.objectName() for d in win.findChildren(QDockWidget) if d.isVisible()}


def test_panels_are_in_the_window_by_name(window):
    """Scripts and tests looking the stepping views up by objectName would not find them."""
    for name in ("computationPanel", "activationPanel", "gradientPanel"):
        assert window.findChild(QWidget, name) is not None
    for name in ("actionStepForward", "actionPlayPause", "actionApplyUpdate", "actionPresentation"):
        assert window.findChild(QAction, name) is not None


def test_f5_enters_presentation_and_esc_restores_the_layout(window, qtbot):
    """Presentation mode would keep clutter, keep small type, or not give the layout back."""
    before_docks, before_font = visible_docks(window), QApplication.font().pointSizeF()
    before_geometry = window.geometry()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active and window.property("presentation")
    assert window.isFullScreen()
    assert visible_docks(window) == {"dockComputation", "dockActivation"}
    assert QApplication.font().pointSizeF() == pytest.approx(before_font * 1.5)
    panel = window.findChild(QWidget, "computationPanel")
    # Qt delivers the new application font to widgets from the event loop.
    qtbot.waitUntil(lambda: panel.font().pointSizeF() == pytest.approx(before_font * 1.5))
    with qtbot.waitSignal(window.presentation.changed) as signal:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert signal.args == [False]
    assert not window.isFullScreen() and not window.property("presentation")
    assert visible_docks(window) == before_docks
    assert QApplication.font().pointSizeF() == pytest.approx(before_font)
    qtbot.waitUntil(lambda: panel.font().pointSizeF() == pytest.approx(before_font))
    assert window.geometry() == before_geometry


def test_right_arrow_steps_in_the_window_and_panels_follow(window, qtbot):
    """Pressing → in the app would not move the pass or leave a panel behind."""
    canvas = window.findChild(QWidget, "networkCanvas")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert window.document.cursor.forward_done == 1
    text = window.findChild(QWidget, "computationPanel").text()
    assert "a⁽¹⁾₁ = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in text
    marker = window.findChild(QWidget, "activationPanel").marker_position()
    assert marker == pytest.approx((0.3, 0.57444252))


def test_presentation_gives_the_canvas_most_of_the_screen(window, qtbot):
    """In presentation mode the panels would take a third of the screen each way."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    screen = window.screen().availableGeometry()
    canvas = window.findChild(QWidget, "networkCanvas")
    computation = window.findChild(QDockWidget, "dockComputation")
    qtbot.waitUntil(lambda: computation.height() <= 0.3 * screen.height())
    assert canvas.width() >= 0.65 * screen.width()
    assert canvas.height() >= 0.5 * screen.height()  # the step toolbar takes the rest


def test_presentation_hides_the_menu_and_status_bars_and_gives_them_back(window, qtbot):
    """The projector would show the menu and status bars, or they would not come back."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    window.statusBar().hide()  # a window without its status bar keeps it hidden
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.menuBar().isVisible() and window.statusBar().isHidden()
    window.statusBar().show()


def test_keys_work_in_presentation_without_the_menu_bar(window, qtbot):
    """Without the menu bar, → would not step, or F5 and Esc would not leave."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    canvas = window.findChild(QWidget, "networkCanvas")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert window.document.cursor.forward_done == 1
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.presentation.active and window.menuBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active
