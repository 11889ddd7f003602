"""The lesson panel: the lesson's title, the step's heading and text, Back and Next.

objectName ``lessonPanel``; its buttons ``lessonBack`` and ``lessonNext``.  It shows
the runner's state and sends the buttons to it; the lesson drives the window.
Texts are shown in the language and letters chosen, large enough for the back row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.text import palette

from .lesson import translate

TEXT_SCALE = 1.1  # the explanation a little larger than the app's type
TITLE_SCALE = 1.25


class LessonPanel(QWidget):
    """Shows ``runner``'s lesson and step; Back and Next move through its steps."""

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.runner = runner
        self.lesson_title = QLabel(self)
        self.lesson_title.setObjectName("lessonTitle")
        self.lesson_title.setWordWrap(True)
        self.progress = QLabel(self)
        self.progress.setObjectName("lessonProgress")
        self.progress.setStyleSheet(f"color: {palette.MUTED};")
        self.text = QTextBrowser(self)
        self.text.setObjectName("lessonText")
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(4)
        self.back = QPushButton(self)
        self.back.setObjectName("lessonBack")
        self.next = QPushButton(self)
        self.next.setObjectName("lessonNext")
        self.next.setDefault(True)
        self.back.clicked.connect(runner.back)
        self.next.clicked.connect(runner.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        runner.changed.connect(self.refresh)
        self._style()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        elif event.type() == QEvent.Type.FontChange:
            self._style()
            self.refresh()
        super().changeEvent(event)

    def _style(self) -> None:
        size = self.font().pointSizeF()
        title = QFont(self.font())
        title.setPointSizeF(size * TITLE_SCALE)
        title.setBold(True)
        self.lesson_title.setFont(title)
        self.progress.setFont(self.font())  # its style sheet keeps it from following by itself
        body = QFont(self.font())
        body.setPointSizeF(size * TEXT_SCALE)
        self.text.setFont(body)
        self.text.document().setDefaultFont(body)

    def shown_text(self) -> str:
        """The step's heading and explanation as plain text (for tests and the clipboard)."""
        return self.text.toPlainText()

    def refresh(self) -> None:
        self.back.setText(self.tr("◀ Back"))
        self.next.setText(self.tr("Next ▶"))
        self.back.setToolTip(self.tr("The step before, as it was (Page Up)"))
        self.next.setToolTip(self.tr("The next step of the lesson (Page Down)"))
        runner = self.runner
        self.back.setEnabled(runner.can_go_back())
        self.next.setEnabled(runner.can_go_on())
        if not runner.running:
            self.lesson_title.setText(self.tr("No lesson"))
            self.progress.setText("")
            self.text.setHtml(self.tr("Choose a lesson from the Lessons menu."))
            return
        lesson, step = runner.lesson, runner.lesson.steps[runner.step]
        heading = self.tr("Lesson %1: %2").replace("%1", str(lesson.number))
        self.lesson_title.setText(heading.replace("%2", translate(lesson.title)))
        progress = self.tr("Step %1 of %2").replace("%1", str(runner.step + 1))
        self.progress.setText(progress.replace("%2", str(len(lesson.steps))))
        colour = palette.ACCENT
        self.text.setHtml(
            f'<p style="color:{colour}; font-weight:bold">{translate(step.title)}</p>'
            f"<p>{translate(step.text)}</p>"
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft)
