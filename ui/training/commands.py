"""Undo steps of training: a whole run, a reset of the weights, and the settings' labels.

A run (Train … Pause, or one epoch) and a reset change the weights and the
training's progress (epoch and history) together; ``WeightsCommand`` swaps both,
showing the weights through ``Document.show_weights``, so undo after a run gives
back the weights, the epoch counter and the loss chart from before it.  Settings
and data changes are the Document's own commands (``Document.set_setting``...),
labelled from ``LABELS`` here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.document.commands import LabelledCommand

# Undo texts, in the Document's context like every other undo text.
LABELS = {
    "optimizer": QT_TRANSLATE_NOOP("Document", "Change optimizer"),
    "batch_size": QT_TRANSLATE_NOOP("Document", "Change batch size"),
    "l2": QT_TRANSLATE_NOOP("Document", "Change L2 regularisation"),
    "stop_epochs": QT_TRANSLATE_NOOP("Document", "Change when training stops"),
    "stop_loss": QT_TRANSLATE_NOOP("Document", "Change when training stops"),
    "weight_seed": QT_TRANSLATE_NOOP("Document", "Draw new starting weights"),
    "choose_dataset": QT_TRANSLATE_NOOP("Document", "Choose data set"),
    "n": QT_TRANSLATE_NOOP("Document", "Change number of points"),
    "noise": QT_TRANSLATE_NOOP("Document", "Change noise"),
    "train_share": QT_TRANSLATE_NOOP("Document", "Change training share"),
    "seed": QT_TRANSLATE_NOOP("Document", "Regenerate points"),
    "classes": QT_TRANSLATE_NOOP("Document", "Change number of classes"),
    "features": QT_TRANSLATE_NOOP("Document", "Change input features"),
    "adapt": QT_TRANSLATE_NOOP("Document", "Fit network to data"),
    "add_point": QT_TRANSLATE_NOOP("Document", "Add point"),
    "remove_point": QT_TRANSLATE_NOOP("Document", "Remove point"),
    "import": QT_TRANSLATE_NOOP("Document", "Import data"),
    "use_point": QT_TRANSLATE_NOOP("Document", "Use point as example"),
    "reset": QT_TRANSLATE_NOOP("Document", "Reset weights"),
    "one_epoch": QT_TRANSLATE_NOOP("Document", "Train 1 epoch"),
    "epochs": QT_TRANSLATE_NOOP("Document", "Train %1 epochs"),
    "steps": QT_TRANSLATE_NOOP("Document", "Train %1 steps"),
    "continue": QT_TRANSLATE_NOOP("Document", "Continue from epoch %1"),
}


def label(key: str) -> str:
    """The English undo text of ``key`` (translated when the command shows it)."""
    return LABELS[key]


class WeightsCommand(LabelledCommand):
    """Swap the network's weights and the training's progress.

    Parameters
    ----------
    model : TrainingModel
    before, after : (Network, Progress)
        The weights (same structure as the Document's network) and the progress.
    key : str
        A key of ``LABELS``; ``count`` fills its %1.
    """

    def __init__(self, model, before, after, key: str, count: int = 0):
        super().__init__(LABELS[key])
        self._count = count
        self.retranslate()
        self._model = model
        self._before, self._after = before, after

    def retranslate(self) -> None:
        text = QCoreApplication.translate("Document", self.label)
        self.setText(text.replace("%1", str(getattr(self, "_count", 0))))

    def redo(self) -> None:
        if not self.replaying:  # the history being rebuilt (ui.document.history)
            self._model._restore(*self._after)

    def undo(self) -> None:
        if not self.replaying:
            self._model._restore(*self._before)

    def held_arrays(self) -> list:
        """The weights this step keeps (for the undo history's memory budget)."""
        nets = (self._before[0], self._after[0])
        return [a for net in nets for layer in net.layers for a in (layer.W, layer.b)]
