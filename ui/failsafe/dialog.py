"""The dialog shown for an unexpected error: what happened, that work is safe, Copy details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.text.i18n import fill


class ErrorDialog(QDialog):
    """Says an action failed, and offers the details to copy into a bug report.

    objectName ``errorDialog``; its buttons ``copyDetailsButton`` and the box's Close.
    """

    def __init__(self, message: str, details: str, log_file, parent=None):
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        intro = QLabel(
            self.tr(
                "NeuroStep met an error it did not expect, and carried on. Your network is "
                "as it was; saving it now is a good idea."
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel(message)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.message)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setVisible(False)
        box.addWidget(text)
        if log_file is not None:
            where = QLabel(fill(self.tr("The details were also written to %1"), log_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("Copy details"))
        self.copy.setObjectName("copyDetailsButton")
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        show = QPushButton(self.tr("Show details"))
        show.setCheckable(True)
        show.toggled.connect(text.setVisible)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_details)
        box.addWidget(buttons)
        # Word-wrapped labels only get their height from a layout that may grow the dialog.
        box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(520)

    def copy_details(self) -> None:
        """Put the details (message, traceback, versions) on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
