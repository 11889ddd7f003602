"""A layered, fully connected network: forward, gradients and edits.

A network is a list of :class:`~simulator.layer.Layer`; layer ``i`` takes the
``n_out`` of layer ``i-1`` (or the input) as its ``n_in``.  Every edit method
leaves that chain consistent, so the network is always valid.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .activations import LEAKY_SLOPE, PRELU_INITIAL, get_activation
from .frozen import writable
from .layer import Layer, LayerGradient, check_size, initial_weights
from .losses import get_loss, on_weighted_input, output_loss
from .network_sharing import Sharing


class Network(Sharing):
    """A feed-forward network of dense layers.

    Parameters
    ----------
    layers : list of Layer
        At least one; consecutive sizes must fit.
    seed : int
        Seeds the generator used for fresh weights when the network is edited.
    """

    def __init__(self, layers: Sequence[Layer], seed: int = 0):
        if not layers:
            raise ValueError("a network needs at least one layer")
        for i in range(1, len(layers)):
            if layers[i].n_in != layers[i - 1].n_out:
                raise ValueError(
                    f"layer {i} takes {layers[i].n_in} inputs but layer {i - 1} "
                    f"has {layers[i - 1].n_out} outputs"
                )
        self.layers: list[Layer] = list(layers)
        self._seed = seed
        self._generator: np.random.Generator | None = None

    @property
    def _rng(self) -> np.random.Generator:
        # Made on first use: most networks never need fresh weights, and importing
        # numpy.random costs ~10 ms of every start-up.
        if self._generator is None:
            self._generator = np.random.default_rng(self._seed)
        return self._generator

    @_rng.setter
    def _rng(self, generator: np.random.Generator) -> None:
        self._generator = generator

    # ---- construction -------------------------------------------------------
    @classmethod
    def from_arrays(
        cls, weights, biases, activations, alphas=None, seed: int = 0, leaky_slopes=None
    ) -> Network:
        """Build a network from given arrays.

        Parameters
        ----------
        weights : list of array_like, shapes (n_in, n_out)
        biases : list of array_like, shapes (n_out,)
        activations : list of str, or one str for every layer
        alphas : list of float, optional
            PReLU slopes per layer.
        leaky_slopes : list of float, optional
            Leaky ReLU's negative-side slope per layer (0.01 where not given).
        """
        n = len(weights)
        if len(biases) != n:
            raise ValueError(f"{n} weight matrices but {len(biases)} bias vectors")
        acts = _per_layer(activations, n)
        alphas = [PRELU_INITIAL] * n if alphas is None else list(alphas)
        leaks = [LEAKY_SLOPE] * n if leaky_slopes is None else list(leaky_slopes)
        layers = [
            Layer(W, b, h, al, lk) for W, b, h, al, lk in zip(weights, biases, acts, alphas, leaks)
        ]
        return cls(layers, seed=seed)

    @classmethod
    def create(
        cls, input_size: int, layer_sizes: Sequence[int], activations="sigmoid", seed: int = 0
    ) -> Network:
        """Build a network with fresh weights (He or Glorot) and zero biases.

        Parameters
        ----------
        input_size : int
        layer_sizes : list of int
            Neurons per layer, hidden layers then the output layer.
        activations : str or list of str
        seed : int
            Makes the weights reproducible.
        """
        rng = np.random.default_rng(seed)
        acts = _per_layer(activations, len(layer_sizes))
        sizes = [int(input_size), *map(int, layer_sizes)]
        if min(sizes) < 1:
            raise ValueError(f"every layer needs at least one neuron, got sizes {sizes}")
        layers = [
            Layer(initial_weights(rng, n_in, n_out, h), np.zeros(n_out), h)
            for n_in, n_out, h in zip(sizes[:-1], sizes[1:], acts)
        ]
        net = cls(layers)
        net._rng = rng
        return net

    # ---- shape --------------------------------------------------------------
    @property
    def input_size(self) -> int:
        return self.layers[0].n_in

    @property
    def output_size(self) -> int:
        return self.layers[-1].n_out

    @property
    def sizes(self) -> list[int]:
        """``[n_in, n_1, ..., n_out]``."""
        return [self.input_size, *(layer.n_out for layer in self.layers)]

    def parameters(self) -> list[np.ndarray]:
        """Every trainable array, layer by layer, in the order of ``gradient_arrays``."""
        return [p for layer in self.layers for p in layer.parameters()]

    # ---- computing ----------------------------------------------------------
    def forward(self, x, training: bool = False, rng=None) -> np.ndarray:
        """Return the output: (n_in,) -> (n_out,), or (N, n_in) -> (N, n_out).

        Parameters
        ----------
        x : array_like, shape (n_in,) or (N, n_in)
        training : bool
            RReLU layers draw random slopes while training, else use their mean.
        rng : numpy.random.Generator, optional
            Where those slopes come from; by default the network's own generator,
            seeded by ``seed``, so the same network trains the same way twice.
        """
        return self.forward_cache(x, training, rng)[-1].z

    def forward_cache(self, x, training: bool = False, rng=None):
        """Run forward and keep each layer's ``LayerCache`` (x, a, z, slope).

        ``training`` and ``rng`` as in ``forward``.
        """
        return self._forward_cache(self._check_input(x), training, rng)

    def _forward_cache(self, x: np.ndarray, training: bool, rng):
        if training and rng is None:
            rng = self._rng
        caches = []
        for layer in self.layers:
            cache = layer.forward(x, training, rng)
            caches.append(cache)
            x = cache.z
        return caches

    def backward(self, caches, T, loss: str = "mse"):
        """Backpropagate from the outputs in ``caches`` to every layer.

        Parameters
        ----------
        caches : list of LayerCache
            From ``forward_cache`` on a batch (N, n_in).
        T : ndarray, shape (N, n_out)
        loss : str

        Returns
        -------
        deltas : list of ndarray, shape (N, n_out) per layer
            ``delta = dE/da``.
        grads : list of LayerGradient
        """
        return self._backward(caches, T, loss, with_value=False)[1:3]

    def _backward(self, caches, T, loss: str, with_value: bool, gradient: bool = True):
        """``(loss or None, deltas, grads, each layer's dE/dz)``; no dW without gradient."""
        value, grad_z, delta = self._output_error(caches[-1], T, loss, with_value)
        n = len(self.layers)
        deltas, grads, grad_zs = [None] * n, [None] * n, [None] * n
        for i in range(n - 1, -1, -1):
            layer, cache = self.layers[i], caches[i]
            grad_zs[i] = grad_z
            # The first layer's dE/dx is never needed: its inputs are the data.
            if delta is None:
                step = layer.backward(cache, grad_z, input_grad=i > 0, gradient=gradient)
            else:
                step = layer.backward_from_delta(cache, delta, grad_z, i > 0, gradient)
            deltas[i], grads[i], grad_z = step
            delta = None  # only the output layer can start from a given dE/da
        return value, deltas, grads, grad_zs

    def _output_error(self, cache, T, loss: str, with_value: bool):
        """Where backpropagation starts: ``(value, dE/dz, dE/da)`` of the output layer.

        ``value`` is None unless ``with_value``.  Cross-entropy on a softmax or
        sigmoid output gives ``dE/da`` (N, n_out) from the weighted input, and
        ``dE/dz`` is None; any other loss gives ``dE/dz`` (N, n_out) of the
        outputs for the layer's own backward, and ``dE/da`` is None.
        """
        form = on_weighted_input(loss, self.layers[-1].activation)
        if form is not None:
            value = form.value(cache.a, T) if with_value else None
            return value, None, form.delta(cache.a, cache.z, T)
        loss_fn = get_loss(loss)
        if with_value:
            value, grad_z = loss_fn.value_and_grad(cache.z, T)
            return value, grad_z, None
        return None, loss_fn.grad(cache.z, T), None

    def loss(self, X, T, loss: str = "mse") -> float:
        """The mean loss of the batch (a single sample is a batch of one).

        Cross-entropy on a softmax or sigmoid output is computed from the
        weighted input, so it is exact however small an output is.
        """
        X, T = self.as_batch(X, T)
        last = self._forward_cache(X, False, None)[-1]
        return output_loss(loss, self.layers[-1].activation, last.a, last.z, T)

    def loss_and_gradients(
        self, X, T, loss: str = "mse", l2: float = 0.0, training: bool = False, rng=None
    ):
        """Return ``(loss, grads)`` for a batch.

        Parameters
        ----------
        X : ndarray, shape (N, n_in) or (n_in,)
        T : ndarray, shape (N, n_out) or (n_out,)
        loss : {"mse", "cross_entropy", "binary_cross_entropy"}
        l2 : float
            Adds ``l2/2 · Σ W²`` to the loss and ``l2 · W`` to each dW.
        training, rng
            As in ``forward``: RReLU's random slopes.

        Returns
        -------
        loss : float
        grads : list of LayerGradient, one per layer, shapes of W and b
        """
        X, T = self.as_batch(X, T)
        caches = self._forward_cache(X, training, rng)
        value, _, grads, _ = self._backward(caches, T, loss, with_value=True)
        if l2:
            value += 0.5 * l2 * sum(float(np.sum(layer.W * layer.W)) for layer in self.layers)
            for layer, g in zip(self.layers, grads):
                g.dW = g.dW + l2 * layer.W
        return value, grads

    def apply_gradients(self, grads: Sequence[LayerGradient], learning_rate: float) -> None:
        """One plain SGD step: ``W -= lr · dW``, ``b -= lr · db`` (and PReLU's α)."""
        for layer, g in zip(self.layers, grads):
            layer.thaw()  # shared (frozen) arrays are copied, never changed for their holders
            layer.W -= learning_rate * g.dW
            layer.b -= learning_rate * g.db
            if g.dalpha is not None:
                layer.alpha = layer.alpha - learning_rate * g.dalpha

    def forward_steps(self, x):
        """Yield one ``ForwardStep`` per neuron, layer by layer (see ``stepper``)."""
        from .stepper import forward_steps

        return forward_steps(self, x)

    def backward_steps(self, x, t, loss: str = "mse"):
        """Yield one ``BackwardStep`` per neuron, output layer first (see ``stepper``)."""
        from .stepper import backward_steps

        return backward_steps(self, x, t, loss)

    # ---- edits (each keeps the layer chain consistent) ----------------------
    def insert_layer(self, index: int, size: int, activation: str = "sigmoid") -> None:
        """Insert a new layer of ``size`` neurons so it becomes ``layers[index]``."""
        if not 0 <= index <= len(self.layers):
            raise IndexError(f"layer index {index} out of range 0..{len(self.layers)}")
        check_size(size)
        get_activation(activation)
        n_in = self.input_size if index == 0 else self.layers[index - 1].n_out
        new = Layer(initial_weights(self._rng, n_in, size, activation), np.zeros(size), activation)
        self.layers.insert(index, new)
        if index + 1 < len(self.layers):
            self._resize_inputs(index + 1, size)

    def remove_layer(self, index: int) -> None:
        """Remove ``layers[index]``; the next layer is refitted to what feeds it."""
        self._check_index(index)
        if len(self.layers) == 1:
            raise ValueError("cannot remove the only layer: a network needs an output layer")
        n_in = self.layers[index].n_in
        del self.layers[index]
        if index < len(self.layers):
            self._resize_inputs(index, n_in)

    def resize_layer(self, index: int, size: int) -> None:
        """Give ``layers[index]`` ``size`` neurons; survivors keep their weights."""
        self._check_index(index)
        check_size(size)
        layer = self.layers[index]
        keep = min(size, layer.n_out)
        fresh = initial_weights(self._rng, layer.n_in, size, layer.activation)
        fresh[:, :keep] = layer.W[:, :keep]
        bias = np.zeros(size)
        bias[:keep] = layer.b[:keep]
        layer.W, layer.b = fresh, bias
        if index + 1 < len(self.layers):
            self._resize_inputs(index + 1, size)

    def set_activation(self, index: int, name: str) -> None:
        """Change the activation of ``layers[index]``."""
        self._check_index(index)
        get_activation(name)
        self.layers[index].activation = name

    def set_input_size(self, n: int) -> None:
        """Change the number of inputs; the first layer keeps its surviving weights."""
        check_size(n)
        self._resize_inputs(0, n)

    def set_weight(self, index: int, i: int, j: int, value: float) -> None:
        """Set the weight from neuron ``i`` of the previous layer to neuron ``j`` (a copy of W)."""
        W = self.layers[index].W = writable(self.layers[index].W)
        W[i, j] = float(value)

    def set_bias(self, index: int, j: int, value: float) -> None:
        """Set the bias of neuron ``j`` of ``layers[index]`` (a frozen b is copied first)."""
        b = self.layers[index].b = writable(self.layers[index].b)
        b[j] = float(value)

    # ---- helpers ------------------------------------------------------------
    def _resize_inputs(self, index: int, n_in: int) -> None:
        layer = self.layers[index]
        keep = min(n_in, layer.n_in)
        fresh = initial_weights(self._rng, n_in, layer.n_out, layer.activation)
        fresh[:keep, :] = layer.W[:keep, :]
        layer.W = fresh

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.layers):
            raise IndexError(f"layer index {index} out of range 0..{len(self.layers) - 1}")

    def _check_input(self, x) -> np.ndarray:
        x = np.asarray(x, dtype=float)
        if x.ndim not in (1, 2) or x.shape[-1] != self.input_size:
            raise ValueError(
                f"input of shape {x.shape} does not fit a network with "
                f"{self.input_size} inputs: give (n_in,) or (N, n_in)"
            )
        return x

    def as_batch(self, X, T) -> tuple[np.ndarray, np.ndarray]:
        """Return inputs and targets as float batches that fit this network.

        Parameters
        ----------
        X : array_like, shape (N, n_in) or (n_in,)
            A single sample becomes a batch of one.
        T : array_like, shape (N, n_out), (n_out,) or (N,)
            One sample's targets, or one target per sample for a single output.

        Returns
        -------
        X : ndarray, shape (N, n_in)
        T : ndarray, shape (N, n_out)

        Raises
        ------
        ValueError
            If the targets do not fit the samples and the outputs.
        """
        X = np.asarray(X, dtype=float)
        T = np.asarray(T, dtype=float)
        if X.ndim == 1:
            X = X[None, :]
        if T.ndim == 1:
            T = T[None, :] if T.shape[0] == self.output_size and X.shape[0] == 1 else T[:, None]
        if T.shape != (X.shape[0], self.output_size):
            raise ValueError(
                f"targets of shape {T.shape} do not fit {X.shape[0]} samples and "
                f"{self.output_size} outputs"
            )
        return X, T

    def __repr__(self) -> str:
        parts = [str(self.input_size)] + [f"{lay.n_out} {lay.activation}" for lay in self.layers]
        return "Network(" + " → ".join(parts) + ")"


def _per_layer(activations, n: int) -> list[str]:
    acts = [activations] * n if isinstance(activations, str) else list(activations)
    if len(acts) != n:
        raise ValueError(f"{n} layers but {len(acts)} activations")
    for name in acts:
        get_activation(name)
    return acts
