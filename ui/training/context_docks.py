"""Docks that belong to what is open: the pad and the feature maps, the confusion matrix.

A tab beside the computation costs it the tab bar's height, which at 1280×720 is
a line of a backward step; so the views that only some data need are in the
window only while those data are: the digits pad and the feature maps while the
inputs are a picture (``Document.names.image``), the confusion matrix for
classification data once training has begun (at once for pictures).  When they
come, the pad and the maps come to the front.  A dock the user hides stays
hidden until the data change again; in presentation mode the docks are those
the mode keeps, and the window's own choice is made again when it ends.
"""

from __future__ import annotations

PICTURE_DOCKS = ("dockDigits", "dockFeatures")
CLASS_DOCKS = ("dockConfusion",)


class ContextDocks:
    """Shows and hides ``docks`` (objectName → dock) as ``model``'s data ask."""

    def __init__(self, window, model, docks: dict):
        self.window, self.model, self.docks = window, model, docks
        self._context: tuple[bool, bool] | None = None
        window.document.namesChanged.connect(self.update)
        model.dataChanged.connect(self.update)
        model.progressChanged.connect(self.update)
        model.runningChanged.connect(lambda _running: self.update())

    def context(self) -> tuple[bool, bool]:
        """(the inputs are a picture, the confusion matrix is wanted)."""
        model = self.model
        pictures = self.window.document.names.image is not None
        begun = model.is_running or model.epoch > 0
        return pictures, model.kind == "classification" and (pictures or begun)

    def update(self, force: bool = False) -> None:
        """Show or hide the docks whose situation changed (every one with ``force``)."""
        new, old = self.context(), self._context
        self._context = new
        presentation = getattr(self.window, "presentation", None)
        presenting = presentation is not None and presentation.active
        for names, wanted, was in zip((PICTURE_DOCKS, CLASS_DOCKS), new, old or (None, None)):
            if (wanted != was or force) and not presenting:
                for name in names:
                    self.docks[name].setVisible(wanted)
        if new[0] and (old is None or not old[0]):
            for name in PICTURE_DOCKS:
                self.docks[name].raise_()
            if presenting:
                presentation.refresh_docks()
