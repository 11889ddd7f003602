"""The Lessons menu (actionLesson1…actionLesson8, Ctrl+1…Ctrl+8) and the lesson dock.

The dock stands left of the canvas, so the Inspector's table and the activation
plot stay in view beside it; it shows while a lesson runs, in presentation mode too.
Page Down and Page Up (what a presenter's remote sends) are Next and Back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ui.text.i18n import HearsLanguage

from .catalogue import LESSONS
from .lesson import translate
from .panel import LessonPanel
from .runner import LessonRunner

DOCK_WIDTH = 320  # at 1280×720: the text at about 35 characters a line


class LessonMenu(HearsLanguage, QObject):
    """The lessons of ``window``: ``menu`` for the menu bar, ``dock`` holding the panel."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.runner = LessonRunner(window)
        self.panel = LessonPanel(self.runner)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("dockLesson")
        self.dock.setWidget(self.panel)
        self.dock.setProperty("presentationKeep", True)  # stays in presentation mode
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.menu = QMenu(window)
        self.menu.setObjectName("menuLessons")
        self.actions = {}
        for number in sorted(LESSONS):
            action = self.menu.addAction("")
            action.setObjectName(f"actionLesson{number}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _on=False, n=number: self.start(n))
            self.actions[number] = action
        self.menu.addSeparator()
        for name, keys, slot in (
            ("actionLessonNext", ["PgDown", "Alt+Right"], self.runner.next),
            ("actionLessonBack", ["PgUp", "Alt+Left"], self.runner.back),
            ("actionLessonClose", [], self.close),
        ):
            action = self.menu.addAction("")
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            window.addAction(action)  # the keys work with the menu bar hidden
            self.actions[name] = action
        for number in LESSONS:
            window.addAction(self.actions[number])
        self.runner.changed.connect(self._on_changed)
        presentation = getattr(window, "presentation", None)
        if presentation is not None:  # entering raises its own docks: the step's go on top
            presentation.changed.connect(lambda _on: QTimer.singleShot(0, self.runner.bring_docks))
        self.retranslate()
        self._on_changed()

    def start(self, number: int) -> None:
        """Show the lesson panel and begin lesson ``number``."""
        first = self.dock.isHidden()
        self.dock.show()
        self.dock.raise_()
        if first:
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.runner.start(number)

    def close(self) -> None:
        self.runner.stop()
        self.dock.hide()

    def presentation_docks(self, chosen) -> tuple[str, ...]:
        """The docks presentation mode keeps: ``chosen`` ones and those the step needs."""
        return tuple(dict.fromkeys((*chosen, *self.runner.docks())))

    def _on_changed(self) -> None:
        presentation = getattr(self.window, "presentation", None)
        if presentation is not None and presentation.active and self.runner.docks():
            presentation.refresh_docks()
            self.runner.bring_docks()  # in front of the other tabs refresh_docks raised
        running = self.runner.running
        self.actions["actionLessonNext"].setEnabled(self.runner.can_go_on())
        self.actions["actionLessonBack"].setEnabled(self.runner.can_go_back())
        self.actions["actionLessonClose"].setEnabled(running)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Lessons"))
        self.dock.setWindowTitle(self.tr("Lesson"))
        for number, action in self.actions.items():
            if not isinstance(number, int):
                continue
            action.setText(f"&{number} {translate(LESSONS[number].title)}")
            action.setStatusTip(self.tr("Start this lesson: its network, its steps"))
        self.actions["actionLessonNext"].setText(self.tr("&Next step"))
        self.actions["actionLessonBack"].setText(self.tr("&Previous step"))
        self.actions["actionLessonClose"].setText(self.tr("&Close lesson"))
