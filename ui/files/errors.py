"""Why a file could not be opened, in the language shown.

``simulator.NetworkFileError`` speaks English; it also carries a ``kind`` and
the ``details`` its message names, from which this module builds the sentence
with Qt's translator, so a Chinese interface never shows an English reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text.i18n import fill

# lupdate reads every translate("FileErrors", "...") call below.
translate = QCoreApplication.translate


def describe(error: BaseException) -> str:
    """One translated sentence saying what is wrong with the file (not which file)."""
    details = getattr(error, "details", None) or {}
    describe_kind = _BY_KIND.get(getattr(error, "kind", None))
    if describe_kind is not None:
        return describe_kind(details)
    if isinstance(error, OSError) and error.strerror:
        return _fill(translate("FileErrors", "The system said: %1."), error.strerror)
    return str(error)


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
    return _fill(translate("FileErrors", "It could not be read (%1)."), d.get("error"))


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
    text = translate("FileErrors", "Its file version (%1) is not one this NeuroStep reads.")
    return _fill(text, d.get("version"))


def _unknown_activation(d: dict) -> str:
    text = translate("FileErrors", "Layer %1 uses an activation NeuroStep does not know: %2.")
    return _fill(text, d.get("layer"), d.get("activation"))


def _where(d: dict) -> str:
    if d.get("layer") is None:
        return translate("FileErrors", "the network")
    return _fill(translate("FileErrors", "layer %1"), d["layer"])


def _shapes(d: dict) -> str:
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
