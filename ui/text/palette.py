"""The colours every view shares, so a thing looks the same wherever it is drawn.

Chosen for a projector: high contrast, blue for positive weights, δ and values and
orange-red for negative ones (distinguishable by most colour-blind eyes; the
canvas's legend explains them once for all panels).  Opaque colours are ``#rrggbb``
strings, which QColor, pyqtgraph and HTML all read; translucent ones are
``(r, g, b, alpha)`` tuples (QColor(*c), pg.mkBrush(c), f"rgba{c}" in a style sheet),
because QColor reads an 8-digit hex as #aarrggbb and pyqtgraph as #rrggbbaa.
"""

# ---- signs: weights, δ, values (canvas, gradient charts) ----
POSITIVE = "#1f5fbf"
NEGATIVE = "#d9480f"

# ---- text and lines ----
INK = "#1b1b1b"  # text, axes, the tangent line
MUTED = "#555555"  # secondary text: sizes, biases, captions, notes
ACCENT = "#0b3d91"  # a selection's outline; the computation panel's formulas
PAPER = "#ffffff"  # plot backgrounds, neuron fill, outlines around markers
CANVAS = "#fcfcfc"  # the canvas's background
LABEL_BACKGROUND = (255, 255, 255, 235)  # tabs over the canvas's edges
GRID = (0, 0, 0, 90)

# ---- the stepping pass: one colour per state of a neuron ----
EMPTY_FILL = "#eeeeee"  # not computed yet
EMPTY_LINE = "#a0a0a0"
INPUT_FILL = "#e6f4ea"
CURRENT_FILL = "#ffe28a"  # being computed
CURRENT_LINE = "#e08a00"
BACKWARD_FILL = "#ead9f7"  # backward: δ known
BACKWARD = "#7b2cbf"  # its outline and the δ written beside it

# ---- column headers ----
HEADER_FILL = "#f3f5f8"
HEADER_SELECTED = "#d6e4ff"

# ---- the activation plot ----
CURVE = POSITIVE  # h(a)
DERIVATIVE = "#e07000"  # h'(a)
MARKER = "#c0182a"  # the point being computed
SATURATED = "#969696"  # where h'(a) is nearly 0: the key's swatch
SATURATED_BAND = (150, 150, 150, 60)  # ... and the band over the plot

# ---- one colour per series: compared activations, the layers of a chart ----
SERIES = ("#2a9d3a", "#8e44ad", "#b8860b", "#17becf", "#d62788", "#7f7f7f")
LAYERS = (POSITIVE, NEGATIVE, *SERIES)

# ---- the plots' colour key ----
KEY_BACKGROUND = (255, 255, 255, 215)
KEY_BORDER = (0, 0, 0, 60)

# ---- entry fields ----
REFUSED_FIELD = "#ffd6d6"  # a number field holding text it cannot take

# ---- training: classes, points, the decision view, messages ----
CLASSES = (NEGATIVE, POSITIVE, *SERIES[:4], "#7f7f7f", "#e377c2", "#8c564b", "#6b8e23")
TRAIN_RIM = PAPER  # training points are rimmed white (Playground's way)
TEST_RIM = "#111111"  # test points black
HOVER_LINE = "#888888"  # the loss chart's epoch under the pointer
TRAIN_ACCURACY = "#8fb0e3"  # the loss chart's accuracies: the losses' blue and orange, paler
TEST_ACCURACY = "#f0a582"
DEAD = "#505050"  # a unit that outputs 0 for every training point
BAR = "#9fb6d9"  # the output bars' classes the network does not choose (its choice: ACCENT)
ERROR = "#b00020"  # training could not start, or diverged
OK = "#1b5e20"  # training stopped by itself as asked
TRANSPARENT = (0, 0, 0, 0)
