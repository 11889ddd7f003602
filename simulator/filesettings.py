"""The settings sections of a ``.neurostep`` file (and its title), and the check of every setting.

A section (``"training"``, ``"dataset"``) is a flat object of settings.  Each
setting NeuroStep reads has a check in ``SECTIONS``; a file whose value fails
one is refused whole, before anything is opened, so a bad ``"loss"`` can never
reach the stepper.  Settings without a check are kept as they are (later
versions may add some).  A new section or setting plugs in with one line::

    SECTIONS["training"]["batch_size"] = whole_number(1, 100_000)

A check takes the value and returns None when it is fine, else the details
of the refusal: ``expected`` (``"one_of"``, ``"number"`` or ``"whole_number"``)
and what the message names (``choices``, ``minimum``, ``maximum``,
``above`` for a minimum the value must exceed).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .filevalues import InvalidDocument, _describe, _found, _is_finite_number
from .limits import MAX_VALUE

MAX_TEXT = 1000
MAX_SETTINGS = 64

Check = Callable[[object], "dict | None"]


def one_of(names: Callable[[], tuple]) -> Check:
    """Text that is one of ``names()`` (looked up at check time: registries load lazily)."""

    def check(value):
        choices = tuple(names())
        if isinstance(value, str) and value in choices:
            return None
        return {"expected": "one_of", "choices": list(choices)}

    return check


def number(minimum: float = -MAX_VALUE, maximum: float = MAX_VALUE, above=None) -> Check:
    """A finite number from ``minimum`` to ``maximum``, greater than ``above`` if given."""

    def check(value):
        ok = _is_number(value) and minimum <= value <= maximum
        if ok and (above is None or value > above):
            return None
        limits = {"minimum": minimum, "maximum": maximum}
        return {"expected": "number", **limits, **({} if above is None else {"above": above})}

    return check


def whole_number(minimum: int, maximum: int) -> Check:
    """A whole number from ``minimum`` to ``maximum`` (``2.0`` is not one: it is written 2)."""

    def check(value):
        if type(value) is int and minimum <= value <= maximum:
            return None
        return {"expected": "whole_number", "minimum": minimum, "maximum": maximum}

    return check


def optional(check: Check) -> Check:
    """``check``, or null."""
    return lambda value: None if value is None else check(value)


def _is_number(value) -> bool:
    return type(value) in (int, float) and math.isfinite(value)


def _losses() -> tuple:
    from .losses import LOSSES

    return (*LOSSES, "auto")  # "auto": the loss that suits the output layer


def _datasets() -> tuple:
    from .datasets import DATASETS

    return (*DATASETS, "own")  # "own": the user's points, in the file's "data"


def _optimizers() -> tuple:
    return ("sgd", "momentum", "adam")


def _features() -> tuple:
    from .dataprep import FEATURES

    return FEATURES


def features(value) -> dict | None:
    """Input features as the file writes them: names of ``FEATURES`` apart by spaces."""
    names = value.split() if isinstance(value, str) else []
    choices = _features()
    if names and all(n in choices for n in names) and len(set(names)) == len(names):
        return None
    return {"expected": "one_of", "choices": list(choices)}


SECTIONS: dict[str, dict[str, Check]] = {
    "training": {
        "loss": one_of(_losses),
        "learning_rate": number(0.0, math.inf, above=0.0),
        "optimizer": one_of(_optimizers),
        "batch_size": whole_number(1, 1_000_000),
        "l2": number(0.0, 1.0),
        "stop_epochs": optional(whole_number(1, 10_000_000)),
        "stop_loss": optional(number(0.0, math.inf, above=0.0)),
        "weight_seed": whole_number(0, 2**32 - 1),
    },
    "dataset": {
        "name": one_of(_datasets),
        "n": optional(whole_number(1, 1_000_000)),
        "noise": number(0.0, MAX_VALUE),
        "seed": optional(whole_number(0, 2**63 - 1)),
        "classes": whole_number(2, 10),
        "train_share": number(0.1, 0.9),
        "features": features,
    },
}
# A dataset given as bare text is its name.
DATASET_NAME = SECTIONS["dataset"]["name"]


def problem(section: str, key: str, value) -> dict | None:
    """The details of why ``value`` is wrong for ``key`` in ``section``, or None if fine."""
    check = SECTIONS.get(section, {}).get(key)
    return None if check is None else check(value)


def read_extras(doc: dict):
    """The ``dataset``, ``training`` and ``title`` of a document, each checked."""
    dataset = doc.get("dataset")
    if not isinstance(dataset, dict):
        dataset = _read_text(dataset, "dataset")
        if dataset is not None:
            _check_setting("dataset", "name", dataset, DATASET_NAME(dataset))
    else:
        dataset = _read_settings(dataset, "dataset")
    return (
        dataset,
        _read_settings(doc.get("training"), "training"),
        _read_text(doc.get("title"), "title"),
    )


def _read_text(value, where: str):
    if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
        raise InvalidDocument(
            f'"{where}" must be text of at most {MAX_TEXT} characters or null, '
            f"not {_describe(value)}",
            field=where,
            expected="text",
            limit=MAX_TEXT,
            **_found(value),
        )
    return value


def _read_settings(value, where: str):
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > MAX_SETTINGS:
        raise InvalidDocument(
            f'"{where}" must be an object of at most {MAX_SETTINGS} settings '
            f"or null, not {_describe(value)}",
            field=where,
            expected="settings",
            limit=MAX_SETTINGS,
            **_found(value),
        )
    for key, item in value.items():
        if not isinstance(key, str) or len(key) > 100:
            raise InvalidDocument(
                f'"{where}" has a setting name that is not short text',
                field=where,
                expected="setting_name",
            )
        if not _is_setting_value(item):
            raise InvalidDocument(
                f'"{where}" setting {key!r} is {_describe(item)}; allowed: null, '
                "true/false, a finite number or text",
                field=where,
                setting=key,
                expected="setting_value",
                **_found(item),
            )
        _check_setting(where, key, item, problem(where, key, item))
    return dict(value)


def _check_setting(section: str, key: str, value, problem: dict | None) -> None:
    """Refuse a setting NeuroStep uses whose value it could not use (a "loss" of 5)."""
    if problem is None:
        return
    wanted = problem.get("choices")
    if wanted is not None:
        wanted = "one of " + ", ".join(wanted)
    elif "above" in problem and problem["maximum"] == math.inf:
        wanted = f"a number greater than {problem['above']:g}"
    else:
        kind = "whole number" if problem["expected"] == "whole_number" else "number"
        wanted = f"a {kind} from {problem['minimum']:g} to {problem['maximum']:g}"
    raise InvalidDocument(
        f'"{section}" setting "{key}" is {_describe(value)}; it must be {wanted}',
        "bad_value",
        field=section,
        setting=key,
        **problem,
        **_found(value),
    )


def _is_setting_value(item) -> bool:
    if item is None or isinstance(item, bool):
        return True
    if isinstance(item, str):
        return len(item) <= MAX_TEXT
    if isinstance(item, int):
        return abs(item) <= 2**63
    return _is_finite_number(item)
