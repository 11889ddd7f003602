"""Training on data: the training model beside the Document, its loop, and its views.

``TrainingModel`` is imported on first use: the training worker process imports the
loop's Qt-free modules of this package (``loop``, ``worker``) and must not import Qt.
"""

__all__ = ["TrainingModel"]


def __getattr__(name):
    if name == "TrainingModel":
        from .model import TrainingModel

        return TrainingModel
    raise AttributeError(f"module 'ui.training' has no attribute {name!r}")
