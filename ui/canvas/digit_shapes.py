"""Texts that differ only in their digits are as wide, in a font whose digits line up.

While a network trains, most bias texts of the canvas change at each refresh
("b=0.1014" becomes "b=0.1022") and each new one was measured to fit its circle:
a tenth of a millisecond a column, ten times a second.  In a font whose digits are
all as wide and kern with nothing around them (tabular figures, as UI fonts have),
the width of such a text depends only on its shape ("b=0.0000"), so one fit serves
every text of that shape.  A font that is not so is measured text by text, as before.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetricsF

DIGITS = "0123456789"
NEIGHBOURS = DIGITS + "=.,-+−eE()b %"  # what stands beside a digit in a number's text
_DIGIT = re.compile(r"[0-9]")
_EVEN: dict[tuple, bool] = {}


def shape_key(text: str, metrics: QFontMetricsF, font_key) -> str:
    """``text`` with its digits as 0 when ``metrics``' font lines its digits up (checked
    once per ``font_key``), else ``text`` itself: a key for the text's width."""
    even = _EVEN.get(font_key)
    if even is None:
        even = _EVEN[font_key] = _digits_line_up(metrics)
    return _DIGIT.sub("0", text) if even else text


def _digits_line_up(metrics: QFontMetricsF) -> bool:
    """Whether every digit is as wide as 0 beside any neighbour, on either side."""
    width = metrics.horizontalAdvance
    for c in NEIGHBOURS:
        left, right = width(c + "0"), width("0" + c)
        for d in DIGITS[1:]:
            if width(c + d) != left or width(d + c) != right:
                return False
    return True
