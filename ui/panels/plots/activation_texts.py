"""The activation panel's words and formulas, in the language and letters chosen.

Everything is written in the book's letters (a weighted input, z = h(a)) and shown
in those of View ▸ Notation; the translation context stays "ActivationPanel".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text.i18n import fill
from ui.text.notation import letters, spans
from ui.text.numbers import fmt

NBSP = "\u00a0"  # "a = 0.5" never breaks inside
WIDE = 10.0  # seeds 002 and 003 plot −10..10 (torch.linspace(-10, 10, 60))
NARROW = 5.0  # seed 001 plots −5..5 (np.arange(-5.0, 5.0, 0.1))


def axis_labels() -> tuple[str, str]:
    """(bottom, left): "a (weighted input)" and "z = h(a)"."""
    bottom = QCoreApplication.translate("ActivationPanel", "⟦a⟧ (weighted input)")
    return spans(bottom), letters("z = h(a)")


def saturation_tip() -> str:
    tip = QCoreApplication.translate(
        "ActivationPanel",
        "Grey bands: saturated, ⟦|h'(a)|⟧ < 5% of its largest value "
        "(the slope backprop multiplies by is nearly zero)",
    )
    return spans(tip)


def range_tip() -> str:
    tip = QCoreApplication.translate(
        "ActivationPanel",
        "Plot ⟦a⟧ from −10 to 10, as seeds 002 and 003 do (else −5..5, as seed 001 does)",
    )
    return spans(tip)


def curve_names(softmax: bool) -> tuple[str, str]:
    """The key's names of the curve and of its slope."""
    slope = QCoreApplication.translate("ActivationPanel", "⟦h'(a)⟧, the slope")
    if not softmax:
        return letters("h(a)"), spans(slope)
    # A softmax neuron's curve is its share as its own a varies, the others' a fixed.
    return QCoreApplication.translate("ActivationPanel", "this neuron's share"), spans(slope)


def here(rec) -> str:
    """ "here a = 1.1, z = 0.75026011", never broken inside a pair."""
    text = QCoreApplication.translate("ActivationPanel", "here ⟦a⟧ = %1, ⟦z⟧ = %2")
    text = fill(spans(text), fmt(rec.a), fmt(rec.z))
    return text.replace(" = ", NBSP + "=" + NBSP)
