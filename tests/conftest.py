"""Test set-up: Qt runs offscreen unless the caller chose a platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py: small matrices, one thread

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

# CI must not go red on a random draw nobody can reproduce: there, hypothesis draws the
# same examples every run. Locally it keeps exploring new ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Every test gets its own QSettings and data folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield tmp_path
    _back_to_english()
    _back_to_the_books_letters()


def _back_to_english():
    """A test that switched to Chinese must not leave the next one in Chinese."""
    import sys

    i18n = sys.modules.get("ui.text.i18n")
    if i18n is not None and i18n.current_language() != "en":
        i18n.set_language("en")


def _back_to_the_books_letters():
    """A test that chose the course's letters must not leave the next one with them."""
    import sys

    notation = sys.modules.get("ui.text.notation")
    if notation is not None:
        notation.set_notation("book")


@pytest.fixture
def doc(qtbot):
    """A Document showing the book's 3-layer example, as a student opens it."""
    from ui.document import Document

    document = Document()
    document.load_preset("book-3-layer")
    return document
