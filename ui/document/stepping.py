"""Moving through the pass: the Document's stepping (not undoable: it edits nothing).

Mixed into :class:`~ui.document.document.Document`: each method moves
``cursor`` and emits ``stepChanged`` when it moved.
"""

from __future__ import annotations

from .settling import settle_windows


class Stepping:
    """The Document's step-through methods (see the module docstring)."""

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

    # ---- helpers ------------------------------------------------------------
    def _move(self, move) -> bool:
        moved = move()
        if moved:
            self.stepChanged.emit()  # one signal: no change of several (no ``settled``)
            # The window then paints once, after the canvas and the plots have all taken
            # the step (left to the event loop, each scene painted the window: the
            # activation plot twice on most Finish pass and Reset).
            settle_windows()
        return moved
