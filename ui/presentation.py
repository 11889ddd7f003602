"""STUB (to be replaced): presentation mode (F5): full screen, large type, canvas and panels."""

from PySide6.QtCore import QObject


class PresentationMode(QObject):
    """Presentation mode of ``window``; ``action`` is the checkable ``actionPresentation``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = None
