"""The lesson panel: the lesson's title, the step's heading and text, Back and Next.

objectName ``lessonPanel``; its buttons ``lessonBack`` and ``lessonNext``.  It shows
the runner's state and sends the buttons to it; the lesson drives the window.
A step's number for the student to set is the field ``lessonKnob``, its live
numbers the label ``lessonReadout`` (both follow the Document as it changes).
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

from ui.fields.boxes import NumberBox
from ui.fields.signals import signals_blocked
from ui.text import palette
from ui.text.numbers import short

from .lesson import translate

TEXT_SCALE = 1.1  # the explanation a little larger than the app's type
TITLE_SCALE = 1.25


class KnobBox(NumberBox):
    """The step's number as the panels write it: 2.0, 0.01, 0.1235 (not 2.0000)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        return short(value).replace(".", self.locale().decimalPoint())


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
        self.knob_label = QLabel(self)
        self.knob = KnobBox(-1e6, 1e6, self)
        self.knob.setObjectName("lessonKnob")
        self.knob.setKeyboardTracking(False)  # one edit when the number is typed, not per key
        self.knob.valueChanged.connect(self._on_knob)
        knob_row = QHBoxLayout()
        knob_row.addWidget(self.knob_label)
        knob_row.addWidget(self.knob, 1)
        self.readout = QLabel(self)
        self.readout.setObjectName("lessonReadout")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        # its box may be given a line more than the wrapped text needs: no blank line on top
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.readout.setStyleSheet(
            f"background: {palette.HEADER_FILL}; border: 1px solid {palette.EMPTY_LINE};"
            " padding: 4px;"
        )
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
        layout.addLayout(knob_row)
        layout.addWidget(self.readout)
        layout.addLayout(buttons)
        runner.changed.connect(self.refresh)
        doc = runner.app.doc
        for signal in (doc.stepChanged, doc.exampleChanged, doc.settingsChanged):
            signal.connect(self._show_numbers)
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
        for widget in (self.knob_label, self.knob, self.readout):
            widget.setFont(body)

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
            self._show_numbers()
            return
        lesson, step = runner.lesson, runner.lesson.steps[runner.step]
        heading = self.tr("Lesson %1: %2").replace("%1", str(lesson.number))
        self.lesson_title.setText(heading.replace("%2", translate(lesson.title)))
        progress = self.tr("Step %1 of %2").replace("%1", str(runner.step + 1))
        self.progress.setText(progress.replace("%2", str(len(lesson.steps))))
        colour = palette.ACCENT
        self.text.setHtml(
            f'<p style="color:{colour}; font-weight:bold; margin: 0 0 6px 0">'
            f"{translate(step.title)}</p>"
            f'<p style="margin: 0">{translate(step.text)}</p>'
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._show_numbers()

    def _step(self):
        runner = self.runner
        return runner.lesson.steps[runner.step] if runner.running else None

    def _show_numbers(self) -> None:
        """The step's knob and readout as the window now holds them."""
        step, app = self._step(), self.runner.app
        knob = step.knob if step is not None else None
        self.knob_label.setVisible(knob is not None)
        self.knob.setVisible(knob is not None)
        if knob is not None:
            self.knob_label.setText(translate(knob.label))
            with signals_blocked(self.knob):
                self.knob.set_accepted_range(knob.minimum, knob.maximum)
                self.knob.setSingleStep(knob.step)
                self.knob.setValue(knob.read(app))
        readout = step.readout(app) if step is not None and step.readout else ""
        self.readout.setVisible(bool(readout))
        self.readout.setText(readout)
        self._fit_readout()

    def _fit_readout(self) -> None:
        # A wrapped label's size hint guesses its width, so the layout gave it a line too
        # many or too few: give it exactly the height of its lines at the width it has.
        margins = self.layout().contentsMargins()  # the readout spans the panel's width
        width = self.width() - margins.left() - margins.right()
        self.readout.setMinimumHeight(0)  # its height for a width counts the minimum in
        height = max(0, self.readout.heightForWidth(width))
        if height != self.readout.height() or self.readout.minimumHeight() != height:
            self.readout.setFixedHeight(height)
            self.layout().activate()  # the text gets the room left now, not at the next paint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_readout()

    def _on_knob(self, value: float) -> None:
        step = self._step()
        if step is not None and step.knob is not None and value != step.knob.read(self.runner.app):
            step.knob.write(self.runner.app, value)
