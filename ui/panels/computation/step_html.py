"""The computation panel's HTML: StepText's lines laid out to be read from the back row.

The step's result (``"key"`` lines) comes first and larger; a run of
``"math"`` lines with ``"side"`` lines (the gradients of each weight) becomes
two columns when the panel is wide enough, so a 1280×720 screen shows every
number of a backward step without scrolling.  Paragraph margins are kept to a
pixel or two for the same reason.  ``"arrays"`` lines (the matrix form) become a
row of arrays side by side.  Names in the lines' markup (``a^{(1)}_{3}``) get real
super- and subscripts.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.text import palette
from ui.text.notation import to_html

from .matrix_text import array_blocks

COLOURS = {
    "key": palette.ACCENT,
    "math": palette.ACCENT,
    "side": palette.ACCENT,
    "wide": palette.ACCENT,
    "caption": palette.MUTED,
    "note": palette.MUTED,
    "arrays": palette.ACCENT,
}
FORMULAS = ("key", "math", "side", "wide", "arrays")
HEADING = palette.MUTED  # an array's name and shape above it


@dataclass(frozen=True)
class Style:
    """Sizes in points and the formulas' font family; ``columns`` 2 puts side lines beside."""

    math: float
    key: float
    note: float
    family: str
    columns: int


def step_html(lines: list[tuple[str, str]], style: Style) -> str:
    """The lines (``title`` lines left out: the panel's header shows them) as HTML."""
    parts, block = [], []
    for kind, text in lines:
        if kind in ("math", "side"):
            block.append((kind, text))
            continue
        if block:
            parts.append(_block(block, style))
            block = []
        if kind == "arrays":
            parts.append(_arrays(text, style))
        elif kind != "title":
            parts.append(_paragraph(kind, text, style))
    if block:
        parts.append(_block(block, style))
    return "".join(parts)


def _block(block: list[tuple[str, str]], style: Style) -> str:
    """A run of math lines, with its side lines in a second column when there is room."""
    left = [line for line in block if line[0] == "math"]
    right = [line for line in block if line[0] == "side"]
    if style.columns < 2 or not left or not right:
        return "".join(_paragraph(kind, text, style) for kind, text in left + right)
    cells = [
        "".join(_paragraph(kind, text, style) for kind, text in column) for column in (left, right)
    ]
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top" style="vertical-align:top; padding-right:24px">{cells[0]}</td>'
        f'<td valign="top" style="vertical-align:top">{cells[1]}</td></tr></table>'
    )


def _arrays(text: str, style: Style) -> str:
    """The matrix form's arrays side by side, each under its name and shape."""
    cells = []
    for name, size, rows in array_blocks(text):
        body = "<br>".join(to_html(row).replace(" ", "&nbsp;") for row in rows)
        heading = f"{to_html(name)}&nbsp;&nbsp;{size}"
        cells.append(
            f'<td valign="top" style="padding-right:18px">'
            f'<span style="color:{HEADING}; font-size:{style.note:.1f}pt">{heading}</span>'
            f"<br>{body}</td>"
        )
    css = f"color:{COLOURS['arrays']}; font-family:'{style.family}'; font-size:{style.math:.1f}pt;"
    return f'<table cellspacing="0" cellpadding="0" style="{css}"><tr>{"".join(cells)}</tr></table>'


def _paragraph(kind: str, text: str, style: Style) -> str:
    """One line: results larger and bold, formulas monospace, sentences smaller and grey."""
    body = to_html(text).replace("  ", "&nbsp;&nbsp;")
    css = f"color:{COLOURS[kind]}; margin:0 0 1px 0;"
    if kind in FORMULAS:
        size = style.key if kind == "key" else style.math
        # Gradients stay one line each; the other column wraps around its long sums.
        wrap = "nowrap" if kind == "side" and style.columns == 2 else "pre-wrap"
        css += f"font-family:'{style.family}'; font-size:{size:.1f}pt; white-space:{wrap};"
        if kind == "key":
            css += "font-weight:bold;"
    else:
        css += f"font-size:{style.note:.1f}pt;"
        if kind == "note":
            css += "margin-top:3px;"
    return f'<p style="{css}">{body}</p>'
