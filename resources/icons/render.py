"""Render the application icon's PNGs (16 to 256 px) from neurostep.svg with Qt's QSvgRenderer.

Also ``neurostep.ico`` and ``neurostep.icns`` (256 px) for Windows and macOS builds.

Run from the project root after changing the SVG, and commit the PNGs::

    uv run python resources/icons/render.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path = HERE / "neurostep.svg", folder: Path = HERE) -> list[Path]:
    """Write ``neurostep-<size>.png`` for every size; returns their paths."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"neurostep-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    # Windows and macOS want their own formats (for the PyInstaller build); Qt writes both.
    for name in ("neurostep.ico", "neurostep.icns"):
        if image.save(str(folder / name)):
            written.append(folder / name)
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render():
        print(path.relative_to(HERE.parent.parent))
