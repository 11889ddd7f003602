"""Every lesson, by its number in the Lessons menu."""

from __future__ import annotations

from . import lesson1, lesson2, lesson4, lesson5

LESSONS = {m.LESSON.number: m.LESSON for m in (lesson1, lesson2, lesson4, lesson5)}
