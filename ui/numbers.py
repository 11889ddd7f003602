"""Numbers as the canvas and the inspector write them: short enough to read from afar.

Views share these so a number looks the same wherever it appears.  (The
computation panel prints the seeds' full NumPy precision instead, in
``ui/panels/numbers.py``.)
"""

from __future__ import annotations

import math

DECIMALS = 4


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


def factor(value: float) -> str:
    """A number inside a product: negative ones in parentheses, ``(-0.7)``."""
    text = compact(value)
    return f"({text})" if text.startswith("-") else text


def product(a: float, b: float) -> str:
    """``a × b`` with each factor as ``factor`` writes it: ``2.18 × (-0.7)``."""
    return f"{factor(a)} × {factor(b)}"


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


def _decimals(value: float) -> int:
    """How many of the 4 decimals of ``value`` are needed (trailing zeros dropped)."""
    text = f"{value:.{DECIMALS}f}".rstrip("0")
    return len(text) - text.index(".") - 1


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _no_minus_zero(text: str) -> str:
    """``-0.0000`` (a tiny negative rounded away) is written without its sign."""
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text
