"""Why a file could not be opened or saved, in the language shown.

``simulator.NetworkFileError`` speaks English; it also carries a ``kind`` and
the ``details`` its message names, from which this module builds the sentence
with Qt's translator, so a Chinese interface never shows an English reason.
The sentence says what the file had ("layer 1 does not give its activation by name: it has 5"),
with numbers shortened and values quoted as they were.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.text.i18n import fill
from ui.text.numbers import short_number

# lupdate reads every translate("FileErrors", "...") call below.
translate = QCoreApplication.translate
SHOWN_CHARS = 40

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


def found(d: dict) -> str:
    """The value the file had, as the sentence names it: 5, “bogus”, null, a list."""
    kind, value = d.get("found_type"), d.get("found")
    if kind == "text":
        text = value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"
        return f"“{text}”"
    if kind == "list":
        return translate("FileErrors", "a list")
    if kind == "object":
        return translate("FileErrors", "an object")
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "number" and isinstance(value, str):  # "a huge number"
        return translate("FileErrors", "a huge number")
    if kind == "number":
        return short_number(value)
    if kind is None:
        return translate("FileErrors", "missing")
    return "null"


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
    if reason == "not_a_file":
        return translate(
            "FileErrors",
            "It is not a regular file (a pipe or a device): NeuroStep reads only files.",
        )
    fallback = translate("FileErrors", "It could not be read (%1).")
    return _system(d.get("errno"), d.get("error"), fallback)


def _too_large(d: dict) -> str:
    if "limit_mb" in d:
        text = translate("FileErrors", "It is %1 MB, larger than %2 MB, the most NeuroStep opens.")
        return fill(text, short_number(round(d.get("size_mb", 0), 1)), d["limit_mb"])
    count, limit = short_number(d.get("count", d.get("layers"))), short_number(d.get("limit"))
    if d.get("what") == "parameters":
        text = translate(
            "FileErrors",
            "It has %1 weights and biases; NeuroStep opens at most %2 weights and biases.",
        )
    elif d.get("what") == "examples":
        text = translate(
            "FileErrors", "Its table has %1 examples; NeuroStep opens at most %2 examples."
        )
    elif d.get("what") == "example_numbers":
        text = translate(
            "FileErrors",
            "Its table of examples holds %1 inputs and targets; NeuroStep opens at most %2.",
        )
    elif d.get("what") == "neurons":
        text = translate(
            "FileErrors", "A layer has %1 neurons; NeuroStep opens at most %2 neurons a layer."
        )
    else:
        text = translate("FileErrors", "It has %1 layers; NeuroStep opens at most %2 layers.")
    return fill(text, count, limit)


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
        return fill(text, d.get("version"), d.get("supported"))
    if d.get("reason") == "not_a_number":
        text = translate("FileErrors", "Its file version is %1, not a whole number.")
        return fill(text, found(d))
    text = translate("FileErrors", "Its file version (%1) is not one this NeuroStep reads.")
    return fill(text, d.get("version"))


def _unknown_activation(d: dict) -> str:
    if d.get("found_type") == "text":
        text = translate("FileErrors", "Layer %1 uses an activation NeuroStep does not know: %2.")
    else:
        text = translate("FileErrors", "Layer %1 does not give its activation by name: it has %2.")
    return fill(text, d.get("layer"), found(d))


def _where(d: dict) -> str:
    """Layer, row and item, as far as the details name them."""
    if d.get("layer") is None:
        place = translate("FileErrors", "the file")
    else:
        place = fill(translate("FileErrors", "layer %1"), d["layer"])
    if d.get("row") is not None:
        place = fill(translate("FileErrors", "%1, row %2"), place, d["row"])
    if d.get("item") is not None:
        place = fill(translate("FileErrors", "%1, item %2"), place, d["item"])
    return place


def _shapes(d: dict) -> str:
    if d.get("layer") is None and isinstance(d.get("expected"), int):  # the input or target
        text = translate("FileErrors", "Its “%1” does not fit the network, which needs %2 numbers.")
        return _fill(text, d.get("field"), d["expected"])
    count = d.get("rows", d.get("count"))
    if count is None or d.get("expected") is None:
        text = translate("FileErrors", "In %1, the sizes do not fit the layers around it.")
        return _fill(text, _where(d))
    text = translate("FileErrors", "In %1, the sizes do not fit: “%2” has %3 where %4 belong.")
    return fill(text, _where(d), d.get("field"), short_number(count), short_number(d["expected"]))


def _non_finite(d: dict) -> str:
    if d.get("constant"):
        text = translate("FileErrors", "In %1, there is %2, which is not a number NeuroStep takes.")
        return fill(text, _where(d), d["constant"])
    text = translate(
        "FileErrors", "In %1, a number is not finite (too large for a float, NaN or infinity)."
    )
    return fill(text, _where(d))


def _setting(d: dict) -> str:
    expected = d.get("expected")
    if expected == "one_of":
        text = translate("FileErrors", "The %1 setting “%2” is %3; it must be one of: %4.")
        return fill(text, d.get("field"), d.get("setting"), found(d), ", ".join(d["choices"]))
    if "above" in d and d.get("maximum") == float("inf"):
        text = translate("FileErrors", "The %1 setting “%2” is %3; it must be a number above %4.")
        return fill(text, d.get("field"), d.get("setting"), found(d), short_number(d["above"]))
    text = translate("FileErrors", "The %1 setting “%2” is %3; it must be from %4 to %5.")
    low, high = short_number(d.get("minimum")), short_number(d.get("maximum"))
    return fill(text, d.get("field"), d.get("setting"), found(d), low, high)


def _bad_value(d: dict) -> str:
    expected = d.get("expected")
    if d.get("setting") is not None and expected in ("one_of", "number", "whole_number"):
        return _setting(d)
    if expected == "in_range":
        text = translate("FileErrors", "In %1, a number is beyond ±%2, the most NeuroStep holds.")
        return fill(text, _where(d), short_number(d.get("limit")))
    if expected == "whole_number":
        text = translate(
            "FileErrors", "In %1, “%2” is %3; it must be a whole number from %4 to %5."
        )
        low, high = short_number(d.get("minimum")), short_number(d.get("maximum"))
        return fill(text, _where(d), d.get("field"), found(d), low, high)
    text = translate("FileErrors", "In %1, “%2” is %3, where %4 belongs.")
    wanted = translate("FileErrors", _EXPECTED.get(expected, _EXPECTED[None]))
    what = d.get("setting") or d.get("field")
    return fill(text, _where(d), what, found(d), wanted)


def _bad_data(d: dict) -> str:
    if d.get("row") is not None:
        text = translate("FileErrors", "Its saved data points are damaged (“%1”, row %2).")
        return fill(text, d.get("field"), d["row"])
    text = translate("FileErrors", "Its saved data points are damaged (“%1”).")
    return fill(text, d.get("field"))


def _read_only(d: dict) -> str:
    return translate(
        "FileErrors",
        "The file is read-only, so NeuroStep leaves it as it is: save under another name.",
    )


def _not_a_file(d: dict) -> str:
    return translate(
        "FileErrors", "It is not a regular file (a pipe or a device): choose another name."
    )


# What a field holds, named in "… where %4 belongs" (translated when shown).
_EXPECTED = {
    None: QT_TRANSLATE_NOOP("FileErrors", "a value of another kind"),
    "object": QT_TRANSLATE_NOOP("FileErrors", "an object"),
    "non_empty_list": QT_TRANSLATE_NOOP("FileErrors", "a list of layers"),
    "list_of_rows": QT_TRANSLATE_NOOP("FileErrors", "a list of rows"),
    "list_of_numbers": QT_TRANSLATE_NOOP("FileErrors", "a list of numbers"),
    "number": QT_TRANSLATE_NOOP("FileErrors", "a number"),
    "finite_number": QT_TRANSLATE_NOOP("FileErrors", "a finite number"),
    "numbers": QT_TRANSLATE_NOOP("FileErrors", "numbers"),
    "text": QT_TRANSLATE_NOOP("FileErrors", "short text or null"),
    "settings": QT_TRANSLATE_NOOP("FileErrors", "an object of settings or null"),
    "setting_name": QT_TRANSLATE_NOOP("FileErrors", "a short name"),
    "setting_value": QT_TRANSLATE_NOOP("FileErrors", "null, true, false, a finite number or text"),
}

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
    "bad_data": _bad_data,
    "read_only": _read_only,
    "not_a_file": _not_a_file,
}
