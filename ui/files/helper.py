"""Opening large networks without freezing the window.

The largest network allowed is a 170 MB file: reading it takes seconds in one
call that holds Python (``json.loads``), so no thread can keep the window
painting meanwhile.  Above ``LARGE_FILE_BYTES`` the file is read by a helper
process (``ui.files.file_task``) while a window-modal progress dialog with
Cancel shows; the window keeps painting, and nothing can be edited meanwhile.
Smaller files are read at once, as before, and so is every file where no
helper can start (a frozen application).  (Saving reports its progress piece
by piece in this process: ``sim.save_steps``.)
"""

from __future__ import annotations

import errno
import os
import pickle
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QProcess, QProcessEnvironment, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from . import file_task

LARGE_FILE_BYTES = 8 * 2**20  # about 400,000 numbers of text: a quarter second to parse
ROOT = Path(__file__).resolve().parents[2]  # where ``ui`` and ``simulator`` live
STOP_WAIT_MS = 3000


def is_large_file(path) -> bool:
    try:
        return os.stat(path).st_size > LARGE_FILE_BYTES
    except OSError:
        return False  # let the reader name the problem


def read_document(parent, path: str):
    """``sim.load_document(path)`` in a helper process; None if the user cancelled."""
    label = QCoreApplication.translate("FileController", "Opening %1…")
    label = label.replace("%1", Path(path).name)
    return run_file_task(parent, "open", str(path), label)


def run_file_task(parent, task: str, source: str, label: str):
    """Run ``file_task`` in a helper process; its value, or None if cancelled.

    Raises the task's own error (a ``NetworkFileError``, an ``OSError``...).
    """
    if getattr(sys, "frozen", False):  # no Python to start: read here, as small files are
        return file_task.run(task, source)
    with tempfile.TemporaryDirectory(prefix="neurostep-") as folder:
        out = Path(folder) / "result.pickle"
        process = _helper(parent, task, source, out)
        dialog = _dialog(parent, label)
        process.start()
        if not process.waitForStarted(STOP_WAIT_MS):
            dialog.close()
            return file_task.run(task, source)
        _wait(process, dialog)
        cancelled = dialog.wasCanceled() and process.state() != QProcess.ProcessState.NotRunning
        dialog.close()
        dialog.deleteLater()
        if cancelled:
            _stop(process)
            return None
        return _answer(process, out)


def _helper(parent, task: str, source: str, out: Path) -> QProcess:
    process = QProcess(parent)
    process.setProgram(sys.executable)
    process.setArguments(["-m", "ui.files.file_task", task, source, str(out)])
    process.setWorkingDirectory(str(ROOT))
    env = QProcessEnvironment.systemEnvironment()
    path = env.value("PYTHONPATH")
    env.insert("PYTHONPATH", str(ROOT) + (os.pathsep + path if path else ""))
    process.setProcessEnvironment(env)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
    return process


def _dialog(parent, label: str) -> QProgressDialog:
    cancel = QCoreApplication.translate("FileController", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)  # busy: parsing has no progress
    dialog.setObjectName("fileProgress")
    dialog.setWindowTitle("NeuroStep")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits while it works
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # starts the timer that shows it after the minimum duration
    return dialog


def _wait(process: QProcess, dialog: QProgressDialog) -> None:
    """Run the event loop until the helper ends or the user cancels."""
    loop = QEventLoop()
    process.finished.connect(loop.quit)
    dialog.canceled.connect(loop.quit)
    poll = QTimer()  # in case it ended before the loop ran
    poll.timeout.connect(lambda: loop.quit() if _over(process, dialog) else None)
    poll.start(100)
    if not _over(process, dialog):
        loop.exec()
    poll.stop()


def _over(process: QProcess, dialog: QProgressDialog) -> bool:
    return process.state() == QProcess.ProcessState.NotRunning or dialog.wasCanceled()


def _stop(process: QProcess) -> None:
    """End a cancelled helper: asked first, then told."""
    process.terminate()
    if not process.waitForFinished(STOP_WAIT_MS):
        process.kill()
        process.waitForFinished(STOP_WAIT_MS)


def _answer(process: QProcess, out: Path):
    if not out.exists():  # it crashed: an input/output error, worded like the system's own
        raise OSError(errno.EIO, f"the helper process ended with code {process.exitCode()}")
    with open(out, "rb") as file:
        status, value = pickle.load(file)
    if status == "error":
        raise value
    return value
