"""A small dialog asking for one whole number, in a field that says what is wrong with a typo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from .boxes import CountBox


class CountDialog(QDialog):
    """``CountDialog.get_count(...)`` works like ``QInputDialog.getInt``, with a ``CountBox``."""

    def __init__(self, parent, title: str, label: str, value: int, minimum: int, maximum: int):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = CountBox(minimum, maximum)
        self.box.setObjectName("countDialogBox")
        self.box.setValue(value)
        self.box.selectAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(label), self.box)
        form.addRow(buttons)

    def _on_ok(self) -> None:
        self.box.interpretText()
        if not self.box.problem():  # a typo keeps the dialog open, with the reason shown
            self.accept()

    @staticmethod
    def get_count(parent, title, label, value, minimum, maximum) -> tuple[int, bool]:
        """Ask; ``(number, True)`` on OK, ``(value, False)`` on Cancel."""
        dialog = CountDialog(parent, title, label, value, minimum, maximum)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.box.value() if ok else value), ok
