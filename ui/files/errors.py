"""Why a file could not be opened or saved, in the language shown.

``simulator.NetworkFileError`` speaks English; it also carries a ``kind`` and
the ``details`` its message names, from which this module builds the sentence
with Qt's translator, so a Chinese interface never shows an English reason.
The sentence says what the file had ("its activation is 5, not a name"),
with numbers shortened and values quoted as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.text.placeholders import fill, short_number

# lupdate reads every translate("FileErrors", "...") call below.
translate = QCoreApplication.translate
SHOWN_CHARS = 40


def describe(error: BaseException) -> str:
    """One translated sentence saying what is wrong with the file (not which file)."""
    details = getattr(error, "details", None) or {}
    describe_kind = _BY_KIND.get(getattr(error, "kind", None))
    if describe_kind is not None:
        return describe_kind(details)
    if isinstance(error, OSError) and error.strerror:
        return fill(translate("FileErrors", "The system said: %1."), error.strerror)
    return str(error)


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
    return fill(translate("FileErrors", "It could not be read (%1)."), d.get("error", ""))


def _too_large(d: dict) -> str:
    if "limit_mb" in d:
        text = translate("FileErrors", "It is %1 MB, larger than %2 MB, the most NeuroStep opens.")
        return fill(text, short_number(round(d.get("size_mb", 0), 1)), d["limit_mb"])
    count, limit = short_number(d.get("count", d.get("layers"))), short_number(d.get("limit"))
    if d.get("what") == "parameters":
        text = translate("FileErrors", "It has %1 weights and biases; NeuroStep opens at most %2.")
    elif d.get("what") == "neurons":
        text = translate("FileErrors", "A layer has %1 neurons; NeuroStep opens at most %2.")
    else:
        text = translate("FileErrors", "It has %1 layers; NeuroStep opens at most %2.")
    return fill(text, count, limit)


def _not_json(d: dict) -> str:
    if d.get("reason") == "encoding":
        return translate("FileErrors", "It is not a NeuroStep network: its text is not UTF-8.")
    if d.get("reason") == "syntax":
        text = translate(
            "FileErrors",
            "It is not a NeuroStep network: its text is not valid JSON (line %1, column %2).",
        )
        return fill(text, d.get("line"), d.get("column"))
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
        text = translate("FileErrors", "The activation of layer %1 is %2, not a name.")
    return fill(text, d.get("layer"), found(d))


def _where(d: dict) -> str:
    """Layer, row and item, as far as the details name them."""
    if d.get("layer") is None:
        place = translate("FileErrors", "the network")
    else:
        place = fill(translate("FileErrors", "layer %1"), d["layer"])
    if d.get("row") is not None:
        place = fill(translate("FileErrors", "%1, row %2"), place, d["row"])
    if d.get("item") is not None:
        place = fill(translate("FileErrors", "%1, item %2"), place, d["item"])
    return place


def _shapes(d: dict) -> str:
    count = d.get("rows", d.get("count"))
    if count is None or d.get("expected") is None:
        text = translate("FileErrors", "In %1, the sizes do not fit the layers around it.")
        return fill(text, _where(d))
    text = translate("FileErrors", "In %1, “%2” has the wrong size: %3 found, %4 needed.")
    return fill(text, _where(d), d.get("field"), short_number(count), short_number(d["expected"]))


def _non_finite(d: dict) -> str:
    if d.get("constant"):
        text = translate("FileErrors", "It contains %1, which is not a number NeuroStep accepts.")
        return fill(text, d["constant"])
    text = translate("FileErrors", "In %1, a number is too large for a float.")
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
    "read_only": _read_only,
    "not_a_file": _not_a_file,
}
