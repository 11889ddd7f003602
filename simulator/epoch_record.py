"""What a trainer gives back: the record of each pass, and the step it refused."""

from __future__ import annotations

from dataclasses import dataclass


class TrainingDiverged(Exception):
    """A step would have made the loss or a weight infinite or nan; it was undone.

    Attributes
    ----------
    cause : {"loss", "weights"}
        What would have become non-finite.
    step : int
        The step (counting from 1) that was refused.
    learning_rate : float
        The learning rate in use, which is usually too large.
    """

    def __init__(self, cause: str, step: int, learning_rate: float, detail: str = ""):
        self.cause, self.step, self.learning_rate = cause, step, learning_rate
        what = "the loss became" if cause == "loss" else "the weights would become"
        super().__init__(
            f"training diverged at step {step}: {what} non-finite{detail}; the weights are "
            f"unchanged. Try a lower learning rate (now {learning_rate:g})."
        )


@dataclass(frozen=True)
class EpochRecord:
    """What one finished pass through the training data gave.

    Attributes
    ----------
    epoch : int
        Counting from 1.
    loss : float
        Mean over the samples of the pass of each mini-batch's loss (before its step).
    accuracy : float or None
        Share of the training samples classified right after the pass;
        None for regression targets (or a trainer told ``regression``).
    steps : int
        ``Trainer.steps_done`` at the end of the pass.
    end_loss : float or None
        The loss over all the training samples after the pass (with the ``l2``
        penalty), measured like ``Trainer.evaluate``; so it compares with a test
        loss, where ``loss`` mixes the weights of the whole pass.
    r_squared : float or None
        R² of the training samples after the pass, from the same outputs as
        ``end_loss``, for regression targets (or a trainer told ``regression``);
        None for class targets.
    """

    epoch: int
    loss: float
    accuracy: float | None
    steps: int
    end_loss: float | None = None
    r_squared: float | None = None
