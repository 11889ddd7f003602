"""Reading a number as a person types it: ``1e3``, ``-0.5``, ``1,000``, ``１．５``.

Pure Python, so it is tested without Qt.  A refusal is a ``Refusal`` whose
``reason`` says what is wrong; the field turns it into a sentence in the UI's
language.  Nothing is ever guessed: ``1,5`` is refused with a hint, not read as
15 or 1.5.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

MINUS_SIGNS = "\u2212\u2012\u2013\ufe63\uff0d"  # −, dashes and full-width minus typed for "-"


@dataclass(frozen=True)
class Refusal(Exception):
    """Why a text is not a number a field takes.

    Attributes
    ----------
    reason : str
        ``"empty"``, ``"not_a_number"``, ``"decimal_comma"`` (a comma where the
        decimal separator belongs), ``"not_finite"``, ``"not_whole"``,
        ``"too_small"`` or ``"too_large"``.
    text : str
        What was typed (tidied).
    limit : float or None
        The end of the range that was passed.
    """

    reason: str
    text: str
    limit: float | None = None


def tidy(text: str, decimal: str = ".") -> str:
    """Full-width digits and signs made plain, spaces and the other minus signs unified."""
    text = unicodedata.normalize("NFKC", text).strip()
    for sign in MINUS_SIGNS:
        text = text.replace(sign, "-")
    if decimal != ".":
        text = text.replace(decimal, ".")
    return text.replace(" ", "").replace("\u00a0", "")


def _number_pattern(group: str) -> re.Pattern:
    group = re.escape(group)
    return re.compile(rf"[+-]?(\d{{1,3}}({group}\d{{3}})+|\d+)?(\.\d*)?([eE][+-]?\d+)?")


def parse_number(
    text: str,
    minimum: float = -math.inf,
    maximum: float = math.inf,
    decimal: str = ".",
    group: str = ",",
) -> float:
    """The number ``text`` means, within ``[minimum, maximum]``; else raises ``Refusal``."""
    plain = tidy(text, decimal)
    if not plain:
        raise Refusal("empty", plain)
    if plain.lower().lstrip("+-") in ("nan", "inf", "infinity", "∞"):
        raise Refusal("not_finite", plain)
    match = _number_pattern(group).fullmatch(plain)
    if match is None or not re.search(r"\d", plain.split("e")[0].split("E")[0]):
        if "," in plain and decimal != ",":  # "1,5": someone used to a decimal comma
            raise Refusal("decimal_comma", plain)
        raise Refusal("not_a_number", plain)
    value = float(plain.replace(group, "")) if group else float(plain)
    if not math.isfinite(value):  # 1e400
        raise Refusal(
            *(("too_large", plain, maximum) if value > 0 else ("too_small", plain, minimum))
        )
    return _in_range(value, plain, minimum, maximum)


def parse_count(text: str, minimum: int, maximum: int, group: str = ",") -> int:
    """The whole number ``text`` means, within ``[minimum, maximum]``; else raises ``Refusal``."""
    value = parse_number(text, -math.inf, math.inf, group=group)
    if not value.is_integer():
        raise Refusal("not_whole", tidy(text))
    return int(_in_range(value, tidy(text), minimum, maximum))


def _in_range(value: float, text: str, minimum: float, maximum: float) -> float:
    if value < minimum:
        raise Refusal("too_small", text, minimum)
    if value > maximum:
        raise Refusal("too_large", text, maximum)
    return value
