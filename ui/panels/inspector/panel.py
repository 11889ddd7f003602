"""The inspector: shows and edits what is selected on the canvas.

One page per kind of selection (neuron, edge, layer) and one for nothing
selected (the example's input, target, output and loss), in a stack.  Every
Document signal refreshes the visible page; edits go back through the
Document, so the canvas and the other panels follow by themselves.  Behind
another dock's tab it lets new values pass (a step, new weights: scrubbing the
timeline or training fills no hidden table) and refreshes once when its tab
comes to the front (``InSight``); a new structure, example, names or selection
it shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ui.document.settling import once_settled

from ..sight import InSight
from .example import ExamplePage
from .pages import EdgePage, LayerPage, NeuronPage


class InspectorPanel(InSight, QWidget):
    """Panel showing the selected neuron, edge or layer, and the example input.

    objectName ``inspectorPanel``.
    """

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.document = document
        self.pages = {
            "example": ExamplePage(document),
            "neuron": NeuronPage(document),
            "edge": EdgePage(document),
            "layer": LayerPage(document),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setObjectName("inspectorScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(scroll)
        # One change (an edit, undo) sends several signals: the page is shown once, after
        # the last (ui.document.settling).
        self._show_soon = once_settled(document, self._show_selected)
        document.selectionChanged.connect(self._show_soon)
        document.networkChanged.connect(lambda structural: self._on_network_changed(structural))
        document.exampleChanged.connect(self._refresh)
        document.stepChanged.connect(lambda: self._on_step_changed())
        document.namesChanged.connect(self._refresh)
        self._show_selected()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text comes from refresh(), so re-showing the page retranslates it."""
        self._refresh()

    def current_page(self):
        return self.stack.currentWidget()

    def refresh(self) -> None:
        """Show the Document as it is now (its tab came to the front)."""
        self._refresh()

    def _on_network_changed(self, structural: bool) -> None:
        if structural or not self.behind:  # new values behind a tab wait for it
            self._refresh()

    def _on_step_changed(self) -> None:
        if not self.behind:
            self._refresh()

    def _show_selected(self) -> None:
        """The page of the selection, showing the Document as it is now."""
        sel = self.document.selection
        page = self.pages["example" if sel is None else sel.kind]
        self.stack.setCurrentWidget(page)
        page.show_selection(sel)

    def _refresh(self) -> None:
        if self.document.live and self.visibleRegion().isEmpty():
            return  # a training run's weights, behind another tab: its end refreshes
        self._show_soon()
