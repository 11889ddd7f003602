"""Presentation mode (F5): full screen, large type, thick lines, only what the class needs.

Entering keeps the canvas, the computation and the activation panels (or the
docks ``choose_docks`` picks instead, e.g. the training views once training has
begun) and a toolbar of the step controls (and ``extra_actions``), hides the
other docks, the menu bar and the status bar, and scales the application font
by ``FONT_SCALE``.  F5, Esc and
the step actions are actions of the window itself, so their keys work without
the menu bar.  Views need no call from here:
Qt sends them a FontChange and they scale their own fonts and pens from their
font size.  ``window.property("presentation")`` and ``changed(bool)`` tell
anything else that wants to know.  Esc (or F5 again) leaves and restores the
exact previous geometry, dock layout, bars and font.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QDockWidget, QLabel, QToolBar

from ui.text.i18n import HearsLanguage

FONT_SCALE = 1.5  # at 1920×1080 (and on smaller screens); in proportion on larger ones
FULL_HD = 1080
KEPT_DOCKS = ("dockComputation", "dockActivation")
# Of the screen: the computation's height and the activation's width.  0.28 leaves the
# canvas about 1380×650 at 1920×1080, and still shows a backward step's every number.
DOCK_SHARE = 0.28
LESSON_SHARE = 0.2  # of the screen's width: a lesson's text, left of the canvas
RESTORE_WAIT_MS = 1000  # how long after leaving the window's own size may take to return


def font_scale(screen) -> float:
    """How much the type grows: ``FONT_SCALE``, and with the screen's height beyond 1080.

    At 1920×1080 this makes the app font 16.5 pt, 22 px: every text is then at least
    as large, for the screen's height, as the formulas are at 1280×720 (11 pt).
    """
    height = screen.geometry().height() if screen is not None else FULL_HD
    return FONT_SCALE * max(1.0, height / FULL_HD)


class DockTitle(QLabel):
    """A dock's title in presentation mode: its name, in the large type.

    Mouse events pass through to the dock, so it still moves as a title bar does.
    """

    def __init__(self, dock: QDockWidget):
        super().__init__(dock.windowTitle(), dock)
        self.setObjectName("presentationDockTitle")
        self.setContentsMargins(6, 2, 6, 2)
        dock.windowTitleChanged.connect(self.setText)


class PresentationMode(HearsLanguage, QObject):
    """Presentation mode of ``window``; ``action`` is the checkable ``actionPresentation``.

    Signals
    -------
    changed(bool)
        Emitted after entering (True) or leaving (False).
    """

    changed = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._saved: dict | None = None
        self._pending = None  # (dock state, window size) to restore once the size is back
        self._step_bar: QToolBar | None = None
        # Hooks for other parts of the window: which docks to keep (given the default
        # ones), and actions for the toolbar after the step controls.
        self.choose_docks = lambda default: default
        self.extra_actions: list = []
        self.action = QAction(window)
        self.action.setObjectName("actionPresentation")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.toggled.connect(self._on_toggled)
        self.leave_action = QAction(window)
        self.leave_action.setObjectName("actionLeavePresentation")
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)  # Esc belongs to dialogs and editors otherwise
        self.leave_action.triggered.connect(lambda: self.action.setChecked(False))
        window.addActions([self.action, self.leave_action])
        self.retranslate()

    @property
    def active(self) -> bool:
        return self._saved is not None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Presentation mode"))
        self.action.setToolTip(
            self.tr("Presentation mode (F5): full screen, large type; Esc leaves")
        )
        self.action.setStatusTip(
            self.tr("Full screen with large type and thick lines, for a projector (F5; Esc leaves)")
        )
        self.leave_action.setText(self.tr("Leave presentation mode"))

    def eventFilter(self, watched, event) -> bool:
        # Installed on the window only while its old size comes back (see _leave)
        if watched is self.window and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._restore_docks)  # after the layout has seen the size
        return False

    # ---- entering and leaving ---------------------------------------------------
    def _show_step_bar(self) -> None:
        """Swap the toolbars for one holding only the step controls: at 1.5× type the
        full toolbar would push them off the screen."""
        w = self.window
        if self._step_bar is None:
            self._step_bar = QToolBar(w)
            self._step_bar.setObjectName("presentationToolBar")
            self._step_bar.setMovable(False)
            self._step_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for action in w.step_actions.actions():
                if action is None:
                    self._step_bar.addSeparator()
                else:
                    self._step_bar.addAction(action)
                    w.addAction(action)  # its key works whichever bars are hidden
                    if action.objectName() == "actionPlayPause":
                        w.step_actions.hold_width(self._step_bar.widgetForAction(action))
            if self.extra_actions:
                self._step_bar.addSeparator()
                self._step_bar.addActions(self.extra_actions)
            self._step_bar.addSeparator()
            self._step_bar.addAction(self.action)
            w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._step_bar)
        for bar in w.findChildren(QToolBar):
            bar.setVisible(bar is self._step_bar)

    def kept_docks(self) -> tuple[str, ...]:
        """The objectNames of the docks presentation mode shows now."""
        return tuple(self.choose_docks(KEPT_DOCKS))

    def refresh_docks(self) -> None:
        """Show the docks ``kept_docks`` names now (while presenting), sized for the screen."""
        if self.active:
            self._show_docks()
            QTimer.singleShot(0, self._size_docks)

    def _show_docks(self) -> None:
        kept = self.kept_docks()
        for dock in self.window.findChildren(QDockWidget):
            # A dock asking to stay (the lesson under way) stays if it is shown.
            stays = dock.property("presentationKeep") and dock.isVisible()
            shown = dock.objectName() in kept or bool(stays)
            dock.setVisible(shown)
            if shown:
                dock.raise_()
                if not isinstance(dock.titleBarWidget(), DockTitle):
                    # A dock paints its own title in the font it was made with: a plain
                    # label instead follows the large type.
                    dock.setTitleBarWidget(DockTitle(dock))

    def _size_docks(self) -> None:
        """The bottom dock takes a share of the screen's height, a side dock of its width."""
        w, kept = self.window, self.kept_docks()
        screen = w.screen().availableGeometry() if w.screen() is not None else w.geometry()
        area = Qt.DockWidgetArea
        for dock in w.findChildren(QDockWidget):
            name = dock.objectName()
            if name == "dockLesson" and dock.isVisible():  # a lesson under way, on the left
                size, share, orientation = screen.width(), LESSON_SHARE, Qt.Orientation.Horizontal
            elif name not in kept:
                continue
            elif w.dockWidgetArea(dock) == area.BottomDockWidgetArea:
                size, share, orientation = screen.height(), DOCK_SHARE, Qt.Orientation.Vertical
            else:
                size, share, orientation = screen.width(), DOCK_SHARE, Qt.Orientation.Horizontal
            w.resizeDocks([dock], [round(size * share)], orientation)

    def _on_toggled(self, on: bool) -> None:
        if on and not self.active:
            self._enter()
        elif not on and self.active:
            self._leave()

    def _enter(self) -> None:
        w, app = self.window, QApplication.instance()
        self._saved = {
            "geometry": w.saveGeometry(),
            "rect": w.geometry(),
            "state": w.saveState(),
            "window_state": w.windowState(),
            "font": app.font(),
            "menu_bar": not w.menuBar().isHidden(),
            "status_bar": not w.statusBar().isHidden(),
        }
        self._show_docks()
        w.menuBar().hide()
        w.statusBar().hide()
        self._show_step_bar()
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale(w.screen()))
        app.setFont(font)
        # A check box's square is the style's, whatever the type: as large as the text here.
        # (A style sheet fixes the box's font when set: it names the large one too.)
        side, points = QFontMetrics(font).height(), font.pointSizeF()
        for box in w.findChildren(QCheckBox):
            box.setStyleSheet(
                f"QCheckBox {{ font-size: {points:.1f}pt; }}"
                f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}"
            )
        w.setProperty("presentation", True)
        w.showFullScreen()
        QTimer.singleShot(0, self._size_docks)  # once the full-screen size has arrived
        self.leave_action.setEnabled(True)
        self.changed.emit(True)

    def _leave(self) -> None:
        w, saved = self.window, self._saved
        self._saved = None
        self.leave_action.setEnabled(False)
        QApplication.instance().setFont(saved["font"])
        for box in w.findChildren(QCheckBox):
            box.setStyleSheet("")
        for dock in w.findChildren(QDockWidget):
            title = dock.titleBarWidget()
            if isinstance(title, DockTitle):
                dock.setTitleBarWidget(None)  # the dock's own title bar again
                title.deleteLater()
        # The new font reaches the widgets as posted events and changes their size hints:
        # deliver them now, or the layout restored below would shift when they arrive.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.FontChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        w.setProperty("presentation", False)
        w.setWindowState(saved["window_state"])
        w.restoreGeometry(saved["geometry"])
        if saved["window_state"] == Qt.WindowState.WindowNoState:
            w.setGeometry(saved["rect"])  # restoreGeometry may shrink it to fit a small screen
        w.restoreState(saved["state"])
        w.menuBar().setVisible(saved["menu_bar"])
        w.statusBar().setVisible(saved["status_bar"])
        if self._step_bar is not None:
            self._step_bar.hide()
        # The window gets its old size back from the event loop (from the window manager
        # on a desktop): the docks, laid out for the full screen meanwhile, are given
        # their exact sizes again once it has arrived.
        self._pending = (saved["state"], saved["rect"].size())
        w.installEventFilter(self)  # each resize till then may be the one
        QTimer.singleShot(0, self._restore_docks)
        QTimer.singleShot(RESTORE_WAIT_MS, self._stop_restoring)
        self.changed.emit(False)

    def _restore_docks(self) -> None:
        """Give the docks their sizes again once the window has its own size back."""
        if self._pending is not None and not self.active:
            state, size = self._pending
            if self.window.size() == size:
                self.window.restoreState(state)

    def _stop_restoring(self) -> None:
        self._restore_docks()
        self._pending = None
        self.window.removeEventFilter(self)
