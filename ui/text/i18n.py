"""Languages of the interface: Qt translators, and the CJK font that Chinese needs.

English is the source language (no translator).  Chinese installs one
``QTranslator`` per ``resources/translations/*_zh_CN.qm`` (one file per
engineer) and Qt's own ``qtbase_zh_CN.qm`` for the standard dialog buttons.
Installing or removing a translator makes Qt post ``QEvent.LanguageChange`` to
every widget, and each widget then calls its own ``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS_DIR = RESOURCES / "translations"
FONT_FILE = RESOURCES / "fonts" / "NotoSansSC-GB2312.otf"
CJK_FAMILY = "Noto Sans SC"
LANGUAGES = ("en", "zh")
# Readable on a projector at 1280×720.
MIN_POINT_SIZE = 11

_state = {"language": "en", "translators": [], "font_loaded": False, "zh": None}


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
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    # Loaded once and kept: new translators at every switch were never freed (+41 MB
    # over 200 switches).
    _state["translators"] = _chinese_translators() if language == "zh" else []
    for translator in _state["translators"]:
        app.installTranslator(translator)
    _state["language"] = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh" else QLocale.Language.English)
    )
    # Deliver the LanguageChange events now, so everything reads the new language at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _chinese_translators() -> list[QTranslator]:
    """The Chinese translators, loaded at the first switch to Chinese."""
    if _state["zh"] is None:
        _state["zh"] = _load_translators()
    return _state["zh"]


def _load_translators() -> list[QTranslator]:
    """One translator per Chinese .qm of ours, plus Qt's own for standard buttons."""
    files = sorted(TRANSLATIONS_DIR.glob("*_zh_CN.qm"))
    qt_file = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN.qm")
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
