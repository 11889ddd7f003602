"""Guided lessons: a teacher runs each from the Lessons menu, Next by Next, and Back again."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from window_helpers import action, make_window, same_network

import simulator as sim
from ui.lessons.catalogue import LESSONS
from ui.text import notation

CJK = "\u4e00-\u9fff"


@pytest.fixture
def window(qtbot):
    return make_window(qtbot, (1280, 720))


def button(window, name) -> QPushButton:
    return window.findChild(QPushButton, name)


def state(window) -> tuple:
    """What Back must give back: the network, the table, the pass, the views' choices."""
    doc = window.document
    act = window.docks["dockActivation"].widget()
    comp = window.docks["dockComputation"].widget()
    grads = window.docks["dockGradients"].widget()
    targets = doc.example_targets
    return (
        doc.network.copy(),
        doc.example_inputs.copy(),
        None if targets is None else targets.copy(),
        doc.example_row,
        doc.cursor.forward_done,
        doc.cursor.backward_done,
        doc.selection,
        act.compared(),
        act.wide_range,
        comp.matrix_box.isChecked(),
        doc.learning_rate,
        grads.shown_chart(),
        grads.log_scale(),
        doc.title,
        doc.note,
        window.training.epoch,
        window.training.choice,
        window.training.stop_epochs,
        doc.gradient_history,
        window.docks["dockFeatures"].widget().tiles.mode,
    )


def same_state(a, b) -> bool:
    return same_network(a[0], b[0]) and all(
        np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y for x, y in zip(a[1:], b[1:])
    )


def trained(window, qtbot) -> None:
    """Wait for a step's training run to end (it stops itself after its few epochs)."""
    qtbot.waitUntil(lambda: not window.training.is_running, timeout=20000)


def run_through(window, qtbot, number) -> list:
    """Start lesson ``number`` from its menu, click Next to the end; the states seen."""
    action(window, f"actionLesson{number}").trigger()
    trained(window, qtbot)
    panel = window.findChild(type(window.lessons.panel), "lessonPanel")
    assert panel.isVisible() and window.lessons.runner.step == 0
    seen = []
    while True:
        seen.append(state(window))
        assert panel.shown_text().strip()
        # At 1280×720 the step's whole text is in view: no teacher scrolls in front of a class.
        assert panel.text.verticalScrollBar().maximum() == 0, panel.shown_text()
        if not button(window, "lessonNext").isEnabled():
            break
        qtbot.mouseClick(button(window, "lessonNext"), Qt.MouseButton.LeftButton)
        trained(window, qtbot)
    assert len(seen) == len(LESSONS[number].steps)
    return seen


# Both languages and both notations for every lesson, in two runs instead of four.
@pytest.mark.parametrize(("language", "letters"), [("en", "book"), ("zh", "course")])
@pytest.mark.parametrize("number", sorted(LESSONS))
def test_every_lesson_runs_to_its_end_and_back(window, qtbot, number, language, letters):
    """A teacher in front of a class would hit an error, a step would show no text, or
    Back would not give back the step before as it was."""
    window.set_language(language)
    window.notation.set_notation(letters)
    seen = run_through(window, qtbot, number)
    text = window.lessons.panel.shown_text()
    if language == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
    for expected in reversed(seen[:-1]):
        qtbot.mouseClick(button(window, "lessonBack"), Qt.MouseButton.LeftButton)
        assert same_state(state(window), expected)
    assert not button(window, "lessonBack").isEnabled()


def test_back_keeps_what_the_student_did_during_the_step(window, qtbot):
    """A student's own edit in a step would be lost when the teacher goes back to it."""
    action(window, "actionLesson4").trigger()
    window.document.set_weight(0, 0, 0, 0.25)  # the student tries another weight
    mine = state(window)
    window.lessons.runner.next()
    window.lessons.runner.back()
    assert same_state(state(window), mine)


def test_back_replays_the_lesson_when_its_history_is_gone(window, qtbot):
    """After opening another example mid-lesson, Back would leave that example on screen."""
    runner = window.lessons.runner
    action(window, "actionLesson4").trigger()
    runner.next()
    first = state(window)
    runner.next()
    window.document.load_preset("xor")  # the undo history is replaced
    runner.back()
    assert same_state(state(window), first)


def outputs(window) -> np.ndarray:
    return window.document.example_outputs()


def test_lesson_1_gates_then_a_step_unit_that_cannot_learn(window, qtbot):
    """The gates' tables would be wrong, or Apply update would change a step network."""
    runner = window.lessons.runner
    action(window, "actionLesson1").trigger()
    assert outputs(window).ravel().tolist() == [0, 0, 0, 1]  # AND
    runner.next()
    assert outputs(window).ravel().tolist() == [0, 1, 1, 1]  # OR
    runner.next()
    assert outputs(window).ravel().tolist() == [1, 1, 1, 0]  # NAND
    runner.next()
    assert window.document.example_losses().tolist() == [0.5, 0, 0, 0]  # XOR: (0, 0) wrong
    runner.next()
    assert outputs(window).ravel().tolist() == [0, 1, 1, 0]  # the 2-2-1 network: XOR
    before = window.document.network.copy()
    runner.next()
    assert window.document.undo_stack.undoText() == "Apply update"
    assert same_network(window.document.network, before)  # δ = 0: nothing moved
    assert all(r.delta == 0 for r in window.document.cursor.backward)
    runner.next()
    assert outputs(window)[3, 0] > 0.6  # the sigmoid output rose from 0.45 towards 1


def test_lesson_2_compares_the_step_and_the_sigmoid(window, qtbot):
    """The two curves the seeds plot together would not both be drawn."""
    runner = window.lessons.runner
    act = window.docks["dockActivation"].widget()
    action(window, "actionLesson2").trigger()
    assert act.activation_name == "step" and act.compared() == ("sigmoid",)
    x, _y = act.curve.getData()
    assert (x[0], x[-1]) == (-5.0, 5.0)
    runner.next()
    assert outputs(window)[3, 0] == 0.0  # the step fell from 1 to 0
    runner.next()
    assert outputs(window)[3, 0] == pytest.approx(0.574, abs=1e-3)
    runner.next()
    assert outputs(window)[3, 0] == pytest.approx(0.475, abs=1e-3)  # a little, not a jump
    runner.next()
    assert act.wide_range and act.curve.getData()[0][0] == -10.0


def test_lesson_4_shows_seed_001s_arrays_layer_by_layer(window, qtbot):
    """The matrix form would not show the seed's A1, Z1, Z2 and its two outputs."""
    runner = window.lessons.runner
    comp = window.docks["dockComputation"].widget()
    action(window, "actionLesson4").trigger()
    assert comp.matrix_box.isChecked() and "A1 = np.dot(X, W1) + B1" in comp.text()
    runner.next()
    assert "Z1 = sigmoid(A1) = [0.57444252, 0.66818777, 0.75026011]" in comp.text()
    runner.next()
    assert "[0.62624937, 0.7710107]" in comp.text()
    runner.next()
    np.testing.assert_allclose(window.document.output(), [0.31682708, 0.69627909], atol=1e-8)
    runner.next()
    assert window.document.output().tolist() == [1.0, 1.0]  # seed 001 prints [1 1]
    assert "step(A3)" in comp.text() and "[1.0, 1.0]" in comp.text()


def test_lesson_4_in_the_courses_letters_writes_z1_for_the_weighted_input(window, qtbot):
    """In seed 003's letters the matrix form would still say A1 = np.dot(...)."""
    notation.set_notation("course")
    action(window, "actionLesson4").trigger()
    comp = window.docks["dockComputation"].widget()
    assert "Z1 = np.dot(X, W1) + B1" in comp.text()
    assert "Z1 = np.dot(X, W1) + B1" in window.lessons.panel.shown_text()


def test_lesson_5_softmax_overflows_naively_and_not_stably(window, qtbot):
    """Softmax of the seed's numbers would differ from seed 002, or nan would not show."""
    runner = window.lessons.runner
    comp = window.docks["dockComputation"].widget()
    action(window, "actionLesson5").trigger()
    runner.next()
    np.testing.assert_allclose(
        window.document.output(), [0.01821127, 0.24519181, 0.73659691], atol=1e-8
    )
    assert window.document.output().sum() == pytest.approx(1.0)
    runner.next()
    runner.next()
    assert "inf / inf = nan" in comp.text()
    assert np.isnan(sim.softmax_overflow_demo().naive).all()
    runner.next()
    np.testing.assert_allclose(
        window.document.output(), [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6
    )


def test_a_lesson_stays_in_presentation_mode_and_pages_with_the_remote(window, qtbot):
    """In front of a class the lesson panel would vanish at F5, or the remote's Page Down
    would not move on."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    action(window, "actionLesson4").trigger()
    window.presentation.action.setChecked(True)
    try:
        assert window.lessons.dock.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert window.lessons.runner.step == 1
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
        assert window.lessons.runner.step == 0
    finally:
        window.presentation.action.setChecked(False)


def test_all_eight_lessons_are_in_the_menu_and_can_be_started(window):
    """A lesson of the menu would be greyed out, or its entry would have no title."""
    assert sorted(LESSONS) == list(range(1, 9))
    for number in range(1, 9):
        lesson_action = action(window, f"actionLesson{number}")
        assert lesson_action.isEnabled()
        assert lesson_action.shortcut().toString() == f"Ctrl+{number}"
        assert lesson_action.text().startswith(f"&{number} ")


def test_a_lesson_starts_from_fresh_views_not_the_last_lessons(window, qtbot):
    """After lesson 2, lesson 3's activation plot would still overlay lesson 2's curve on
    lesson 2's range, curves the text never mentions."""
    act = window.docks["dockActivation"].widget()
    action(window, "actionLesson2").trigger()
    while window.lessons.runner.next():
        pass
    assert act.compared() and act.wide_range
    action(window, "actionLesson3").trigger()
    assert act.compared() == () and not act.wide_range
    for _ in range(3):
        window.lessons.runner.next()  # trains: the loss and the decision view come in front
    trained(window, qtbot)
    assert not in_front(window, "dockActivation")
    action(window, "actionLesson4").trigger()
    assert in_front(window, "dockActivation") and in_front(window, "dockInspector")


def in_front(window, dock: str) -> bool:
    """Whether a dock is on screen (not a tab behind another)."""
    return not window.docks[dock].visibleRegion().isEmpty()
