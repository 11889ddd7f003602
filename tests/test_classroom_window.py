"""Stories of the window in front of a class: layout kept, names and numbers, the toolbar."""

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from window_helpers import action, lesson_window, record_boxes

from ui.document import Selection
from ui.panels.computation import ComputationPanel
from ui.panels.inspector import InspectorPanel
from ui.text.numbers import fixed
from ui.window.presentation import DockTitle

# The formulas at 1280×720 are 11 pt (14.7 px): presentation text is at least that,
# for the screen's height.
SHARE = 11 * 96 / 72 / 720


@pytest.fixture
def window(qtbot):
    yield from lesson_window(qtbot, size=(1280, 720))


def dock_rects(win) -> dict:
    return {d.objectName(): d.geometry() for d in win.findChildren(QDockWidget) if d.isVisible()}


def test_two_clicks_on_plus_add_two_neurons_to_the_same_layer(qtbot, window):
    """The canvas re-fitted after the first click, so the second landed on another control."""
    canvas = window.canvas
    plus = canvas.header_item(1).plus
    where = canvas.mapFromScene(plus.sceneBoundingRect().center())
    for _ in range(2):
        qtbot.mouseMove(canvas.viewport(), where)
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.document.network.sizes == [2, 5, 2, 2]
    qtbot.mouseMove(canvas.viewport(), QPoint(2, 2))  # the pointer leaves: the view fits again
    content = canvas.content_rect()
    assert canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(content)


def test_f5_then_esc_gives_back_the_exact_dock_layout(qtbot, window):
    """After presentation mode the docks came back at other sizes, the Inspector cut off."""
    before = dock_rects(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dock_rects(window) == before)
    QApplication.processEvents()
    assert dock_rects(window) == before
    assert not window.findChildren(DockTitle)  # the docks' own title bars are back
    box = window.findChild(ComputationPanel).matrix_box
    qtbot.waitUntil(lambda: box.font().pointSizeF() == QApplication.font().pointSizeF())


def test_presentation_text_is_as_large_for_the_screen_as_the_formulas_at_720p(qtbot, window):
    """At a projector's resolution edge labels, dock titles and buttons stayed small."""
    doc = window.document
    doc.finish_pass()
    doc.step_backward()
    doc.step_backward()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    least = SHARE * window.screen().geometry().height()
    canvas = window.canvas
    qtbot.waitUntil(lambda: canvas.look.compact and canvas.highlight.text_floor > 0)
    qtbot.waitUntil(lambda: canvas.highlight.text_floor * canvas.transform().m11() >= least)
    assert canvas.columns[2].text_floor * canvas.transform().m11() >= least  # δ, names
    titles = window.findChildren(DockTitle)
    assert {t.parent().objectName() for t in titles} == {"dockComputation", "dockActivation"}
    bar = window.findChild(QToolBar, "presentationToolBar")
    for widget in [*titles, *bar.findChildren(QWidget)]:
        if widget.isVisible():
            assert widget.fontInfo().pixelSize() >= least - 0.5, widget
    panel = window.findChild(ComputationPanel)
    qtbot.waitUntil(lambda: panel.font().pointSizeF() > 12)
    QApplication.processEvents()
    sizes = [float(s) for s in re.findall(r"font-size:([\d.]+)pt", panel.browser.toHtml())]
    assert min(sizes) * 96 / 72 >= least - 0.5  # no line written small to fit
    key = window.findChild(QWidget, "activationPanel").key  # the plot's colour key
    assert key.fontInfo().pixelSize() >= least - 0.5


def test_no_small_gradient_is_drawn_as_zero(qtbot, window):
    """On the softmax classifier the canvas wrote δ=0.0000 and ∂E/∂w=0 for −1.0e-05."""
    doc = window.document
    doc.load_preset("softmax-classifier")
    doc.finish_pass()
    while doc.step_backward():
        rec = doc.cursor.current()
        labels = [mark.label for mark in window.canvas.highlight.marks]
        for label, dw in zip(labels, rec.dW):  # one mark per incoming edge, in order
            assert (float(label.split("=")[1]) != 0.0) == (dw != 0.0), label
        column = window.canvas.columns[rec.layer + 1]
        assert column.deltas[rec.neuron] == rec.delta
    deltas = [d for layer in range(2) for d in doc.cursor.deltas(layer)]
    assert any(0 < abs(d) < 1e-4 for d in deltas)  # the small ones the issue found
    for d in deltas:
        assert d == 0 or float(fixed(d)) != 0.0  # what the canvas writes as "δ=…"


def test_one_name_for_a_layer_everywhere(qtbot, window):
    """The canvas said Hidden 1 / Output where the panels said Layer 1 / Layer 3."""
    doc = window.document
    doc.finish_pass()
    assert window.canvas.header_item(3).title == "Layer 3"
    computation = window.findChild(ComputationPanel).heading.text()
    assert "Layer 3 (output)" in computation
    assert "Layer 3 (output)" in window.findChild(QWidget, "activationPanel").title.text()
    doc.select(Selection("layer", 3))
    heading = window.findChild(InspectorPanel).current_page().heading.text()
    assert heading == "Layer 3 (output)"
    canvas = window.canvas
    qtbot.mouseMove(canvas.viewport(), canvas.neuron_view_pos(1, 0))
    assert "layer 1 (hidden)" in window.statusBar().currentMessage()


def test_the_loss_is_named_as_computed_with_its_half(window):
    """The loss was called "Mean squared error" while computed as ½·Σ(y − t)²."""
    doc = window.document
    doc.finish_pass()
    inspector = window.findChild(InspectorPanel).pages["example"]
    assert "½·Σ(y − t)²" in inspector.loss.text()
    assert "E = ½·Σ(y − t)²" in window.findChild(ComputationPanel).text()
    assert "Mean" not in inspector.loss.text()


def test_an_example_explains_itself_once_open(window):
    """What an example shows was only in the menu's status tip, gone once it was open."""
    window.load_example("nonlinearity-2-2-1")
    page = window.findChild(InspectorPanel).current_page()
    assert page.heading.text() == "Why activations must be nonlinear"
    assert "OUT = −0.5·x1 − 2·x2 + 2" in page.description.text()
    window.document.set_weight(1, 0, 0, 2.5)  # the live formula follows the weights
    assert "OUT = 0.5·x1 − 3·x2 + 2.5" in page.description.text()


def test_help_names_every_key_a_lesson_needs(window, monkeypatch):
    """F1's help did not mention Shift+→, Ctrl+U or F5, and split ∂E/∂a in Chinese."""
    shown = record_boxes(monkeypatch)
    window.show_how_to()
    text = shown[-1][2]
    for key in ("Shift+→", "Ctrl+U", "F5", "Esc", "Ctrl+Z"):
        assert key in text
    assert "<nobr>δ = ∂E/\u2060∂a</nobr>" in text  # a word joiner holds it after the slash


def test_the_toolbar_says_what_each_button_does(qtbot, window):
    """The toolbar read "Layer", "Pass", "Update" (with a tick like a check box)."""
    bar = window.toolbar
    texts = [button.text() for button in bar.findChildren(QToolButton)]
    for name in ("Finish layer", "Finish pass", "Backward step", "Apply update"):
        assert name in texts
    update = action(window, "actionApplyUpdate")
    standard = QApplication.style().standardIcon(
        QApplication.style().StandardPixmap.SP_DialogApplyButton
    )
    assert update.icon().pixmap(16).toImage() != standard.pixmap(16).toImage()
    assert all(bar.actionGeometry(a).right() <= bar.width() for a in bar.actions())  # all fit


def test_play_and_pause_keep_one_width(qtbot, window):
    """Pressing Play made the button wider ("Pause") and shifted the toolbar under the pointer."""
    play = window.toolbar.widgetForAction(action(window, "actionPlayPause"))
    width, after = (
        play.width(),
        window.toolbar.widgetForAction(action(window, "actionStepBackward")),
    )
    x = after.x()
    action(window, "actionPlayPause").setChecked(True)
    QApplication.processEvents()
    assert play.text() == "Pause" and play.width() == width and after.x() == x
    action(window, "actionPlayPause").setChecked(False)


def test_save_as_suggests_a_clean_file_name(qtbot, window, monkeypatch):
    """Save As offered "The book-s 3-layer network.neurostep" for the book's example."""
    offered = []

    def dialog(parent, title, start, filters):
        offered.append(start)
        return "", ""

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    window.files.save_as()
    assert offered[-1].endswith("/book-3-layer.neurostep")
    window.document.new()  # a network built by hand: no example, no title
    window.files.save_as()
    assert offered[-1].endswith("/network.neurostep")


def test_the_gradient_hint_is_whole_and_small_deltas_carry_numbers(qtbot, window):
    """The hint was cut with "…", and bars of tiny δ were invisible with no number."""
    dock = window.docks["dockGradients"]
    dock.raise_()
    panel = window.findChild(QWidget, "gradientPanel")
    qtbot.waitUntil(lambda: panel.hint.isVisible())
    assert panel.hint.wordWrap() and "…" not in panel.hint.text()
    doc = window.document
    doc.load_preset("softmax-classifier")
    doc.finish_pass()
    while doc.step_backward():
        pass
    deltas = [r.delta for r in doc.cursor.backward]  # the bars' order
    top = max(abs(d) for d in deltas)
    small = [d for d in deltas if abs(d) < 0.2 * top]  # bars too short to read
    assert small and len(panel.delta_labels.texts()) == len(small)
    assert [float(t) for t in panel.delta_labels.texts()] == pytest.approx(small, rel=1e-2)
    panel.log_box.setChecked(True)
    heights = panel.delta_bars.opts["height"]
    floor = panel.delta_bars.opts["y0"]
    tiny = min(abs(d) for d in deltas if d)
    assert floor <= __import__("math").log10(tiny)  # the smallest δ is a visible bar
    assert min(h for h in heights if h == h) > 0


def test_a_backward_pass_of_zeros_on_a_log_scale_draws_no_bar_and_no_error(qtbot, window):
    """A step network's δ are all 0: on powers of ten the panel raised an error instead."""
    panel = window.docks["dockGradients"].widget()
    panel.set_log_scale(True)
    doc = window.document
    doc.load_preset("perceptron-and")
    doc.finish_pass()
    doc.finish_pass()  # δ = 0 everywhere: the step's slope is 0
    assert panel.deltas() == {0: pytest.approx([0.0])}
    assert panel.log_scale() and panel.axis_ticks(panel.delta_plot, "left")


def test_history_labels_a_few_powers_after_a_divergence():
    """After a divergence the log axis printed thirty labels on top of each other."""
    from ui.panels.plots.gradients import log_ticks

    ticks = log_ticks(1e-3, 1e30)
    assert len(ticks) <= 6
    assert ticks[0][1] == "0.001" and ticks[-1][0] >= 30 - 6
