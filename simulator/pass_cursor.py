"""Where a step-through of one sample stands (NumPy only, no Qt).

The cursor holds every neuron's forward record (layer by layer) and, once a
target is known, every backward record (output layer first), and how many of
each have been "computed" on screen.  Recomputing after an edit keeps the
counts, so the screen never shows stale numbers and never loses its place.
"""

from __future__ import annotations

import numpy as np


class PassCursor:
    """Progress through one forward pass and one backward pass.

    Attributes
    ----------
    forward : list of simulator.ForwardStep
        One per neuron, in computing order.
    backward : list of simulator.BackwardStep
        One per neuron, output layer first; empty without a target.
    forward_done, backward_done : int
        How many records of each are shown as computed.
    """

    def __init__(self):
        self.forward: list = []
        self.backward: list = []
        self.forward_done = 0
        self.backward_done = 0
        self._sizes: list[int] = []

    # ---- recomputing --------------------------------------------------------
    def recompute(self, net, x, t=None, loss: str = "mse") -> None:
        """Recompute every record for ``net`` on ``x`` (and ``t``); keep the place."""
        self._sizes = [layer.n_out for layer in net.layers]
        self.forward = list(net.forward_steps(np.asarray(x, dtype=float)))
        self.backward = [] if t is None else list(net.backward_steps(x, t, loss))
        self.forward_done = min(self.forward_done, len(self.forward))
        self.backward_done = min(self.backward_done, len(self.backward))
        if self.forward_done < len(self.forward):
            self.backward_done = 0

    # ---- where we are -------------------------------------------------------
    @property
    def phase(self) -> str:
        """``"backward"`` once a backward step is shown, else ``"forward"``."""
        return "backward" if self.backward_done else "forward"

    @property
    def forward_finished(self) -> bool:
        return self.forward_done == len(self.forward)

    @property
    def backward_finished(self) -> bool:
        return bool(self.backward) and self.backward_done == len(self.backward)

    def current(self):
        """The record computed last (a ForwardStep or BackwardStep), or None."""
        if self.backward_done:
            return self.backward[self.backward_done - 1]
        if self.forward_done:
            return self.forward[self.forward_done - 1]
        return None

    def next_record(self):
        """The record the next step will compute, or None at the end."""
        if self.forward_done < len(self.forward):
            return self.forward[self.forward_done]
        if self.backward_done < len(self.backward):
            return self.backward[self.backward_done]
        return None

    def output(self, layer: int, neuron: int):
        """z of a neuron of ``net.layers[layer]`` if computed yet, else None."""
        index = self._forward_index(layer, neuron)
        return self.forward[index].z if index < self.forward_done else None

    def step_record(self, layer: int, neuron: int):
        """The forward record of a neuron if computed yet, else None."""
        index = self._forward_index(layer, neuron)
        return self.forward[index] if index < self.forward_done else None

    def backward_record(self, layer: int, neuron: int):
        """The backward record of a neuron if computed yet, else None."""
        if not self.backward:
            return None
        index = self._backward_index(layer, neuron)
        return self.backward[index] if index < self.backward_done else None

    def outputs(self, layer: int) -> np.ndarray:
        """z of every neuron of a layer, NaN where not computed; shape (n_out,)."""
        return np.array([self._or_nan(self.output(layer, j)) for j in range(self._sizes[layer])])

    def deltas(self, layer: int) -> np.ndarray:
        """δ of every neuron of a layer, NaN where not computed yet; shape (n_out,)."""
        n = self._sizes[layer]
        values = np.full(n, np.nan)
        if not self.backward_done:
            return values
        # the backward records run output layer first: this layer's are one slice
        start = sum(self._sizes[layer + 1 :])
        shown = self.backward[start : min(start + n, self.backward_done)]
        values[: len(shown)] = [record.delta for record in shown]
        return values

    # ---- moving -------------------------------------------------------------
    def step(self) -> bool:
        """Compute the next neuron, forward first then backward; False at the end."""
        if self.forward_done < len(self.forward):
            self.forward_done += 1
            return True
        if self.backward_done < len(self.backward):
            self.backward_done += 1
            return True
        return False

    def step_back(self) -> bool:
        """Undo the last step; False at the start."""
        if self.backward_done:
            self.backward_done -= 1
            return True
        if self.forward_done:
            self.forward_done -= 1
            return True
        return False

    def finish_layer(self) -> bool:
        """Step until the layer being computed is complete."""
        nxt = self.next_record()
        if nxt is None:
            return False

        def same(rec):
            return rec is not None and type(rec) is type(nxt) and rec.layer == nxt.layer

        while same(self.next_record()):
            self.step()
        return True

    def finish_pass(self) -> bool:
        """Complete the pass in progress (forward, or backward once it started)."""
        if self.forward_done < len(self.forward):
            self.forward_done = len(self.forward)
            return True
        if self.backward_done < len(self.backward):
            self.backward_done = len(self.backward)
            return True
        return False

    def restart_backward(self) -> None:
        """Show no backward step, keeping the forward pass (after the weights changed)."""
        self.backward_done = 0

    def reset(self) -> bool:
        """Back to nothing computed; False if already there."""
        moved = bool(self.forward_done or self.backward_done)
        self.forward_done = self.backward_done = 0
        return moved

    # ---- helpers ------------------------------------------------------------
    def _forward_index(self, layer: int, neuron: int) -> int:
        return sum(self._sizes[:layer]) + neuron

    def _backward_index(self, layer: int, neuron: int) -> int:
        return sum(self._sizes[layer + 1 :]) + neuron

    @staticmethod
    def _or_nan(value):
        return np.nan if value is None else value
