"""A trainer's weights in one flat buffer, so that a step is a few NumPy calls.

:class:`PackedWeights` moves every trainable array of a network (each layer's
``W``, ``b`` and PReLU's α, in the order of ``Network.parameters()``) into one
array and makes the layers' attributes views of it, with the same values.  An
optimizer then updates, checks and, if need be, restores all of them at once.
An edit that replaces a layer's arrays undoes the packing; ``pack`` packs again.
"""

from __future__ import annotations

import operator

import numpy as np

from .kernels import bare

_copyto = bare(np.copyto)


class PackedWeights:
    """The packed weights of one trainer's network, and a copy to step back to.

    Attributes
    ----------
    flat : ndarray, shape (P,) or None
        The buffer the layers' arrays view, once packed.
    """

    def __init__(self):
        self.flat: np.ndarray | None = None
        self._views: list[np.ndarray] = []  # the arrays the layers held when packed
        self._saved: np.ndarray | None = None

    def pack(self, net, optimizer) -> np.ndarray:
        """Return ``flat``, packing ``net`` first unless its arrays are still the views.

        The optimizer starts afresh if the arrays' shapes changed (a layer resized,
        added or removed), as its state follows them.
        """
        params = net.parameters()
        views = self._views
        if len(params) != len(views) or not all(map(operator.is_, params, views)):
            if views and [p.shape for p in params] != [v.shape for v in views]:
                optimizer.reset()
            self.flat = _pack(net)
            self._views = net.parameters()
        return self.flat

    def keep(self) -> None:
        """Copy the weights aside (into the same buffer every step: no allocation)."""
        flat, saved = self.flat, self._saved
        if saved is None or saved.shape != flat.shape:
            saved = self._saved = np.empty_like(flat)
        _copyto(saved, flat)

    def restore(self) -> None:
        """Put back the weights of the last ``keep``."""
        _copyto(self.flat, self._saved)

    def __getstate__(self) -> dict:
        # A pickle copies the layers' arrays apart from the buffer they view: the
        # copy packs them again when it next steps (with no reset: same shapes).
        return {"flat": None, "_views": [], "_saved": None}


def _pack(net) -> np.ndarray:
    """Move every trainable array of ``net`` into one buffer and return it.

    Returns
    -------
    ndarray, shape (total number of parameters,)
    """
    flat = np.concatenate([p.ravel() for p in net.parameters()])
    start = 0
    for layer in net.layers:
        for name in _parameter_names(layer):
            old = getattr(layer, name)
            setattr(layer, name, flat[start : start + old.size].reshape(old.shape))
            start += old.size
    return flat


def _parameter_names(layer) -> tuple[str, ...]:
    """The attributes behind ``layer.parameters()``, in its order.

    PReLU's α lives in the 1-element array ``_alpha`` (the ``alpha`` property
    reads and writes it), so packing rebinds that array like ``W`` and ``b``.
    """
    return ("W", "b", "_alpha") if layer.activation == "prelu" else ("W", "b")
