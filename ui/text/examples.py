"""The examples' titles and notes as the UI shows them, translated through Qt's .ts only.

``simulator.PRESET_TITLES`` keeps the English for notebooks; these tables hold the
same English as lupdate must see it (literally, hence QT_TRANSLATE_NOOP), and a
test keeps the two equal.  The Document stores an example's English title; the
views call ``example_title`` when they draw it, so a language switch needs no
change to the model.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .notation import spans

_TITLES = {
    "book-3-layer": QT_TRANSLATE_NOOP("Example", "The book's 3-layer network"),
    "nonlinearity-2-2-1": QT_TRANSLATE_NOOP("Example", "Why activations must be nonlinear"),
    "xor": QT_TRANSLATE_NOOP("Example", "XOR with one hidden layer"),
    "perceptron-and": QT_TRANSLATE_NOOP("Example", "Perceptron: AND gate"),
    "perceptron-or": QT_TRANSLATE_NOOP("Example", "Perceptron: OR gate"),
    "perceptron-nand": QT_TRANSLATE_NOOP("Example", "Perceptron: NAND gate"),
    "softmax-classifier": QT_TRANSLATE_NOOP("Example", "Softmax classifier (3 classes)"),
    "digits": QT_TRANSLATE_NOOP("Example", "Handwritten digits (8×8)"),
}

_NOTES = {
    "book-3-layer": QT_TRANSLATE_NOOP(
        "Example",
        "The worked example of the seeds: 2 inputs, 3 and 2 sigmoid neurons, 2 identity "
        "outputs. Its output for [1.0, 0.5] is [0.3168, 0.6963].",
    ),
    "nonlinearity-2-2-1": QT_TRANSLATE_NOOP(
        "Example",
        "Two inputs, two hidden neurons, one output, all with the identity: the whole "
        "network equals a single linear neuron, OUT = −0.5·x1 − 2·x2 + 2.",
    ),
    "xor": QT_TRANSLATE_NOOP(
        "Example",
        "A single perceptron cannot compute XOR; two hidden sigmoid neurons (OR and NAND) "
        "and an output computing their AND can. Inputs: -0.5 means 0, 0.5 means 1.",
    ),
    "perceptron-and": QT_TRANSLATE_NOOP(
        "Example",
        "One step neuron with w = (0.5, 0.5) and b = -0.7: it outputs 1 exactly "
        "when 0.5·x1 + 0.5·x2 - 0.7 > 0.",
    ),
    "perceptron-or": QT_TRANSLATE_NOOP(
        "Example",
        "One step neuron with w = (0.5, 0.5) and b = -0.2: it outputs 1 exactly "
        "when 0.5·x1 + 0.5·x2 - 0.2 > 0.",
    ),
    "perceptron-nand": QT_TRANSLATE_NOOP(
        "Example",
        "One step neuron with w = (-0.5, -0.5) and b = 0.7: it outputs 1 exactly "
        "when -0.5·x1 - 0.5·x2 + 0.7 > 0.",
    ),
    "softmax-classifier": QT_TRANSLATE_NOOP(
        "Example",
        "2 inputs, 4 ReLU neurons, 3 softmax outputs that sum to 1: the probability of "
        "each of three clusters. Trained weights, rounded to one decimal.",
    ),
    "digits": QT_TRANSLATE_NOOP(
        "Example",
        "64 pixel inputs, 32 ReLU neurons, 10 softmax outputs, one per digit. "
        "The weights start random: train it on the 1,797 digits.",
    ),
}


def preset_title(name: str) -> str:
    """The title of preset ``name`` in the current language (the Examples menu's entry)."""
    return QCoreApplication.translate("Example", _TITLES[name])


def preset_texts(name: str) -> tuple[str, str]:
    """Preset ``name``'s title and note in English, as ``Document.set_heading`` takes them."""
    return _TITLES[name], _NOTES[name]


def preset_note(name: str) -> str:
    """What preset ``name`` shows, one or two sentences in the current language."""
    return QCoreApplication.translate("Example", _NOTES[name])


def example_title(title: str) -> str:
    """A document's title as shown: an example's English title translated, any other as is.

    A file saved from an example keeps the example's English title, so it reads in
    the current language too; a title a user wrote stays as written.
    """
    if title in _TITLES.values():
        return QCoreApplication.translate("Example", title)
    return lesson_text(title)


def lesson_text(text: str) -> str:
    """A title or note a lesson gave the document (``Document.set_heading``), as shown:
    translated if it is an example's or a lesson's text, its formulas in the letters
    chosen; any other text as written."""
    shown = QCoreApplication.translate("Example", text)
    if shown == text:
        shown = QCoreApplication.translate("Lessons", text)
    return spans(shown)


def document_name(path: str | None, title: str) -> str:
    """What the window and its prompts call a document: its file name, its title, or "Untitled"."""
    if path:
        return Path(path).name
    return example_title(title) or QCoreApplication.translate("Example", "Untitled")
