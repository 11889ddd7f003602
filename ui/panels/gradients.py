"""STUB (to be replaced): panel showing deltas and gradient norms per layer."""

from PySide6.QtWidgets import QWidget


class GradientPanel(QWidget):
    """Panel showing deltas and gradient norms per layer.

    objectName ``gradientPanel``.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("gradientPanel")
        self.document = document
