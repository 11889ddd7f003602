"""STUB (to be replaced): the QActions that move through a forward/backward pass."""

from PySide6.QtCore import QObject


class StepActions(QObject):
    """Step actions bound to ``document``; ``actions()`` lists them for menus/toolbars."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document

    def actions(self) -> list:
        """The actions in menu order (None stands for a separator)."""
        return []
