"""Refresh the Chinese translations: lupdate each .ts from its sources, then lrelease.

Usage (from the project root)::

    uv run python resources/translations/update.py          # update all, compile .qm
    uv run python resources/translations/update.py canvas   # only canvas_zh_CN.ts
    uv run python resources/translations/update.py --check  # list what is missing

One .ts per package of ``ui/`` (``ui/canvas/`` -> ``canvas_zh_CN.ts``; ``main.py``
and ``ui/__init__.py`` belong to the window), so people working on different parts
never edit the same file and a new package gets its own file by itself.  After
updating, fill in each ``<translation type="unfinished">`` in the .ts, then run this
again.

English is the source language, but a ``%n`` plural ("%n neuron(s)") needs its
English forms from a catalogue too: ``canvas_en.ts`` and friends hold only those
messages (lupdate ``-pluralonly``), one ``<numerusform>`` for 1 and one for the
rest.  A package without plurals has no English file.

A message keeps its translation when its code moves to another package: lupdate's
``-no-obsolete`` would drop it from the old .ts and add it untranslated to the new
one, so every finished translation is collected first and given back to any
unfinished message with the same context and source.

After a merge whose two sides both changed a .ts, keep either side's file and pool
the other side's translations too, so none is lost::

    git checkout --ours resources/translations/
    uv run python resources/translations/update.py --pool MERGE_HEAD
"""

from __future__ import annotations

import argparse
import copy
import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
SUFFIX = "_zh_CN.ts"
EN_SUFFIX = "_en.ts"  # English plural forms only


def owner(path: str, suffix: str = SUFFIX) -> str:
    """Which .ts holds the strings of ``path`` (relative to the project root)."""
    parts = Path(path).parts
    if len(parts) > 2 and parts[0] == "ui":
        return parts[1] + suffix
    return "window" + suffix


def sources(suffix: str = SUFFIX) -> dict[str, list[str]]:
    """.ts name -> the source files (relative paths) lupdate reads for it."""
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))
    mapping: dict[str, list[str]] = {}
    for path in [*files, "main.py"]:
        mapping.setdefault(owner(path, suffix), []).append(path)
    return mapping


def lupdate(files: list[str], ts: Path) -> None:
    """Merge the strings of ``files`` into ``ts`` (keeping translations made).

    An English ``*_en.ts`` gets the plural messages only.
    """
    english = ts.name.endswith(EN_SUFFIX)
    options = ["-pluralonly", "-target-language", "en"] if english else [
        "-target-language", "zh_CN"]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete",
                    "-locations", "none", *options,
                    *[str(ROOT / f) for f in files], "-ts", str(ts)], check=True, cwd=ROOT)
    if english and not any(ET.parse(ts).getroot().iter("message")):
        ts.unlink()  # no plurals in this package: no English file


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def _key(context: ET.Element, message: ET.Element) -> tuple:
    return (context.findtext("name"), message.findtext("source"),
            message.findtext("comment") or "")


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                          "obsolete"):
        return False
    return bool("".join(translation.itertext()).strip())


def collect_translations(paths) -> dict[tuple, ET.Element]:
    """(context, source, comment) -> its finished ``<translation>``, from every .ts.

    ``paths`` holds file paths, or open file objects (a .ts read from a git revision).
    """
    pool = {}
    for path in paths:
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if _finished(translation):
                    pool[_key(context, message)] = translation
    return pool


def restore_translations(ts: Path, pool: dict[tuple, ET.Element]) -> int:
    """Give unfinished messages of ``ts`` the translation they had elsewhere; how many."""
    if not ts.exists():
        return 0
    tree = ET.parse(ts)
    restored = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            known = pool.get(_key(context, message))
            if known is not None and not _finished(translation):
                message.remove(translation)
                message.append(copy.deepcopy(known))
                restored += 1
    if restored:
        _write(tree, ts)
    return restored


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def count(ts: Path, kind: str) -> int:
    """How many messages of ``ts`` are finished (``kind="finished"``) or unfinished."""
    if not ts.exists():
        return 0
    messages = [m for m in ET.parse(ts).getroot().iter("message")]
    done = sum(_finished(m.find("translation")) for m in messages)
    return done if kind == "finished" else len(messages) - done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="which .ts files to update, by package "
                        "name: window, canvas, panels, ... (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="only report unfinished translations")
    parser.add_argument("--pool", metavar="REV", action="append", default=[],
                        help="also take finished translations from the .ts files of this "
                        "git revision (after a merge: MERGE_HEAD)")
    args = parser.parse_args(argv)
    unfinished = sum(_update(suffix, args) for suffix in (SUFFIX, EN_SUFFIX))
    return 1 if args.check and unfinished else 0


def _update(suffix: str, args) -> int:
    """Update (or with ``--check`` only count) the .ts files of one language; unfinished."""
    existing = sorted(HERE.glob("*" + suffix))
    pool = {}  # one language's translations: an English plural must not fill a Chinese one
    for rev in args.pool:
        pool.update(collect_translations(_revision_files(rev, suffix)))
    pool.update(collect_translations(existing))
    before = sum(count(ts, "finished") for ts in existing)
    unfinished = 0
    for ts_name, files in sorted(sources(suffix).items()):
        if args.parts and ts_name.removesuffix(suffix) not in args.parts:
            continue
        ts = HERE / ts_name
        if not args.check:
            lupdate(files, ts)
            restored = restore_translations(ts, pool)
            if restored:
                lupdate(files, ts)  # back into lupdate's own layout
            _compile(ts)
        if not ts.exists():
            continue
        left = count(ts, "unfinished")
        unfinished += left
        print(f"{ts_name}: {len(files)} source files, {count(ts, 'finished')} translated, "
              f"{left} unfinished")
    if not args.check and not args.parts:
        _remove_orphans(set(sources(suffix)), suffix)
        after = sum(count(ts, "finished") for ts in HERE.glob("*" + suffix))
        language = suffix[1:].removesuffix(".ts")
        print(f"finished translations ({language}): {before} before, {after} after")
    return unfinished


def _compile(ts: Path) -> None:
    if ts.exists():
        lrelease(ts, ts.with_suffix(".qm"))
    else:
        ts.with_suffix(".qm").unlink(missing_ok=True)


def _revision_files(rev: str, suffix: str = SUFFIX) -> list:
    """The .ts files of one language in git revision ``rev``, as file objects."""
    folder = HERE.relative_to(ROOT).as_posix()
    names = subprocess.run(["git", "ls-tree", "--name-only", rev, folder + "/"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.split()
    files = []
    for name in names:
        if name.endswith(suffix):
            text = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True,
                                  capture_output=True).stdout
            files.append(io.BytesIO(text))
    return files


def _remove_orphans(wanted: set[str], suffix: str) -> None:
    """A .ts whose package is gone (its messages now live in other files)."""
    for ts in HERE.glob("*" + suffix):
        if ts.name not in wanted:
            print(f"{ts.name}: no sources any more, removed")
            ts.unlink()
            ts.with_suffix(".qm").unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
