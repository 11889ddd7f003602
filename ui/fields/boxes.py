"""Spin boxes that take any number their range allows, as typed, and say what is wrong otherwise.

Qt's own spin boxes drop the keys they do not expect, so "1e3" becomes 13 and
"1,5" 15, and they clamp, so 5000 in a 1..4096 box becomes 4096 without a
word.  These keep every key; Enter on a text they cannot take leaves the text
and the number as they are, marks the field and says why in a tooltip and
the status bar, in the UI's language.  A value set by the program is shown as
it is, even beyond what typing may set (a file may hold η = 100 where the
field takes 0.0001 to 10), and the arrows only move towards the range.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QStatusTipEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QToolTip

from ui.text import palette
from ui.text.i18n import fill

from .parse import Refusal, parse_count, parse_number

MAX_DECIMALS = 323  # Qt's most: the box then stores a float exactly as given
INVALID_BASE = QColor(palette.REFUSED_FIELD)
SHOWN_CHARS = 24  # a pasted novel is named by its first characters
translate = QCoreApplication.translate


def field_text(value: float, decimals: int = 4) -> str:
    """A number in a field: ``decimals`` decimals, yet a non-zero never shown as 0, nor cut."""
    size = abs(value)
    if value != 0 and size < 10.0**-decimals:
        return f"{value:.4g}"  # 2.183e-05, not 0.0000
    if size >= 1e12:
        return f"{value:.10g}"
    return f"{value:.{decimals}f}"


def describe_refusal(refusal: Refusal, shown) -> str:
    """The sentence saying why a typed text was refused, in the UI's language."""
    text = refusal.text if len(refusal.text) <= SHOWN_CHARS else refusal.text[:SHOWN_CHARS] + "…"
    reason = refusal.reason
    if reason == "empty":
        return translate("NumberBox", "Type a number.")
    if reason == "decimal_comma":
        return fill(
            translate(
                "NumberBox", "“%1” is not a number here: the decimal separator is a point (1.5)."
            ),
            text,
        )
    if reason == "not_finite":
        return fill(translate("NumberBox", "“%1” is not a finite number."), text)
    if reason == "not_whole":
        return fill(translate("NumberBox", "“%1” is not a whole number."), text)
    if reason == "too_small":
        sentence = translate("NumberBox", "%1 is below %2, the smallest this field takes.")
        return fill(sentence, text, shown(refusal.limit))
    if reason == "too_large":
        sentence = translate("NumberBox", "%1 is above %2, the largest this field takes.")
        return fill(sentence, text, shown(refusal.limit))
    return fill(translate("NumberBox", "“%1” is not a number."), text)


def tell(widget, text: str) -> None:
    """Say ``text`` by ``widget``: a tooltip under it and the window's status bar."""
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), text, widget)
    QCoreApplication.sendEvent(widget, QStatusTipEvent(text))  # up to the main window


def read_typed(widget, text: str, minimum: float, maximum: float) -> tuple[float | None, str]:
    """The number ``text`` means in ``widget``'s locale and '', or None and why not (told)."""
    locale = widget.locale()
    try:
        value = parse_number(text, minimum, maximum, locale.decimalPoint(), locale.groupSeparator())
    except Refusal as refusal:
        reason = describe_refusal(refusal, lambda limit: f"{limit:g}")
        tell(widget, reason)
        return None, reason
    return value, ""


class _Checked:
    """What both boxes share: typing is never blocked, refusals are told, nothing clamps."""

    def _setup(self) -> None:
        self._problem = ""
        self._tip = ""
        self.setKeyboardTracking(False)  # one value on Enter, not one per key
        self.lineEdit().textEdited.connect(self._on_text_edited)

    # ---- public -------------------------------------------------------------
    def problem(self) -> str:
        """Why the text now in the field cannot be taken ('' when it can)."""
        return self._problem

    def setToolTip(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._tip = text
        super().setToolTip(self._problem or text)

    # ---- Qt's hooks ---------------------------------------------------------
    def validate(self, text: str, pos: int):
        try:
            self._read(self._strip(text))
        except Refusal:
            return QValidator.State.Intermediate, text, pos  # keep every key typed
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        # Qt asks here before it puts back the last value: say why, and leave the text be
        # (Qt's own fixup would drop a "," and read "1,5" as 15).
        self._refuse(text)
        return text

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._refuse_text():
            self.lineEdit().selectAll()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._problem:
            self._show_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        if self._refuse_text():
            self._show_value()  # the number stays what it was, and the message says why
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802
        low, high = self._accepted
        value = self.value()
        wanted = self._stepped(value, steps)
        if low <= value <= high:
            wanted = min(high, max(low, wanted))
        elif (value > high) == (wanted > value):
            return  # never further from the range than the file put it
        else:
            wanted = high if value > high else low  # one step back into the range
        self.setValue(wanted)
        self._set_problem("")

    def sizeHint(self):  # noqa: N802
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self):  # noqa: N802
        return self._fitted(super().minimumSizeHint())

    # ---- helpers ------------------------------------------------------------
    def _fitted(self, hint):
        """Qt sizes a box for its range's ends (here ±1.8e308): size it for the accepted ones."""
        metrics = self.fontMetrics()

        def width(value) -> int:
            text = self.prefix() + self.textFromValue(value) + self.suffix() + " "
            return metrics.horizontalAdvance(text)

        qt_width = max(width(super().minimum()), width(super().maximum()))
        ours = max(width(self._accepted[0]), width(self._accepted[1]), width(self.value()))
        hint.setWidth(hint.width() - qt_width + ours)
        return hint

    def _strip(self, text: str) -> str:
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text

    def _refuse_text(self) -> bool:
        """True (after saying why) if the typed text cannot be taken."""
        return self._refuse(self.lineEdit().text())

    def _refuse(self, text: str) -> bool:
        try:
            self._read(self._strip(text))
        except Refusal as refusal:
            self._set_problem(describe_refusal(refusal, self._limit_text))
            return True
        return False

    def _show_value(self) -> None:
        self.lineEdit().setText(self.textFromValue(self.value()))

    def _on_text_edited(self, _text: str) -> None:
        if self._problem and not self._refuse_text():
            self._set_problem("")

    def _set_problem(self, text: str) -> None:
        if text == self._problem:
            if text:
                self._tell(text)
            return
        self._problem = text
        super().setToolTip(text or self._tip)
        palette = self.lineEdit().palette()
        base = INVALID_BASE if text else self.palette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, base)
        self.lineEdit().setPalette(palette)
        if text:
            self._tell(text)
        self.problemChanged.emit(text)

    def _tell(self, text: str) -> None:
        tell(self, text)


class NumberBox(_Checked, QDoubleSpinBox):
    """A float field taking ``minimum`` to ``maximum`` as typed (``1e3``, ``-0.5``, ``1,000``).

    It shows ``shown_decimals`` decimals (see ``field_text``) and keeps every
    digit of the value underneath.

    Signals
    -------
    problemChanged(str)
        Why the text typed cannot be taken, or '' once it can.
    """

    problemChanged = Signal(str)

    def __init__(self, minimum: float, maximum: float, parent=None, shown_decimals: int = 4):
        self._accepted = (minimum, maximum)
        self._shown_decimals = shown_decimals
        super().__init__(parent)
        self.setDecimals(MAX_DECIMALS)
        self.setRange(-sys.float_info.max, sys.float_info.max)  # any value is shown as it is
        self._setup()

    def set_accepted_range(self, minimum: float, maximum: float) -> None:
        """What typing and the arrows may set (the program may set any number)."""
        self._accepted = (minimum, maximum)

    def accepted_range(self) -> tuple[float, float]:
        return self._accepted

    # The field's range is what typing accepts; Qt's own (±1.8e308) only lets any value show.
    def minimum(self) -> float:
        return self._accepted[0]

    def maximum(self) -> float:
        return self._accepted[1]

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return field_text(value, self._shown_decimals).replace(".", self.locale().decimalPoint())

    def valueFromText(self, text: str) -> float:  # noqa: N802
        text = self._strip(text)
        if text == self.textFromValue(self.value()):
            return self.value()  # Enter on the number as shown keeps all its digits
        try:
            return self._read(text)
        except Refusal:
            return self.value()

    def _read(self, text: str) -> float:
        locale = self.locale()
        low, high = self._accepted
        return parse_number(text, low, high, locale.decimalPoint(), locale.groupSeparator())

    def _stepped(self, value: float, steps: int) -> float:
        return float(f"{value + steps * self.singleStep():.12g}")  # no 0.30000000000000004

    def _limit_text(self, limit: float) -> str:
        return f"{limit:g}"


class CountBox(_Checked, QSpinBox):
    """A whole-number field taking ``minimum`` to ``maximum`` ("3.5" and "5000" are told, not cut).

    Signals
    -------
    problemChanged(str)
        Why the text typed cannot be taken, or '' once it can.
    """

    problemChanged = Signal(str)

    def __init__(self, minimum: int, maximum: int, parent=None):
        self._accepted = (minimum, maximum)
        super().__init__(parent)
        self.setRange(minimum, maximum)  # a count the model holds is always in its range
        self._setup()

    def set_accepted_range(self, minimum: int, maximum: int) -> None:
        self._accepted = (minimum, maximum)
        self.setRange(minimum, maximum)

    def accepted_range(self) -> tuple[int, int]:
        return self._accepted

    def valueFromText(self, text: str) -> int:  # noqa: N802
        try:
            return self._read(self._strip(text))
        except Refusal:
            return self.value()

    def _read(self, text: str) -> int:
        low, high = self._accepted
        return parse_count(text, low, high, self.locale().groupSeparator())

    def _stepped(self, value: int, steps: int) -> int:
        return value + steps * self.singleStep()

    def _limit_text(self, limit: float) -> str:
        return f"{int(limit):,}"
