"""Read-only arrays that several holders share instead of copying: copy on write.

A network's arrays can be shared by its undo snapshots and by the step records of a
pass once they are *frozen*: read-only, and never made writable again.  Whoever
wants to change a frozen array writes into a copy (``writable``), so every other
holder keeps exactly what it had.  ``Network.share`` freezes a network's arrays and
returns a second network over the same arrays; ``Network``'s own edits copy before
they write.
"""

from __future__ import annotations

import numpy as np


def freeze(array: np.ndarray) -> np.ndarray:
    """``array`` made read-only for good, so its holders may share it; returns it.

    A view of an array someone may still write (a trainer's packed buffer, an
    unpickled buffer) is copied first: frozen must mean that nothing changes it.
    """
    if not is_frozen(array):
        if array.base is not None:
            array = array.copy()
        array.flags.writeable = False
    return array


def is_frozen(array) -> bool:
    """Whether no one can change ``array``: it and every array it views are read-only.

    A read-only view of a writable array is not frozen: its base may still change.
    """
    while isinstance(array, np.ndarray):
        if array.flags.writeable:
            return False
        if array.base is None:
            return True
        array = array.base
    return False  # a view of some other buffer (bytes, mmap): cannot tell


def writable(array: np.ndarray) -> np.ndarray:
    """``array`` if it may be written, else a writable copy of it (copy on write)."""
    return array if array.flags.writeable else array.copy()


def shared_or_copied(values) -> np.ndarray:
    """A read-only float array of ``values`` that no one else can change.

    ``values`` itself when it is frozen (shared, not copied), else a read-only copy.
    """
    if isinstance(values, np.ndarray) and values.dtype == float and is_frozen(values):
        return values
    out = np.array(values, dtype=float)  # np.array always copies here
    out.flags.writeable = False
    return out
