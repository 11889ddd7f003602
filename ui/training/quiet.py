"""Setting a panel's controls from the model without their signals firing back."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def set_quietly(values) -> None:
    """Give each widget its value, its signals blocked (a combo box takes an index).

    Parameters
    ----------
    values : iterable of (QWidget, value)
        Spin boxes get ``setValue``, combo boxes ``setCurrentIndex``.
    """
    for widget, value in values:
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(value)
        else:
            widget.setValue(value)
        widget.blockSignals(False)
