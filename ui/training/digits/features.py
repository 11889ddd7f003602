"""Feature maps: what each neuron of the first layer looks for, and what it sees now.

A view of the Document (objectName ``featureMaps``).  When the inputs are a
picture (``Document.names.image``: 8×8 digits, 28×28 MNIST), each neuron of the
layer fed by them gets a tile: its incoming weights laid out as the picture
(blue where ink raises its weighted input a, orange where ink lowers it: what the
neuron looks for), or, in the second mode, those weights times the example's
pixels (where this example pushes a up or down: the feature map of the input;
its sum plus b is a).  Under each tile a bar and the number give the neuron's
output z for the example.  All tiles share one colour scale, so they compare;
clicking a tile selects its neuron.  Other layers' inputs are no picture (their
neurons mix the first layer's), so only the first layer is drawn this way.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

import simulator as sim
from ui.document.state import Selection
from ui.text import palette
from ui.text.i18n import fill
from ui.text.notation import spans
from ui.text.numbers import short

from .images import signed_image

MODES = ("weights", "inputs")
GAP = 4  # pixels between tiles
MIN_NUMBER_PX = 8  # a z under its tile is written at least this high, or not at all
ACTIVE = QColor(palette.POSITIVE)


def z_text(z: float) -> str:
    """A neuron's output under its tile, in two digits: "0.69", "12", "0" (only 0 reads 0)."""
    return "0" if z == 0 else f"{z:.2g}"


def tile_grid(n: int, width: float, height: float, extra: float) -> tuple[int, float]:
    """(columns, side) that fit ``n`` square tiles, each ``extra`` pixels taller, largest."""
    best = (1, 1.0)
    for columns in range(1, n + 1):
        rows = math.ceil(n / columns)
        side = min(width / columns - GAP, (height - rows * extra) / rows - GAP)
        if side > best[1]:
            best = (columns, side)
    return best


class FeatureTiles(QWidget):
    """The tiles of the first layer of ``document``'s network (see the module docstring).

    Signals
    -------
    modeChanged(str)
        ``"weights"`` or ``"inputs"`` (weights × the example's pixels).
    """

    modeChanged = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("featureMaps")
        self.document = document
        self.mode = "weights"
        self.setMinimumSize(60, 40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._cache = None  # (maps' bytes and reach, the tiles' pictures)
        for signal in (document.exampleChanged, document.namesChanged, document.selectionChanged):
            signal.connect(self.update)
        document.networkChanged.connect(lambda _structural: self.update())
        self.retranslate()

    # ---- reading ----------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Whether the network's inputs are a picture (and so the maps can be drawn)."""
        return self.document.names.image is not None

    def maps(self) -> np.ndarray | None:
        """What the tiles show, shape (neurons, rows, columns): weights, or weights × x."""
        shape = self.document.names.image
        if shape is None:
            return None
        W = self.document.network.layers[0].W  # (n_in, n_1)
        values = W.T if self.mode == "weights" else (W * self.document.input[:, None]).T
        return values.reshape(-1, *shape)

    def outputs(self) -> np.ndarray:
        """Each first-layer neuron's output z for the example, shape (n_1,), computed even
        before the stepped pass reaches the layer."""
        doc = self.document
        return np.asarray(sim.layer_outputs(doc.network, doc.input[None, :])[0][0], dtype=float)

    def set_mode(self, mode: str) -> None:
        """Show the weights (``"weights"``) or the weights × the example (``"inputs"``)."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        if mode != self.mode:
            self.mode = mode
            self.update()
            self.modeChanged.emit(mode)

    def tile_rect(self, j: int) -> QRectF:
        """Where neuron ``j``'s picture is drawn (for qtbot and lessons)."""
        columns, side = self._grid()
        row, column = divmod(j, columns)
        return QRectF(column * (side + GAP), row * (side + GAP + self._extra()), side, side)

    # ---- painting -----------------------------------------------------------------------
    def _extra(self) -> float:
        return self.fontMetrics().height() + 6

    def _grid(self) -> tuple[int, float]:
        n = self.document.network.layers[0].n_out
        return tile_grid(n, self.width(), self.height(), self._extra())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        maps = self.maps()
        if maps is None:
            painter.setPen(QColor(palette.MUTED))
            painter.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self._note)
            return
        finite = maps[np.isfinite(maps)]
        reach = float(np.max(np.abs(finite))) if finite.size else 1.0
        z = self.outputs()
        z_reach = max(float(np.max(np.abs(z[np.isfinite(z)]), initial=0.0)), 1e-12)
        sel = self.document.selection
        chosen = sel.index if sel is not None and sel.kind == "neuron" and sel.column == 1 else None
        for j, image in enumerate(self._tile_images(maps, reach)):
            box = self.tile_rect(j)
            painter.drawImage(box, image)
            outline = (palette.ACCENT, 3) if j == chosen else (palette.MUTED, 1)
            painter.setPen(QPen(QColor(outline[0]), outline[1]))
            painter.drawRect(box)
            self._paint_output(painter, box, z[j], z_reach)

    def _tile_images(self, maps: np.ndarray, reach: float) -> list:
        """Each tile's picture of ``maps`` (neurons, rows, columns), made again only when
        the maps or their reach change: a repaint for other reasons (a language switch
        repaints the window) reuses them."""
        key = (maps.shape, maps.tobytes(), reach)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, [signed_image(values, reach) for values in maps])
        return self._cache[1]

    def _paint_output(self, painter, box: QRectF, z: float, reach: float) -> None:
        """The neuron's z under its tile: a bar as long as z is large, and the number."""
        bar = QRectF(box.left(), box.bottom() + 2, box.width() * min(abs(z) / reach, 1.0), 3)
        painter.fillRect(bar, ACTIVE if z >= 0 else QColor(palette.NEGATIVE))
        words, room = z_text(z), box.width()  # the gap stays between two numbers
        font = QFont(self.font())
        wide = QFontMetricsF(font).horizontalAdvance(words)
        if wide > room:  # narrow tiles (32 in a row): a smaller number, never a missing one
            size = QFontInfo(font).pixelSize() * room / wide
            if size < MIN_NUMBER_PX:
                return  # too narrow even so: the bar says it, the tooltip too
            font.setPixelSize(int(size))
        painter.setFont(font)
        painter.setPen(QColor(palette.INK if z != 0 else palette.MUTED))
        text = QRectF(box.left(), bar.bottom(), room, self._extra() - 5)
        painter.drawText(text, Qt.AlignHCenter | Qt.AlignTop, words)

    def tile_at(self, pos) -> int | None:
        """The neuron whose tile (or number under it) is at ``pos``, or None."""
        if self.maps() is None:
            return None
        for j in range(self.document.network.layers[0].n_out):
            if self.tile_rect(j).adjusted(-2, -2, 2, 2 + self._extra()).contains(pos):
                return j
        return None

    def mousePressEvent(self, event) -> None:
        j = self.tile_at(event.position())
        if j is not None:
            self.document.select(Selection("neuron", 1, j))
        event.accept()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            j = self.tile_at(event.position() if hasattr(event, "position") else event.pos())
            if j is not None:
                z = self.outputs()[j]
                text = fill(self.tr("Neuron %1 of layer 1: ⟦z⟧ = %2"), j + 1, short(z))
                QToolTip.showText(event.globalPos(), spans(text), self)
                return True
        return super().event(event)

    # ---- texts ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._note = self.tr(
            "Feature maps are drawn when the inputs are a picture (the handwritten digits)."
        )
        tip = self.tr(
            "Each neuron of layer 1: its incoming weights as a picture (blue: ink there "
            "raises its weighted input ⟦a⟧, orange: lowers it) and its output ⟦z⟧ for the "
            "example. Click one to select it."
        )
        self.setToolTip(spans(tip))
        self.update()
