"""How a file's refused value is named: the error the checks raise, and a value's short text.

Shared by the checks of the network (:mod:`simulator.fileschema`) and of the
settings sections (:mod:`simulator.filesettings`).
"""

from __future__ import annotations

import math


class InvalidDocument(Exception):
    """The document breaks the format; the message says how (without a file name).

    ``kind`` and ``details`` are those of :class:`~simulator.fileformat.NetworkFileError`.
    """

    def __init__(self, message: str, kind: str = "bad_value", /, **details):
        super().__init__(message)
        self.kind, self.details = kind, details


def _is_finite_number(value) -> bool:
    """True for a JSON number (not a boolean) that is a finite float."""
    if type(value) is not int and not isinstance(value, float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an int beyond the float range
        return False


_JSON_TYPES = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "text",
    list: "list",
    dict: "object",
}


def _found(value) -> dict:
    """Details naming a refused value: ``found_type`` (its JSON type) and ``found``.

    ``found`` is the value itself for null, booleans, numbers and text (text and
    huge numbers shortened as in the message), None for lists and objects.
    """
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    if kind == "text":
        shown = value if len(value) <= 40 else value[:37] + "..."
    elif kind == "number" and isinstance(value, int) and abs(value) >= 10**30:
        shown = "a huge number"
    else:
        shown = None if kind in ("list", "object") else value
    return {"found_type": kind, "found": shown}


def _describe(value) -> str:
    """Name a JSON value for a message, showing short scalars."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _short(value)
    if isinstance(value, str):
        return f"the text {_short(value)}"
    return {list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _short(value) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a huge number"
    return text if len(text) <= 40 else text[:37] + "..."
