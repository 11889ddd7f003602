"""Filling ``%1``, ``%2`` … into a translated sentence, in one pass.

Replacing ``%1`` and then ``%2`` in turn would also replace a ``%2`` that the
first value brought in (a file called ``lesson %2.neurostep``); this never does.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values) -> str:
    """``text`` with ``%1`` … ``%n`` replaced by ``values``; other placeholders stay."""

    def value(match: re.Match) -> str:
        i = int(match.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def short_number(value) -> str:
    """A number as a message names it: ``0.3``, ``1e+20``, ``12,345``; never 17 digits."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**15 else f"{value:.3g}"
    return f"{value:.6g}"
