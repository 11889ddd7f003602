"""What the network's inputs and outputs stand for: feature names, class names, an image.

The data a network trains on say what its units mean: an input may be the
feature x1² or sin x1 of a 2-D point, a pixel of a digit, a column of a CSV file;
an output of a classifier is a class ("7", "cat").  The training model gives the
Document these names (``Document.set_names``) whenever the data or the network's
sizes change, fitted to the network, and every view writes them where it would
write x₁ or y₁.  The names are plain text as the data hold them (the simulator's
English "pixel 3,4", a file's own headers); ``ui.text.unit_names`` writes them in
the language and the letters shown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitNames:
    """Names of a network's inputs and outputs; empty where the units are just numbered.

    Attributes
    ----------
    inputs : tuple of str
        One per input (``"x1^2"`` keys of ``sim.FEATURES`` are written as features),
        or empty.
    outputs : tuple of str
        One per output neuron (class names), or empty.
    image : (int, int) or None
        (rows, columns) when the inputs are the pixels of a picture, row by row.
    """

    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    image: tuple[int, int] | None = None

    def input(self, i: int) -> str | None:
        """The name of input ``i`` (0-based), or None when it has none."""
        return self.inputs[i] if 0 <= i < len(self.inputs) else None

    def output(self, j: int) -> str | None:
        """The name of output ``j`` (0-based), or None when it has none."""
        return self.outputs[j] if 0 <= j < len(self.outputs) else None

    def fitted(self, n_in: int, n_out: int) -> UnitNames:
        """These names where they fit a network of ``n_in`` inputs and ``n_out`` outputs."""
        image = self.image if self.image and self.image[0] * self.image[1] == n_in else None
        return UnitNames(
            self.inputs if len(self.inputs) == n_in else (),
            self.outputs if len(self.outputs) == n_out else (),
            image,
        )


NO_NAMES = UnitNames()
