"""Import and export of data points as CSV, with errors worded in the language shown.

``sim.DataFileError`` speaks English; its ``kind`` and ``details`` (line, column,
the text found) let ``describe`` say the same in the UI's language, naming the
line and column so the user can fix the file in any editor.  Dialogs are looked
up at call time, so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

import simulator as sim
from ui.files import settings
from ui.files.errors import describe as file_error

from . import points
from .fitting import offer_adapt

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls


def _fill(text: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", "?" if value is None else str(value))
    return text


def describe(error: sim.DataFileError) -> str:
    """One sentence, in the language shown, saying where the CSV is wrong and how."""
    d = error.details
    kind = error.kind
    if kind == "missing":
        what = translate("DataFiles", "The file does not exist.")
    elif kind == "unreadable":  # a folder, a pipe, no permission: as the File menu says it
        what = file_error(error)
    elif kind == "too_large":
        what = translate("DataFiles", "The file is too large (at most 16 MB and 1,000,000 points).")
    elif kind == "encoding":
        what = translate("DataFiles", "It is not a text file (UTF-8 expected).")
    elif kind == "empty":
        what = translate("DataFiles", "It holds no data lines.")
    elif kind == "too_few_columns":
        what = translate(
            "DataFiles", "A line needs at least two values: features, then the label or target."
        )
    elif kind == "columns":
        what = _fill(
            translate("DataFiles", "It has %1 values where %2 are expected."),
            d.get("found"),
            d["expected"],
        )
    elif kind == "not_a_number":
        what = _fill(translate("DataFiles", "“%1” is not a number."), d.get("text"))
    elif kind == "non_finite":
        what = _fill(translate("DataFiles", "“%1” is not a finite number."), d.get("text"))
    elif kind == "too_many_features":
        what = _fill(
            translate("DataFiles", "It has %1 feature columns; at most %2 are possible."),
            d.get("found"),
            d.get("limit"),
        )
    elif kind == "too_many_classes":
        what = _fill(
            translate("DataFiles", "It has %1 different labels; at most %2 classes are possible."),
            d.get("found"),
            d.get("limit"),
        )
    else:
        what = str(error)
    return _where(error.line, error.column) + what


def _where(line, column) -> str:
    if line is not None and column is not None:
        return _fill(translate("DataFiles", "Line %1, column %2: "), line, column)
    if line is not None:
        return _fill(translate("DataFiles", "Line %1: "), line)
    if column is not None:
        return _fill(translate("DataFiles", "Column %1: "), column)
    return ""


class DataFiles(QObject):
    """File ▸ Import/Export of ``model``'s points, with ``window`` as the dialogs' parent."""

    def __init__(self, model, window):
        super().__init__(window)
        self.model = model
        self.window = window

    def _filter(self) -> str:
        return self.tr("CSV files (*.csv *.txt);;All files (*)")

    def import_csv(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import data points"), settings.last_directory(), self._filter()
        )
        return bool(path) and self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Read ``path`` and train on its points; a bad file shows why, nothing changes."""
        try:
            dataset = sim.load_csv(path)
        except sim.DataFileError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot import data"),
                self.tr("Could not read %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", describe(error)),
            )
            return False
        points.take_dataset(self.model, dataset)
        settings.remember_directory(path)
        offer_adapt(self.model, self.window)
        return True

    def export_csv(self) -> bool:
        start = Path(settings.last_directory()) / f"{self.model.dataset.name}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export data points"), str(start), self._filter()
        )
        if not path:
            return False
        try:
            sim.save_csv(self.model.dataset, path)
        except OSError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot export data"),
                self.tr("Could not save %1:\n%2")
                .replace("%1", path)
                .replace("%2", file_error(error)),  # the system's words are English
            )
            return False
        settings.remember_directory(path)
        return True
