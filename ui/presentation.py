"""Presentation mode (F5): full screen, large type, thick lines, only what the class needs.

Entering keeps the canvas, the computation and the activation panels and the
toolbar (so the step controls stay reachable), hides the other docks, and
scales the application font by ``FONT_SCALE``.  Views need no call from here:
Qt sends them a FontChange and they scale their own fonts and pens from their
font size.  ``window.property("presentation")`` and ``changed(bool)`` tell
anything else that wants to know.  Esc (or F5 again) leaves and restores the
exact previous geometry, dock layout and font.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget

FONT_SCALE = 1.5
KEPT_DOCKS = ("dockComputation", "dockActivation")


class PresentationMode(QObject):
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
        window.installEventFilter(self)
        self.retranslate()

    @property
    def active(self) -> bool:
        return self._saved is not None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Presentation mode"))
        self.action.setToolTip(self.tr("Presentation mode (F5): full screen, large type; "
                                       "Esc leaves"))
        self.action.setStatusTip(self.tr("Full screen with large type and thick lines, "
                                         "for a projector (F5; Esc leaves)"))
        self.leave_action.setText(self.tr("Leave presentation mode"))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # ---- entering and leaving ---------------------------------------------------
    def _on_toggled(self, on: bool) -> None:
        if on and not self.active:
            self._enter()
        elif not on and self.active:
            self._leave()

    def _enter(self) -> None:
        w, app = self.window, QApplication.instance()
        self._saved = {"geometry": w.saveGeometry(), "rect": w.geometry(), "state": w.saveState(),
                       "window_state": w.windowState(), "font": app.font()}
        for dock in w.findChildren(QDockWidget):
            dock.setVisible(dock.objectName() in KEPT_DOCKS)
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        app.setFont(font)
        w.setProperty("presentation", True)
        w.showFullScreen()
        self.leave_action.setEnabled(True)
        self.changed.emit(True)

    def _leave(self) -> None:
        w, saved = self.window, self._saved
        self._saved = None
        self.leave_action.setEnabled(False)
        QApplication.instance().setFont(saved["font"])
        w.setProperty("presentation", False)
        w.setWindowState(saved["window_state"])
        w.restoreGeometry(saved["geometry"])
        if saved["window_state"] == Qt.WindowState.WindowNoState:
            w.setGeometry(saved["rect"])  # restoreGeometry may shrink it to fit a small screen
        w.restoreState(saved["state"])
        self.changed.emit(False)
