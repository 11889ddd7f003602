"""The network on a grid's points, ten times a second, in arrays kept between passes.

``sim.layer_outputs`` gives the same outputs, but a 100×100 grid through six tanh
layers of 8 took it 4–5 ms of the views' refresh: each layer made new arrays of
(points, 8), whose rows of eight numbers NumPy adds and squashes slowly.  Here
every layer's weighted inputs are computed point by column, (n_l, points), into
float32 arrays made once per grid: the bias is added and the common activations
applied in place along rows of 10,000 numbers, 2 ms for the same pass.  The other
activations are applied as the simulator applies them.  A picture needs no more
than float32; a diverging network shows as it is (inf and NaN pass through).
"""

from __future__ import annotations

import numpy as np

import simulator as sim


def _tanh(a: np.ndarray) -> None:
    # tanh a = 2 / (1 + e^-2a) - 1: NumPy's float32 exp is vectorised, its tanh is not
    # (a third less time, the pass's largest part); within 2e-7, ±1 and NaN as tanh gives.
    # ``a`` comes as -2a already (``SCALED``: the layer's W and b times -2, exactly)
    np.exp(a, out=a)
    a += 1.0
    np.divide(2.0, a, out=a)
    a -= 1.0


def _relu(a: np.ndarray) -> None:
    np.maximum(a, 0.0, out=a)


def _identity(a: np.ndarray) -> None:
    pass


def _sigmoid(a: np.ndarray) -> None:
    # 1 / (1 + e^-a) = (1 + tanh(a/2)) / 2: finite for every a, and in place
    a *= 0.5
    np.tanh(a, out=a)
    a *= 0.5
    a += 0.5


def _softmax(a: np.ndarray) -> None:
    # over each point's k outputs (a column here), less the largest: exp stays finite
    a -= a.max(axis=0)
    np.exp(a, out=a)
    a /= a.sum(axis=0)


SCALED = {"tanh": -2.0}  # what a layer's weighted inputs come multiplied by, exactly

IN_PLACE = {
    "tanh": _tanh,
    "relu": _relu,
    "identity": _identity,
    "sigmoid": _sigmoid,
    "softmax": _softmax,
}


class GridPass:
    """One grid's inputs, held point by column, and the arrays its passes fill.

    Parameters
    ----------
    inputs : ndarray, shape (points, n_in)
        What the network is given at each of the grid's points.
    """

    def __init__(self, inputs: np.ndarray):
        self.inputs = np.ascontiguousarray(np.asarray(inputs, dtype=np.float32).T)
        self._arrays: list[np.ndarray] = []

    def run(self, net: sim.Network) -> list[np.ndarray]:
        """Every layer's outputs z, hidden layers first, as ``sim.layer_outputs`` gives.

        Returns
        -------
        list of ndarray of float32, shape (points, n_l) for layer l
            Views of arrays the next ``run`` fills again: use them before then.
        """
        x, points = self.inputs, self.inputs.shape[1]
        outputs = []
        with np.errstate(over="ignore", invalid="ignore"):
            for layer, a in zip(net.layers, self._arrays_for(net, points)):
                k = SCALED.get(layer.activation, 1.0)  # (a power of 2: the same numbers)
                # (np.dot clears ``out`` before BLAS clears it again: matmul makes the
                # same sgemm call, the same bits, and spares writing 2 MB a refresh)
                np.matmul((k * layer.W.T).astype(np.float32), x, out=a)
                a += (k * layer.b).astype(np.float32)[:, None]
                in_place = IN_PLACE.get(layer.activation)
                if in_place is not None:
                    in_place(a)
                    z = a.T
                else:  # (the slopes, ELU, GELU...) point by row, as the simulator does
                    z = layer.output(a.T)
                outputs.append(z)
                x = z.T if z.dtype == np.float32 else z.T.astype(np.float32)  # (step: 0/1)
        return outputs

    def _arrays_for(self, net: sim.Network, points: int) -> list[np.ndarray]:
        """One (n_l, points) float32 array per layer, made again only when a size changes."""
        shapes = [(layer.W.shape[1], points) for layer in net.layers]
        if [a.shape for a in self._arrays] != shapes:
            self._arrays = [np.empty(shape, dtype=np.float32) for shape in shapes]
        return self._arrays
