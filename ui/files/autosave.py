"""Autosave: a recovery copy of unsaved work, offered back after a crash.

Every minute, if the document has unsaved changes, it is written to this
window's own recovery file (see :mod:`ui.files.recovery`) through the same
writer as File ▸ Save, without touching the document's path or saved state.
A large network is written in slices between events, so the lesson never
stalls.  A clean exit removes the file; one left by a window that is gone is
offered at the next start, whatever the command line, and comes back under
the file name it had.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ui.text.i18n import fill

from .controller import file_errors
from .errors import describe
from .recovery import RecoveryFile, orphans

INTERVAL_MS = 60_000
SLICE_SECONDS = 0.02  # a slice of a large autosave: about a frame
Button = QMessageBox.StandardButton


class Autosave(QObject):
    """Writes the document to its recovery file every ``interval_ms`` when modified.

    Signals
    -------
    failed(str)
        An autosave could not be written; the reason, in the UI's language.
        Sent once, until an autosave works again.
    """

    failed = Signal(str)

    def __init__(self, document, parent=None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._document = document
        self._recovery: RecoveryFile | None = None
        self._wrote = False  # only our own recovery file may be removed, never last run's
        self._failing = False
        self._writing = None  # the pieces of a write in progress
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        document.fileChanged.connect(self._on_file_changed)

    @property
    def path(self):
        """This window's recovery file (it exists only while there is unsaved work)."""
        return self._own().path

    def save_now(self) -> None:
        """Write the recovery file if there is unsaved work; remove it otherwise."""
        doc = self._document
        if not doc.is_modified():
            self._on_file_changed()
            return
        if self._writing is not None:
            self._writing.close()  # start again from the document as it is now
        recovery = self._own()
        try:
            recovery.lock()
            recovery.set_original_path(doc.path)
            # The slices of a large network must all come from one moment: a shared copy
            # holds it (its arrays are frozen, edits replace them), and copies no 50 MB.
            self._writing = doc.write_steps(recovery.path, network=doc.network.share())
        except (*file_errors(), ValueError) as error:
            self._fail(error)
            return
        self._wrote = True
        self._continue()

    def is_writing(self) -> bool:
        """True while a large autosave is being written in slices."""
        return self._writing is not None

    def _continue(self) -> None:
        if self._writing is None:
            return
        end = time.perf_counter() + SLICE_SECONDS
        try:
            for _ in self._writing:
                if time.perf_counter() > end:
                    QTimer.singleShot(0, self._continue)
                    return
        except (*file_errors(), ValueError) as error:
            self._writing = None
            self._fail(error)
            return
        self._writing = None
        self._failing = False

    def _fail(self, error: BaseException) -> None:
        """Say once that autosave fails; a lesson is never interrupted by a dialog for it."""
        if not self._failing:
            self._failing = True
            text = self.tr("Autosave failed: %1 Save your work with File ▸ Save.")
            self.failed.emit(fill(text, describe(error)))

    def _on_file_changed(self) -> None:
        if self._wrote and not self._document.is_modified():  # saved: nothing to recover
            self.discard()

    def discard(self) -> None:
        """Remove this window's recovery file."""
        if self._writing is not None:
            self._writing.close()
            self._writing = None
        self._wrote = False
        if self._recovery is not None:
            self._recovery.remove()

    def finish(self) -> None:
        """At a clean exit: remove the recovery file written in this run, if any."""
        if self._wrote or self._writing is not None:
            self.discard()
        elif self._recovery is not None:
            self._recovery.release()

    # ---- recovery ---------------------------------------------------------------
    def offer_recovery(self, parent) -> bool:
        """Offer back the work of windows that ended without saving; True if restored."""
        left = orphans()
        restored = False
        while left and not restored:
            recovery = left.pop(0)
            answer = self._ask(parent, recovery)
            if answer == Button.Yes:
                restored = self._restore(parent, recovery)
            elif answer == Button.No:
                recovery.remove()
            else:  # Cancel: kept for the next start
                recovery.release()
        for recovery in left:
            recovery.release()
        return restored

    def _ask(self, parent, recovery: RecoveryFile):
        name = recovery.original_path()
        when = datetime.fromtimestamp(recovery.modified_time()).strftime("%Y-%m-%d %H:%M")
        text = self.tr(
            "NeuroStep did not close properly last time. Restore the network you had not "
            "saved (%1, autosaved %2)?\n\nNo deletes it; Cancel keeps it for the next start."
        )
        shown = f"“{name}”" if name else self.tr("untitled")
        return QMessageBox.question(
            parent,
            self.tr("Recover unsaved work"),
            fill(text, shown, when),
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
        )

    def _restore(self, parent, recovery: RecoveryFile) -> bool:
        try:
            self._document.recover(recovery.path, recovery.original_path())
        except file_errors() as error:
            aside = recovery.keep_aside()
            QMessageBox.warning(
                parent,
                self.tr("Recover unsaved work"),
                fill(
                    self.tr("The unsaved work could not be read: %1\nIt was kept as %2."),
                    describe(error),
                    aside,
                ),
            )
            return False
        if self._recovery is not None:
            self._recovery.release()
        self._recovery, self._wrote = recovery, True  # it is this window's work now
        return True

    def release_for_test(self) -> None:
        """Let go of the lock as a crashed process would (tests only: one process, two runs)."""
        self._own().release()

    def _own(self) -> RecoveryFile:
        if self._recovery is None:
            self._recovery = RecoveryFile.create()
        return self._recovery
