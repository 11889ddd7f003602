"""The timeline bar under the loss chart: a slider back through the epochs kept.

objectName ``trainingTimeline``.  Its slider has one position per epoch kept
(every epoch early on, fewer later: ``store``), the rightmost the network now;
moving it shows that epoch's network everywhere (``Timeline.show``: read-only,
the loss chart marks it).  "Now" comes back to the present, "Continue from here"
makes the epoch shown the current one (one undo step) so training goes on from
it, "Pin run" keeps the run's loss curve on the chart to compare with the next
run, "Clear pins" removes them.  During a run the slider follows at the clock's
ticks, never once an epoch.  A drag shows the last epoch it reached at each turn
of the event loop, not every position it passed on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from ui.text import palette
from ui.text.i18n import fill

from ..quiet_box import QuietBox

# The slider's own keys, which are also the window's step shortcuts (Right, Home...).
SLIDER_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class SliderKeys(QObject):
    """Keeps the arrow keys, Home, End and the page keys for the focused slider.

    The window's step actions have Right, Left, Home and End as shortcuts, which Qt
    would run instead of moving the slider; a ShortcutOverride accepted by the
    slider gives it the key first, as spin boxes get theirs.
    """

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in SLIDER_KEYS:
                event.accept()
        return False


class TimelineBar(QWidget):
    """The slider and buttons of ``timeline`` (a ``Timeline``)."""

    def __init__(self, timeline, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingTimeline")
        self.setAutoFillBackground(True)  # opaque: a scrub repaints it, not its dock
        self.timeline = timeline
        self.model = timeline.model
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setPageStep(10)
        self._keys = SliderKeys(self)
        self.slider.installEventFilter(self._keys)
        self.label = QLabel(self)
        self.label.setObjectName("timelineLabel")
        self._label_box = QuietBox(self.label, self, fit_width=True)  # counts, lays out nothing
        self.key = QLabel(self)
        self.key.setObjectName("pinnedRunsKey")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.hide()
        self.buttons = {
            name: self._button(name)
            for name in ("timelineNowButton", "continueButton", "pinRunButton", "clearPinsButton")
        }
        self._positions: list[int | None] = []
        self._dirty = True
        self._dragged_to: int | None = None  # the drag's last position, not shown yet
        self._drag_turn = QTimer(self)
        self._drag_turn.setSingleShot(True)
        self._drag_turn.setInterval(0)
        self._drag_turn.timeout.connect(self._show_dragged)
        self._lay_out()
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._show_dragged)
        b = self.buttons
        b["timelineNowButton"].clicked.connect(timeline.show_now)
        b["continueButton"].clicked.connect(timeline.continue_from_shown)
        b["pinRunButton"].clicked.connect(timeline.pins.pin)
        b["clearPinsButton"].clicked.connect(timeline.pins.clear)
        timeline.changed.connect(self._on_changed)
        timeline.shownChanged.connect(self._show_position)
        timeline.pins.changed.connect(self._on_pins_changed)
        self.model.clock.tick.connect(self._on_tick)
        self.model.runningChanged.connect(lambda _running: self.refresh())
        self.retranslate()

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.slider, 1)
        top.addWidget(self._label_box)
        row = QHBoxLayout()
        row.setSpacing(2)
        for name in ("timelineNowButton", "continueButton"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        for name in ("pinRunButton", "clearPinsButton"):
            row.addWidget(self.buttons[name])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(top)
        box.addLayout(row)
        box.addWidget(self.key)

    # ---- public calls (tests, lessons) ---------------------------------------------------
    def positions(self) -> list[int | None]:
        """The epoch of each slider position, oldest first; None is the network now."""
        self._update_positions()
        return list(self._positions)

    def scrub_to(self, epoch: int | None) -> None:
        """Move the slider to ``epoch`` (the nearest kept one; None: now), as a drag does."""
        positions = self.positions()
        if epoch is None or not positions:
            self.slider.setValue(self.slider.maximum())
            return
        kept = [(abs(e - epoch), i) for i, e in enumerate(positions) if e is not None]
        self.slider.setValue(min(kept)[1])

    # ---- following the timeline -----------------------------------------------------------
    def _on_changed(self) -> None:
        self._dirty = True
        if not self.model.is_running:
            self.refresh()

    def _on_tick(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def _update_positions(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        epochs = self.timeline.epochs()
        now_kept = bool(epochs) and epochs[-1] == self.model.epoch and self._last_is_now()
        self._positions = epochs if now_kept else [*epochs, None] if epochs else []

    def _last_is_now(self) -> bool:
        """Whether the newest snapshot is the current network (not edited since)."""
        return self.timeline.holds(self.model.epoch, self.model.document.current_network)

    def refresh(self) -> None:
        self._dirty = True
        self._show_position()

    def _show_position(self) -> None:
        """The slider, label and buttons at the epoch shown (the positions read again if due)."""
        self._update_positions()
        positions, shown = self._positions, self.timeline.shown_epoch
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(positions) - 1, 0))
        if shown is not None and shown in positions:
            self.slider.setValue(positions.index(shown))
        else:
            self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(positions) > 1)
        self._write_label()
        self._update_buttons()

    def _on_slider(self, value: int) -> None:
        if self.slider.isSliderDown():  # dragged: the values it passes wait for one turn
            self._dragged_to = value
            self._drag_turn.start()
            return
        self._show_value(value)

    def _show_dragged(self) -> None:
        value, self._dragged_to = self._dragged_to, None
        self._drag_turn.stop()
        if value is not None:
            self._show_value(value)

    def _show_value(self, value: int) -> None:
        positions = self._positions
        if not 0 <= value < len(positions):
            return
        epoch = positions[value]
        last = value == len(positions) - 1
        if epoch is None or (last and epoch == self.model.epoch):
            self.timeline.show_now()
        else:
            self.timeline.show(epoch)

    def _write_label(self) -> None:
        shown, epoch = self.timeline.shown_epoch, self.model.epoch
        if not self._positions:
            text, colour = self.tr("Train to keep each epoch here"), palette.MUTED
        elif shown is None:
            text, colour = fill(self.tr("epoch %1 (now)"), epoch), palette.INK
        else:
            text, colour = fill(self.tr("epoch %1 of %2"), shown, epoch), palette.ACCENT
        self.label.setText(text)
        # Its colour by the palette: a style sheet would polish the label at each change
        # and keep it from growing with the app font in presentation mode.
        ink = self.label.palette()
        if ink.color(QPalette.ColorRole.WindowText) != QColor(colour):
            ink.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            self.label.setPalette(ink)
        self._label_box.fit()

    def _on_pins_changed(self) -> None:
        pins = self.timeline.pins.pins
        self.key.setText("&nbsp;&nbsp; ".join(p.html() for p in pins))
        self.key.setVisible(bool(pins))
        self._update_buttons()

    def _update_buttons(self) -> None:
        past = self.timeline.shown_epoch is not None
        b = self.buttons
        b["timelineNowButton"].setEnabled(past)
        b["continueButton"].setEnabled(past)
        b["pinRunButton"].setEnabled(len(self.model.history) > 0)
        b["clearPinsButton"].setEnabled(bool(self.timeline.pins.pins))

    # ---- texts ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        b = self.buttons
        texts = {
            "timelineNowButton": (
                self.tr("Now"),
                self.tr("Show the network as it is now"),
            ),
            "continueButton": (
                self.tr("Continue from here"),
                self.tr(
                    "Make this epoch's network the current one (undo brings the later epochs "
                    "back); Train goes on from it. Editing it does the same."
                ),
            ),
            "pinRunButton": (
                self.tr("Pin run"),
                self.tr("Keep this run's loss curve on the chart, to compare with the next run"),
            ),
            "clearPinsButton": (self.tr("Clear pins"), self.tr("Remove the pinned loss curves")),
        }
        for name, (text, tip) in texts.items():
            b[name].setText(text)
            b[name].setToolTip(tip)
        self.slider.setToolTip(
            self.tr(
                "Slide back through the epochs kept while training: the canvas, the views and "
                "the stepping show the network as it was then (read-only)"
            )
        )
        self.refresh()
