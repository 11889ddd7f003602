"""The inspector: edit the selected neuron, edge or layer, and the example."""

from .panel import InspectorPanel

__all__ = ["InspectorPanel"]
