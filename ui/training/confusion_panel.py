"""The confusion dock: the matrix on the test points and the points of a chosen cell.

A view of the training model (objectName ``confusionPanel``) for every
classification data set.  A line says how many test points the network gets
right; the list beside the matrix holds every mistake, or the points of the
clicked cell (a digit drawn as its picture), and clicking one makes it the
stepping example (x and t), as a point of the decision view does.  It follows
the network shown: during a run at the clock's frames, a past epoch when the
timeline is scrubbed.
"""

from __future__ import annotations

import operator

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

import simulator as sim
from ui.text import unit_names
from ui.text.i18n import fill
from ui.text.numbers import share

from .confusion import ConfusionMatrix, confusion
from .digits.images import ink_image
from .dock_room import DockRoom
from .points import use_point
from .quiet_box import QuietBox
from .sight import InSight

ICON = 32
MAX_LISTED = 300  # a list longer than this shows its first ones (a bad network errs on all)


class ConfusionPanel(InSight, QWidget):
    """The confusion matrix of ``model`` on its test points, and the points of a cell."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setObjectName("confusionPanel")
        self.setAutoFillBackground(True)  # opaque: its repaints leave the dock unpainted
        self.model = model
        self.summary = QLabel(self)
        self.summary.setObjectName("confusionSummary")
        self.summary.setWordWrap(True)
        # a new count lays out neither the dock nor the window: only a new height does
        self._summary_box = QuietBox(self.summary, self)
        self._summary_box.installEventFilter(self)  # its width: the height its text wraps to
        self.matrix = ConfusionMatrix(self)
        self.samples = QListWidget(self)
        self.samples.setObjectName("confusionSamples")
        self.samples.setIconSize(QSize(ICON, ICON))
        self.samples.setUniformItemSizes(True)  # one row measured, not each at every scrub
        self.samples.itemClicked.connect(self._on_item_clicked)
        self.samples.itemActivated.connect(self._on_item_clicked)
        self.matrix.cellChosen.connect(lambda _t, _y: self._list())
        self._result = None
        self._drawn = None
        self._items_of = None  # the data the list's items show points of
        self._key = None  # what the matrix shown was counted from (see _key)
        self._room = None  # the height its dock lends the matrix while in front
        # The matrix takes the whole height (a dock under the canvas is short), the list
        # of points the rest of the width, under the summary.
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self._summary_box)
        right.addWidget(self.samples, 1)
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(6)
        box.addWidget(self.matrix, 1)
        box.addLayout(right, 1)
        model.clock.frame.connect(self.refresh_if_seen)
        model.dataChanged.connect(self.refresh_if_seen)
        model.document.namesChanged.connect(self.refresh_if_seen)
        model.document.pastChanged.connect(self.refresh_if_seen)
        self.retranslate()

    def watch_dock(self, dock) -> None:
        super().watch_dock(dock)
        self._room = DockRoom(dock)

    def _on_dock_visibility(self, visible: bool) -> None:
        super()._on_dock_visibility(visible)
        if visible:
            self.ask_room()
        elif self._room is not None:
            self._room.give_back()

    def ask_room(self) -> None:
        """A matrix whose rows would not read whole at the dock's height asks for more
        (also after presentation mode has sized the docks for its larger type)."""
        if self._room is not None and self.in_sight and self.matrix.isVisibleTo(self):
            extra = self.height() - self.matrix.height()
            self._room.ask(self.matrix.wanted_height() + extra, self)

    def resizeEvent(self, event) -> None:
        """The matrix as wide as its grid at the panel's height (its cells square where
        there is room), the list the rest."""
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        margins = self.layout().contentsMargins()
        height = self.height() - margins.top() - margins.bottom()
        wanted = self.matrix.width_for(height)
        most = round(0.6 * self.width())  # the list of points keeps room beside it
        self.matrix.setMaximumWidth(max(self.matrix.minimumWidth(), min(wanted, most)))

    # ---- reading (tests, lessons) -------------------------------------------------------
    def result(self):
        """The ``Confusion`` shown (None when there is no matrix to show)."""
        return self._result

    def choose_sample(self, n: int) -> None:
        """Make the ``n``-th point listed the stepping example."""
        self._on_item_clicked(self.samples.item(n))

    # ---- following the model ------------------------------------------------------------
    def refresh_if_seen(self) -> None:
        if self.in_sight:
            self.refresh()

    def refresh(self) -> None:
        model = self.model
        key = _key(model)
        if key is not None and _same(key, self._key):
            return  # the same frozen network and data: the same matrix (a step, a scrub's echo)
        self._key = key
        result = confusion(model) if model.kind == "classification" else None
        self._result = result
        names = model.document.names
        self.matrix.setVisible(result is not None)
        self.samples.setVisible(result is not None)
        if result is None:
            self._write_summary(self._note())
            return
        classes = len(self.matrix.matrix())
        self.matrix.set_matrix(result.matrix, names)
        self._share_width()  # another number of classes, other names: another width
        if len(result.matrix) != classes:
            self.ask_room()  # (not at every frame: a dock the user made smaller stays so)
        right, total = int(result.matrix.trace()), int(result.matrix.sum())
        text = self.tr("Test points: %1 of %2 right (%3)")
        self._write_summary(fill(text, right, total, share(result.accuracy)))
        self._list()

    def _write_summary(self, text: str) -> None:
        self.summary.setText(text)
        self._fit_summary()

    def _fit_summary(self) -> None:
        """The summary's box as high as its text wrapped to the box's width."""
        box = self._summary_box
        height = self.summary.heightForWidth(max(box.width(), 1))
        if height < 0:  # no text yet
            height = self.summary.sizeHint().height()
        if height != box.minimumHeight():
            box.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._summary_box and event.type() == QEvent.Type.Resize:
            self._fit_summary()
        return False

    def _note(self) -> str:
        if self.model.kind != "classification":
            return self.tr("The confusion matrix is drawn for classification data.")
        return self.tr("The network does not fit the data set yet, or there are no test points.")

    def _list(self) -> None:
        result = self._result
        if result is None:
            return
        cell = self.matrix.chosen
        picked = result.points(cell)[:MAX_LISTED]
        key = (cell, result.rows[picked].tobytes(), result.chosen[picked].tobytes())
        if key != self._drawn:  # other points: a new list (else only the numbers change)
            self._drawn = key
            self._fill(picked)
        for k, text in enumerate(self._sample_texts(picked)):
            self.samples.item(k).setText(text)

    def _fill(self, picked) -> None:
        """The list's items for the points ``picked``: the items there are reused (a scrub
        lists much the same points), each given its point and picture."""
        result, names = self._result, self.model.document.names
        rows = result.rows[picked].tolist()
        cell = self.matrix.chosen
        note = not rows and (cell is None or cell[0] != cell[1])
        samples, inputs = self.samples, self.model.prepared.inputs
        if self._items_of is not inputs:  # other data: no item's point or picture holds
            self._items_of = inputs
            samples.clear()
        samples.clearSelection()  # a highlighted row would now hold another point
        while samples.count() > len(rows) + note:
            samples.takeItem(samples.count() - 1)
        while samples.count() < len(rows) + note:
            samples.addItem(QListWidgetItem())
        for k, row in enumerate(rows):
            item = samples.item(k)
            if item.data(Qt.ItemDataRole.UserRole) != row:
                item.setData(Qt.ItemDataRole.UserRole, row)
                if names.image is not None:
                    item.setIcon(self._icon(inputs, row, names.image))
        if note:
            item = samples.item(0)
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setIcon(QIcon())
            item.setText(self.tr("No mistakes"))

    def _icon(self, inputs, row: int, shape) -> QIcon:
        """Point ``row``'s picture, made once per data (a scrub lists much the same points)."""
        if getattr(self, "_icons", (None,))[0] is not inputs:
            self._icons = (inputs, {})
        icons = self._icons[1]
        if row not in icons:
            image = ink_image(inputs[row].reshape(shape))
            icons[row] = QIcon(QPixmap.fromImage(image).scaled(ICON, ICON))
        return icons[row]

    def _sample_texts(self, picked) -> list[str]:
        """Each of the points ``picked`` as "No. 12 · 3 taken for 8 (61.2 %)"."""
        result, names = self._result, self.model.document.names
        text = self.tr("No. %1 · %2 taken for %3 (%4)")
        classes: dict[int, str] = {}  # a class's name, looked up once a list

        def named(c: int) -> str:
            if c not in classes:
                classes[c] = unit_names.class_text(names, c)
            return classes[c]

        return [
            fill(text, row + 1, named(truth), named(chosen), share(confidence))
            for row, truth, chosen, confidence in zip(
                result.rows[picked].tolist(),
                result.truth[picked].tolist(),
                result.chosen[picked].tolist(),
                result.confidence[picked].tolist(),
            )
        ]

    def _on_item_clicked(self, item) -> None:
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if row is not None:
            use_point(self.model, int(row))

    # ---- texts ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_summary()  # presentation mode's larger letters wrap otherwise
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.samples.setToolTip(
            self.tr(
                "Every mistake on the test points, or the points of the chosen cell: "
                "click one to step through it"
            )
        )
        self._drawn = self._key = None
        if self.in_sight:
            self.refresh()


def _key(model) -> tuple | None:
    """What the matrix is counted from, when it proves the same matrix: the network's
    arrays, all frozen (so unchanged while held), the data and the names; else None."""
    arrays = [a for layer in model.network.layers for a in (layer.W, layer.b)]
    if not all(sim.is_frozen(a) for a in arrays):
        return None  # a run's network, changing in place
    names = model.document.names
    return (*arrays, model.prepared, model.kind, names)


def _same(key: tuple, other: tuple | None) -> bool:
    """Arrays and the data by identity (frozen: the same one holds the same numbers)."""
    if other is None or len(key) != len(other):
        return False
    *held, kind, names = key
    *theirs, their_kind, their_names = other
    return all(map(operator.is_, held, theirs)) and (kind, names) == (their_kind, their_names)
