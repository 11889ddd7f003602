"""Reading or writing a large ``.neurostep`` file in a process of its own (no Qt here).

Parsing a 130 MB file holds Python for seconds in one call (``json.loads``), and
writing one for longer: done in the window's process, the window would freeze.
``ui.files.helper`` runs this module instead, as ``python -m ui.files.file_task
TASK IN OUT``, and keeps painting and offering Cancel meanwhile:

- ``open``: ``IN`` is the file to read; ``OUT`` gets ``sim.load_document(IN)``.
- ``save``: ``IN`` is a pickle of ``(network, path, keywords)``; the network is
  written with ``sim.save_network(network, path, **keywords)`` (atomically: a
  cancelled save leaves the old file as it was).

``OUT`` receives a pickle of ``("ok", value)`` or ``("error", exception)``, so
the window raises the very error ``Document.open`` or ``save`` would have raised.
Progress goes to standard output as ``progress 0.42`` lines when the file
format reports it (``sim.save_steps``).
"""

from __future__ import annotations

import pickle
import signal
import sys


def run(task: str, source: str):
    """Do ``task`` on ``source`` and return its value (raises what the task raises)."""
    import simulator as sim

    if task == "open":
        return sim.load_document(source)
    with open(source, "rb") as file:
        network, path, keywords = pickle.load(file)
    steps = getattr(sim, "save_steps", None)
    if steps is None:
        sim.save_network(network, path, **keywords)
        return path
    for fraction in steps(network, path, **keywords):
        print(f"progress {fraction:.4f}", flush=True)
    return path


def _stop(_signum, _frame) -> None:
    # Cancel: unwind, so the half-written temporary file is removed on the way out.
    raise SystemExit(1)


def main(argv: list[str]) -> int:
    task, source, out = argv
    signal.signal(signal.SIGTERM, _stop)
    try:
        result = ("ok", run(task, source))
    except Exception as error:  # handed to the window, which raises it
        result = ("error", error)
    with open(out, "wb") as file:
        pickle.dump(result, file, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
