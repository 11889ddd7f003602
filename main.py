"""NeuroStep: a neural-network simulator for teaching (see README).

Start the window, optionally with a file or an example; --screenshot saves a
picture of the window at 1280×720 and exits (for the README and for tests).
"""

from __future__ import annotations

import argparse
import os
import sys

# NeuroStep's matrices are small: OpenBLAS's worker threads only fight over the cores
# (a 10,000×8 by 8×8 product took 4 ms with two threads, 0.1 ms with one). Set before
# NumPy is first imported, and only if the user chose nothing else.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import simulator  # noqa: E402

EXIT_USAGE = 2


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="neurostep", description=__doc__)
    parser.add_argument("file", nargs="?", help="a .neurostep file to open")
    parser.add_argument(
        "--open", metavar="FILE", dest="open_file", help="a .neurostep file to open"
    )
    parser.add_argument(
        "--preset", metavar="NAME", help="an example to show: " + ", ".join(_preset_names())
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh"),
        help="language of the interface (default: as last time, else the system's)",
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="save a picture of the window at 1280×720 and exit"
    )
    parser.add_argument("--version", action="version", version=f"NeuroStep {simulator.__version__}")
    return parser.parse_args(argv)


def _preset_names() -> tuple[str, ...]:
    return tuple(getattr(simulator, "PRESETS", ()))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    path = args.open_file or args.file
    bad_preset = args.preset if args.preset and args.preset not in _preset_names() else None
    if bad_preset:
        _fail(f"unknown preset {args.preset!r}; choose one of " + ", ".join(_preset_names()))
        if args.screenshot:
            return EXIT_USAGE
        args.preset = None
    if args.screenshot:
        # A picture needs no screen: render offscreen unless the caller chose a platform.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _make_app()
    from ui.failsafe import hook

    if not args.screenshot:
        hook.install()  # from here on, an error is shown and logged, and the app carries on
    window = _make_window(args)
    if args.screenshot:
        if not _load(window, args, path):
            return EXIT_USAGE
        return _screenshot(app, window, args.screenshot)
    window.show()
    _start(window, args, path, bad_preset)
    return app.exec()


def _make_window(args):
    from ui.files import settings
    from ui.text import i18n
    from ui.window.main_window import MainWindow

    i18n.set_language(args.lang or settings.saved_language() or i18n.system_language())
    return MainWindow()


def _start(window, args, path, bad_preset) -> None:
    """Open what the command line asks for, then offer unsaved work from a crash.

    Recovery is offered whatever the arguments: work left by a crash matters
    more than the file asked for, and a bad file or example only shows a message.
    """
    from ui.failsafe import hook

    try:
        _load(window, args, path)
        if bad_preset:
            _tell_unknown_preset(window, bad_preset)
        window.offer_recovery()
    except Exception as error:  # shown and logged; the window stays, with its document
        hook.report(error)


def _tell_unknown_preset(window, name: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.text.i18n import fill

    text = QCoreApplication.translate(
        "main", "There is no example called “%1”; choose one from the Examples menu."
    )
    QMessageBox.warning(window, "NeuroStep", fill(text, name))


def _make_app():
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    # Fractional scale factors (125 %, 150 %) stay sharp instead of being rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName("NeuroStep")
    QCoreApplication.setApplicationName("NeuroStep")
    QCoreApplication.setApplicationVersion(simulator.__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The .desktop file's name (resources/packaging/neurostep.desktop): Wayland and the
    # task bar match the window to its launcher and icon by it.
    QGuiApplication.setDesktopFileName("neurostep")
    from PySide6.QtGui import QIcon

    from ui.window.main_window import ICON

    app.setWindowIcon(QIcon(str(ICON)))
    return app


def _load(window, args, path) -> bool:
    """Open the file or example asked for; False (after saying why) if it failed."""
    if args.preset:
        window.document.load_preset(args.preset)
    if path:
        if args.screenshot:
            return _open_or_fail(window, path)
        window.files.open_path(path, ask=False)  # a bad file shows a message box
    return True


def _open_or_fail(window, path) -> bool:
    from ui.files.controller import file_errors

    try:
        window.document.open(path)
    except file_errors() as error:
        _fail(str(error))
        return False
    return True


def _screenshot(app, window, png: str) -> int:
    """Lay the window out at 1280×720, let it paint, save it; 0 on success."""
    window.resize(1280, 720)
    window.show()
    # Layout, the canvas's fit to its final size and the first paint each take a turn.
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(png):
        return _fail(f"could not write {png}")
    return 0  # without close(): a screenshot must not overwrite the saved window layout


def _fail(message: str) -> int:
    print(f"neurostep: {message}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    import multiprocessing

    # The training worker is a spawned process: in the packaged app (PyInstaller) it
    # starts this program again, and here it becomes the worker instead of a window.
    multiprocessing.freeze_support()
    sys.exit(main())
