"""Edit ▸ Preferences…: what NeuroStep remembers between runs beyond one network.

For now the undo history's memory budget: how much memory its steps may hold
before the oldest go (``Document.history_budget``).  The window applies what the
dialog accepts and remembers it (``settings.save_undo_budget_mb``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ui.document.history import DEFAULT_BUDGET_MB, MAX_BUDGET_MB, MB, MIN_BUDGET_MB


class PreferencesDialog(QDialog):
    """The preferences, objectName ``preferencesDialog``; its budget box ``undoBudgetBox``.

    Parameters
    ----------
    document : Document
        Shown for its history's size now; the dialog changes nothing itself.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.budget_box = QSpinBox(self)
        self.budget_box.setObjectName("undoBudgetBox")
        self.budget_box.setRange(MIN_BUDGET_MB, MAX_BUDGET_MB)
        self.budget_box.setSingleStep(50)
        self.budget_box.setSuffix(self.tr(" MB"))
        self.budget_box.setValue(round(document.history_budget / MB))
        self.budget_box.setToolTip(
            self.tr("The default is %1 MB.").replace("%1", str(DEFAULT_BUDGET_MB))
        )
        note = self.tr(
            "Undo keeps its steps within this much memory: past it the oldest steps are "
            "dropped, and the last edit can always be undone. In use now: %1 MB."
        )
        self.note = QLabel(note.replace("%1", f"{document.history_bytes() / MB:.1f}"), self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Undo history memory:"), self.budget_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.budget_box.setValue(DEFAULT_BUDGET_MB))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def budget_mb(self) -> int:
        """The budget chosen, in MB."""
        return self.budget_box.value()
