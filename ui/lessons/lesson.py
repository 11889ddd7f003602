"""What a lesson is made of: a title and steps, each a text and what it does.

A step's ``text`` is English in the book's letters, its formulas marked ⟦…⟧ (shown
in the letters chosen with View ▸ Notation), marked for lupdate with
``QT_TRANSLATE_NOOP("Lessons", ...)``.  Its ``do(app)`` drives the window through
``LessonApp``, from the state the step before left, so a lesson replays the same
way every time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.text.notation import spans


@dataclass(frozen=True)
class Step:
    """One Next of a lesson: its heading, what it says, what it does to the window."""

    title: str
    text: str
    do: Callable[[object], None]


@dataclass(frozen=True)
class Lesson:
    """A lesson: its number (1..8), title, what it loads first, and its steps."""

    number: int
    title: str
    steps: tuple[Step, ...]


def translate(text: str) -> str:
    """A lesson text in the language shown and the letters chosen, as rich text."""
    return spans(QCoreApplication.translate("Lessons", text), rich=True)
