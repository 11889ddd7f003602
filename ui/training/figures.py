"""How training's figures are written: never rounded to a wrong number.

A loss of 0.00003 reads ``3.000e-05``, not ``0.0000``; an accuracy of 99.96 %
reads ``99.9 %`` (only a perfect score reads 100 %); R² keeps 4 decimals.
"""

from __future__ import annotations

import math

from ui.text.numbers import share as share_text


def loss_text(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    if not math.isfinite(value):
        return "∞"
    if value != 0 and abs(value) < 1e-3:
        return f"{value:.3e}"
    return f"{value:.4f}"


def r2_text(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    text = f"{value:.4f}"
    if text == "1.0000" and value < 1:
        text = "0.9999"
    return text


def score_text(value: float | None, regression: bool) -> str:
    """Accuracy for classification, R² for regression."""
    return r2_text(value) if regression else share_text(value)
