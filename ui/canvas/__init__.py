"""The network canvas: layers as columns of neurons, edges between them."""

from .view import NetworkCanvas

__all__ = ["NetworkCanvas"]
