"""How a network is copied: deeply, or sharing its arrays (copy on write).

Mixed into :class:`~simulator.network.Network`.  ``copy`` duplicates every array;
``share`` hands the very same arrays to a second network, both frozen from then
on (``simulator.frozen``), which is what undo steps and step records of a large
network can afford.  Either way the generator of fresh weights continues the same
stream, and its state can be read and put back (``random_state``) for undo.
"""

from __future__ import annotations

import copy


class Sharing:
    """The copies of a network (see the module docstring)."""

    def copy(self):
        """A deep copy, including the generator's state."""
        return self._with_layers([layer.copy() for layer in self.layers])

    def share(self):
        """A copy that shares this network's arrays instead of copying them (copy on write).

        Both networks' arrays are frozen from now on (read-only, see
        ``simulator.frozen``); each network's own edits (``set_weight``,
        ``resize_layer``, training through ``parameters()``...) copy an array before
        changing it, so neither ever sees the other's edits.  Costs O(layers): what
        undo snapshots and step records of a large network need.
        """
        return self._with_layers([layer.share() for layer in self.layers])

    def freeze(self) -> None:
        """Make every array read-only for good, so holders may share them (see ``share``)."""
        for layer in self.layers:
            layer.freeze()

    def random_state(self):
        """The state of the generator fresh weights come from (None if never used), to restore."""
        return None if self._generator is None else self._generator.bit_generator.state

    def set_random_state(self, state) -> None:
        """Put the generator back to a ``random_state()`` (None: as if never used)."""
        if state is None:
            self._generator = None
        else:
            self._rng.bit_generator.state = state

    def _with_layers(self, layers):
        net = type(self)(layers, seed=self._seed)
        if self._generator is not None:
            net._rng = copy.deepcopy(self._generator)  # continues the same stream
        return net
