"""View ▸ Notation: the book's letters (a, z = h(a), η) or the course's (z, a = g(z), α)."""

import re

import pytest
from PySide6.QtWidgets import QLabel
from window_helpers import action, make_window

from ui.canvas import legend
from ui.document.state import Selection
from ui.text import notation
from ui.window.texts import how_to_text


def test_letters_turn_only_letters_standing_alone():
    """A formula would keep a book letter, or a word like "tanh" would lose its letters."""
    notation.set_notation("course")
    assert notation.letters("z = h(a)") == "a = g(z)"
    assert notation.letters("a^{(1)}_{2} = tanh(0.3)") == "z^{(1)}_{2} = tanh(0.3)"
    assert notation.letters("A1 = np.dot(X, W1) + B1") == "Z1 = np.dot(X, W1) + B1"
    assert notation.letters("w ← w − η·∂E/∂w") == "w ← w − α·∂E/∂w"
    assert notation.letters("max(0, a)") == "max(0, z)"
    notation.set_notation("book")
    assert notation.letters("z = h(a)") == "z = h(a)"


def test_spans_turn_only_the_marked_formulas():
    """A sentence's article "a" would become "z", or the marks would show."""
    notation.set_notation("course")
    text = "Outputs ⟦a⟧ when ⟦a > 0⟧, else a zero"
    assert notation.spans(text) == "Outputs z when z > 0, else a zero"
    assert notation.spans("⟦a < 0⟧", rich=True) == "<nobr>z &lt; 0</nobr>"
    assert notation.spans("⟦∂E/∂a⟧", rich=True) == "<nobr>∂E/\u2060∂z</nobr>"  # whole


# What only one set of letters writes: seeing it in the other's would be a mix.
BOOK_ONLY = [
    r"(?<![A-Za-z])h'?\(",
    "η",
    r"a = b \+ Σ",
    r"δ = ∂E/∂a",
    r"a⁽\d⁾\S* = [−\d.]+×",
    r"\bA\d = np\.dot",
    r"^a \(weighted input\)$",
    r"e\^\(-a\)",
    r"^here a\xa0=",
    r"\|a\|",
]
COURSE_ONLY = [
    r"(?<![A-Za-z])g'?\(",
    r"α",
    r"z = b \+ Σ",
    r"δ = ∂E/∂z",
    r"z⁽\d⁾\S* = [−\d.]+×",
    r"\bZ\d = np\.dot",
    r"^z \(weighted input\)$",
    r"e\^\(-z\)",
    r"^here z\xa0=",
    r"\|z\|",
]


def seen_in_front(window, dock: str, plot) -> str:
    """A plot's left axis title as its tab shows it in front (behind another tab a dock
    takes the new letters when it is shown)."""
    window.docks[dock].raise_()
    text = plot().getAxis("left").labelText
    window.docks["dockActivation"].raise_()
    return text


def shown_texts(window) -> dict[str, str]:
    """Every place of the window that shows a letter, by name."""
    act = window.docks["dockActivation"].widget()
    grad = window.docks["dockGradients"].widget()
    comp = window.docks["dockComputation"].widget()
    inspector = window.docks["dockInspector"].widget()
    comp.matrix_box.setChecked(True)
    matrix = comp.text()
    comp.matrix_box.setChecked(False)
    texts = {
        "computation": comp.text(),
        "matrix form": matrix if window.document.cursor.current() is not None else "",
        "formula": act.formula.text(),
        "derivative": act.derivative.text(),
        "description": act.description.text(),
        "here": act.info.text() if act.info.isVisible() else "",
        "bottom axis": act.plot.getAxis("bottom").labelText,
        "left axis": act.plot.getAxis("left").labelText,
        "key": act.key.text(),
        "delta axis": seen_in_front(window, "dockGradients", lambda: grad.delta_plot),
        "legend": " | ".join(text for _kind, text in legend.entries()),
        "rate label": window.findChild(QLabel, "rateLabel").text(),
        "rate tip": window.findChild(QLabel, "rateLabel").parent().toolTip(),
        "update tip": action(window, "actionApplyUpdate").statusTip(),
        "help": how_to_text(),
        "computation dock": window.docks["dockComputation"].statusTip(),
        "gradient dock": window.docks["dockGradients"].statusTip(),
    }
    page = inspector.current_page()
    texts["inspector"] = " | ".join(
        label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)
    )
    return texts


def walk(window) -> list[dict[str, str]]:
    """The texts at every step of the book example's forward and backward pass."""
    doc = window.document
    doc.reset_pass()
    doc.select(Selection("neuron", 1, 0))
    seen = [shown_texts(window)]
    while doc.cursor.next_record() is not None:
        doc.step_forward()
        seen.append(shown_texts(window))
    return seen


@pytest.fixture
def window(qtbot):
    win = make_window(qtbot, (1280, 720))
    win.document.load_preset("book-3-layer")
    return win


def mixed(texts: dict[str, str], forbidden: list[str]) -> list[tuple[str, str]]:
    return [
        (place, pattern)
        for place, text in texts.items()
        for pattern in forbidden
        if re.search(pattern, text, re.MULTILINE)
    ]


def test_every_letter_follows_the_notation_through_a_whole_pass(window):
    """A panel would keep the book's a and z (or mix both sets) after the switch, so a
    student reading seeds 002 and 003 beside the app would be confused again."""
    book = walk(window)
    action(window, "actionNotationCourse").trigger()
    course = walk(window)
    for step_book, step_course in zip(book, course):
        assert mixed(step_book, COURSE_ONLY) == []
        assert mixed(step_course, BOOK_ONLY) == []
        for place, text in step_book.items():
            if any(re.search(p, text, re.MULTILINE) for p in BOOK_ONLY):
                assert step_course[place] != text, place  # every letter shown changed
    last = course[-1]
    assert "a = g(z)" in last["help"] and "α" in last["rate label"]
    assert "δ = ∂E/∂z" in last["legend"]
    assert "z⁽³⁾₂ = 1.0×" not in last["computation"]
    assert "δ⁽³⁾₁ = ∂E/∂a · g'(z)" in course[8]["computation"]  # the first backward step
    assert "g'(z) = a(1 − a)" in course[1]["derivative"]  # seed 002's sigmoid a' = a(1 − a)


def test_the_choice_is_remembered_and_switches_back(window, qtbot):
    """A teacher who chose the course's letters would find the book's at the next start."""
    action(window, "actionNotation").trigger()  # the submenu's own action switches
    assert notation.current_notation() == "course"
    assert action(window, "actionNotationCourse").isChecked()
    second = make_window(qtbot)
    assert action(second, "actionNotationCourse").isChecked()
    action(second, "actionNotation").trigger()
    assert notation.current_notation() == "book"
    assert "a = b + Σ w·x" in how_to_text()


def test_in_chinese_the_letters_switch_too(window):
    """The Chinese texts would keep the book's letters in the course's notation."""
    window.set_language("zh")
    action(window, "actionNotationCourse").trigger()
    last = walk(window)[-1]
    assert mixed(last, BOOK_ONLY) == []
    assert "加权输入" in last["bottom axis"] and last["bottom axis"].startswith("z")


def test_the_walk_sees_the_letters_in_every_place(window):
    """The walk would check nothing: a place that shows letters but never matches."""
    places = set()
    for texts in walk(window):
        places |= {place for place, _pattern in mixed(texts, BOOK_ONLY)}
    assert places == set(shown_texts(window))
