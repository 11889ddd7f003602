"""Every number the interface shows, written one way for one kind of reader.

Two styles, both here so a quantity looks the same in every view:

- **The seeds' style** (the computation and activation panels): NumPy's defaults, up
  to 8 decimals with trailing zeros dropped (``0.57444252``, ``0.7710107``), and
  scientific notation for the very small or very large (``2.06106005e-09``).
- **The short style** (the canvas and the inspector, read from afar): 4 significant
  digits (``0.5744``, ``0.771``, ``1.0``), with a power of ten for the very small or
  large (``-2.18e-5``, ``-4.3e4``).

Both count significant digits for small numbers, so a non-zero number is never
written as 0.  A negative factor inside a product gets parentheses, ``(-0.2)``, so
its sign is never misread as a minus.
"""

from __future__ import annotations

import math

import numpy as np

SIGNIFICANT = 4  # digits of the short style
SMALL, LARGE = 1e-3, 1e4  # the short style uses a power of ten outside these


# ---- the seeds' style ----------------------------------------------------------
def fmt(value: float) -> str:
    """One number as the seeds print it: ``0.3``, ``0.57444252``, ``1.0``, ``4.5e-09``."""
    v = float(value)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if v != 0 and (abs(v) < 1e-4 or abs(v) >= 1e8):
        mantissa, exponent = f"{v:.8e}".split("e")
        return f"{_trim_seed(mantissa)}e{exponent}"
    text = _trim_seed(f"{v:.8f}")
    return "0.0" if text == "-0.0" else text


def factor(value: float) -> str:
    """A number inside a product, in the seeds' style: ``(-0.2)``."""
    return _parenthesised(fmt(value))


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


# ---- the short style -----------------------------------------------------------
def short(value: float) -> str:
    """A number read from afar: 4 significant digits (``0.5744``, ``0.771``, ``1.0``).

    Significant digits, not fixed decimals, so a small non-zero number never reads
    0: below 0.001 and from 10,000 up it is written in 3 digits with a power of ten
    (``-2.18e-5``, ``-4.3e4``).  Trailing zeros are dropped, one kept after the
    point as the seeds write numbers (``1.0``).
    """
    v = float(value)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if v == 0:
        return "0.0"
    if abs(v) < SMALL or abs(v) >= LARGE - 0.5:  # 9999.7 would round to 10000
        text = np.format_float_scientific(v, precision=SIGNIFICANT - 2, trim="0", exp_digits=1)
        return text.replace("e+", "e")
    if abs(v) >= 10 ** (SIGNIFICANT - 1):  # 1234.5 -> "1235", not "1234.0" (a false decimal)
        return np.format_float_positional(round(v), trim="-")
    return np.format_float_positional(
        v, precision=SIGNIFICANT, unique=False, fractional=False, trim="0"
    )


# A computed value (a, z, δ, a gradient) and a parameter (w, b, x, t) are written alike:
# one style, so a neuron's z reads the same on its circle and on the edge label it feeds.
fixed = compact = short


def product(a: float, b: float) -> str:
    """``a × b`` in the short style, negative factors in parentheses: ``2.18 × (-0.7)``."""
    return f"{_parenthesised(short(a))} × {_parenthesised(short(b))}"


def aligned(values) -> list[str]:
    """Numbers shown side by side in the short style, with the same decimals.

    ``[0.1, 0.2]`` gives ``0.1, 0.2``; ``[0.1014, 0.20102]`` gives ``0.1014, 0.2010``
    (not ``0.201``), so no number looks less precise than its neighbour.  Padding
    stops at 4 decimals (``0.302`` beside ``-0.006847`` is ``0.3020``, never a
    ``0.302000`` claiming digits it does not have); numbers written with a power of
    ten stay as they are.

    Parameters
    ----------
    values : array_like, shape (n,)
        Finite values are written; others give ``""``.
    """
    texts = [short(v) if math.isfinite(float(v)) else "" for v in values]
    decimals = min(max((_decimals(t) for t in texts), default=1), SIGNIFICANT)
    return [_pad(t, decimals) for t in texts]


# ---- helpers -------------------------------------------------------------------
def _parenthesised(text: str) -> str:
    return f"({text})" if text.startswith("-") else text


def _decimals(text: str) -> int:
    """Decimals of a positional short number (``"0.201"``: 3); 1 for others."""
    if "." not in text or "e" in text:
        return 1
    return len(text) - text.index(".") - 1


def _pad(text: str, decimals: int) -> str:
    """``"0.201"`` padded with zeros to ``decimals`` (``"0.2010"``); others unchanged."""
    if "." not in text or "e" in text:
        return text
    return text + "0" * max(decimals - _decimals(text), 0)


def _trim_seed(text: str) -> str:
    """Trailing zeros dropped, one kept after the point as NumPy prints: ``1.0``."""
    if "." not in text:
        return text
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


def short_number(value) -> str:
    """A number as a message names it: ``0.3``, ``1e+20``, ``12,345``; never 17 digits."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**15 else f"{value:.3g}"
    return f"{value:.6g}"


def share(value: float | None) -> str:
    """A share in [0, 1] (an accuracy, a probability) as a percentage with one decimal.

    Only 1 reads 100 %, only 0 reads 0.0 %: 0.9996 is 99.9 %, 0.0004 is 0.1 %.
    """
    if value is None or math.isnan(value):
        return "–"
    percent = value * 100
    text = f"{percent:.1f}"
    if text == "100.0" and value < 1:
        text = "99.9"
    elif text == "0.0" and value > 0:
        text = "0.1"
    return f"{text} %"
