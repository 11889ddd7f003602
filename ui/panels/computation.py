"""STUB (to be replaced): panel showing the current neuron's computation with real numbers."""

from PySide6.QtWidgets import QWidget


class ComputationPanel(QWidget):
    """Panel showing the current neuron's computation with real numbers.

    objectName ``computationPanel``.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("computationPanel")
        self.document = document
