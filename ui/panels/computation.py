"""The computation panel: the current neuron's arithmetic with the real numbers.

It redraws from ``document.cursor`` whenever the Document says the step moved
or its records were recomputed, so an edit mid-pass never leaves stale numbers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .step_text import StepText

MATH_SCALE = 1.3  # formulas a little larger than the panel's own type, for the back row
COLOURS = {"title": "#1a1a1a", "math": "#0b3d91", "note": "#555555"}


class ComputationPanel(QWidget):
    """Panel showing the current neuron's computation with real numbers.

    objectName ``computationPanel``.  ``text()`` is the plain text shown (what
    Copy puts on the clipboard); ``matrix_box`` toggles the matrix form.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("computationPanel")
        self.document = document
        self._text = StepText(self)
        self._lines: list[tuple[str, str]] = []
        self._build()
        self.retranslate()
        document.stepChanged.connect(self._on_step_changed)
        document.exampleChanged.connect(self._on_step_changed)
        self._on_step_changed()

    def _build(self) -> None:
        self.matrix_box = QCheckBox(self)
        self.matrix_box.setObjectName("matrixFormBox")
        self.matrix_box.toggled.connect(self._on_step_changed)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyComputationButton")
        self.copy_button.clicked.connect(self.copy)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("computationText")
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        row = QHBoxLayout()
        row.addWidget(self.matrix_box)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)

    # ---- language -----------------------------------------------------------
    def retranslate(self) -> None:
        self.matrix_box.setText(self.tr("Matrix form"))
        self.matrix_box.setToolTip(self.tr("Show the whole layer as A = X · W + B, "
                                           "with the arrays and their shapes"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this computation as plain text"))
        self._on_step_changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._render()  # presentation mode scales the app font: follow it
        super().changeEvent(event)

    # ---- content ------------------------------------------------------------
    def text(self) -> str:
        """The computation shown, as plain text (one line per line)."""
        return "\n".join(text for _kind, text in self._lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _on_step_changed(self) -> None:
        if not hasattr(self, "browser"):
            return
        self._lines = self._text.lines(self.document, self.matrix_box.isChecked())
        self._render()

    def _render(self) -> None:
        size = self.font().pointSizeF() * MATH_SCALE
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        parts = [_line_html(kind, text, size, mono) for kind, text in self._lines]
        bar = self.browser.verticalScrollBar()
        keep = bar.value()
        self.browser.setHtml("".join(parts))
        bar.setValue(keep)


def _line_html(kind: str, text: str, size: float, mono: str) -> str:
    """One line as a paragraph: titles bold, formulas monospace, notes smaller."""
    body = html.escape(text).replace("  ", "&nbsp;&nbsp;")
    style = f"color:{COLOURS[kind]}; margin:0 0 3px 0;"
    if kind == "title":
        style += f"font-weight:bold; font-size:{size:.1f}pt; margin-bottom:6px;"
    elif kind == "math":
        style += f"font-family:'{mono}',monospace; font-size:{size:.1f}pt; white-space:pre-wrap;"
    else:
        style += f"font-size:{size / MATH_SCALE:.1f}pt; margin-top:6px;"
    return f'<p style="{style}">{body}</p>'
