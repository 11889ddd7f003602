"""Moving through the pass: the Document's stepping, which edits nothing (no undo step).

The cursor (``sim.PassCursor``) holds the forward and backward records of the
example; these methods move it and tell the views (``stepChanged``).  Mixed into
:class:`~ui.document.document.Document`.
"""

from __future__ import annotations


class Stepping:
    """Forward and backward through the example's pass, one neuron (or layer) at a time."""

    # ---- stepping (not undoable: moving through a pass edits nothing) -------
    def step_forward(self) -> bool:
        """Compute the next neuron (forward, then backward once forward is done)."""
        return self._move(self.cursor.step)

    def step_back(self) -> bool:
        return self._move(self.cursor.step_back)

    def step_backward(self) -> bool:
        """Compute the next neuron of the backward pass (finishing forward first)."""
        if not self.cursor.backward:
            return False

        def move() -> bool:
            finishing = not self.cursor.forward_finished
            if finishing:
                self.cursor.finish_pass()
            return self.cursor.step() or finishing

        return self._move(move)

    def finish_layer(self) -> bool:
        return self._move(self.cursor.finish_layer)

    def finish_pass(self) -> bool:
        return self._move(self.cursor.finish_pass)

    def reset_pass(self) -> bool:
        return self._move(self.cursor.reset)

    def show_steps(self, forward_done: int, backward_done: int = 0) -> bool:
        """Put the pass back where it was (a lesson's Back): that many records computed."""
        c = self.cursor

        def move() -> bool:
            before = (c.forward_done, c.backward_done)
            c.forward_done = min(max(forward_done, 0), len(c.forward))
            c.backward_done = min(max(backward_done, 0), len(c.backward) * c.forward_finished)
            return before != (c.forward_done, c.backward_done)

        return self._move(move)

    def _move(self, move) -> bool:
        moved = move()
        if moved:
            self.stepChanged.emit()
        return moved
