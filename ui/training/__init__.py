"""Training on data: the training model beside the Document, its loop, and its views."""

from .model import TrainingModel

__all__ = ["TrainingModel"]
