"""Small editing widgets of the inspector: a number with a slider, a list of weights."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

import simulator as sim
from ui.fields.signals import signals_blocked

from .wheel_guard import GuardedNumberBox, GuardedSlider

SLIDER_RANGE = 5.0  # the seeds plot activations on -5..5; weights live there too
SLIDER_STEPS = 100  # slider units per 1.0: 0.01 resolution
LIST_LIMIT = 64  # a neuron fed by 784 inputs lists its first 64 weights
# A QListWidgetItem's own flags (a row that was "… and 3 more" may become a weight).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsDragEnabled
)


class ValueEditor(QWidget):
    """A number field and a slider on −5..5 editing one number.

    The field takes and shows any number the model may hold (±``sim.MAX_VALUE``);
    the slider stops at its ends for values beyond them.

    Signals
    -------
    valueEdited(float, bool)
        The new value, and whether it may merge with the previous edit (slider).
    dragStarted(), dragFinished()
        The slider was grabbed / released: one undo step spans the drag.
    """

    valueEdited = Signal(float, bool)
    dragStarted = Signal()
    dragFinished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spin = GuardedNumberBox(-sim.MAX_VALUE, sim.MAX_VALUE)
        self.spin.setSingleStep(0.01)
        self.spin.setMinimumWidth(110)
        self.slider = GuardedSlider(Qt.Horizontal)
        limit = int(SLIDER_RANGE * SLIDER_STEPS)
        self.slider.setRange(-limit, limit)
        self.slider.setPageStep(10)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addWidget(self.slider, 1)
        self.spin.valueChanged.connect(lambda v: self.valueEdited.emit(float(v), False))
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.slider.sliderPressed.connect(self.dragStarted)
        self.slider.sliderReleased.connect(self.dragFinished)

    def value(self) -> float:
        return self.spin.value()

    def set_range(self, low: float = -sim.MAX_VALUE, high: float = sim.MAX_VALUE) -> None:
        """What typing may set (a pixel: 0..1); the slider spans it, within −5..5.

        A value beyond the range (from a file) is still shown as it is.
        """
        self.spin.set_accepted_range(low, high)
        steps = (max(low, -SLIDER_RANGE), min(high, SLIDER_RANGE))
        self.slider.setRange(*(round(v * SLIDER_STEPS) for v in steps))

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting anything."""
        with signals_blocked(self.spin, self.slider):
            self.spin.setValue(value)
            if not self.slider.isSliderDown():  # never fight the user's hand
                self.slider.setValue(slider_position(value))

    def _on_slider_moved(self, position: int) -> None:
        self.valueEdited.emit(position / SLIDER_STEPS, True)


def slider_position(value: float) -> int:
    """The slider's position for ``value``, at its end for values beyond ±SLIDER_RANGE."""
    return round(min(SLIDER_RANGE, max(-SLIDER_RANGE, value)) * SLIDER_STEPS)


class WeightList(QListWidget):
    """Rows of "name: w = 0.1000"; clicking a row emits its key (e.g. an edge)."""

    chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.UserRole)))

    def set_rows(self, rows: list[tuple[str, object]], more_text: str = "") -> None:
        """Show (text, key) rows, at most LIST_LIMIT, then ``more_text`` if cut.

        The rows already there are rewritten in place (a refresh after every edit and
        every language switch made and laid out every row anew)."""
        shown = [(text, key, None) for text, key in rows[:LIST_LIMIT]]
        if len(rows) > LIST_LIMIT and more_text:
            shown.append(
                (more_text.replace("%1", str(len(rows) - LIST_LIMIT)), None, Qt.NoItemFlags)
            )
        while self.count() > len(shown):
            self.takeItem(self.count() - 1)  # dropped: nothing else holds it
        for i, (text, key, flags) in enumerate(shown):
            item = self.item(i)
            if item is None:
                item = QListWidgetItem()
                self.addItem(item)
            if item.text() != text:
                item.setText(text)
            item.setData(Qt.UserRole, key)
            item.setFlags(_ROW_FLAGS if flags is None else flags)
        if self.currentRow() != -1 or self.selectedItems():  # as a new list would be
            self.setCurrentItem(None)
            self.clearSelection()
        self.scrollToTop()
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        rows_shown = min(max(self.count(), 1), 7)
        height = rows_shown * row + 2 * self.frameWidth() + 4
        if (self.minimumHeight(), self.maximumHeight()) != (height, height):
            self.setFixedHeight(height)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
