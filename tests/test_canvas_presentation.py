"""Stories of the canvas in a classroom: presentation mode, filling the view, biases."""

import numpy as np
import pytest
from canvas_helpers import click, show_canvas
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

import simulator as sim
from ui.canvas import NetworkCanvas
from ui.document import Document, Selection

VIEW = (904, 432)  # the canvas of the main window at 1280×720


@pytest.fixture
def bigger_font(qtbot):
    """Scales the application font like presentation mode; always gives it back."""
    app = QApplication.instance()
    before = app.font()

    def scale(factor):
        font = app.font()
        font.setPointSizeF(before.pointSizeF() * factor)
        app.setFont(font)

    yield scale
    app.setFont(before)


def on_screen(canvas, rect: QRectF) -> QRectF:
    return canvas.mapFromScene(rect).boundingRect().toRectF()


def test_a_bigger_app_font_makes_values_and_lines_bigger(qtbot, doc, bigger_font):
    """Presentation mode would leave the canvas in small type and hair-thin lines."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    doc.finish_layer()
    radius = canvas.layout_.columns[1].cell
    value_px = canvas.layout_.columns[1].font_px * canvas.transform().m11()
    bigger_font(1.5)
    qtbot.waitUntil(lambda: canvas.emphasis == pytest.approx(1.5))
    assert canvas.layout_.columns[1].cell > radius
    assert canvas.layout_.columns[1].font_px * canvas.transform().m11() > value_px
    assert canvas.edge_items[0].pen == pytest.approx(1.5)
    assert canvas.columns[1].emphasis == canvas.highlight.emphasis == pytest.approx(1.5)
    assert np.allclose(canvas.columns[1].values, doc.cursor.outputs(0))  # same numbers


def test_presentation_headers_show_names_not_editing_controls(qtbot, doc, bigger_font):
    """In front of a class the headers would keep their small −/+/× and combo clutter."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    bigger_font(1.5)
    qtbot.waitUntil(lambda: canvas.look.compact)
    header = canvas.header_item(1)
    assert header.title == "Layer 1" and header.activation_text == "Sigmoid"
    assert not header.plus.isVisible() and not header.combo.graphicsProxyWidget().isVisible()
    assert not any(button.isVisible() for button in canvas.insert_buttons)
    bigger_font(1.0)
    qtbot.waitUntil(lambda: canvas.emphasis == 1.0)
    assert canvas.header_item(1).plus.isVisible() and canvas.insert_button(1).isVisible()


def test_presentation_is_refitted_into_the_view(qtbot, doc, bigger_font):
    """After entering presentation mode the network would stick out of the canvas."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    canvas.scale(3, 3)  # the user had zoomed in
    bigger_font(1.5)
    qtbot.waitUntil(lambda: canvas.emphasis == pytest.approx(1.5))
    shown = on_screen(canvas, canvas.content_rect())
    assert QRectF(canvas.viewport().rect()).adjusted(-2, -2, 2, 2).contains(shown)


def test_window_presentation_action_drives_the_canvas(qtbot):
    """F5 would enlarge the panels' type but leave the canvas as small as before."""
    from ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    canvas = window.findChild(QWidget, "networkCanvas")
    action = window.findChild(QAction, "actionPresentation")
    try:
        action.trigger()
        qtbot.waitUntil(lambda: canvas.emphasis == pytest.approx(1.5))
    finally:
        if window.presentation.active:
            action.trigger()
    qtbot.waitUntil(lambda: canvas.emphasis == 1.0)


def test_book_network_fills_the_canvas(qtbot, doc):
    """The book network would sit small in the top of the canvas, leaving empty space."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    shown = on_screen(canvas, canvas.content_rect())
    view = canvas.viewport().rect()
    assert shown.width() > 0.9 * view.width() or shown.height() > 0.9 * view.height()
    assert canvas.layout_.columns[1].cell * canvas.transform().m11() >= 30  # px radius


def test_digits_values_stay_readable(qtbot):
    """The digits example's ten outputs would show their values in 5-pixel type."""
    doc = Document()
    doc.load_preset("digits")
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    outputs = canvas.layout_.columns[-1]
    assert outputs.pill  # squeezed circles widen to hold their value
    assert outputs.font_px * canvas.transform().m11() >= 11


def test_clicking_the_end_of_a_pill_selects_its_neuron(qtbot):
    """A squeezed output drawn as a pill could only be picked at its very middle."""
    doc = Document()
    doc.set_network(sim.Network.create(4, [10], "softmax", seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    column = canvas.layout_.columns[1]
    x, y = column.centres[6]
    end = canvas.mapFromScene(x + column.half_w - 2, y)
    click(qtbot, canvas, end)
    assert doc.selection == Selection("neuron", 1, 6)


def test_biases_are_written_on_their_neurons(qtbot, doc):
    """The canvas would hide b, so a = b + Σ w·x could not be read off it."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    assert np.allclose(canvas.columns[1].biases, doc.network.layers[0].b)
    assert canvas.columns[1].shows_bias and not canvas.columns[0].shows_bias
    doc.set_bias(0, 2, -0.25)
    assert canvas.columns[1].biases[2] == pytest.approx(-0.25)


def test_compact_layers_leave_biases_to_the_inspector(qtbot):
    """Ten squeezed outputs would be cluttered with unreadable bias labels."""
    doc = Document()
    doc.set_network(sim.Network.create(4, [10], "softmax", seed=0))
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    assert not canvas.columns[1].shows_bias


def test_wide_view_puts_the_legend_beside_a_tall_network(qtbot):
    """A tall network in a wide window would shrink to leave room for a legend below it."""
    doc = Document()
    doc.load_preset("digits")
    canvas = show_canvas(qtbot, NetworkCanvas(doc), (1200, 430))
    legend = canvas.legend.sceneBoundingRect()
    network_right = canvas.layout_.bounds()[2]
    assert canvas.look.legend_beside and legend.left() >= network_right
    assert canvas.viewport().rect().contains(canvas.mapFromScene(legend.center()))


def test_presentation_grows_the_small_text_with_the_app_font(qtbot, doc, bigger_font):
    """Header subtitles, biases, x1/y1 and the legend would stay smaller than the toolbar."""
    canvas = show_canvas(qtbot, NetworkCanvas(doc), VIEW)
    screen = canvas.transform().m11()
    before = {
        "header": 15 * canvas.header_item(1).scale() * screen,
        "legend": canvas.legend.scale() * screen,
    }
    bigger_font(1.5)
    qtbot.waitUntil(lambda: canvas.look.compact)
    screen = canvas.transform().m11()
    header = canvas.header_item(1)
    after = {
        "header": 15 * header.text_scale * header.scale() * screen,
        "legend": canvas.legend.scale() * screen,
    }
    assert after["header"] >= 1.2 * before["header"]
    assert after["legend"] >= 1.1 * before["legend"]
    assert header.text_scale * header.scale() >= 1.5  # the text grows as the app font did
