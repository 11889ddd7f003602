"""What a lesson is made of: a title and steps, each a text and what it does.

A step's ``text`` is English in the book's letters, its formulas marked ⟦…⟧ (shown
in the letters chosen with View ▸ Notation), marked for lupdate with
``QT_TRANSLATE_NOOP("Lessons", ...)``.  Its ``do(app)`` drives the window through
``LessonApp``, from the state the step before left, so a lesson replays the same
way every time.  A step may also give the student a number to set (``knob``), show
numbers read from the window as they change (``readout``), and name the docks it
needs in front (``docks``, kept in presentation mode too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.text.i18n import fill
from ui.text.notation import spans


@dataclass(frozen=True)
class Knob:
    """A number the student sets in the lesson panel while the step is shown.

    ``label`` is English (``QT_TRANSLATE_NOOP("Lessons", ...)``, formulas ⟦…⟧);
    ``read(app)`` gives the value the window holds, ``write(app, value)`` sets it
    through the Document (undoable).  ``minimum``..``maximum`` in steps of ``step``.
    """

    label: str
    read: Callable[[object], float]
    write: Callable[[object, float], None]
    minimum: float
    maximum: float
    step: float = 0.1


@dataclass(frozen=True)
class Step:
    """One Next of a lesson: its heading, what it says, what it does to the window."""

    title: str
    text: str
    do: Callable[[object], None]
    knob: Knob | None = None
    readout: Callable[[object], str] | None = None  # rich text, in the language shown
    docks: tuple[str, ...] = ()  # objectNames of the docks the step brings to the front


@dataclass(frozen=True)
class Lesson:
    """A lesson: its number (1..8), title, what it loads first, and its steps."""

    number: int
    title: str
    steps: tuple[Step, ...]


def translate(text: str) -> str:
    """A lesson text in the language shown and the letters chosen, as rich text."""
    return spans(QCoreApplication.translate("Lessons", text), rich=True)


def say(text: str, *values) -> str:
    """``translate(text)`` with its ``%1``, ``%2``… filled in by ``values`` (a readout's)."""
    return fill(translate(text), *values)
