"""NeuroStep: start the desktop app (see README)."""

from __future__ import annotations

import argparse
import sys

import simulator


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="neurostep", description=__doc__)
    parser.add_argument("--version", action="version",
                        version=f"NeuroStep {simulator.__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("NeuroStep")
    window.resize(1280, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
