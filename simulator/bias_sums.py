"""A trainer's ``db = Σ δ`` over the batch, for runs of hidden layers of one width.

``db`` is a sum over the rows of each layer's δ (N, n), one NumPy reduction a
layer, and a reduction is the dearest call of a small step (about three times an
elementwise one).  Hidden layers of one width n (spiral's six of 8) can hold
their δ as consecutive (N, n) pieces of one (L, N, n) block, and one reduction
over its rows then sums each column of each piece exactly as the reduction of
that piece alone (row after row), straight into the layers' ``db``: their
places in the flat gradient lie a fixed stride apart when the layers' sizes
repeat, which the runs found here require.

Only layers whose backward kernel writes δ into its ``Scratch.delta`` join (tanh
and sigmoid, grouped, and ReLU); the output layer never does (a loss may give its
δ in an array of its own); nor a layer of one neuron, whose (N, 1) sum NumPy
takes pairwise rather than row after row.
"""

from __future__ import annotations

import numpy as np

from .kernels import backward_kernel

_RELU_BACKWARD = backward_kernel("relu", False)


def _joins(plan) -> bool:
    """Whether a layer's δ is written into its Scratch's delta, in rows of ≥ 2."""
    return (plan.grouped or plan.backward is _RELU_BACKWARD) and plan.W.shape[1] >= 2


def bias_runs(plans, offsets) -> list[tuple[int, int]]:
    """The runs ``(start, stop)`` of ≥ 2 consecutive hidden layers of one width that
    join (see the module), their b's ``offsets`` in the flat gradient evenly spaced."""
    runs: list[list[int]] = []
    for i, plan in enumerate(plans[:-1]):
        if not _joins(plan):
            continue
        if runs and runs[-1][1] == i:
            start = runs[-1][0]
            same_width = plan.W.shape[1] == plans[start].W.shape[1]
            stride = offsets[start + 1] - offsets[start]
            even = i - start == 1 or offsets[i] - offsets[i - 1] == stride
            if same_width and even:
                runs[-1][1] = i + 1
                continue
        runs.append([i, i + 1])
    return [(start, stop) for start, stop in runs if stop - start >= 2]


class BiasSums:
    """The runs of one plan, and for each batch size their blocks.

    Parameters
    ----------
    plans : list
        The plan's layers (``_LayerPlan``: ``W``, ``grouped``, ``backward``).
    offsets : list of int
        Where each layer's b starts in ``grad``.
    grad : ndarray, shape (P,)
        The flat gradient.
    """

    def __init__(self, plans, offsets, grad: np.ndarray):
        self.runs = bias_runs(plans, offsets)
        self.members = {i for start, stop in self.runs for i in range(start, stop)}
        self._widths = [plans[start].W.shape[1] for start, _ in self.runs]
        self._outs = []  # each run's db, as one (L, n) view of grad
        for (start, stop), width in zip(self.runs, self._widths):
            step = (offsets[start + 1] - offsets[start]) * grad.itemsize
            base = grad[offsets[start] :]
            shape, strides = (stop - start, width), (step, grad.itemsize)
            self._outs.append(np.lib.stride_tricks.as_strided(base, shape, strides))

    def blocks(self, n: int) -> tuple[dict[int, np.ndarray], list[tuple]]:
        """For batches of ``n``: each member layer's δ array (n, width), by layer
        index, and ``(block, db)`` pairs for ``np.add.reduce(block, 1, None, db)``."""
        deltas, sums = {}, []
        for (start, stop), width, out in zip(self.runs, self._widths, self._outs):
            block = np.empty((stop - start, n, width))
            for i in range(start, stop):
                deltas[i] = block[i - start]
            sums.append((block, out))
        return deltas, sums
