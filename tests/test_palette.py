"""One palette: a colour means the same thing in every view, and no view keeps its own copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from ui.canvas import style
from ui.panels.plots.activation import ActivationPanel
from ui.panels.plots.gradients import GradientPanel
from ui.text import palette

UI = Path(__file__).resolve().parent.parent / "ui"
# A colour written in a view: a hex literal, numbers given to QColor/mkPen/mkBrush, or
# pyqtgraph's one-letter names ("w" for white).
LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d|mk(?:Pen|Brush)\(\s*\d|background=\"\w\"|mkPen\(\"\w\""
)


@pytest.fixture
def panels(qtbot, doc):
    act, grad = ActivationPanel(doc), GradientPanel(doc)
    qtbot.addWidget(act)
    qtbot.addWidget(grad)
    return act, grad


def test_no_view_keeps_its_own_colours():
    """A copied colour list would drift: one panel's layer 3 green, another's purple."""
    found = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if LITERAL.search(line)
    ]
    assert found == []


def test_signs_are_coloured_alike_on_the_canvas_and_in_the_delta_chart(panels, doc):
    """A positive δ would be blue in the chart and another blue on the canvas."""
    _act, grad = panels
    doc.finish_pass()
    doc.finish_pass()
    bars = grad.delta_bars.opts
    colours = {h >= 0: b.color().name() for h, b in zip(bars["height"], bars["brushes"])}
    assert colours == {True: palette.POSITIVE, False: palette.NEGATIVE}
    assert (style.POSITIVE.name(), style.NEGATIVE.name()) == (palette.POSITIVE, palette.NEGATIVE)


def test_compared_curves_and_layer_lines_take_the_palettes_series(panels, doc):
    """Two plots would colour their first extra series differently."""
    act, grad = panels
    doc.step_forward()
    relu = next(a for a in act.compare_menu.actions() if a.data() == "relu")
    relu.setChecked(True)
    key = {text: colour for colour, _symbol, text in act.key.items()}
    assert key["h(a)"] == palette.CURVE and key["ReLU"] == palette.SERIES[0]
    assert key["h'(a), the slope"] == palette.DERIVATIVE
    doc.apply_update()
    lines = re.findall(r"color:(#[0-9a-f]{6})", grad.history_key.text())
    assert lines == [QColor(c).name() for c in palette.LAYERS[:3]]
