"""Autosave: a recovery copy of unsaved work, offered back after a crash.

Every minute, if the document has unsaved changes, it is written to
``recovery.neurostep`` in the app's data folder (without touching the
document's own path or saved state).  A clean exit removes the file, so one
found at start means the last run ended without saving.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

import simulator as sim

from . import settings
from .controller import file_errors

INTERVAL_MS = 60_000


def recovery_path() -> Path:
    return settings.data_dir() / ("recovery" + sim.FILE_EXTENSION)


class Autosave(QObject):
    """Writes the document to the recovery file every ``interval_ms`` when modified."""

    def __init__(self, document, parent=None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._document = document
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self._wrote = False  # only our own recovery file may be removed, never last run's
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        document.fileChanged.connect(self._on_file_changed)

    def save_now(self) -> None:
        """Write the recovery file if there is unsaved work; remove it otherwise."""
        doc = self._document
        if not doc.is_modified():
            self._on_file_changed()
            return
        self._wrote = True
        # A failed autosave must never interrupt the lesson.
        with contextlib.suppress(*file_errors(), ValueError):
            doc.write_copy(recovery_path())  # exactly what Save would write

    def _on_file_changed(self) -> None:
        if self._wrote and not self._document.is_modified():  # saved: nothing to recover
            self.discard()

    def discard(self) -> None:
        """Remove the recovery file."""
        self._wrote = False
        recovery_path().unlink(missing_ok=True)

    def finish(self) -> None:
        """At a clean exit: remove the recovery file written in this run, if any."""
        if self._wrote:
            self.discard()

    def offer_recovery(self, parent) -> bool:
        """Ask to restore unsaved work from a previous run; True if restored."""
        path = recovery_path()
        if not path.exists():
            return False
        answer = QMessageBox.question(
            parent,
            self.tr("Recover unsaved work"),
            self.tr(
                "NeuroStep did not close properly last time. Restore the network you had not saved?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard()
            return False
        return self._restore(path)

    def _restore(self, path: Path) -> bool:
        try:
            self._document.recover(path)  # the recovery file is ours, not the user's
        except file_errors():
            self.discard()
            return False
        return True
