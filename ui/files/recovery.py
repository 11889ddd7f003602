"""Recovery files: one per running window, locked while it runs, offered back after a crash.

Each window writes its unsaved work to ``recovery-<id>.neurostep`` in the data
folder, beside ``recovery-<id>.lock`` (a ``QLockFile`` naming the process) and
``recovery-<id>.json`` (the file name the work had).  A lock whose process is
gone is stale: its work is an orphan, offered at the next start.  A second copy
of the app never offers, nor deletes, a file whose window still runs.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

import simulator as sim

from . import settings

PREFIX = "recovery-"
LEGACY = "recovery" + sim.FILE_EXTENSION  # one file for every window, before locks


class RecoveryFile:
    """One window's recovery file and its lock (held while this object lives and is locked).

    Attributes
    ----------
    path : Path
        The ``.neurostep`` the work is written to.
    """

    def __init__(self, path: Path):
        self.path = path
        self._lock = QLockFile(str(path.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age

    @classmethod
    def create(cls) -> RecoveryFile:
        """A new, locked recovery file for a window (nothing written yet)."""
        folder = settings.data_dir()
        while True:
            recovery = cls(folder / f"{PREFIX}{os.urandom(4).hex()}{sim.FILE_EXTENSION}")
            if not recovery.path.exists() and recovery.lock():
                return recovery

    def lock(self) -> bool:
        """Take the lock; False while another live window holds it."""
        return self._lock.isLocked() or self._lock.tryLock(0)

    def original_path(self) -> str | None:
        """The file name the work had when it was written (None for unnamed work)."""
        try:
            value = json.loads(self._info().read_text(encoding="utf-8")).get("path")
        except (OSError, ValueError, AttributeError):
            return None
        return value if isinstance(value, str) else None

    def set_original_path(self, path: str | None) -> None:
        self._info().write_text(json.dumps({"path": path}), encoding="utf-8")

    def remove(self) -> None:
        """Delete the work, its note and its lock."""
        for path in (self.path, self._info()):
            with contextlib.suppress(OSError):
                path.unlink()
        self._lock.unlock()

    def keep_aside(self) -> Path:
        """Rename an unreadable recovery file so it is neither lost nor offered again."""
        aside = self.path.with_suffix(".unreadable" + sim.FILE_EXTENSION)
        with contextlib.suppress(OSError):
            os.replace(self.path, aside)
        self.remove()
        return aside

    def release(self) -> None:
        """Let go of the lock (the work stays for the next start)."""
        self._lock.unlock()

    def modified_time(self) -> float:
        try:
            return self.path.stat().st_mtime
        except OSError:
            return 0.0

    def _info(self) -> Path:
        return self.path.with_suffix(".json")


def orphans() -> list[RecoveryFile]:
    """Recovery files no running window owns, newest first, each now locked by the caller."""
    folder = settings.data_dir()
    found = []
    for path in folder.glob(f"{PREFIX}*{sim.FILE_EXTENSION}"):
        if ".unreadable" in path.name:
            continue
        recovery = RecoveryFile(path)
        if recovery.lock():
            found.append(recovery)
    legacy = folder / LEGACY
    if legacy.exists():
        adopted = folder / f"{PREFIX}legacy{sim.FILE_EXTENSION}"
        if not adopted.exists():
            with contextlib.suppress(OSError):
                os.replace(legacy, adopted)
                recovery = RecoveryFile(adopted)
                if recovery.lock():
                    found.append(recovery)
    return sorted(found, key=RecoveryFile.modified_time, reverse=True)
