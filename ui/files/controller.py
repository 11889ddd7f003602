"""New, Open, Save, Save As, recent files, examples and the unsaved-changes prompt.

Dialogs are the static ``QFileDialog``/``QMessageBox`` functions, looked up at
call time, so tests can replace them with monkeypatch.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

import simulator as sim
from ui.text.examples import document_name
from ui.text.i18n import fill

from . import helper, settings
from .errors import describe

Button = QMessageBox.StandardButton


@contextmanager
def busy():
    """The wait cursor while something takes a moment."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def file_stem(title: str) -> str:
    """A title as a file name: "The book's 3-layer network" -> "the-books-3-layer-network"."""
    words = re.sub(r"[^\w\s-]", " ", re.sub(r"['’]", "", title.lower()))
    return re.sub(r"[\s_-]+", "-", words).strip("-")


def file_errors() -> tuple[type[BaseException], ...]:
    """What a bad or unreadable file may raise."""
    return (sim.NetworkFileError, OSError)


class FileController(QObject):
    """File operations of ``window`` on its ``document``; each returns True if done.

    Signals
    -------
    recentFilesChanged()
        The list of recent files changed.
    """

    recentFilesChanged = Signal()

    def __init__(self, window, document):
        super().__init__(window)
        self._window = window
        self._document = document

    # ---- the prompt -----------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when modified; False means "stay"."""
        if not self._document.is_modified():
            return True
        answer = QMessageBox.warning(
            self._window,
            self.tr("Unsaved changes"),
            fill(
                self.tr("The network “%1” has unsaved changes. Save them first?"),
                document_name(self._document.path, self._document.title),
            ),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # ---- commands -------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._document.new()
        return True

    def open(self) -> bool:
        """Ask for a file, then open it."""
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open network"), settings.last_directory(), self._filter()
        )
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open ``path``; a bad file shows a message and leaves the document as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            if not self._read(path):
                return False  # cancelled: the document stays as it was
        except file_errors() as error:
            QMessageBox.critical(
                self._window,
                self.tr("Cannot open file"),
                fill(self.tr("Could not open %1:\n%2"), path, describe(error)),
            )
            return False
        self._remember(path)
        return True

    def open_recent(self, path: str) -> bool:
        """Open a recent file; one that no longer exists is dropped from the list."""
        if not Path(path).exists():
            settings.remove_recent_file(path)
            self.recentFilesChanged.emit()
            QMessageBox.warning(
                self._window,
                self.tr("File not found"),
                fill(self.tr("%1 no longer exists; it was removed from the recent files."), path),
            )
            return False
        return self.open_path(path)

    def save(self) -> bool:
        if not self._document.path:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        start = self._document.path or str(Path(settings.last_directory()) / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save network as"), start, self._filter()
        )
        if not path:
            return False
        if not path.endswith(sim.FILE_EXTENSION):
            path += sim.FILE_EXTENSION
        return self._save_to(path)

    def load_example(self, name: str) -> bool:
        """Show a preset; it is a new, unnamed network (Save asks for a file)."""
        if not self.maybe_save():
            return False
        self._document.load_preset(name)  # a fresh document with no path, like New
        return True

    def clear_recent(self) -> None:
        settings.set_recent_files([])
        self.recentFilesChanged.emit()

    # ---- helpers --------------------------------------------------------------
    def _read(self, path: str) -> bool:
        """Open ``path``, a large file in a helper process (see ``helper``); False if cancelled."""
        if not helper.is_large_file(path):
            with busy():
                self._document.open(path)
            return True
        doc = helper.read_document(self._window, path)
        if doc is not None:
            self._document.take_file(doc, path)
        return doc is not None

    def _save_to(self, path: str) -> bool:
        progress = self._progress(path)
        try:
            saved = self._document.save(path, progress)
        except (*file_errors(), ValueError) as error:
            QMessageBox.critical(
                self._window,
                self.tr("Cannot save file"),
                fill(self.tr("Could not save %1:\n%2"), path, describe(error)),
            )
            return False
        finally:
            progress(1.0)
        if saved:
            self._remember(path)
        return saved

    def _progress(self, path: str):
        """A progress callback for saving; a large network shows a dialog with Cancel."""
        dialog = QProgressDialog(
            fill(self.tr("Saving %1…"), Path(path).name), self.tr("Cancel"), 0, 1000, self._window
        )
        dialog.setObjectName("saveProgress")
        dialog.setWindowTitle(self.tr("Saving"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits while it writes
        dialog.setMinimumDuration(400)  # small networks never show it
        dialog.setAutoReset(False)

        def report(fraction: float) -> bool:
            if fraction >= 1.0:
                dialog.close()
                dialog.deleteLater()
                return True
            value, before = round(fraction * 1000), dialog.value()
            dialog.setValue(value)  # a modal dialog shown processes events here
            if not dialog.isVisible():  # not yet shown (its first 400 ms): paint, take no input
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            elif value == before:  # setValue skips a value unchanged (the disk syncing)
                QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        return report

    def _remember(self, path: str) -> None:
        settings.add_recent_file(path)
        settings.remember_directory(path)
        self.recentFilesChanged.emit()

    def _suggested_name(self) -> str:
        """ "book-3-layer.neurostep" for an example; a title made a clean name otherwise."""
        stem = self._document.preset_name or file_stem(self._document.title)
        return (stem or "network") + sim.FILE_EXTENSION

    def _filter(self) -> str:
        return self.tr("NeuroStep networks (*%1);;All files (*)").replace("%1", sim.FILE_EXTENSION)
