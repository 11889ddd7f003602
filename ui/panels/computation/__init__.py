"""The computation panel: the current step's arithmetic with the real numbers."""

from .panel import ComputationPanel

__all__ = ["ComputationPanel"]
