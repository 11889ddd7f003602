"""NeuroStep's Qt front end.

``MainWindow`` is imported on first use, so importing one module of the
package (``ui.document``, say) does not build the whole window's imports.
"""

__all__ = ["MainWindow"]


def __getattr__(name):
    if name == "MainWindow":
        from ui.window.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module 'ui' has no attribute {name!r}")
