"""What a network computes over the plane, and which of its units have died.

A decision view samples the plane on a grid (TensorFlow Playground uses 100×100
cells) and colours each cell by the network's output there; Playground also
shows every hidden neuron's own output over the same plane.  One forward pass
over the grid's points gives all of them at once: ``layer_outputs`` returns the
output ``z`` of every layer for a batch.

A ReLU unit whose weighted input is negative for every training sample outputs
0 for all of them; its gradient is then 0 too and it never learns again
("dead").  ``dead_units`` finds them.
"""

from __future__ import annotations

import numpy as np

from .network import Network


def grid_points(x_range, y_range, cells: int = 100) -> np.ndarray:
    """The centres of a ``cells`` × ``cells`` grid over a rectangle of the plane.

    Parameters
    ----------
    x_range, y_range : (float, float)
        The rectangle's sides, low to high.
    cells : int

    Returns
    -------
    ndarray, shape (cells * cells, 2)
        Row by row from the bottom (lowest y) up, x increasing along a row; so
        ``values.reshape(cells, cells)[row, col]`` is the cell at (x[col], y[row]).
    """
    xs = _centres(x_range, cells)
    ys = _centres(y_range, cells)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


def _centres(bounds, cells: int) -> np.ndarray:
    low, high = float(bounds[0]), float(bounds[1])
    step = (high - low) / cells
    return low + step * (np.arange(cells) + 0.5)


def layer_outputs(net: Network, X, dtype=np.float64) -> list[np.ndarray]:
    """The output ``z`` of every layer for a batch, hidden layers first.

    Parameters
    ----------
    net : Network
    X : ndarray, shape (N, n_in)
    dtype : numpy dtype
        ``np.float32`` computes a picture's worth of precision several times faster
        (a 100×100 grid through six tanh layers: 6 ms instead of 25).

    Returns
    -------
    list of ndarray, shape (N, n_l) for layer l
        The last one is the network's output.
    """
    x = np.asarray(X, dtype=dtype)
    outputs = []
    with np.errstate(over="ignore", invalid="ignore"):  # a diverging net shows as it is
        for layer in net.layers:
            a = np.dot(x, layer.W.astype(dtype, copy=False))
            a += layer.b.astype(dtype, copy=False)
            x = layer.output(a)
            outputs.append(x)
    return outputs


def dead_units(outputs: list[np.ndarray]) -> list[np.ndarray]:
    """Which units output exactly 0 for every sample.

    Parameters
    ----------
    outputs : list of ndarray, shape (N, n_l)
        ``layer_outputs`` on the training samples.

    Returns
    -------
    list of ndarray of bool, shape (n_l,)
        One per layer; all False when there are no samples.
    """
    if not outputs or outputs[0].shape[0] == 0:
        return [np.zeros(z.shape[1], dtype=bool) for z in outputs]
    # all the layers side by side: one reduction instead of one a layer (a fifth of the time)
    flags = ~np.any(np.hstack(outputs), axis=0)
    return np.split(flags, np.cumsum([z.shape[1] for z in outputs])[:-1])
