"""The main window's longer texts: menu and dock titles, About and How to use.

All in the translation context "MainWindow" and marked with
``QT_TRANSLATE_NOOP`` so lupdate finds them; ``translate`` looks them up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.text.notation import spans

TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "recent": QT_TRANSLATE_NOOP("MainWindow", "Recent &files"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
    "network": QT_TRANSLATE_NOOP("MainWindow", "&Network"),
    "step": QT_TRANSLATE_NOOP("MainWindow", "&Step"),
    "examples": QT_TRANSLATE_NOOP("MainWindow", "E&xamples"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    "toolbar": QT_TRANSLATE_NOOP("MainWindow", "Toolbar"),
    "toggle_dock": QT_TRANSLATE_NOOP("MainWindow", "Show or hide the panel “%1”"),
    "no_recent": QT_TRANSLATE_NOOP("MainWindow", "(no recent files)"),
    "undo": QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
    "redo": QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
}

# dock objectName: (title, status tip shown while the pointer is over it)
DOCKS = {
    "dockInspector": (
        QT_TRANSLATE_NOOP("MainWindow", "Inspector"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Inspector: the selected neuron, edge or layer; "
            "edit its weight, bias or the example input here",
        ),
    ),
    "dockComputation": (
        QT_TRANSLATE_NOOP("MainWindow", "Computation"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Computation: the current neuron's ⟦a = b + Σ w·x⟧ and ⟦z = h(a)⟧ with real numbers",
        ),
    ),
    "dockActivation": (
        QT_TRANSLATE_NOOP("MainWindow", "Activation function"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Activation function: the curve ⟦z = h(a)⟧ and the point being computed"
        ),
    ),
    "dockGradients": (
        QT_TRANSLATE_NOOP("MainWindow", "Gradients"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Gradients: ⟦δ = ∂E/∂a⟧ of each neuron and the size of each layer's weight gradients",
        ),
    ),
    "dockData": (
        QT_TRANSLATE_NOOP("MainWindow", "Data"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Data: the data set, its points, noise and split, the input features"
        ),
    ),
    "dockTraining": (
        QT_TRANSLATE_NOOP("MainWindow", "Training"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Training: Train and Pause, the epoch, loss and accuracy, the settings"
        ),
    ),
    "dockDecision": (
        QT_TRANSLATE_NOOP("MainWindow", "Decision"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Decision: the network's output over the plane, behind the data points",
        ),
    ),
    "dockLoss": (
        QT_TRANSLATE_NOOP("MainWindow", "Loss"),
        QT_TRANSLATE_NOOP("MainWindow", "Loss: the training and test loss and accuracy per epoch"),
    ),
    "dockDigits": (
        QT_TRANSLATE_NOOP("MainWindow", "Digits"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Digits: draw the input on the pad (left button draws, right erases) and read "
            "the network's answer on the bars",
        ),
    ),
    "dockFeatures": (
        QT_TRANSLATE_NOOP("MainWindow", "Feature maps"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Feature maps: what each neuron of layer 1 looks for, and what it sees in the example",
        ),
    ),
    "dockConfusion": (
        QT_TRANSLATE_NOOP("MainWindow", "Confusion"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Confusion matrix: the test points by their true class and the network's answer",
        ),
    ),
}

_ABOUT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>NeuroStep %1</h3>"
    "<p>A neural-network simulator for teaching: build a layered network, then step "
    "through forward and backward propagation one neuron at a time.</p>"
    "<p>Free software under the MIT licence. The Chinese font is Noto Sans SC "
    "(SIL Open Font License).</p>",
)

# Formulas are marked ⟦…⟧: shown in the chosen letters (View ▸ Notation) and kept on one
# line (<nobr>), as a Chinese line may otherwise break inside "∂E/∂a" after the slash.
_HOW_TO = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>How to use NeuroStep</h3>"
    "<ol>"
    "<li>Open an example from <b>Examples</b>, or build a network with <b>Network → Add "
    "layer</b> and the + / − buttons on each layer.</li>"
    "<li>Click a neuron or an edge to select it; the <b>Inspector</b> edits its bias or "
    "weight. With nothing selected it shows the table of examples: click a row to step "
    "through it. Blue edges are positive weights, red ones negative; thicker means "
    "larger.</li>"
    "<li>Step through the forward pass with <b>→</b> (one neuron; <b>←</b> goes back, "
    "<b>Ctrl+→</b> finishes the layer, <b>End</b> the pass), and see each neuron's "
    "weighted input ⟦a = b + Σ w·x⟧ and its output ⟦z = h(a)⟧.</li>"
    "<li>With a target set, step the backward pass with <b>Shift+→</b> and watch "
    "⟦δ = ∂E/∂a⟧ flow back from the output; then <b>Ctrl+U</b> applies one "
    "update, ⟦w ← w − η·∂E/∂w⟧.</li>"
    "<li><b>F5</b> shows presentation mode for a projector (large type, full screen); "
    "<b>Esc</b> leaves it.</li>"
    "<li>Every edit can be undone with Ctrl+Z (redone with Ctrl+Shift+Z); save your "
    "network with Ctrl+S.</li>"
    "</ol>",
)


def translate(key: str) -> str:
    """A title of ``TITLES`` (or any "MainWindow" source text) in the current language."""
    return QCoreApplication.translate("MainWindow", TITLES.get(key, key))


def about_text(version: str) -> str:
    return translate(_ABOUT).replace("%1", version)


def how_to_text() -> str:
    return spans(translate(_HOW_TO), rich=True)
