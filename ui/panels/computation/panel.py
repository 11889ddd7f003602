"""The computation panel: the current neuron's arithmetic with the real numbers.

It redraws from ``document.cursor`` whenever the Document says the step moved
or its records were recomputed, so an edit mid-pass never leaves stale numbers.
The step's title shares the row of the Matrix form and Copy controls, and the
result comes first (see ``step_html``): at 1280×720 the dock is only a few
lines high.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.document.settling import once_settled
from ui.panels.elided_label import ElidedLabel
from ui.text.notation import spans, to_plain

from .matrix_text import plain_arrays
from .step_html import Style, step_html
from .step_text import StepText

MATH_SCALE = 1.0  # formulas at the panel's own (already large) type: five lines fit at 720p
KEY_SCALE = 1.25  # the step's result larger, for the back row
NOTE_SCALE = 0.95
TWO_COLUMNS = 44  # side lines go beside when the text is this many "M"s wide
# A step that does not fit is written smaller, down to the last of these; past it the
# panel scrolls, the step's result (its first line) in view.  With presentation mode's
# large type (the app font grew by this much) nothing is written smaller than the
# formulas: every text stays readable from the back of the room, and the panel scrolls.
FIT_SCALES = (1.0, 0.93, 0.87, 0.82)
FITS_KEPT = 64  # steps whose fitting scale is remembered
PRESENTATION_GROWTH = 1.2


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
        self._base_point_size = self.font().pointSizeF()
        self._lines: list[tuple[str, str]] = []
        self._build()
        self.retranslate()
        refresh = once_settled(document, self._on_step_changed)  # once per change
        document.stepChanged.connect(refresh)
        document.exampleChanged.connect(refresh)
        document.namesChanged.connect(refresh)
        self._on_step_changed()

    def _build(self) -> None:
        self.heading = ElidedLabel(self)
        self.heading.setObjectName("computationTitle")
        self.matrix_box = QCheckBox(self)
        self.matrix_box.setObjectName("matrixFormBox")
        self.matrix_box.toggled.connect(self._on_step_changed)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyComputationButton")
        self.copy_button.clicked.connect(self.copy)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("computationText")
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.browser.document().setDocumentMargin(3)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.matrix_box)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self._html = ""
        self._shown = None  # what was last rendered, and at which size
        self._columns = 0
        self._fit = 0  # which of FIT_SCALES the last step was written at
        # The scale each recent step (text, size, view) fitted at: an undo, a redo or a
        # language switch back lays the step out once instead of two or three times.
        self._fitted: dict[tuple, int] = {}

    # ---- language -----------------------------------------------------------
    def retranslate(self) -> None:
        self.matrix_box.setText(self.tr("Matrix form"))
        self.matrix_box.setToolTip(
            spans(
                self.tr("Show the whole layer as ⟦A = X · W + B⟧, with the arrays and their shapes")
            )
        )
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
        """The computation shown, as plain text (one line per line, names with Unicode
        sub- and superscripts: a⁽¹⁾₃)."""
        return "\n".join(
            to_plain(plain_arrays(text) if kind == "arrays" else text) for kind, text in self._lines
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _on_step_changed(self) -> None:
        if not hasattr(self, "browser"):
            return
        self._lines = self._text.lines(self.document, self.matrix_box.isChecked())
        self._render()

    def _render(self) -> None:
        size = self.font().pointSizeF()
        title = to_plain(next((text for kind, text in self._lines if kind == "title"), ""))
        self.heading.setText(title)
        bold = QFont(self.font())
        bold.setPointSizeF(size * 1.1)
        bold.setBold(True)
        if bold != self.heading.font():
            self.heading.setFont(bold)
        self._columns = self._fitting_columns()
        key = (tuple(self._lines), size, self._columns, self.browser.viewport().size().toTuple())
        if key == self._shown:
            return  # an unchanged text costs no layout of the whole document
        self._shown = key
        large = size >= self._base_point_size * PRESENTATION_GROWTH
        self._fit = 0 if large else self._remembered_scale((*key, self.font().key()), size)
        self._set_html(self._html_at(size, self._fit, large))
        self.browser.verticalScrollBar().setValue(0)  # the result first: it is what is new

    def _remembered_scale(self, key: tuple, size: float) -> int:
        """The fitting scale of the step ``key`` (its text, size and view): laid out to
        find it only when not among the last FITS_KEPT."""
        fit = self._fitted.pop(key, None)
        self._fitted[key] = fit = self._fitting_scale(size, self._fit) if fit is None else fit
        while len(self._fitted) > FITS_KEPT:  # the oldest first
            del self._fitted[next(iter(self._fitted))]
        return fit

    def _fitting_scale(self, size: float, start: int) -> int:
        """Index of the largest of FIT_SCALES the step fits at (else the last), laid out
        from the one the last step chose: a long step (4,096 inputs) that fits at none
        is laid out once, not once per scale."""
        k = min(start, len(FIT_SCALES) - 1)
        self._set_html(self._html_at(size, k))
        if not self.fits():
            while k + 1 < len(FIT_SCALES):  # smaller until it fits
                k += 1
                self._set_html(self._html_at(size, k))
                if self.fits():
                    break
            return k
        while k > 0:  # larger while it still fits
            self._set_html(self._html_at(size, k - 1))
            if not self.fits():
                break
            k -= 1
        return k

    def _html_at(self, size: float, k: int, large: bool = False) -> str:
        scale = 1.0 if large else FIT_SCALES[k]
        style = Style(
            math=size * MATH_SCALE * scale,
            key=size * KEY_SCALE * scale,
            note=size * (1.0 if large else NOTE_SCALE) * scale,
            family=self.font().family(),
            columns=self._columns,
        )
        return step_html(self._lines, style)

    def _set_html(self, text: str) -> None:
        if text != self._html:
            self._html = text
            self.browser.setHtml(text)

    def fits(self) -> bool:
        """Whether the whole step is in view, without scrolling."""
        height = self.browser.document().size().height()
        return height <= self.browser.viewport().height()

    def _fitting_columns(self) -> int:
        """2 when the text is wide enough for the gradients beside the other formulas."""
        em = self.browser.fontMetrics().horizontalAdvance("M") * MATH_SCALE
        return 2 if self.browser.viewport().width() >= TWO_COLUMNS * em else 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "browser"):
            self._render()  # another size may fit the step larger, or need it smaller
