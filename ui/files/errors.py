"""Why a file could not be opened, in the language shown.

``simulator.NetworkFileError`` speaks English; it also carries a ``kind`` and
the ``details`` its message names, from which this module builds the sentence
with Qt's translator, so a Chinese interface never shows an English reason.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.text.i18n import fill

# lupdate reads every translate("FileErrors", "...") call below.
translate = QCoreApplication.translate

# The system's errors a user meets, by errno: its own words (strerror) are English.
_SYSTEM = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "The file or its folder does not exist."),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "FileErrors", "You do not have permission to use this file or folder."
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "It is a folder, not a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileErrors", "A part of the path is not a folder."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "The file name is too long."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "The disk is full."),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "The disk is read-only."),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileErrors", "The path goes round a loop of links."),
    errno.EIO: QT_TRANSLATE_NOOP("FileErrors", "The disk could not be read or written."),
}
_SYSTEM[errno.EPERM] = _SYSTEM[errno.EACCES]
_SYSTEM[errno.EDQUOT] = _SYSTEM[errno.ENOSPC]


def describe(error: BaseException) -> str:
    """One translated sentence saying what is wrong with the file (not which file)."""
    details = getattr(error, "details", None) or {}
    describe_kind = _BY_KIND.get(getattr(error, "kind", None))
    if describe_kind is not None:
        return describe_kind(details)
    if isinstance(error, OSError) and error.strerror:
        return _system(error.errno, error.strerror, translate("FileErrors", "The system said: %1."))
    return str(error)


def _system(code, words, fallback: str) -> str:
    """The system's error ``code`` (an errno) as a sentence; ``words`` are its own (English)."""
    sentence = _SYSTEM.get(code)
    if sentence is not None:
        return translate("FileErrors", sentence)
    if code in errno.errorcode:  # a Chinese screen shows only the code: the words are English
        text = translate("FileErrors", "The system reported error %1 (%2).")
        return _fill(text, errno.errorcode[code], words)
    return _fill(fallback, words)


def _fill(text: str, *values) -> str:
    return fill(text, *("?" if value is None else value for value in values))


def _missing(d: dict) -> str:
    return translate("FileErrors", "The file does not exist.")


def _unreadable(d: dict) -> str:
    reason = d.get("reason")
    if reason == "folder":
        return translate("FileErrors", "It is a folder, not a file.")
    if reason == "permission":
        return translate("FileErrors", "You do not have permission to read it.")
    if reason == "bad_name":
        return translate("FileErrors", "The file name is not valid.")
    fallback = translate("FileErrors", "It could not be read (%1).")
    return _system(d.get("errno"), d.get("error"), fallback)


def _too_large(d: dict) -> str:
    if "limit_mb" in d:
        text = translate("FileErrors", "It is larger than %1 MB, the most NeuroStep opens.")
        return _fill(text, d["limit_mb"])
    text = translate("FileErrors", "It has more than %1 layers, the most NeuroStep opens.")
    return _fill(text, d.get("limit"))


def _not_json(d: dict) -> str:
    if d.get("reason") == "encoding":
        return translate("FileErrors", "It is not a NeuroStep network: its text is not UTF-8.")
    if d.get("reason") == "syntax":
        text = translate(
            "FileErrors",
            "It is not a NeuroStep network: its text is not valid JSON (line %1, column %2).",
        )
        return _fill(text, d.get("line"), d.get("column"))
    if d.get("reason") == "nesting":
        return translate("FileErrors", "It is not a NeuroStep network: it is nested too deeply.")
    if d.get("reason") == "number":
        return translate(
            "FileErrors", "It is not a NeuroStep network: it holds a number too long to read."
        )
    return translate("FileErrors", "It is not a NeuroStep network: its text is not valid JSON.")


def _not_neurostep(d: dict) -> str:
    return translate("FileErrors", "It is JSON, but not a NeuroStep network file.")


def _wrong_version(d: dict) -> str:
    if d.get("reason") == "newer":
        text = translate(
            "FileErrors",
            "It was saved by a newer NeuroStep (file version %1; this one reads version %2).",
        )
        return _fill(text, d.get("version"), d.get("supported"))
    if d.get("version") is None:
        return translate("FileErrors", "Its file version is not a whole number.")
    text = translate("FileErrors", "Its file version (%1) is not one this NeuroStep reads.")
    return _fill(text, d["version"])


def _unknown_activation(d: dict) -> str:
    if d.get("activation") is None:
        text = translate("FileErrors", "Layer %1 does not give its activation by name.")
        return _fill(text, d.get("layer"))
    text = translate("FileErrors", "Layer %1 uses an activation NeuroStep does not know: %2.")
    return _fill(text, d.get("layer"), d.get("activation"))


def _where(d: dict) -> str:
    if d.get("layer") is None:
        return translate("FileErrors", "the file")
    return _fill(translate("FileErrors", "layer %1"), d["layer"])


def _shapes(d: dict) -> str:
    if d.get("layer") is None and isinstance(d.get("expected"), int):  # the input or target
        text = translate("FileErrors", "Its “%1” does not fit the network, which needs %2 numbers.")
        return _fill(text, d.get("field"), d["expected"])
    text = translate("FileErrors", "In %1, the sizes do not fit the layers around it.")
    return _fill(text, _where(d))


def _non_finite(d: dict) -> str:
    text = translate("FileErrors", "In %1, a number is not finite (NaN or infinity).")
    return _fill(text, _where(d))


def _bad_value(d: dict) -> str:
    text = translate(
        "FileErrors", "In %1, a value has the wrong type or is out of range (field “%2”)."
    )
    return _fill(text, _where(d), d.get("field"))


_BY_KIND = {
    "missing": _missing,
    "unreadable": _unreadable,
    "too_large": _too_large,
    "not_json": _not_json,
    "not_neurostep": _not_neurostep,
    "wrong_version": _wrong_version,
    "unknown_activation": _unknown_activation,
    "shapes": _shapes,
    "non_finite": _non_finite,
    "bad_value": _bad_value,
}
