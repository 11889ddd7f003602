"""File ▸ Export (Python code, picture) and Edit's copies of the current layer's arrays.

Dialogs are the static ``QFileDialog``/``QInputDialog``/``QMessageBox`` functions,
looked up at call time, so tests replace them with monkeypatch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

import simulator as sim
from ui.files import settings
from ui.files.controller import file_stem
from ui.text import notation
from ui.text.i18n import HearsLanguage

from . import matrices
from .picture import SLIDES, save_picture

# The views a picture can be taken of, in the order offered (those shown now).
PICTURED = (
    "networkCanvas",
    "activationPanel",
    "gradientPanel",
    "lossChart",
    "decisionView",
    "confusionMatrix",
    "trainingTimeline",
)
SHORTCUTS = {"actionCopyMatrices": "Ctrl+Shift+C"}


class ExportActions(HearsLanguage, QObject):
    """The export and copy actions of ``window``: ``menu`` is File ▸ Export."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("menuExport")
        self.actions = {}
        for name, slot in (
            ("actionExportCode", self.export_code),
            ("actionExportImage", self.export_image),
            ("actionCopyMatrices", self.copy_matrices),
            ("actionCopyMatricesNumpy", self.copy_matrices_numpy),
        ):
            action = QAction(window)
            action.setObjectName(name)
            if name in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.triggered.connect(slot)
            self.actions[name] = action
        self.menu.addAction(self.actions["actionExportCode"])
        self.menu.addAction(self.actions["actionExportImage"])
        self.retranslate()

    def copy_actions(self) -> list[QAction]:
        """The Edit menu's copies of the current layer."""
        return [self.actions["actionCopyMatrices"], self.actions["actionCopyMatricesNumpy"]]

    # ---- code -------------------------------------------------------------------
    def export_code(self) -> bool:
        """Save the network as a NumPy or PyTorch script printing the example's output."""
        doc = self.window.document
        numpy_filter, torch_filter = (
            self.tr("NumPy script (*.py)"),
            self.tr("PyTorch script (*.py)"),
        )
        start = Path(settings.last_directory()) / f"{self._stem()}.py"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export as Python code"),
            str(start),
            f"{numpy_filter};;{torch_filter}",
        )
        if not path:
            return False
        if chosen == torch_filter:
            source = sim.to_pytorch_code(doc.network, doc.input)
        else:
            names = ("A", "Z", "h") if notation.current_notation() == "book" else ("Z", "A", "g")
            source = sim.to_numpy_code(doc.network, doc.input, names)
        return self._write(path, lambda p: Path(p).write_text(source, encoding="utf-8") or True)

    # ---- picture ----------------------------------------------------------------
    def pictured_views(self) -> dict[str, QWidget]:
        """Title -> view, for every view that can be pictured and is shown now."""
        views = {}
        for name in PICTURED:
            view = self.window.findChild(QWidget, name)
            if view is not None and view.isVisible():
                views[self._title(view)] = view
        return views

    def export_image(self) -> bool:
        """Save the canvas or a plot as PNG (2× for slides, or screen size) or SVG."""
        views = self.pictured_views()
        if not views:
            return False
        title, ok = QInputDialog.getItem(
            self.window, self.tr("Export picture"), self.tr("Picture of:"), list(views), 0, False
        )
        if not ok:
            return False
        filters = [
            self.tr("PNG for slides, twice the screen's pixels (*.png)"),
            self.tr("PNG at screen size (*.png)"),
            self.tr("SVG, scalable (*.svg)"),
        ]
        start = Path(settings.last_directory()) / f"{self._stem()}.png"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export picture"), str(start), ";;".join(filters)
        )
        if not path:
            return False
        svg = chosen == filters[2] or path.lower().endswith(".svg")
        if svg and not path.lower().endswith(".svg"):
            path += ".svg"
        elif not svg and not path.lower().endswith(".png"):
            path += ".png"
        scale = 1.0 if chosen == filters[1] else SLIDES
        return self._write(path, lambda p: save_picture(views[title], p, scale))

    # ---- copies -----------------------------------------------------------------
    def copy_matrices(self) -> None:
        doc = self.window.document
        QGuiApplication.clipboard().setText(matrices.as_text(doc, matrices.current_layer(doc)))

    def copy_matrices_numpy(self) -> None:
        doc = self.window.document
        QGuiApplication.clipboard().setText(matrices.as_numpy(doc, matrices.current_layer(doc)))

    # ---- helpers ----------------------------------------------------------------
    def _write(self, path: str, write) -> bool:
        try:
            done = write(path)
        except OSError as error:
            done, reason = False, error.strerror or str(error)
        else:
            reason = self.tr("the file could not be written")
        if not done:
            QMessageBox.warning(
                self.window,
                self.tr("Export failed"),
                self.tr("Could not write “%1”: %2.").replace("%1", path).replace("%2", reason),
            )
            return False
        settings.remember_directory(path)
        self.window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)
        return True

    def _stem(self) -> str:
        doc = self.window.document
        if doc.path:
            return Path(doc.path).stem
        return doc.preset_name or file_stem(doc.title) or "network"

    def _title(self, view: QWidget) -> str:
        dock = view.parent()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parent()
        return dock.windowTitle() if dock is not None else self.tr("Network canvas")

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xport"))
        texts = {
            "actionExportCode": (
                self.tr("Python &code…"),
                self.tr("Save the network as a NumPy or PyTorch script that prints its output"),
            ),
            "actionExportImage": (
                self.tr("&Picture…"),
                self.tr("Save the canvas or a plot as PNG (for slides) or SVG"),
            ),
            "actionCopyMatrices": (
                self.tr("Copy layer &matrices"),
                self.tr("Copy the current layer's W and B (and ⟦A⟧, ⟦Z⟧ once computed) as text"),
            ),
            "actionCopyMatricesNumpy": (
                self.tr("Copy layer as &NumPy"),
                self.tr("Copy the current layer's W and B as NumPy code, every digit kept"),
            ),
        }
        for name, (text, tip) in texts.items():
            action = self.actions[name]
            action.setText(text)
            action.setStatusTip(notation.spans(tip))
