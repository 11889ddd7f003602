"""Every number the interface shows, written one way for one kind of reader.

Two styles, both here so a quantity looks the same in every view:

- **The seeds' style** (the computation and activation panels): NumPy's defaults, up
  to 8 decimals with trailing zeros dropped (``0.57444252``, ``0.7710107``), and
  scientific notation for the very small or very large (``2.06106005e-09``).
- **The short style** (the canvas and the inspector, read from afar): 4 decimals,
  or 3 significant digits when huge (``0.5744``, ``1.23e+04``).

A negative factor inside a product gets parentheses, ``(-0.2)``, so its sign is
never misread as a minus.
"""

from __future__ import annotations

import math

import numpy as np

DECIMALS = 4


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
def fixed(value: float) -> str:
    """A computed value: 4 decimals (``0.5744``), or 3 significant digits if huge (``1.23e+04``)."""
    value = float(value)
    if abs(value) >= 1e4:
        return f"{value:.3g}"
    return _no_minus_zero(f"{value:.{DECIMALS}f}")


def compact(value: float) -> str:
    """A parameter or factor: up to 4 decimals, trailing zeros dropped (``0.1``, ``0.5744``)."""
    value = float(value)
    if not math.isfinite(value) or abs(value) >= 1e4:
        return fixed(value)
    return _no_minus_zero(_trim(f"{value:.{DECIMALS}f}"))


def product(a: float, b: float) -> str:
    """``a × b`` in the short style, negative factors in parentheses: ``2.18 × (-0.7)``."""
    return f"{_parenthesised(compact(a))} × {_parenthesised(compact(b))}"


def aligned(values) -> list[str]:
    """Numbers shown side by side, all with the same decimals (the fewest, at most 4).

    ``[0.1, 0.2]`` gives ``0.1, 0.2``; ``[0.1014, 0.20102]`` gives ``0.1014, 0.2010``
    (not ``0.201``), so no number looks less precise than its neighbour.

    Parameters
    ----------
    values : array_like, shape (n,)
        Finite values are written; others give ``""``.
    """
    values = [float(v) for v in values]
    finite = [v for v in values if math.isfinite(v) and abs(v) < 1e4]
    decimals = max((_decimals(v) for v in finite), default=0)
    decimals = max(decimals, 1)  # "0.1", "1.0": always a point, as the seeds write numbers
    out = []
    for v in values:
        if not math.isfinite(v):
            out.append("")
        elif abs(v) >= 1e4:
            out.append(fixed(v))
        else:
            out.append(_no_minus_zero(f"{v:.{decimals}f}"))
    return out


# ---- helpers -------------------------------------------------------------------
def _parenthesised(text: str) -> str:
    return f"({text})" if text.startswith("-") else text


def _decimals(value: float) -> int:
    """How many of the 4 decimals of ``value`` are needed (trailing zeros dropped)."""
    text = f"{value:.{DECIMALS}f}".rstrip("0")
    return len(text) - text.index(".") - 1


def _trim(text: str) -> str:
    """Trailing zeros and a bare point dropped: ``0.1000`` -> ``0.1``, ``2.0000`` -> ``2``."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def _trim_seed(text: str) -> str:
    """Trailing zeros dropped, one kept after the point as NumPy prints: ``1.0``."""
    if "." not in text:
        return text
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


def _no_minus_zero(text: str) -> str:
    """``-0.0000`` (a tiny negative rounded away) is written without its sign."""
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def short_number(value) -> str:
    """A number as a message names it: ``0.3``, ``1e+20``, ``12,345``; never 17 digits."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**15 else f"{value:.3g}"
    return f"{value:.6g}"
