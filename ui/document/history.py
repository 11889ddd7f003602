"""The undo history's memory budget: what its steps hold, and dropping the oldest.

``QUndoStack`` limits its steps only by count (``setUndoLimit``, and only while
empty); a step of a 1024-2048-2048-10 network may hold 30 MB, a weight edit a few
hundred bytes.  So the history is measured in bytes: each step's arrays (a
snapshot's layers, input and target; arrays shared by several steps count once),
plus ``STEP_BYTES`` for its objects.  Past the budget the oldest steps go, and the
newest always stays, so the last edit can always be undone.

Qt cannot drop a stack's first steps, so ``trim`` rebuilds the stack: the steps
kept are cloned (sharing their payloads, copying nothing) and pushed again while
``LabelledCommand.replaying`` keeps them from touching the document; the saved
point and the current step stay where they were.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .commands import LabelledCommand

MB = 2**20
DEFAULT_BUDGET_MB = 200
MIN_BUDGET_MB = 10
MAX_BUDGET_MB = 8192
STEP_BYTES = 1024  # a step's Python and Qt objects, beyond its arrays (measured: ~700)


class UndoHistory:
    """Keeps ``stack`` within ``budget`` bytes (see the module docstring).

    Parameters
    ----------
    stack : QUndoStack
    budget : int
        Bytes the steps may hold.
    """

    def __init__(self, stack, budget: int = DEFAULT_BUDGET_MB * MB):
        self.stack = stack
        self._budget = int(budget)
        self._measured = (0, 0)  # (bytes, step count) when last measured exactly

    @property
    def budget(self) -> int:
        return self._budget

    @budget.setter
    def budget(self, value: int) -> None:
        self._budget = max(int(value), 0)
        self.trim(measure=True)

    def bytes(self) -> int:
        """What the steps hold now, in bytes (measured exactly)."""
        size = _suffix_bytes(self._commands())[0] if self.stack.count() else 0
        self._measured = (size, self.stack.count())
        return size

    def trim(self, measure: bool = False) -> int:
        """Drop the oldest steps while over budget; returns how many went.

        Call after every push.  Steps without arrays (value edits) are counted by
        estimate until that says the budget may be exceeded; a step with arrays,
        or ``measure``, measures exactly.
        """
        count = self.stack.count()
        if not count:
            self._measured = (0, 0)
            return 0
        size, seen = self._measured
        estimate = size + max(count - seen, 0) * STEP_BYTES
        newest = self.stack.command(count - 1)
        if not measure and estimate <= self._budget and not _arrays_of(newest):
            return 0
        commands = self._commands()
        sizes = _suffix_bytes(commands)
        # Only steps already done may go (never the redo side), and never the newest.
        limit = min(self.stack.index(), count - 1)
        drop = 0
        while drop < limit and sizes[drop] > self._budget:
            drop += 1
        if drop:
            _drop_oldest(self.stack, commands, drop)
        self._measured = (sizes[drop], self.stack.count())
        return drop

    def _commands(self) -> list[QUndoCommand]:
        return [self.stack.command(i) for i in range(self.stack.count())]


def _arrays_of(command) -> list:
    held = getattr(command, "held_arrays", None)
    return held() if held is not None else []


def _suffix_bytes(commands: list) -> list[int]:
    """``out[d]``: bytes of the steps ``d:``, arrays shared between steps counted once."""
    out, seen, total = [0] * (len(commands) + 1), set(), 0
    for d in range(len(commands) - 1, -1, -1):
        total += STEP_BYTES
        for array in _arrays_of(commands[d]):
            if id(array) not in seen:
                seen.add(id(array))
                total += array.nbytes
        out[d] = total
    return out


def _drop_oldest(stack, commands: list, drop: int) -> None:
    """Rebuild ``stack`` without its ``drop`` oldest steps, the rest exactly as they were."""
    index, clean = stack.index(), stack.cleanIndex()
    kept = [clone(command) for command in commands[drop:]]
    del commands[:]  # the originals die with clear(): hold none of them
    LabelledCommand.replaying = True
    stack.blockSignals(True)
    try:
        stack.clear()
        for position, command in enumerate(kept, start=drop):
            if position == clean:
                stack.setClean()
            stack.push(command)
        if clean == stack.count() + drop:
            stack.setClean()
        stack.setIndex(index - drop)
    finally:
        stack.blockSignals(False)
        LabelledCommand.replaying = False
    if clean < drop:  # the saved state was among the dropped: no undo reaches it now
        stack.resetClean()
    _announce(stack)


def clone(command: QUndoCommand) -> QUndoCommand:
    """A new step with the same class, state and text: the original's payload, shared."""
    twin = type(command).__new__(type(command))
    QUndoCommand.__init__(twin)
    twin.__dict__.update(command.__dict__)
    twin.setText(command.text())
    return twin


def _announce(stack) -> None:
    """Tell the Edit menu what the rebuilt stack offers (its signals were blocked)."""
    stack.indexChanged.emit(stack.index())
    stack.cleanChanged.emit(stack.isClean())
    stack.canUndoChanged.emit(stack.canUndo())
    stack.canRedoChanged.emit(stack.canRedo())
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


class BudgetedHistory:
    """The Document's side of the budget (mixed into it): its setting and its pushes."""

    _history: UndoHistory

    @property
    def history_budget(self) -> int:
        """Bytes the undo history may hold (default 200 MB); the oldest steps go past it.

        Setting it drops steps at once if the history is over the new budget.
        """
        return self._history.budget

    @history_budget.setter
    def history_budget(self, value: int) -> None:
        self._history.budget = value

    def history_bytes(self) -> int:
        """What the undo history holds now: its steps' arrays (shared ones once) and objects."""
        return self._history.bytes()

    def _push(self, command) -> None:
        """Do ``command`` as an undo step, then keep the history within its budget."""
        self.undo_stack.push(command)
        self._history.trim()
