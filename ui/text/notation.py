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


# ---- the two sets of letters (View ▸ Notation) --------------------------------------
# Seed 001 (the book) writes a = b + Σ w·x for the weighted input, z = h(a) for the
# output, η for the learning rate; seeds 002 and 003 (Andrew Ng's course) write
# z = b + Σ w·x, a = g(z) and α.  Texts are written in the book's letters and turned
# into the chosen ones when shown: a whole formula with ``letters``, the formulas
# marked ⟦…⟧ inside a sentence with ``spans``.  δ keeps its letter: it is ∂E/∂ of the
# weighted input either way.
NOTATIONS = ("book", "course")
_COURSE = {"a": "z", "z": "a", "A": "Z", "Z": "A", "h": "g", "η": "α"}
# A letter on its own: not inside a word ("tanh", "max", "np.dot"); digits may follow (A1).
_LETTER = re.compile(r"(?<![A-Za-z])[azAZh](?![A-Za-z])|η")
_SPAN = re.compile(r"⟦([^⟦⟧]*)⟧")
_notation = {"name": "book"}


def current_notation() -> str:
    """``"book"`` (a weighted input, z = h(a) output, η) or ``"course"`` (z, a = g(z), α)."""
    return _notation["name"]


def set_notation(name: str) -> None:
    """Show every formula from now on in the letters of ``name`` (see ``NOTATIONS``)."""
    if name not in NOTATIONS:
        raise ValueError(f"unknown notation {name!r}; choose one of {', '.join(NOTATIONS)}")
    _notation["name"] = name


def letters(text: str) -> str:
    """A formula written in the book's letters, in the chosen notation's letters.

    Only letters standing alone change (``h(a)`` -> ``g(z)``, ``A1`` -> ``Z1``,
    ``a^{(1)}_{2}`` -> ``z^{(1)}_{2}``), never those inside a word (``tanh``, ``max``):
    pass formulas only, as a sentence's article "a" would change too (see ``spans``).
    """
    if _notation["name"] == "book":
        return text
    return _LETTER.sub(lambda m: _COURSE[m.group(0)], text)


def spans(text: str, rich: bool = False) -> str:
    """A sentence with its formulas marked ⟦…⟧: the marks gone, the formulas in the
    chosen letters; with ``rich``, each formula kept on one line (``<nobr>``)."""

    def span(match: re.Match) -> str:
        formula = letters(match.group(1))
        if not rich:
            return formula
        # <nobr> keeps spaces from breaking; a word joiner keeps "∂E/∂a" whole after "/".
        return "<nobr>" + html.escape(formula).replace("/", "/\u2060") + "</nobr>"

    return _SPAN.sub(span, text)
