"""The actions that move through a forward and a backward pass, and auto-play.

Each action calls one Document method; the Document emits ``stepChanged`` and
every view redraws, including these actions' enabled state.  Shortcuts are
window-wide, yet a focused spin box or line edit keeps its arrow keys, Home,
End and Space: Qt offers them to the focused widget first (ShortcutOverride).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QWidget,
)

import simulator as sim
from ui.fields.boxes import NumberBox
from ui.fields.signals import signals_blocked
from ui.text import palette
from ui.text.i18n import HearsLanguage
from ui.text.notation import letters, spans

MIN_SPEED, MAX_SPEED = 0.5, 10.0  # steps per second
MIN_RATE, MAX_RATE = 0.0001, 10.0  # what the η field takes (a file may hold any η > 0)
SP = QStyle.StandardPixmap
# objectName, shortcut, icon
SPECS = [
    ("actionStepForward", "Right", SP.SP_ArrowRight),
    ("actionStepBack", "Left", SP.SP_ArrowLeft),
    ("actionFinishLayer", "Ctrl+Right", SP.SP_MediaSeekForward),
    ("actionFinishPass", "End", SP.SP_MediaSkipForward),
    ("actionResetPass", "Home", SP.SP_MediaSkipBackward),
    ("actionPlayPause", "Space", SP.SP_MediaPlay),
    ("actionStepBackward", "Shift+Right", SP.SP_MediaSeekBackward),
    ("actionApplyUpdate", "Ctrl+U", None),  # drawn: a step down a slope (see descent_icon)
]


def descent_icon() -> QIcon:
    """Apply update's icon: a ball stepping down a valley (w ← w − η·∂E/∂w).

    The standard "apply" icon is a tick, which reads as a check box.
    """
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    valley = QPainterPath(QPointF(3, 6))
    valley.quadTo(QPointF(16, 44), QPointF(29, 6))
    painter.setPen(QPen(QColor(palette.MUTED), 2.2))
    painter.drawPath(valley)
    painter.setPen(QPen(QColor(palette.NEGATIVE), 2.6))
    painter.drawLine(QPointF(8, 13), QPointF(14, 21))  # the step, down the slope
    painter.drawLine(QPointF(14, 21), QPointF(9.5, 20))
    painter.drawLine(QPointF(14, 21), QPointF(13.5, 16.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(palette.POSITIVE))
    painter.drawEllipse(QPointF(7, 11), 3.4, 3.4)
    painter.end()
    return QIcon(pixmap)


class StepActions(HearsLanguage, QObject):
    """Step actions bound to ``document``; ``actions()`` lists them for menus/toolbars.

    Attributes
    ----------
    speed : float
        Auto-play speed in steps per second (0.5 to 10).
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._speed = 2.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self._by_name = {name: self._make(name, key, icon) for name, key, icon in SPECS}
        self._connect()
        self._speed_box: QDoubleSpinBox | None = None
        self._rate_box: QDoubleSpinBox | None = None
        self._widgets: list[QWidget] = []
        self._play_buttons: list[QWidget] = []
        # A window's child hears its LanguageChange (HearsLanguage); without one, only the
        # application gets it, and it is watched for it.
        if not isinstance(parent, QWidget):
            QApplication.instance().installEventFilter(self)
        else:
            parent.addActions(list(self._by_name.values()))  # shortcuts work without menus
        self.retranslate()
        document.stepChanged.connect(self._on_step_changed)
        document.exampleChanged.connect(self._on_step_changed)
        document.settingsChanged.connect(self._on_settings_changed)
        self._on_step_changed()

    def _make(self, name: str, key: str, icon) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        style = QApplication.style()
        if icon is None:
            action.setIcon(descent_icon())
        elif style is not None:
            action.setIcon(style.standardIcon(icon))
        return action

    def _connect(self) -> None:
        d, a = self.document, self._by_name
        a["actionStepForward"].triggered.connect(d.step_forward)
        a["actionStepBack"].triggered.connect(d.step_back)
        a["actionFinishLayer"].triggered.connect(d.finish_layer)
        a["actionFinishPass"].triggered.connect(d.finish_pass)
        a["actionResetPass"].triggered.connect(d.reset_pass)
        a["actionStepBackward"].triggered.connect(d.step_backward)
        a["actionApplyUpdate"].triggered.connect(self._on_apply_update)
        play = a["actionPlayPause"]
        play.setCheckable(True)
        play.toggled.connect(self._on_play_toggled)

    # ---- public -----------------------------------------------------------------
    def actions(self) -> list:
        """The actions in menu order (None stands for a separator)."""
        a = self._by_name
        return [
            a["actionStepForward"],
            a["actionStepBack"],
            a["actionFinishLayer"],
            a["actionFinishPass"],
            a["actionResetPass"],
            None,
            a["actionPlayPause"],
            None,
            a["actionStepBackward"],
            a["actionApplyUpdate"],
        ]

    def action(self, name: str) -> QAction:
        """One action by objectName (``"actionStepForward"``)."""
        return self._by_name[name]

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, steps_per_second: float) -> None:
        self._speed = min(MAX_SPEED, max(MIN_SPEED, float(steps_per_second)))
        self._timer.setInterval(round(1000 / self._speed))
        if self._speed_box is not None and self._speed_box.value() != self._speed:
            self._speed_box.setValue(self._speed)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def speed_widget(self, parent=None) -> QWidget:
        """A small "Speed [2.0 steps/s]" spin box for the toolbar."""
        self._speed_box = box = NumberBox(MIN_SPEED, MAX_SPEED, shown_decimals=1)
        box.setObjectName("speedSpinBox")
        box.setSingleStep(0.5)
        box.setValue(self._speed)
        box.valueChanged.connect(lambda v: setattr(self, "speed", v))
        return self._labelled(box, "speed", parent)

    def learning_rate_widget(self, parent=None) -> QWidget:
        """A "Learning rate η [0.1]" spin box for the toolbar; sets document.learning_rate."""
        self._rate_box = box = NumberBox(MIN_RATE, MAX_RATE)
        box.setObjectName("learningRateSpinBox")
        box.setSingleStep(0.01)
        box.setValue(self.document.learning_rate)
        box.valueChanged.connect(lambda v: setattr(self.document, "learning_rate", float(v)))
        return self._labelled(box, "rate", parent)

    def _labelled(self, box: QDoubleSpinBox, kind: str, parent) -> QWidget:
        widget = QWidget(parent)
        widget.setObjectName(f"{kind}Widget")
        label = QLabel(widget)
        label.setObjectName(f"{kind}Label")
        label.setBuddy(box)
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(label)
        layout.addWidget(box)
        box.setParent(widget)
        self._widgets.append(widget)
        self.retranslate()
        return widget

    # ---- language ---------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "actionStepForward": (
                self.tr("Step"),
                self.tr("Step forward"),
                self.tr("Compute the next neuron"),
            ),
            "actionStepBack": (
                self.tr("Back"),
                self.tr("Step back"),
                self.tr("Undo the last step"),
            ),
            "actionFinishLayer": (
                self.tr("Finish layer"),
                self.tr("Finish layer"),
                self.tr("Compute the rest of this layer"),
            ),
            "actionFinishPass": (
                self.tr("Finish pass"),
                self.tr("Finish pass"),
                self.tr("Compute every remaining neuron of this pass"),
            ),
            "actionResetPass": (
                self.tr("Reset"),
                self.tr("Reset pass"),
                self.tr("Back to nothing computed"),
            ),
            "actionPlayPause": (
                self.tr("Play"),
                self.tr("Play / pause"),
                self.tr("Step automatically at the chosen speed"),
            ),
            "actionStepBackward": (
                self.tr("Backward step"),
                self.tr("Backward step"),
                self.tr("Back-propagate one neuron: its δ and its gradients (needs a target)"),
            ),
            "actionApplyUpdate": (
                self.tr("Apply update"),
                self.tr("Apply update"),
                spans(
                    self.tr(
                        "One gradient step with the learning rate: ⟦w ← w − η·∂E/∂w⟧ (undoable)"
                    )
                ),
            ),
        }
        if self.playing:
            texts["actionPlayPause"] = (self.tr("Pause"),) + texts["actionPlayPause"][1:]
        for name, (short, text, tip) in texts.items():
            self._set_texts(self._by_name[name], short, text, tip)
        self._retranslate_widgets()
        self.fit_play_buttons()

    def hold_width(self, button: QWidget) -> None:
        """Keep the Play/Pause button ``button`` one width, "Play" or "Pause", so the
        toolbar does not shift under the pointer when it is pressed."""
        self._play_buttons.append(button)
        self.fit_play_buttons()

    def fit_play_buttons(self) -> None:
        """Give the Play/Pause buttons their width again, for a new font (the window
        calls this at its FontChange, once its children have the new font: a filter
        on each button ran Python for every event it got)."""
        texts = (self.tr("Play"), self.tr("Pause"))
        for button in self._play_buttons:
            metrics = button.fontMetrics()
            shown = metrics.horizontalAdvance(button.text())
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            button.setMinimumWidth(button.sizeHint().width() - shown + widest)

    def _set_texts(self, action: QAction, short: str, text: str, tip: str) -> None:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(text)
        action.setIconText(short)
        action.setToolTip(f"{text} ({key})")
        action.setStatusTip(f"{tip} ({key})")

    def _retranslate_widgets(self) -> None:
        for widget in self._widgets:
            label = widget.findChild(QLabel)
            if widget.objectName() == "speedWidget":
                label.setText(self.tr("Speed"))
                widget.setToolTip(self.tr("Auto-play speed, in steps per second"))
                widget.findChild(QDoubleSpinBox).setSuffix(self.tr(" steps/s"))
            else:
                label.setText(letters("η"))  # the toolbar's room goes to the buttons' names
                tip = self.tr("Learning rate ⟦η⟧, the step size of Apply update: ⟦w ← w − η·∂E/∂w⟧")
                widget.setToolTip(spans(tip))

    def eventFilter(self, watched, event) -> bool:
        # The application is watched for LanguageChange when there is no window (see
        # __init__).
        if event.type() == QEvent.Type.LanguageChange and watched is QApplication.instance():
            self.retranslate()
        return False

    # ---- state --------------------------------------------------------------------
    def _on_step_changed(self) -> None:
        cursor, a = self.document.cursor, self._by_name
        can_go, has_done = cursor.next_record() is not None, cursor.current() is not None
        for name in ("actionStepForward", "actionFinishLayer", "actionFinishPass"):
            a[name].setEnabled(can_go)
        a["actionStepBack"].setEnabled(has_done)
        a["actionResetPass"].setEnabled(has_done)
        a["actionPlayPause"].setEnabled(can_go or has_done or self.playing)
        a["actionStepBackward"].setEnabled(bool(cursor.backward) and not cursor.backward_finished)
        a["actionApplyUpdate"].setEnabled(self.document.target is not None)

    def _on_settings_changed(self) -> None:
        if self._rate_box is not None and self._rate_box.value() != self.document.learning_rate:
            with signals_blocked(self._rate_box):
                self._rate_box.setValue(self.document.learning_rate)

    def _on_apply_update(self) -> None:
        if self.document.target is None:
            return
        try:
            self.document.apply_update()
        except sim.TrainingDiverged as error:
            self._timer.stop()
            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            QMessageBox.warning(
                parent,
                self.tr("Update refused"),
                self.tr(
                    "This update would make the network's numbers infinite, so it was not "
                    "applied and the weights are unchanged.\n\nLower the learning rate "
                    "(now %1) and try again."
                ).replace("%1", f"{error.learning_rate:g}"),
            )

    def _on_play_toggled(self, on: bool) -> None:
        play = self._by_name["actionPlayPause"]
        style = QApplication.style()
        if on:
            if self.document.cursor.next_record() is None:
                self.document.reset_pass()  # at the end, play starts over
            self._timer.start(round(1000 / self._speed))
        else:
            self._timer.stop()
        if style is not None:
            play.setIcon(style.standardIcon(SP.SP_MediaPause if on else SP.SP_MediaPlay))
        play.setIconText(self.tr("Pause") if on else self.tr("Play"))
        self._on_step_changed()

    def _on_tick(self) -> None:
        moved = self.document.step_forward()
        if not moved or self.document.cursor.next_record() is None:
            self._by_name["actionPlayPause"].setChecked(False)
