"""What training has done so far: one set of figures per epoch, and how they are measured.

Accuracy is the share of points classified right; for regression the
"accuracy" lists hold R² instead (1 is a perfect fit), which the views label so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

import simulator as sim


@dataclass
class History:
    """Per epoch since the last reset: train and test loss and accuracy (R² for regression).

    A figure that cannot be measured (no test points) is NaN.
    """

    train_loss: list[float] = field(default_factory=list)
    test_loss: list[float] = field(default_factory=list)
    train_accuracy: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.train_loss)

    def copy(self) -> History:
        return History(
            list(self.train_loss),
            list(self.test_loss),
            list(self.train_accuracy),
            list(self.test_accuracy),
        )

    def append(self, train: tuple[float, float], test: tuple[float, float]) -> None:
        """Add one epoch: ``(loss, accuracy)`` of the training and of the test points."""
        self.train_loss.append(train[0])
        self.train_accuracy.append(train[1])
        self.test_loss.append(test[0])
        self.test_accuracy.append(test[1])

    def last(self, name: str) -> float | None:
        """The latest value of ``"train_loss"``, ``"test_accuracy"``, ...; None before any."""
        values = getattr(self, name)
        return values[-1] if values else None


def measure(net: sim.Network, part: sim.Dataset, loss: str, l2: float = 0.0):
    """``(loss, accuracy)`` of ``net`` on a data part; accuracy is R² for regression.

    The loss carries the ``l2`` penalty, as the trainer's does; both are NaN when
    the part has no points.
    """
    if len(part) == 0:
        return math.nan, math.nan
    with np.errstate(over="ignore", invalid="ignore"):
        Y = net.forward(part.X)
        value = sim.get_loss(loss).value(Y, part.T)
    if l2:
        value += 0.5 * l2 * sum(float(np.sum(layer.W * layer.W)) for layer in net.layers)
    if part.kind == "regression":
        return float(value), sim.r_squared(Y, part.T)
    return float(value), float(sim.accuracy(Y, part.T))
