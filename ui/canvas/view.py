"""STUB (replaced by the canvas work): the view showing the Document's network."""

from PySide6.QtWidgets import QGraphicsScene, QGraphicsView


class NetworkCanvas(QGraphicsView):
    """The network drawn from ``document``; objectName ``networkCanvas``."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.document = document
        self.setScene(QGraphicsScene(self))

    def fit_view(self) -> None:
        """Zoom so the whole network is visible."""
