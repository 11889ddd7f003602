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

    def extend(self, figures: np.ndarray) -> None:
        """Add epochs: ``figures`` (n, 4) rows of train loss, train accuracy, test loss
        and test accuracy."""
        for values, column in zip(
            (self.train_loss, self.train_accuracy, self.test_loss, self.test_accuracy),
            np.asarray(figures, dtype=float).T,
        ):
            values.extend(column.tolist())

    def last(self, name: str) -> float | None:
        """The latest value of ``"train_loss"``, ``"test_accuracy"``, ...; None before any."""
        values = getattr(self, name)
        return values[-1] if values else None


def measure(trainer: sim.Trainer, part: sim.Dataset) -> tuple[float, float]:
    """``(loss, accuracy)`` of the trainer's network on a data part, as the trainer
    measures its own points (``Trainer.measure``: the same loss, with its ``l2``
    penalty); accuracy is R² for regression, from the same forward pass.  Both are
    NaN when the part is empty.
    """
    if len(part) == 0:
        return math.nan, math.nan
    with np.errstate(over="ignore", invalid="ignore"):
        value, score = trainer.measure(part.X, part.T, regression=part.kind == "regression")
    return float(value), float(score)
