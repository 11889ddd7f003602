"""Where a step-through of one sample stands (NumPy only, no Qt).

The cursor holds the pass's forward records (layer by layer) and, once a target
is known, its backward records (output layer first), and how many of each have
been "computed" on screen.  Recomputing after an edit keeps the counts, so the
screen never shows stale numbers and never loses its place.

An edit costs what it changes: each layer's numbers are kept with what they were
computed from, and a recompute starts at the first layer whose weights, bias,
activation or inputs are not those it kept (compared by identity, which proves
equality for frozen arrays, see ``simulator.frozen``; anything else is computed
afresh).  Records are made on demand from each layer's numbers (``PassRecords``),
so the earlier layers' records stay the very same objects.
"""

from __future__ import annotations

import numpy as np

from .frozen import is_frozen, shared_or_copied
from .losses import output_loss
from .pass_records import PassRecords
from .stepper import backward_layers, batch_caches, forward_layers


class PassCursor:
    """Progress through one forward pass and one backward pass.

    Attributes
    ----------
    forward : PassRecords of simulator.ForwardStep
        One per neuron, in computing order (a read-only sequence: len, index, slice).
    backward : PassRecords of simulator.BackwardStep
        One per neuron, output layer first; empty without a target.
    forward_done, backward_done : int
        How many records of each are shown as computed.
    recomputed_from : int
        The first layer the last ``recompute`` computed afresh (layers before it
        kept their numbers and records); ``len(net.layers)`` when it kept all.
    backward_recomputed : bool
        Whether the last ``recompute`` computed the backward pass afresh.
    """

    def __init__(self):
        self.forward = PassRecords()
        self.backward = PassRecords()
        self.forward_done = 0
        self.backward_done = 0
        self.recomputed_from = 0
        self.backward_recomputed = False
        self._sizes: list[int] = []
        self._keys: list[tuple] = []  # per layer: what its numbers were computed from
        self._batch: list = []  # per layer: its LayerCache on the batch of one (backward)
        self._x = np.zeros(0)
        self._backward_key = None
        self._loss: float | None = None

    # ---- recomputing --------------------------------------------------------
    def recompute(self, net, x, t=None, loss: str = "mse") -> None:
        """Recompute the records for ``net`` on ``x`` (and ``t``); keep the place.

        Only the layers from the first changed one on are computed again (see
        ``recomputed_from``); the backward pass, which depends on every layer,
        whenever anything it uses changed.
        """
        x = np.asarray(x, dtype=float)
        keys = [_key(layer) for layer in net.layers]
        keep = self._kept(keys, x)
        changed = keep < len(keys) or keep < len(self._keys) or not self._keys
        if changed:
            self._recompute_forward(net, x, keep)
        self._keys, self._sizes = keys, [layer.n_out for layer in net.layers]
        self.recomputed_from = keep
        self._recompute_backward(net, t, loss, changed)
        self.forward_done = min(self.forward_done, len(self.forward))
        self.backward_done = min(self.backward_done, len(self.backward))
        if self.forward_done < len(self.forward):
            self.backward_done = 0

    def _kept(self, keys: list[tuple], x: np.ndarray) -> int:
        """How many leading layers have exactly the numbers computed last time."""
        if x.shape != self._x.shape or x.tobytes() != self._x.tobytes():
            return 0
        keep = 0
        for old, new in zip(self._keys, keys):
            if not _same(old, new):
                break
            keep += 1
        return keep

    def _recompute_forward(self, net, x: np.ndarray, keep: int) -> None:
        if keep == 0:
            self._x = shared_or_copied(net._check_input(x))
        first = self._batch[keep - 1].z if keep else self._x[None, :]
        self._batch = batch_caches(net.layers[keep:], first, self._batch[:keep])
        fresh = forward_layers(net.layers[keep:], self._batch[keep:], keep)
        self.forward = PassRecords(self.forward.layers[:keep] + fresh)

    def _recompute_backward(self, net, t, loss: str, changed: bool) -> None:
        if t is None:
            self.backward, self._backward_key, self._loss = PassRecords(), None, None
            self.backward_recomputed = False
            return
        T = net.as_batch(self._x, t)[1]
        key = (T.tobytes(), loss)
        self.backward_recomputed = changed or key != self._backward_key
        if self.backward_recomputed:
            self.backward = PassRecords(backward_layers(net, self._batch, T, loss))
            last = self._batch[-1]  # the numbers net.loss would compute again
            self._loss = output_loss(loss, net.layers[-1].activation, last.a, last.z, T)
            self._backward_key = key

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

    def forward_record(self, layer: int, neuron: int):
        """The forward record of a neuron, computed on screen yet or not."""
        return self.forward[self._forward_index(layer, neuron)]

    def network_output(self) -> np.ndarray:
        """y, the output layer's z for the example (read-only, shape (n_out,)): no new pass."""
        return self.forward.numbers(len(self._sizes) - 1).z

    def example_loss(self) -> float | None:
        """The example's loss E, as ``Network.loss`` computes it (None without a target)."""
        return self._loss

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
        values = np.full(self._sizes[layer], np.nan)
        shown = min(max(self.forward_done - self._forward_index(layer, 0), 0), values.size)
        values[:shown] = self.forward.numbers(layer).z[:shown]
        return values

    def deltas(self, layer: int) -> np.ndarray:
        """δ of every neuron of a layer, NaN where not computed yet; shape (n_out,)."""
        values = np.full(self._sizes[layer], np.nan)
        if not self.backward_done:
            return values
        shown = min(max(self.backward_done - self._backward_index(layer, 0), 0), values.size)
        values[:shown] = self.backward.numbers(layer).delta[:shown]
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


def _key(layer) -> tuple | None:
    """What a layer's numbers are computed from, or None if it may change unseen.

    Frozen arrays never change, so holding the same ones proves the same numbers.
    """
    if not (is_frozen(layer.W) and is_frozen(layer.b)):
        return None
    return (layer.W, layer.b, layer.activation, layer.alpha, layer.leaky_slope)


def _same(old: tuple | None, new: tuple | None) -> bool:
    if old is None or new is None:
        return False
    return old[0] is new[0] and old[1] is new[1] and old[2:] == new[2:]
