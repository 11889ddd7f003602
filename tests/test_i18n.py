"""English and Simplified Chinese: complete translations, switching at run time, the font."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMenu
from window_helpers import action, make_window

import simulator as sim
from ui.files import settings
from ui.text import examples, i18n, names

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
# Names and symbols that read the same in both languages.
SAME_IN_BOTH = {"English", "中文", "NeuroStep"}


def _update_module():
    spec = importlib.util.spec_from_file_location("ts_update", TS_DIR / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> element of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


_UPDATE = _update_module()
# The Chinese catalogues, and the English ones that hold only the %n plurals' forms.
TS_SOURCES = {**_UPDATE.sources(), **_UPDATE.sources(_UPDATE.EN_SUFFIX)}


@pytest.mark.parametrize("ts_name", sorted(TS_SOURCES))
def test_every_source_string_is_in_its_ts_file(ts_name, tmp_path):
    """A string added to the code without running update.py would show in English."""
    fresh = tmp_path / ts_name
    _update_module().lupdate(TS_SOURCES[ts_name], fresh)
    wanted = set(_messages(fresh)) if fresh.exists() else set()
    committed = TS_DIR / ts_name
    have = set(_messages(committed)) if committed.exists() else set()
    assert not wanted - have, f"run resources/translations/update.py: {sorted(wanted - have)}"


@pytest.mark.parametrize("ts_name", sorted(TS_SOURCES))
def test_every_entry_is_translated_and_compiled(ts_name, tmp_path):
    """No entry is left unfinished, and the shipped .qm matches its .ts."""
    ts = TS_DIR / ts_name
    if not ts.exists():
        pytest.skip(f"{ts_name} has no strings yet")
    unfinished = [
        src
        for (_, src), tr in _messages(ts).items()
        if tr.get("type") == "unfinished" or not "".join(tr.itertext()).strip()
    ]
    assert not unfinished, f"untranslated in {ts_name}: {unfinished}"
    # Chinese has one plural form; English one for 1 and one for the rest.
    forms = 2 if ts_name.endswith(_UPDATE.EN_SUFFIX) else 1
    for (_, src), tr in _messages(ts).items():
        found = [f.text for f in tr.iter("numerusform")]
        assert not found or (len(found) == forms and all(found)), f"plural forms of {src!r}"
    compiled = tmp_path / "fresh.qm"
    _update_module().lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run update.py"


def _menu_texts(window) -> list[str]:
    """Every menu title and action text reachable from the menu bar (not recent files)."""
    texts, menus = [], [window.menuBar()]
    while menus:
        for a in menus.pop().actions():
            if a.isSeparator() or a.data():  # recent files and examples carry data
                continue
            texts.append(a.text())
            if isinstance(a.menu(), QMenu):
                menus.append(a.menu())
    return texts


def test_switching_to_chinese_translates_every_menu(qtbot):
    """View > Language > 中文 leaves no English menu entry behind."""
    window = make_window(qtbot)
    english = _menu_texts(window)
    action(window, "actionLanguageChinese").trigger()
    chinese = _menu_texts(window)
    assert len(english) == len(chinese)
    left = [
        (e, c)
        for e, c in zip(english, chinese)
        if c == e and not CJK.search(c) and c not in SAME_IN_BOTH
    ]
    assert not left, f"untranslated: {left}"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    action(window, "actionLanguageEnglish").trigger()
    assert _menu_texts(window) == english


def test_a_dock_behind_a_tab_is_in_chinese_when_brought_to_front(qtbot):
    """A panel behind another tab would still read English after the switch to Chinese
    (it takes the language when it is shown), or would stay English once shown."""
    window = make_window(qtbot, (1280, 720))
    gradients = window.docks["dockGradients"]
    assert gradients.visibleRegion().isEmpty()  # behind the activation plot's tab
    window.set_language("zh")
    gradients.raise_()
    qtbot.waitUntil(lambda: not gradients.visibleRegion().isEmpty())
    hint = gradients.widget().hint.text()
    assert CJK.search(hint), hint
    assert CJK.search(gradients.windowTitle())
    window.set_language("en")
    assert not CJK.search(gradients.widget().hint.text())  # in front: switched at once


def test_chinese_examples_menu_uses_chinese_titles(qtbot):
    """In Chinese the Examples menu lists the presets by their Chinese titles."""
    window = make_window(qtbot)
    window.set_language("zh")
    entries = [a for a in window.menus["examples"].actions() if a.data()]
    assert [a.text() for a in entries] == [examples.preset_title(n) for n in sim.PRESETS]
    assert all(CJK.search(a.text()) and CJK.search(a.statusTip()) for a in entries)


def test_undo_text_follows_the_language(qtbot):
    """An edit made in Chinese is named in Chinese in the Edit menu."""
    window = make_window(qtbot)
    window.set_language("zh")
    window.document.set_bias(0, 0, 1.0)
    assert action(window, "actionUndo").text() == "撤销 修改偏置(&U)"


def test_activation_names_formulas_and_descriptions_are_chinese(qapp):
    """Activation combos, formulas and descriptions read in Chinese."""
    i18n.set_language("zh")
    assert names.activation_label("step") == "阶跃函数"
    assert "否则" in names.activation_formula("leaky_relu")
    assert names.loss_label("mse") == "均方误差 ½·Σ(y − t)²"  # the book's name, with its ½
    for name in sim.ACTIVATIONS:
        assert CJK.search(names.activation_description(name))
    i18n.set_language("en")
    assert names.activation_label("step") == "Step"


def test_qt_standard_buttons_are_translated_too(qapp):
    """Dialog buttons like Save/Cancel read 保存/取消 in Chinese (Qt's own catalogue)."""
    i18n.set_language("zh")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_cjk_font_is_loaded_as_a_fallback(qtbot):
    """Chinese never shows as boxes: Noto Sans SC is loaded and is in the app font's families."""
    make_window(qtbot)
    assert "Noto Sans SC" in QFontDatabase.families()
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    assert "Noto Sans SC" in font.families()
    assert font.pointSizeF() >= 11


def test_language_choice_is_remembered(qtbot):
    """Choosing 中文 is saved, so the next start is in Chinese."""
    window = make_window(qtbot)
    action(window, "actionLanguageChinese").trigger()
    qtbot.waitUntil(lambda: settings.saved_language() == "zh")  # written when the user pauses
    assert action(window, "actionLanguageChinese").isChecked()


def test_language_defaults_to_the_system_locale(monkeypatch):
    """On a Chinese system the app starts in Chinese; elsewhere in English."""
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.system_language() == "zh"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_update_script_checks_without_changing_files():
    """update.py --check reports all translations finished (exit 0)."""
    result = subprocess.run(
        [sys.executable, str(TS_DIR / "update.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_moved_message_keeps_its_translation(tmp_path):
    """Moving code to another package would silently drop its Chinese translation."""
    update = _update_module()
    old, new = tmp_path / "old_zh_CN.ts", tmp_path / "new_zh_CN.ts"
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">'
    old.write_text(
        head + "<context><name>Panel</name><message><source>Step</source>"
        "<translation>单步</translation></message></context></TS>",
        "utf-8",
    )
    new.write_text(
        head + "<context><name>Panel</name><message><source>Step</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        "utf-8",
    )
    pool = update.collect_translations([old])
    assert update.restore_translations(new, pool) == 1
    assert _messages(new)[("Panel", "Step")].text == "单步"
    assert update.count(new, "unfinished") == 0


def test_lupdate_reads_every_count_as_a_plural(tmp_path):
    """A count lupdate missed would have no plural forms: "1 neuron(s)" on screen.

    lupdate marks a plural only in ``X.tr(text, "", n)``; ``QCoreApplication.translate``
    with a count is read without one, so every ``%n`` message must come out numerus.
    """
    fresh = tmp_path / "text_zh_CN.ts"
    _UPDATE.lupdate(["ui/text/describe.py"], fresh)
    plural = {
        m.findtext("source"): m.get("numerus") for m in ET.parse(fresh).getroot().iter("message")
    }
    assert plural["%n neuron(s)"] == plural["%n value(s)"] == "yes"
    for ts in TS_DIR.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            if "%n" in message.findtext("source"):
                assert message.get("numerus") == "yes", (ts.name, message.findtext("source"))
