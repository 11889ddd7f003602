"""The book's notation for one neuron's numbers: layer on top, index below.

Seed 001 writes the weight from neuron 2 of the previous layer into neuron 1 of
layer 1 as w^(1)_12 (the neuron it feeds first), that neuron's weighted input as
a^(1)_1 and its output as z^(1)_1; the inputs are x_1, x_2.  The functions here
write those names in a small markup, ``a^{(1)}_{1}``, that ``to_html`` turns into
real super- and subscripts for rich text and ``to_plain`` into Unicode ones
(``a⁽¹⁾₁``) for plain text: the status bar, the canvas, the clipboard.

Layers and neurons count from 1, as in the seeds; ``layer`` arguments here are
1-based layer numbers (the seeds' W1 is layer 1), indices are 0-based.
"""

from __future__ import annotations

import html
import re

_MARK = re.compile(r"([_^])\{([^{}]*)\}")
_SUB = str.maketrans("0123456789()+-=aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₍₎₊₋₌ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUP = str.maketrans("0123456789()+-=n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼ⁿ")


def symbol(letter: str, layer: int | None = None, *indices: int | str) -> str:
    """``a^{(2)}_{1}``: a letter with its layer on top and its 1-based indices below.

    ``indices`` are 0-based numbers, or letters written as they are (``"k"``); two
    or more are joined without a comma while all are one character (``w_{12}``, as
    the seeds write it), with commas otherwise (``w_{1,12}``).
    """
    text = letter
    if layer is not None:
        text += "^{(" + str(layer) + ")}"
    if indices:
        numbers = [i if isinstance(i, str) else str(i + 1) for i in indices]
        joiner = "," if any(len(n) > 1 for n in numbers) else ""
        text += "_{" + joiner.join(numbers) + "}"
    return text


def input_symbol(layer: int, i: int) -> str:
    """What feeds layer ``layer`` from neuron ``i``: ``x_{1}``, or ``z^{(1)}_{1}`` later on."""
    return symbol("x", None, i) if layer == 1 else symbol("z", layer - 1, i)


def weight_symbol(layer: int, source: int, j: int) -> str:
    """``w^{(layer)}_{j source}``: the seeds put the neuron fed first."""
    return symbol("w", layer, j, source)


def to_html(text: str) -> str:
    """Markup as rich text: ``a^{(1)}_{2}`` -> ``a<sup>(1)</sup><sub>2</sub>``, the rest escaped."""
    parts, last = [], 0
    for match in _MARK.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        tag = "sub" if match.group(1) == "_" else "sup"
        parts.append(f"<{tag}>{html.escape(match.group(2))}</{tag}>")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def to_plain(text: str) -> str:
    """Markup as plain text with Unicode sub- and superscripts: ``a⁽¹⁾₂``.

    A character with no Unicode subscript (or superscript) keeps the markup's
    letter after ``_`` (or ``^``), so nothing is lost: ``w_q``.
    """

    def plain(match) -> str:
        table = _SUB if match.group(1) == "_" else _SUP
        body = match.group(2)
        moved = body.translate(table)
        if any(c == m and c not in ", " for c, m in zip(body, moved)):
            return match.group(1) + body
        return moved

    return _MARK.sub(plain, text)
