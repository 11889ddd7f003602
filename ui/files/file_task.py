"""Reading a large ``.neurostep`` file in a process of its own (no Qt here).

Parsing a 170 MB file holds Python for seconds in one call (``json.loads``):
done in the window's process, the window would freeze.  ``ui.files.helper``
runs this module instead, as ``python -m ui.files.file_task open IN OUT``, and
keeps painting and offering Cancel meanwhile.  ``OUT`` receives a pickle of
``("ok", sim.load_document(IN))`` or ``("error", exception)``, so the window
raises the very error ``Document.open`` would have raised.
"""

from __future__ import annotations

import pickle
import sys


def run(task: str, source: str):
    """Do ``task`` (``"open"``) on ``source`` and return its value (raises what it raises)."""
    import simulator as sim

    if task != "open":
        raise ValueError(f"no such file task: {task!r}")
    return sim.load_document(source)


def main(argv: list[str]) -> int:
    task, source, out = argv
    try:
        result = ("ok", run(task, source))
    except Exception as error:  # handed to the window, which raises it
        result = ("error", error)
    with open(out, "wb") as file:
        pickle.dump(result, file, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
