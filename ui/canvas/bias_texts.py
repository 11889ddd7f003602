"""The bias written under a circle's value ("b=0.1014"): its texts, fonts and legibility.

A column writes its biases with one precision ("0.1014", "0.2010") in a font that
fits each circle, larger in presentation mode.  Below ``style.BIAS_MIN_PX`` on
screen (spiral's 48 small circles at 1280×720 would write them at 6 px) a text
cannot be read from a classroom's back row: it is not drawn, the value stays in
the Inspector and the computation panel, and it comes back as soon as the view
grows (a zoom, a larger window, presentation mode).  While too small, a run's new
biases are not even written out: the texts are made when next drawn or asked for.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from ui.text import numbers

from . import style
from .digit_shapes import shape_key


class BiasTexts:
    """The bias texts of one column of circles.

    Parameters
    ----------
    cell : float
        The circles' radius (scene units).
    emphasis : float
        1.5 in presentation mode: the texts grow a little with it.
    shown : bool
        Whether the column writes biases at all (layers' full circles, not pills).
    """

    def __init__(self, cell: float, emphasis: float, shown: bool):
        self.cell, self.shown = cell, shown
        self.px = round(0.36 * cell * (1.0 + 0.3 * (emphasis - 1.0)))  # scene units
        self.legible = True  # at the last paint
        self._biases = np.zeros(0)
        self._texts: list[str] | None = []  # None: not written for the biases shown
        self._fonts: list = []  # (font, metrics, width) per text, fitted
        self._fitted: dict = {}  # a text's shape -> its (font, metrics, width)
        self._sizes: dict = {}  # pixel size -> (font, metrics)
        self._font_key = None  # QFont.key of the px font (it writes the whole font out)

    def set_biases(self, biases: np.ndarray) -> bool:
        """Show ``biases`` (n,): whether what is drawn changed (the texts, if legible)."""
        self._biases = biases
        if not self.legible:
            self._texts = None  # written when next drawn or asked for
            return False
        texts = self._write()
        if texts == self._texts:
            return False
        self._set(texts)
        return True

    def texts(self) -> list[str]:
        """Each circle's bias text without its "b=" ([] when the column writes none)."""
        if self._texts is None:
            self._set(self._write())
        return self._texts

    def to_draw(self, scale: float) -> list[str]:
        """The texts to draw on a device that shows the scene ``scale`` times: none when
        they would be smaller than ``style.BIAS_MIN_PX`` there (painting asks, and so
        ``legible`` follows the screen)."""
        self.legible = self.px * scale >= style.BIAS_MIN_PX
        return self.texts() if self.legible else []

    def font(self, j: int) -> tuple[QFont, QFontMetricsF, float]:
        """Text ``j``'s font, its metrics and the text's width ("b=" and all)."""
        return self._fonts[j]

    def _write(self) -> list[str]:
        return numbers.aligned(self._biases) if self.shown else []

    def _set(self, texts: list[str]) -> None:
        self._texts = texts
        self._fonts = self._fit_fonts()

    def _fit_fonts(self) -> list[tuple[QFont, QFontMetricsF, float]]:
        """Each text's font: the column's size as long as it fits the circle; the texts
        of one size share one font (the painter sets it once).  A text is fitted once:
        a run changes only some of a column's texts each time."""
        fitted, fonts = self._fitted, []
        if len(fitted) > 4 * max(len(self._texts), 16):  # a run's old texts
            fitted.clear()
        font, metrics = self._font_of(self.px)
        if self._font_key is None:
            self._font_key = font.key()
        font_key = self._font_key
        for text in self._texts:
            key = shape_key(text, metrics, font_key)  # "0.1014" and "0.1022" fit alike
            fit = fitted.get(key)
            if fit is None:
                fit = self._fit_font("b=" + text)
                if fit[0] is not font and shape_key(text, fit[1], fit[0].key()) != key:
                    key = text  # shrunk into a font whose digits do not line up
                fitted[key] = fit
            fonts.append(fit)
        return fonts

    def _fit_font(self, text: str) -> tuple[QFont, QFontMetricsF, float]:
        font, metrics = self._font_of(self.px)
        wide = metrics.horizontalAdvance(text)
        room = 1.6 * self.cell  # the circle's width under the value
        if wide <= room:
            return font, metrics, wide
        font, metrics = self._font_of(max(round(font.pixelSize() * room / wide), 8))
        return font, metrics, metrics.horizontalAdvance(text)

    def _font_of(self, px: int) -> tuple[QFont, QFontMetricsF]:
        """The texts' font at ``px`` pixels and its metrics, made once."""
        made = self._sizes.get(px)
        if made is None:
            font = style.font(px)
            # written anew at every refresh of a run: a number needs no HarfBuzz shaping,
            # which took a third of the canvas's time for its texts (the same glyphs)
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
            made = self._sizes[px] = font, QFontMetricsF(font)
        return made
