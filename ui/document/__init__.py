"""The Document: the one model the views draw from, its state and its undoable commands."""

from .document import Document
from .state import Selection

__all__ = ["Document", "Selection"]
