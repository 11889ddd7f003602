"""Numbers and arrays written the way the seeds print them.

The seeds print NumPy's defaults: up to 8 decimals with trailing zeros dropped
(``0.57444252``, ``0.7710107``), scientific notation for the very small or the
very large (``2.06106005e-09``).  Products are written ``1.0×0.1``; a negative
factor gets parentheses so the sign is never misread.
"""

from __future__ import annotations

import math

import numpy as np


def fmt(value: float) -> str:
    """One number as the seeds print it: ``0.3``, ``0.57444252``, ``1.0``, ``4.5e-09``."""
    v = float(value)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if v != 0 and (abs(v) < 1e-4 or abs(v) >= 1e8):
        mantissa, exponent = f"{v:.8e}".split("e")
        return f"{_trim(mantissa)}e{exponent}"
    text = _trim(f"{v:.8f}")
    return "0.0" if text == "-0.0" else text


def factor(value: float) -> str:
    """A number inside a product: negative ones in parentheses, ``(-0.2)``."""
    text = fmt(value)
    return f"({text})" if text.startswith("-") else text


def vector(values, limit: int = 8) -> str:
    """A 1-D array as ``[0.3, 0.7, 1.1]``; past ``limit`` entries, the ends and ``…``."""
    values = np.asarray(values, dtype=float).ravel()
    if values.size > limit:
        head = ", ".join(fmt(v) for v in values[:3])
        tail = ", ".join(fmt(v) for v in values[-2:])
        return f"[{head}, …, {tail}]"
    return "[" + ", ".join(fmt(v) for v in values) + "]"


def matrix_rows(values, limit: int = 8) -> list[str]:
    """A 2-D array as one ``[...]`` line per row, long ones shortened with ``…``."""
    values = np.atleast_2d(np.asarray(values, dtype=float))
    rows = [" " + vector(row, limit) + "," for row in values]
    if len(rows) > limit:
        rows = rows[:3] + [" …"] + rows[-2:]
    rows[0] = "[" + rows[0][1:]
    rows[-1] = rows[-1].rstrip(",") + "]"
    return rows


def shape(values) -> str:
    """NumPy's shape text: ``(2,)``, ``(2, 3)``."""
    return str(tuple(np.shape(values)))


def _trim(text: str) -> str:
    if "." not in text:
        return text
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text
