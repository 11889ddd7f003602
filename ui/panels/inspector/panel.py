"""The inspector: shows and edits what is selected on the canvas.

One page per kind of selection (neuron, edge, layer) and one for nothing
selected (the example's input, target, output and loss), in a stack.  Every
Document signal refreshes the visible page; edits go back through the
Document, so the canvas and the other panels follow by themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from .example import ExamplePage
from .pages import EdgePage, LayerPage, NeuronPage
from .wheel_guard import WheelGuard


class InspectorPanel(QWidget):
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
        self._wheel_guard = WheelGuard(scroll)  # the wheel scrolls; it edits only a focused field
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(scroll)
        document.selectionChanged.connect(self._on_selection_changed)
        document.networkChanged.connect(lambda _structural: self._refresh())
        document.exampleChanged.connect(self._refresh)
        document.stepChanged.connect(self._refresh)
        document.namesChanged.connect(self._refresh)
        self._on_selection_changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text comes from refresh(), so re-showing the page retranslates it."""
        self._refresh()

    def current_page(self):
        return self.stack.currentWidget()

    def _on_selection_changed(self) -> None:
        sel = self.document.selection
        page = self.pages["example" if sel is None else sel.kind]
        self.stack.setCurrentWidget(page)
        page.show_selection(sel)
        self._wheel_guard.watch(page)

    def _refresh(self) -> None:
        if self.document.live and self.visibleRegion().isEmpty():
            return  # a training run's weights, behind another tab: its end refreshes
        page = self.current_page()
        if self._selection_valid():
            page.show_selection(self.document.selection)
            self._wheel_guard.watch(page)  # a page may have made new fields
        else:
            self._on_selection_changed()

    def _selection_valid(self) -> bool:
        """False while a structural change has left a stale selection (fixed next signal)."""
        sel, sizes = self.document.selection, self.document.network.sizes
        if sel is None:
            return self.current_page() is self.pages["example"]
        ok = sel.column < len(sizes) and sel.index < sizes[sel.column]
        return ok and (sel.kind != "edge" or sel.source < sizes[sel.column - 1])
