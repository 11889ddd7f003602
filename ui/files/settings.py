"""What NeuroStep remembers between runs (QSettings) and where it keeps its files.

Settings are always opened as INI files under the user scope of organisation
"NeuroStep", application "NeuroStep", so tests can redirect them with
``QSettings.setPath(IniFormat, UserScope, tmp)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ui.document.history import DEFAULT_BUDGET_MB, MAX_BUDGET_MB, MIN_BUDGET_MB

ORGANISATION = "NeuroStep"
APPLICATION = "NeuroStep"
MAX_RECENT = 8


def open_settings() -> QSettings:
    """The app's settings store."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def data_dir() -> Path:
    """A writable folder for the app's own files (the recovery file)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    path = Path(base) / ORGANISATION
    path.mkdir(parents=True, exist_ok=True)
    return path


def saved_language() -> str | None:
    """The language chosen last time, or None."""
    value = open_settings().value("language")
    return value if value in ("en", "zh") else None


def save_language(language: str) -> None:
    open_settings().setValue("language", language)


def saved_notation() -> str | None:
    """The letters chosen last time (View ▸ Notation): "book" or "course", or None."""
    value = open_settings().value("notation")
    return value if value in ("book", "course") else None


def save_notation(name: str) -> None:
    open_settings().setValue("notation", name)


def last_directory() -> str:
    """The folder of the last file opened or saved (the home folder at first)."""
    return str(open_settings().value("lastDirectory", str(Path.home())))


def remember_directory(path: str) -> None:
    open_settings().setValue("lastDirectory", str(Path(path).resolve().parent))


def recent_files() -> list[str]:
    """The recently used files, newest first."""
    value = open_settings().value("recentFiles", [])
    if isinstance(value, str):  # QSettings gives a bare string for one-element lists
        value = [value]
    return [str(v) for v in (value or [])][:MAX_RECENT]


def set_recent_files(paths: list[str]) -> None:
    open_settings().setValue("recentFiles", list(paths)[:MAX_RECENT])


def add_recent_file(path: str) -> list[str]:
    """Put ``path`` first in the recent list (once); returns the new list."""
    path = str(Path(path).resolve())
    paths = [path] + [p for p in recent_files() if p != path]
    set_recent_files(paths)
    return recent_files()


def remove_recent_file(path: str) -> list[str]:
    set_recent_files([p for p in recent_files() if p != path])
    return recent_files()


def undo_budget_mb() -> int:
    """How much memory (MB) the undo history may hold, as last chosen in the preferences."""
    try:
        value = int(open_settings().value("undo/budgetMB", DEFAULT_BUDGET_MB))
    except (TypeError, ValueError):  # a hand-edited settings file
        return DEFAULT_BUDGET_MB
    return min(max(value, MIN_BUDGET_MB), MAX_BUDGET_MB)


def save_undo_budget_mb(mb: int) -> None:
    open_settings().setValue("undo/budgetMB", int(mb))
