"""The settings sections of a ``.neurostep`` file, and the check of every setting NeuroStep uses.

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

from .limits import MAX_VALUE

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

    return tuple(LOSSES)


def _datasets() -> tuple:
    from .datasets import DATASETS

    return DATASETS


SECTIONS: dict[str, dict[str, Check]] = {
    "training": {
        "loss": one_of(_losses),
        "learning_rate": number(0.0, math.inf, above=0.0),
    },
    "dataset": {
        "name": one_of(_datasets),
        "n": optional(whole_number(1, 1_000_000)),
        "noise": number(0.0, MAX_VALUE),
        "seed": optional(whole_number(0, 2**63 - 1)),
    },
}
# A dataset given as bare text is its name.
DATASET_NAME = SECTIONS["dataset"]["name"]


def problem(section: str, key: str, value) -> dict | None:
    """The details of why ``value`` is wrong for ``key`` in ``section``, or None if fine."""
    check = SECTIONS.get(section, {}).get(key)
    return None if check is None else check(value)
