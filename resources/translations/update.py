"""Refresh the Chinese translations: lupdate each .ts from its sources, then lrelease.

Usage (from the project root)::

    uv run python resources/translations/update.py          # update all, compile .qm
    uv run python resources/translations/update.py canvas   # only canvas_zh_CN.ts
    uv run python resources/translations/update.py --check  # list what is missing

One .ts per part of the interface, so people working in parallel never edit
the same file.  Every ``ui/**/*.py`` and ``main.py`` belongs to exactly one
.ts (``owner``), so a new module is never forgotten.  After updating, fill in
each ``<translation type="unfinished">`` in the .ts, then run this again.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

CANVAS = "canvas_zh_CN.ts"
STEPPING = "stepping_zh_CN.ts"
WINDOW = "window_zh_CN.ts"
TS_FILES = (WINDOW, CANVAS, STEPPING)
# Files outside ui/canvas and ui/panels that belong to the stepping part.
STEPPING_FILES = {"ui/step_actions.py", "ui/presentation.py"}
# Files outside ui/canvas shared by the canvas and the inspector (the canvas part's strings).
CANVAS_FILES = {"ui/describe.py"}


def owner(path: str) -> str:
    """Which .ts holds the strings of ``path`` (relative to the project root)."""
    if path.startswith(("ui/canvas/", "ui/panels/inspector")) or path in CANVAS_FILES:
        return CANVAS
    if path.startswith("ui/panels/") or path in STEPPING_FILES:
        return STEPPING
    return WINDOW


def sources() -> dict[str, list[str]]:
    """.ts name -> the source files (relative paths) lupdate reads for it."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    mapping: dict[str, list[str]] = {ts: [] for ts in TS_FILES}
    for path in [*files, "main.py"]:
        mapping[owner(path)].append(path)
    return mapping


def lupdate(files: list[str], ts: Path) -> None:
    """Merge the strings of ``files`` into ``ts`` (keeping translations made)."""
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete",
                    "-locations", "none", "-target-language", "zh_CN",
                    *[str(ROOT / f) for f in files], "-ts", str(ts)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", choices=[[], "window", "canvas", "stepping"],
                        help="which .ts files to update (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="only report unfinished translations")
    args = parser.parse_args(argv)
    unfinished = 0
    for ts_name, files in sources().items():
        if args.parts and ts_name.split("_")[0] not in args.parts:
            continue
        ts = HERE / ts_name
        if not args.check:
            lupdate(files, ts)
            lrelease(ts, ts.with_suffix(".qm"))
        count = ts.read_text(encoding="utf-8").count('type="unfinished"') if ts.exists() else 0
        unfinished += count
        print(f"{ts_name}: {len(files)} source files, {count} unfinished")
    return 1 if args.check and unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
