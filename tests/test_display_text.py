"""The UI's words for the core's things come from one place each: its tables, via Qt's .ts.

The simulator keeps English names, formulas and example texts for notebooks; the
UI holds the same English for lupdate and translates it.  These stories keep the
two from drifting apart and check that Chinese shows Chinese everywhere they appear.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTranslator
from window_helpers import action, make_window

import simulator as sim
from ui.document import Selection
from ui.panels.inspector import InspectorPanel
from ui.panels.plots.activation import ActivationPanel
from ui.text import describe, examples, i18n, names

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
TEXT_QM = i18n.TRANSLATIONS_DIR / "text_zh_CN.qm"


@pytest.mark.parametrize("name", sim.PRESETS)
def test_every_example_reads_as_the_simulator_says_in_english(qapp, name):
    """The Examples menu would miss an example, or name it differently from the core."""
    title, note = sim.PRESET_TITLES[name]
    assert examples.preset_title(name) == title
    assert examples.preset_note(name) == note


@pytest.mark.parametrize("name", sim.ACTIVATIONS)
def test_every_activation_reads_as_the_simulator_says_in_english(qapp, name):
    """A combo, formula or tooltip would show other words than the core's own."""
    act = sim.get_activation(name)
    assert names.activation_label(name) == act.label
    assert names.activation_formula(name) == act.formula
    assert names.activation_description(name) == act.description


def test_losses_and_data_sets_read_as_the_simulator_says_in_english(qapp):
    """A loss or data set would be named differently in the UI and in a notebook."""
    for name, loss in sim.LOSSES.items():
        assert names.loss_label(name) == loss.label
    for name, title in sim.DATASET_TITLES.items():
        assert names.dataset_label(name) == title


def test_in_chinese_every_example_activation_loss_and_data_set_shows_chinese(qapp):
    """A Chinese classroom would meet an English title, note or description."""
    i18n.set_language("zh")
    texts = [examples.preset_title(n) for n in sim.PRESETS]
    texts += [examples.preset_note(n) for n in sim.PRESETS]
    texts += [names.activation_description(n) for n in sim.ACTIVATIONS]
    texts += [names.loss_label(n) for n in sim.LOSSES]
    texts += [names.dataset_label(n) for n in sim.DATASET_TITLES]
    assert [t for t in texts if not CJK.search(t)] == []


@pytest.mark.parametrize("name", sim.ACTIVATIONS)
def test_every_activation_label_and_formula_has_a_chinese_entry(qapp, name):
    """A label or formula missing from the catalogue would show in English in Chinese.

    Some read the same in Chinese ("ReLU", "z = max(0, a)"), so the catalogue itself
    is asked rather than the text searched for Chinese characters.
    """
    catalogue = QTranslator()
    assert catalogue.load(str(TEXT_QM))
    act = sim.get_activation(name)
    assert catalogue.translate("Activation", act.label)
    assert catalogue.translate("Activation", act.formula)


def test_an_opened_example_is_titled_in_the_language_shown(qtbot):
    """The window title would keep an example's English name in Chinese, or the reverse."""
    window = make_window(qtbot)
    action(window, "actionExample_xor").trigger()
    assert window.windowTitle().startswith("XOR with one hidden layer")
    window.set_language("zh")
    assert window.windowTitle().startswith("用一个隐层实现异或")
    assert window.document.title == "XOR with one hidden layer"
    window.set_language("en")
    assert window.windowTitle().startswith("XOR with one hidden layer")


def test_a_saved_example_keeps_its_translated_title(qtbot, tmp_path):
    """A file saved from an example would show its English title in Chinese once reopened."""
    window = make_window(qtbot)
    window.document.load_preset("book-3-layer")
    window.document.save(tmp_path / "lesson.neurostep")
    window.document.open(tmp_path / "lesson.neurostep")
    assert examples.example_title(window.document.title) == "The book's 3-layer network"
    i18n.set_language("zh")
    assert examples.example_title(window.document.title) == "书中的 3 层神经网络"
    assert examples.example_title("My own network") == "My own network"


def test_chinese_views_show_the_tables_words(qtbot):
    """A view drawing a core name itself would stay English after switching to Chinese."""
    window = make_window(qtbot)
    action(window, "actionExample_book-3-layer").trigger()
    window.set_language("zh")
    header = window.canvas.header_item(1)
    assert header.activation_text == "Sigmoid 函数"
    assert header.size_label == "3 个神经元"
    tip = header.combo.itemData(2, Qt.ItemDataRole.ToolTipRole)  # what each choice does
    assert tip == names.activation_description("sigmoid") and CJK.search(tip)
    window.document.select(Selection("layer", 1))
    page = window.findChild(InspectorPanel, "inspectorPanel").current_page()
    assert page.formula.text() == names.activation_formula("sigmoid")
    assert CJK.search(page.formula.toolTip())
    assert [page.combo.itemText(i) for i in range(3)] == ["阶跃函数", "恒等函数", "Sigmoid 函数"]
    window.document.step_forward()
    panel = window.findChild(ActivationPanel, "activationPanel")
    assert panel.title.text() == "第 1 层（隐藏层）：Sigmoid 函数"


@pytest.mark.parametrize(
    ("n", "english", "chinese"),
    [(1, "1 neuron", "1 个神经元"), (2, "2 neurons", "2 个神经元"), (0, "0 neurons", "0 个神经元")],
)
def test_neuron_counts_use_qt_plurals(qapp, n, english, chinese):
    """A header would read "1 neurons", or "1 neuron(s)" without the English plural forms."""
    i18n.install_translators()
    assert describe.size_text(1, n) == english
    assert describe.size_text(0, 1) == "1 value" and describe.size_text(0, 3) == "3 values"
    i18n.set_language("zh")
    assert describe.size_text(1, n) == chinese
    assert describe.size_text(0, 3) == "3 个值"
