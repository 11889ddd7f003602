"""Undoable edits of the Document (Qt's Undo Framework).

Two shapes of command cover every edit:

- ``ValueCommand`` changes one number (a weight, a bias, an input value, a
  target value, PReLU's or Leaky ReLU's slope); successive changes of the same number merge,
  so a slider drag undoes in one step.
- ``SnapshotCommand`` swaps whole document states (network, input, target,
  ...); used for structural edits, replacing the network and applying an
  update.  A step holds only what its edit changed (``patch.StatePatch``:
  frozen arrays, copy on write), so undo restores every bit while a step of a
  large network costs the layers its edit replaced.

Two more keep the training parts saved with the file (``training_parts``):
``SettingCommand`` changes one training or data-set setting (merging like
``ValueCommand``), ``TrainingDataCommand`` swaps the data-set settings and the
user's own points together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from .patch import StatePatch
from .state import DocState

_VALUE_COMMAND_ID = 4201
_SETTING_COMMAND_ID = 4202
_INPUT_COMMAND_ID = 4203

# Undo texts in English; lupdate reads them here, commands translate them when shown.
LABELS = {
    "change_learning_rate": QT_TRANSLATE_NOOP("Document", "Change learning rate"),
    "replace_network": QT_TRANSLATE_NOOP("Document", "Replace network"),
    "add_layer": QT_TRANSLATE_NOOP("Document", "Add layer"),
    "remove_layer": QT_TRANSLATE_NOOP("Document", "Remove layer"),
    "resize_layer": QT_TRANSLATE_NOOP("Document", "Resize layer"),
    "change_activation": QT_TRANSLATE_NOOP("Document", "Change activation"),
    "change_input_size": QT_TRANSLATE_NOOP("Document", "Change input size"),
    "change_weight": QT_TRANSLATE_NOOP("Document", "Change weight"),
    "change_bias": QT_TRANSLATE_NOOP("Document", "Change bias"),
    "change_prelu_slope": QT_TRANSLATE_NOOP("Document", "Change PReLU slope"),
    "change_leaky_slope": QT_TRANSLATE_NOOP("Document", "Change Leaky ReLU slope"),
    "change_input": QT_TRANSLATE_NOOP("Document", "Change input"),
    "draw_input": QT_TRANSLATE_NOOP("Document", "Draw on the pad"),
    "clear_input": QT_TRANSLATE_NOOP("Document", "Clear the pad"),
    "change_target": QT_TRANSLATE_NOOP("Document", "Change target"),
    "add_target": QT_TRANSLATE_NOOP("Document", "Add target"),
    "add_example": QT_TRANSLATE_NOOP("Document", "Add example"),
    "remove_example": QT_TRANSLATE_NOOP("Document", "Remove example"),
    "apply_update": QT_TRANSLATE_NOOP("Document", "Apply update"),
    "change_loss": QT_TRANSLATE_NOOP("Document", "Change loss"),
    "change_heading": QT_TRANSLATE_NOOP("Document", "Change title"),
}


class LabelledCommand(QUndoCommand):
    """An undo step whose Edit-menu text follows the language shown.

    ``label`` is the English source text (marked for lupdate with
    QT_TRANSLATE_NOOP in context "Document"); ``retranslate()`` sets the text
    again after the language changed.
    """

    # True while the history rebuilds the stack (``history.trim``): steps pushed
    # again then must neither touch the document nor merge.
    replaying = False

    def __init__(self, label: str):
        super().__init__()
        self.label = label
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Document", self.label))


class SnapshotCommand(LabelledCommand):
    """Replace the document's state; undo puts the old one back.

    Holds only what the edit changed (``StatePatch``), applied to the state the
    document shows when redone or undone.
    """

    def __init__(self, document, before: DocState, after: DocState, label: str):
        super().__init__(label)
        self._document = document
        self._patch = StatePatch.between(before, after)

    def redo(self) -> None:
        if not self.replaying:
            self._document._restore(self._patch.forward(self._document._state))

    def undo(self) -> None:
        if not self.replaying:
            self._document._restore(self._patch.backward(self._document._state))

    def held_arrays(self) -> list:
        """The arrays this step keeps alive (for the history's memory budget)."""
        return self._patch.held_arrays()


class ValueCommand(LabelledCommand):
    """Set one number; consecutive sets of the same number merge into one step.

    Parameters
    ----------
    document : Document
    key : tuple
        Which number: ``("weight", layer, i, j)``, ``("bias", layer, j)``,
        ``("input", i, row)``, ``("target", j, row)`` (``row`` of the table of
        examples), ``("alpha", layer)`` or ``("leaky_slope", layer)``.
    old, new : float
    label : str
        What the Edit menu shows, in English (translated when shown).
    merge : bool
        Whether a following change of the same key may merge into this one.
    """

    def __init__(
        self, document, key: tuple, old: float, new: float, label: str, merge: bool = True
    ):
        super().__init__(label)
        self._document = document
        self.key = key
        self._old = old
        self._new = new
        self._merge = merge

    def id(self) -> int:
        return _VALUE_COMMAND_ID if self._merge else -1

    def mergeWith(self, other) -> bool:
        if self.replaying or not isinstance(other, ValueCommand):
            return False
        if other.key != self.key or not other._merge:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if not self.replaying:
            self._document._set_value(self.key, self._new)

    def undo(self) -> None:
        if not self.replaying:
            self._document._set_value(self.key, self._old)


class SettingCommand(LabelledCommand):
    """Set one training (``section="training"``) or data-set setting; None removes it.

    Successive changes of the same setting merge, so typing in a spin box is one step.
    """

    def __init__(self, document, section: str, key: str, old, new, label: str):
        super().__init__(label)
        self._document = document
        self.key = (section, key)
        self._old, self._new = old, new

    def id(self) -> int:
        return _SETTING_COMMAND_ID

    def mergeWith(self, other) -> bool:
        if self.replaying or not isinstance(other, SettingCommand) or other.key != self.key:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if not self.replaying:
            self._document._put_setting(*self.key, self._new)

    def undo(self) -> None:
        if not self.replaying:
            self._document._put_setting(*self.key, self._old)


class TrainingDataCommand(LabelledCommand):
    """Swap the data-set settings and the own points: ``before``/``after`` are (dict, Dataset)."""

    def __init__(self, document, before: tuple, after: tuple, label: str):
        super().__init__(label)
        self._document = document
        self._before, self._after = before, after

    def redo(self) -> None:
        if not self.replaying:
            self._document._put_training_data(*self._after)

    def undo(self) -> None:
        if not self.replaying:
            self._document._put_training_data(*self._before)


class InputCommand(LabelledCommand):
    """Set a row's whole input (a stroke on the digits pad); one stroke's calls merge.

    ``stroke`` names the drag (any number, the same for all its moves); None never merges.
    """

    def __init__(self, document, row: int, old, new, label: str, stroke=None):
        super().__init__(label)
        self._document = document
        self._row, self._old, self._new, self.stroke = row, old.copy(), new.copy(), stroke

    def id(self) -> int:
        return _INPUT_COMMAND_ID if self.stroke is not None else -1

    def mergeWith(self, other) -> bool:
        if self.replaying or not isinstance(other, InputCommand):
            return False
        if (other.stroke, other._row) != (self.stroke, self._row):
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if not self.replaying:
            self._document._put_input(self._row, self._new)

    def undo(self) -> None:
        if not self.replaying:
            self._document._put_input(self._row, self._old)

    def held_arrays(self) -> list:
        """The arrays this step keeps alive (for the history's memory budget)."""
        return [self._old, self._new]
