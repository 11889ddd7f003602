"""Edit ▸ Preferences…: the undo history's memory budget, applied and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from window_helpers import action, make_window

from ui.document.history import DEFAULT_BUDGET_MB, MB
from ui.window.preferences import PreferencesDialog


def answer_with(monkeypatch, mb: int | None, seen: list):
    """Make the dialog's exec() set ``mb`` and press OK (or Cancel for None)."""

    def run(dialog):
        seen.append((dialog.windowTitle(), dialog.budget_box.value()))
        if mb is None:
            return QDialog.DialogCode.Rejected
        dialog.budget_box.setValue(mb)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", run)


def test_preferences_set_the_undo_budget_and_it_is_remembered(qtbot, monkeypatch):
    """A budget chosen in the preferences would not apply, or be forgotten at the next start."""
    window = make_window(qtbot)
    preferences = action(window, "actionPreferences")
    assert preferences in window.menus["edit"].actions()
    assert preferences.shortcut() == QKeySequence("Ctrl+,")
    assert window.document.history_budget == DEFAULT_BUDGET_MB * MB
    seen = []
    answer_with(monkeypatch, 50, seen)
    preferences.trigger()
    assert seen == [("Preferences", DEFAULT_BUDGET_MB)]
    assert window.document.history_budget == 50 * MB
    assert make_window(qtbot).document.history_budget == 50 * MB


def test_cancel_changes_nothing(qtbot, monkeypatch):
    """Cancelling the preferences would still change the budget."""
    window = make_window(qtbot)
    answer_with(monkeypatch, None, [])
    action(window, "actionPreferences").trigger()
    assert window.document.history_budget == DEFAULT_BUDGET_MB * MB
    assert make_window(qtbot).document.history_budget == DEFAULT_BUDGET_MB * MB


@pytest.mark.parametrize("stored", ["lots", "-5", "999999"])
def test_a_bad_remembered_budget_falls_back_to_what_the_box_allows(qtbot, stored):
    """A hand-edited settings file would leave undo without memory, or start with an error."""
    from ui.files import settings

    settings.open_settings().setValue("undo/budgetMB", stored)
    budget = make_window(qtbot).document.history_budget / MB
    assert 10 <= budget <= 8192


def test_the_dialog_reads_in_chinese(qtbot, monkeypatch):
    """A Chinese class would see the preferences in English."""
    window = make_window(qtbot)
    window.set_language("zh")
    seen = []
    answer_with(monkeypatch, None, seen)
    action(window, "actionPreferences").trigger()
    assert seen[0][0] == "首选项" and "首选项" in action(window, "actionPreferences").text()
