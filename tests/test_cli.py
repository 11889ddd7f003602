"""main.py from a terminal: --version, --help, --screenshot and clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import simulator as sim

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args, tmp_path, timeout=60):
    """Run main.py in a fresh process with private settings and data folders."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


def test_version_prints_the_version(tmp_path):
    """`main.py --version` says which NeuroStep this is."""
    result = run_main("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"NeuroStep {sim.__version__}"


def test_help_lists_the_options(tmp_path):
    """`main.py --help` mentions every option a user may type."""
    result = run_main("--help", tmp_path=tmp_path)
    for option in ("--lang", "--open", "--preset", "--screenshot", "--version"):
        assert option in result.stdout


def test_screenshot_of_an_example_writes_a_1280x720_png(tmp_path):
    """--screenshot with --preset saves a picture of the window and exits 0."""
    from PySide6.QtGui import QImage

    png = tmp_path / "shot.png"
    result = run_main(
        "--screenshot", png, "--preset", "book-3-layer", "--lang", "zh", tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)


def test_screenshot_of_a_saved_file(tmp_path):
    """A bare FILE argument opens that network before the screenshot."""
    path = tmp_path / "net.neurostep"
    sim.save_network(sim.load_preset("xor").network, path)
    png = tmp_path / "file.png"
    result = run_main(path, "--screenshot", png, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 1000


def test_unknown_preset_is_a_clear_error(tmp_path):
    """--preset with a wrong name says which names exist and exits 2."""
    result = run_main("--preset", "nope", "--screenshot", tmp_path / "x.png", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "nope" in result.stderr and "book-3-layer" in result.stderr


def test_unreadable_file_with_screenshot_is_a_clear_error(tmp_path):
    """An --open file that cannot be read names the problem on stderr and exits 2."""
    bad = tmp_path / "bad.neurostep"
    bad.write_text("[1, 2, 3]")
    result = run_main("--open", bad, "--screenshot", tmp_path / "x.png", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "bad.neurostep" in result.stderr
    assert not (tmp_path / "x.png").exists()
