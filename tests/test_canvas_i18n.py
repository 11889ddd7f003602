"""The canvas and the inspector in Simplified Chinese, switched at run time."""

import pytest
from canvas_helpers import show_canvas

from ui.canvas import NetworkCanvas
from ui.document import Document, Selection
from ui.panels.inspector import InspectorPanel
from ui.text import i18n
from ui.text.names import activation_label


@pytest.fixture
def chinese(qtbot):
    i18n.install_font()
    yield lambda: i18n.set_language("zh")
    i18n.set_language("en")


def test_switching_to_chinese_retranslates_canvas_and_inspector(qtbot, chinese):
    """A teacher switching to Chinese would still read English headers, legend or labels."""
    doc = Document()
    doc.load_preset("book-3-layer")
    canvas = show_canvas(qtbot, NetworkCanvas(doc))
    panel = InspectorPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    chinese()
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "输入")
    assert canvas.header_item(1).title == "第 1 层" and canvas.header_item(1).role == "隐藏层"
    assert canvas.header_item(1).size_label == "3 个神经元"
    assert canvas.header_item(3).combo.currentText() == activation_label("identity")
    assert [text for _kind, text in canvas.legend.entries()][:2] == ["正权重", "负权重"]
    qtbot.waitUntil(lambda: panel.current_page().heading.text() == "书中的 3 层神经网络")
    assert "教程中的例子" in panel.current_page().description.text()  # it explains itself
    doc.select(Selection("neuron", 1, 0))
    assert panel.current_page().heading.text() == "第 1 层（隐藏层）的神经元 1"
    assert panel.current_page().labels[1].text() == "激活函数"


@pytest.mark.parametrize("size", [(800, 400), (1040, 500)])
def test_legend_fits_again_after_switching_back_to_english(qtbot, chinese, size):
    """Back in English the longer legend would be cut off at the canvas's edge."""
    doc = Document()
    doc.load_preset("book-3-layer")
    canvas = show_canvas(qtbot, NetworkCanvas(doc), size)
    chinese()
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "输入")
    canvas.fit_view()  # as a window started in Chinese fits: the one-row legend
    i18n.set_language("en")
    qtbot.waitUntil(lambda: canvas.header_item(0).title == "Input")
    seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert seen.contains(canvas.legend.sceneBoundingRect())
    assert canvas.legend.placed()[-1][1] == "backward: δ = ∂E/∂a"
