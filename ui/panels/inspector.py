"""STUB (to be replaced): panel showing the selected neuron, edge or layer."""

from PySide6.QtWidgets import QWidget


class InspectorPanel(QWidget):
    """Panel showing the selected neuron, edge or layer, and the example input.

    objectName ``inspectorPanel``.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.document = document
