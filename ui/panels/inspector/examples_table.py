"""The table of examples: one row per example, its inputs and targets, and live y and E.

objectName ``examplesTable``.  Columns are x₁…, t₁…, y₁… and E; a group of more
than ``GROUP_LIMIT`` numbers (a digit's 64 pixels) is one read-only column
showing the vector, edited on the canvas instead.  The data's names head the
columns (an input x₁², an output's class in its tooltip); a whole target or
output of named classes reads as its class ("7", and y's probability of it).
Clicking a row makes it the stepped example; editing a cell is one undoable
command through the Document.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

import simulator as sim
from ui.fields.boxes import read_typed
from ui.text import palette, unit_names
from ui.text.notation import symbol, to_plain
from ui.text.numbers import share, short

GROUP_LIMIT = 4  # more numbers than this in a group: one column for the whole vector
SHOWN_ROWS = 6  # the table grows to this many rows, then scrolls
RESULT_BRUSH = QBrush(QColor(palette.HEADER_FILL))  # y and E are computed: greyed, not editable
NUMBER = Qt.ItemDataRole.UserRole  # a cell's exact value
GROUP = Qt.ItemDataRole.UserRole + 1  # what the cell holds: (group, whole vector?)


class NumberDelegate(QStyledItemDelegate):
    """Edits a cell as text taking any number the model holds, as typed (``1e-3``, ``−1``).

    Every key is kept; a text that is not such a number leaves the cell as it
    was and says why (a tooltip and the status bar).

    Signals
    -------
    refused(str)
        A typed text was refused; why, in the UI's language.
    """

    refused = Signal(str)

    def createEditor(self, parent, option, index):
        return QLineEdit(parent)

    def setEditorData(self, editor, index) -> None:
        editor.setText(repr(float(index.data(NUMBER))))
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        value, reason = read_typed(editor.parent(), editor.text(), -sim.MAX_VALUE, sim.MAX_VALUE)
        if value is None:
            self.refused.emit(reason)
        else:
            model.setData(index, value, NUMBER)


class ExamplesTable(QTableWidget):
    """The document's table of examples.

    Signals
    -------
    valueEdited(str, int, int, float)
        ``("input" | "target", row, index, value)``: the user typed a number.
    rowChosen(int)
        The user picked a row to step through.
    """

    valueEdited = Signal(str, int, int, float)
    rowChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("examplesTable")
        self.setItemDelegate(NumberDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Narrow cells: x₁ x₂ t₁ t₂ y₁ y₂ E of the book's example fit a 370-pixel dock.
        self.setStyleSheet("QTableWidget::item { padding: 0px 2px; }")
        self.horizontalHeader().setMinimumSectionSize(12)
        self._columns: list[tuple[str, int | None]] = []  # (group, index or None: whole)
        self._shown = None  # the numbers last shown
        self._names = None  # the document's UnitNames, as last shown
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)
        self.itemSelectionChanged.connect(self._on_selection_changed)

    # ---- showing --------------------------------------------------------------
    def show_table(self, inputs, targets, outputs, losses, row: int, names=None) -> None:
        """Show every row: inputs (N, n_in), targets (N, n_out) or None, outputs (N, n_out),
        losses (N,) or None; ``row`` is the stepped one; ``names`` the units' names.
        Unchanged numbers cost nothing: the Inspector refreshes at every step, which
        moves none of them."""
        shown = (_key(inputs, targets, outputs, losses, row), names)
        if shown == self._shown:
            return
        self._shown = shown
        if names != self._names:
            self._names, self._columns = names, []  # new headings
        self._filling = True
        # Sized to their contents once, after the fill: at every cell's change the headers
        # would measure their whole column again (3 ms a cell for ten digits' rows).
        headers = (self.horizontalHeader(), self.verticalHeader())
        for header in headers:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        try:
            groups = [("input", "x", inputs), ("target", "t", targets), ("output", "y", outputs)]
            columns = [
                (group, i)
                for group, _letter, values in groups
                if values is not None
                for i in _indices(values.shape[1])
            ]
            if losses is not None:
                columns.append(("loss", None))
            self._set_shape(len(inputs), columns, groups)
            data = {"input": inputs, "target": targets, "output": outputs}
            for r in range(len(inputs)):
                for c, (group, i) in enumerate(columns):
                    if group == "loss":
                        self._set_cell(r, c, group, losses[r], False)
                    else:
                        whole = i is None
                        self._set_cell(
                            r, c, group, data[group][r] if whole else data[group][r][i], whole
                        )
        finally:
            for header in headers:
                header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self._filling = False
        self._show_row(row)
        self._fit_height()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode: taller rows
            QTimer.singleShot(0, self._fit_height)  # once the headers have their new size
        super().changeEvent(event)

    def _set_shape(self, n_rows: int, columns, groups) -> None:
        if columns != self._columns or n_rows != self.rowCount():
            self._columns = columns
            self.setRowCount(n_rows)
            self.setColumnCount(len(columns))
            self.setHorizontalHeaderLabels(
                [_heading(group, i, self._names) for group, i in columns]
            )
            for c, (group, i) in enumerate(columns):
                tip = _heading_tip(group, i, self._names)
                self.horizontalHeaderItem(c).setToolTip(tip)
            self.setVerticalHeaderLabels([str(r + 1) for r in range(n_rows)])

    def _set_cell(self, r: int, c: int, group: str, value, whole: bool) -> None:
        item = self.item(r, c)
        if item is None or item.data(GROUP) != (group, whole):  # a new cell, or a new column
            item = _cell(group, whole)
            self.setItem(r, c, item)
        text = _class_text(group, value, self._names) if whole else None
        text = text or (_vector_text(value) if whole else short(value))
        if item.text() != text:
            item.setText(text)
            item.setToolTip(_vector_text(value, full=True) if whole else repr(float(value)))
        if not whole and item.data(NUMBER) != float(value):
            item.setData(NUMBER, float(value))

    def _show_row(self, row: int) -> None:
        if self.currentRow() != row or not self.selectionModel().isRowSelected(row):
            self.setCurrentCell(row, max(self.currentColumn(), 0))
            self.selectRow(row)

    def _fit_height(self) -> None:
        rows = min(self.rowCount(), SHOWN_ROWS)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        if self.horizontalScrollBar().isVisible() or self._wider_than_view():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def _wider_than_view(self) -> bool:
        width = self.verticalHeader().width() + self.horizontalHeader().length()
        return width + 2 * self.frameWidth() > self.width()

    # ---- reading the user -------------------------------------------------------
    def cell_value(self, row: int, group: str, index: int) -> float:
        """The exact number of an input, target or output cell (for tests and tools)."""
        return float(self.item(row, self._columns.index((group, index))).data(NUMBER))

    def cell_text(self, row: int, group: str, index: int | None = None) -> str:
        """What a cell shows (``index`` None for E or a whole-vector column)."""
        return self.item(row, self._columns.index((group, index))).text()

    def column_of(self, group: str, index: int | None = None) -> int:
        return self._columns.index((group, index))

    def _on_item_changed(self, item) -> None:
        if self._filling:
            return
        group, i = self._columns[item.column()]
        if group in ("input", "target") and i is not None:
            self.valueEdited.emit(group, item.row(), i, float(item.data(NUMBER)))

    def _on_selection_changed(self) -> None:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not self._filling and len(rows) == 1:
            self.rowChosen.emit(rows.pop())


def _cell(group: str, whole: bool) -> QTableWidgetItem:
    """A new cell of ``group``: inputs and targets editable, the rest greyed."""
    item = QTableWidgetItem()
    item.setData(GROUP, (group, whole))
    editable = group in ("input", "target") and not whole
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if not editable:
        item.setBackground(RESULT_BRUSH)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft if whole else right)
    return item


def _key(*arrays) -> tuple:
    """What a table shows, comparable: the arrays' bytes (None stays None) and the row."""
    return tuple(
        None if a is None else (np.shape(a), np.asarray(a, dtype=float).tobytes()) for a in arrays
    )


def _indices(n: int) -> list:
    """One column per number, or one (None) for the whole vector past GROUP_LIMIT."""
    return list(range(n)) if n <= GROUP_LIMIT else [None]


def _heading(group: str, i: int | None, names=None) -> str:
    if group == "loss":
        return "E"
    if group == "input" and i is not None:
        return to_plain(unit_names.input_symbol(names, i))
    letter = {"input": "x", "target": "t", "output": "y"}[group]
    return letter if i is None else to_plain(symbol(letter, None, i))


def _heading_tip(group: str, i: int | None, names) -> str:
    """What a column's unit stands for: an input's meaning, an output's class."""
    if i is None or group == "loss":
        return ""
    if group == "input":
        return unit_names.input_title(names, i)
    return unit_names.output_title(names, i)


def _class_text(group: str, values, names) -> str | None:
    """A whole target or output of named classes as its class: "7", "7 · 98.1 %"."""
    if group not in ("target", "output") or names is None or not names.outputs:
        return None
    values = np.asarray(values, dtype=float)
    if len(values) != len(names.outputs):
        return None
    k = int(np.argmax(values))
    if group == "target":
        return names.outputs[k] if values[k] == 1.0 and values.sum() == 1.0 else None
    return f"{names.outputs[k]} · {share(float(values[k]))}"


def _vector_text(values, full: bool = False) -> str:
    values = np.asarray(values, dtype=float)
    shown = values if full or values.size <= 3 else values[:3]
    text = ", ".join(short(v) for v in shown)
    return f"[{text}{', …' if len(shown) < values.size else ''}]"
