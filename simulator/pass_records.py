"""The records of one pass as a read-only sequence, each made the first time it is asked for.

A 1024-2048-2048-10 pass has 5,130 neurons each way; a student looks at a few of
them at a time.  ``PassRecords`` holds each layer's numbers once
(``stepper.ForwardLayer`` or ``BackwardLayer``, in computing order) and makes a
record from them on demand; the layer keeps it, so asking twice gives the same object.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


class PassRecords(Sequence):
    """Every neuron's record of a pass, in computing order, made when first indexed.

    Parameters
    ----------
    layers : list of stepper.ForwardLayer or stepper.BackwardLayer
        In computing order (forward: first layer first; backward: output first).
    """

    def __init__(self, layers=()):
        self.layers = list(layers)
        self._starts, total = [], 0
        for layer in self.layers:
            self._starts.append(total)
            total += layer.size
        self._len = total
        self._position = {numbers.index: k for k, numbers in enumerate(self.layers)}

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(f"record {index} of a pass of {self._len}")
        k = bisect.bisect_right(self._starts, index) - 1
        return self.layers[k].record(index - self._starts[k])

    def __iter__(self):
        for layer in self.layers:
            for j in range(layer.size):
                yield layer.record(j)

    def of_layer(self, layer: int) -> list:
        """The records of ``network.layers[layer]``, in neuron order ([] if none)."""
        if layer not in self._position:
            return []
        numbers = self.numbers(layer)
        return [numbers.record(j) for j in range(numbers.size)]

    def start_of(self, layer: int) -> int:
        """Where the records of ``network.layers[layer]`` begin in the sequence."""
        return self._starts[self._position[layer]]

    def numbers(self, layer: int):
        """The ForwardLayer or BackwardLayer of ``network.layers[layer]``: its vectors."""
        return self.layers[self._position[layer]]

    def __repr__(self) -> str:
        return f"PassRecords({self._len} records in {len(self.layers)} layers)"
