"""STUB (to be replaced): panel showing the current layer's activation curve and derivative."""

from PySide6.QtWidgets import QWidget


class ActivationPanel(QWidget):
    """Panel showing the current layer's activation curve and derivative.

    objectName ``activationPanel``.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("activationPanel")
        self.document = document
