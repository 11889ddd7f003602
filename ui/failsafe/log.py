"""The log file of unexpected errors, in the per-user data folder, rotated so it stays small.

``logging`` is imported at the first error, not at start-up: most runs never need it.
"""

from __future__ import annotations

from pathlib import Path

from ui.files import settings

LOG_NAME = "neurostep.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3  # neurostep.log.1 … .3: about 2 MB at most
_state = {"logger": None}


def log_path() -> Path:
    """Where errors are written: ``<data folder>/logs/neurostep.log``."""
    return settings.data_dir() / "logs" / LOG_NAME


def write(text: str) -> Path | None:
    """Append ``text`` (a traceback and its context) to the log; the log's path, or None.

    A log that cannot be written (a full disk) is skipped: reporting an error
    must never raise one.
    """
    try:
        logger = _logger()
        logger.error(text)
        for handler in logger.handlers:
            handler.flush()
        return log_path()
    except OSError:
        return None


def _logger():
    if _state["logger"] is None:
        import logging
        from logging.handlers import RotatingFileHandler

        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger = logging.getLogger("neurostep.errors")
        logger.propagate = False
        logger.addHandler(handler)
        _state["logger"] = logger
    return _state["logger"]


def close() -> None:
    """Close the log file (so a test's data folder can go); the next error reopens it."""
    logger = _state["logger"]
    if logger is not None:
        for handler in list(logger.handlers):
            handler.close()
            logger.removeHandler(handler)
        _state["logger"] = None
