"""Languages of the interface: Qt translators, and the CJK font that Chinese needs.

English is the source language; its only catalogues, ``*_en.qm``, hold the
plural forms of ``%n`` messages ("1 neuron", "2 neurons"), as Qt requires for
plurals in the source language.  Chinese installs one ``QTranslator`` per
``resources/translations/*_zh_CN.qm`` (one file per part of ``ui/``) and Qt's own
``qtbase_zh_CN.qm`` for the standard dialog buttons.
Installing or removing a translator makes Qt post ``QEvent.LanguageChange`` to
every widget, and each widget then calls its own ``retranslate()``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.document.settling import settle_windows

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS_DIR = RESOURCES / "translations"
FONT_FILE = RESOURCES / "fonts" / "NotoSansSC-GB2312.otf"
CJK_FAMILY = "Noto Sans SC"
LANGUAGES = ("en", "zh")
# Readable on a projector at 1280×720.
MIN_POINT_SIZE = 11

# "translators": None until the first language is installed.
_state = {"language": "en", "translators": None, "font_loaded": False, "loaded": {}}
_PLACEHOLDER = re.compile(r"%([1-9][0-9]*)")


def fill(text: str, *values) -> str:
    """A translated ``text`` with Qt's placeholders ``%1``, ``%2``… replaced by ``values``.

    One pass, like ``QString.arg``: a value that itself holds ``%2`` is left as it is,
    and ``%10`` is the tenth value, not the first followed by a 0.  ``%n`` (a plural's
    count) is the translator's and is not touched.
    """

    def value(match: re.Match) -> str:
        i = int(match.group(1))
        return str(values[i - 1]) if i <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def system_language() -> str:
    """``"zh"`` when the system locale is Chinese, else ``"en"``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    """The language now shown: ``"en"`` or ``"zh"``."""
    return _state["language"]


def set_language(language: str) -> None:
    """Show the interface in ``language`` (``"en"`` or ``"zh"``), at run time.

    Every widget receives ``QEvent.LanguageChange`` and retranslates itself.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _install(language)
    _state["language"] = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh" else QLocale.Language.English)
    )
    # Deliver the LanguageChange events now, so everything reads the new language at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    settle_windows()  # the window then lays out and paints once


def refresh_texts() -> None:
    """Have every widget set its texts again, as after a language change (View ▸ Notation
    changes the letters of every formula: the same ``retranslate()`` shows them)."""
    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        # The application passes it on to every window, each window to its children.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        settle_windows()


class HearsLanguage:
    """Mixin for a QObject whose parent is a window: ``retranslate()`` at LanguageChange.

    A widget passes LanguageChange on to every child, QObjects too, after its own
    ``changeEvent``.  Hearing it so costs nothing in between; an event filter on the
    window ran Python for every event the window got (each action's change, each paint).
    """

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)


def install_translators() -> None:
    """Install the shown language's catalogues if no language has been set yet.

    ``set_language`` does it; a window or widget made without it calls this, so
    English plurals read "1 neuron" and not "1 neuron(s)".  Does nothing before a
    QCoreApplication exists, and costs nothing once done.
    """
    if _state["translators"] is None and QCoreApplication.instance() is not None:
        _install(_state["language"])


def _install(language: str) -> None:
    app = QCoreApplication.instance()
    for translator in _state["translators"] or []:
        app.removeTranslator(translator)
    # Loaded once per language and kept: new translators at every switch were never
    # freed (+41 MB over 200 switches).
    _state["translators"] = _translators(language)
    for translator in _state["translators"]:
        app.installTranslator(translator)


def _translators(language: str) -> list[QTranslator]:
    loaded = _state["loaded"]
    if language not in loaded:
        loaded[language] = _load_translators(language)
    return loaded[language]


def _load_translators(language: str) -> list[QTranslator]:
    """One translator per .qm of ours in ``language``, plus Qt's own Chinese for buttons."""
    if language == "en":
        files = sorted(TRANSLATIONS_DIR.glob("*_en.qm"))
    else:
        files = sorted(TRANSLATIONS_DIR.glob("*_zh_CN.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_file = Path(qt_dir, "qtbase_zh_CN.qm")
        if qt_file.exists():
            files.append(qt_file)
    translators = []
    for path in files:
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(str(path)):
            translators.append(translator)
    return translators


def install_font() -> None:
    """Load the shipped CJK font and make it the app font's fallback (once).

    The system's family stays first so Latin text looks native; Chinese
    glyphs the system font lacks come from Noto Sans SC instead of boxes.
    """
    app = QApplication.instance()
    if _state["font_loaded"] or app is None:
        return
    _state["font_loaded"] = True
    if QFontDatabase.addApplicationFont(str(FONT_FILE)) < 0:
        return
    font = QFont(app.font())
    families = [f for f in font.families() if f != CJK_FAMILY] or [font.family()]
    font.setFamilies([*families, CJK_FAMILY])
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
