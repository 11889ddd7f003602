"""One plain SGD step on one sample, as the UI's "Apply update" shows it.

Unlike :class:`~simulator.training.Trainer`, which changes a network in place
step after step, ``sgd_update`` returns a changed copy, so the caller can keep
the old network (for undo, or to show before and after side by side).
"""

from __future__ import annotations

import math

import numpy as np

from .limits import check_values
from .network import Network
from .training import TrainingDiverged


def sgd_update(
    net: Network, x, t, loss: str = "mse", learning_rate: float = 0.1
) -> tuple[Network, np.ndarray]:
    """Return a copy of ``net`` after ``W ← W - η·∂E/∂W`` on one sample, and the gradient norms.

    Parameters
    ----------
    net : Network
        Left unchanged.
    x : array_like, shape (n_in,)
    t : array_like, shape (n_out,)
    loss : {"mse", "cross_entropy", "binary_cross_entropy"}
    learning_rate : float
        η, positive and finite.

    Returns
    -------
    new_net : Network
        A copy of ``net`` (the same as ``net.apply_gradients`` on a copy).
    norms : ndarray, shape (n_layers,)
        Per layer, ‖(dW, db)‖ = √(Σ dW² + Σ db²) (PReLU's dα included), before the step.

    Raises
    ------
    TrainingDiverged
        When the loss of ``net`` or of the new network on ``(x, t)`` would be
        non-finite, or a weight of the new network non-finite or beyond ±MAX_VALUE.
    ValueError
        For a learning rate that is not positive and finite, or a batch instead of one sample.
    """
    if not (learning_rate > 0 and math.isfinite(learning_rate)):
        raise ValueError(f"the learning rate must be a positive finite number, got {learning_rate}")
    if np.ndim(x) != 1:
        raise ValueError(f"an update uses one sample at a time: x has shape {np.shape(x)}")
    # Overflow is expected on the way to divergence, which is reported as
    # TrainingDiverged: NumPy's warnings would only add noise.
    with np.errstate(over="ignore", invalid="ignore"):
        value, grads = net.loss_and_gradients(x, t, loss)
        if not math.isfinite(value):
            raise TrainingDiverged("loss", 1, learning_rate, f" ({value})")
        norms = np.array([math.sqrt(sum(float(np.sum(a * a)) for a in g.arrays())) for g in grads])
        new = net.copy()
        new.apply_gradients(grads, learning_rate)
        if not all(check_values(p) for p in new.parameters()):  # a file could not hold them
            raise TrainingDiverged("weights", 1, learning_rate)
        # Finite but huge weights can still overflow the very next forward pass.
        after = new.loss(x, t, loss)
        if not math.isfinite(after):
            raise TrainingDiverged("loss", 1, learning_rate, f" ({after} after the update)")
    return new, norms
