"""The training panels' ``InSight``: it lives with the panels (``ui.panels.sight``)."""

from ui.panels.sight import InSight

__all__ = ["InSight"]
