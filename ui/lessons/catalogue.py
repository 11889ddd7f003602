"""Every lesson, by its number in the Lessons menu."""

from __future__ import annotations

from . import lesson1, lesson2, lesson3, lesson4, lesson5, lesson6, lesson7, lesson8

MODULES = (lesson1, lesson2, lesson3, lesson4, lesson5, lesson6, lesson7, lesson8)
LESSONS = {m.LESSON.number: m.LESSON for m in MODULES}
