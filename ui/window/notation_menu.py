"""View ▸ Notation: the book's letters or the course's, for every formula shown.

Seed 001 (the book) writes a = b + Σ w·x, z = h(a) and η; seeds 002 and 003
(Andrew Ng's course) write z = b + Σ w·x, a = g(z) and α.  The choice is
remembered; switching it has every widget set its texts again, as a language
switch does.  ``actionNotation`` is the submenu's own action: triggering it (or
its shortcut) switches to the other set of letters.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.files import settings
from ui.text import i18n, notation

CHOICES = {"book": "actionNotationBook", "course": "actionNotationCourse"}
SHORTCUT = "Ctrl+Shift+N"


class NotationMenu(i18n.HearsLanguage, QObject):
    """The Notation submenu of ``window``; ``menu`` goes into the View menu."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        notation.set_notation(settings.saved_notation() or "book")
        self.menu = QMenu(window)
        self.menu.setObjectName("menuNotation")
        self.action = self.menu.menuAction()
        self.action.setObjectName("actionNotation")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.switch)
        window.addAction(self.action)  # its key works from anywhere in the window
        group = QActionGroup(self)
        self.actions = {}
        for name, object_name in CHOICES.items():
            action = self.menu.addAction("")
            action.setObjectName(object_name)
            action.setCheckable(True)
            action.setChecked(name == notation.current_notation())
            action.triggered.connect(lambda _on=False, n=name: self.set_notation(n))
            group.addAction(action)
            self.actions[name] = action
        self.retranslate()

    def set_notation(self, name: str) -> None:
        """Show every formula in the letters of ``name`` ("book" or "course"), now and
        at the next start."""
        notation.set_notation(name)
        settings.save_notation(name)
        self.actions[name].setChecked(True)
        i18n.refresh_texts()

    def switch(self) -> None:
        """The other set of letters."""
        self.set_notation("course" if notation.current_notation() == "book" else "book")

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Notation"))
        tip = self.tr("Which letters the formulas use (%1 switches)").replace("%1", SHORTCUT)
        self.action.setStatusTip(tip)
        book, course = self.actions["book"], self.actions["course"]
        # The letters themselves are never converted: each choice shows its own.
        book.setText(self.tr("The book's letters: a = b + Σ w·x, z = h(a), η"))
        book.setStatusTip(
            self.tr(
                "a is the weighted input, z = h(a) the output, η the learning rate, "
                "as in the book 深度学习入门 (seed 001)"
            )
        )
        course.setText(self.tr("The course's letters: z = b + Σ w·x, a = g(z), α"))
        course.setStatusTip(
            self.tr(
                "z is the weighted input, a = g(z) the output, α the learning rate, "
                "as in Andrew Ng's course (seeds 002 and 003)"
            )
        )
