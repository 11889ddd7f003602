"""An undo step's memory: only what its edit changed, as a patch between two states.

A structural edit replaces a few layers (``resize_layer``: two weight matrices;
``set_activation``: one name) and perhaps the input or the target, and leaves
the rest alone.  ``StatePatch.between(before, after)`` keeps just that:

- the range of layers that differ (a common first and last run is left out);
- in that range, a layer whose bias array survived the edit (the same layer,
  refitted or renamed) keeps only the fields that changed; any other layer is
  kept whole (a new or removed one, a resized one);
- the table of examples, the row stepped and the other fields only if they
  changed, and the generator of fresh weights before and after.

``forward(state)`` turns the state the edit started from into the one it made,
``backward(state)`` the other way, bit for bit.  What a patch does not hold is
taken from the state given: the undo stack applies a step only to the state
that step left, and a value edit (``ValueCommand``) done since has been undone
by then, so that state holds the same numbers, if in other arrays (copy on
write).  So an undo step holds what its edit changed, not the whole network
as it was: weight edits between two structural edits cost the history nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import simulator as sim

LAYER_FIELDS = ("W", "b", "alpha", "activation", "leaky_slope")
STATE_FIELDS = ("inputs", "targets", "row", "dataset", "title", "loss", "extra")


@dataclass(frozen=True)
class _Side:
    """One state's layers of the changed range, and its fields that differ.

    ``layers``: per position, ``(partner, fields)``: ``partner`` is the position
    in the other side's range whose layer this one is (the same bias array), and
    ``fields`` the changed ones ({name: value}); or partner None and all four.
    """

    layers: tuple
    fields: dict
    random_state: object


@dataclass(frozen=True)
class StatePatch:
    """What an edit changed (see the module docstring)."""

    start: int
    before: _Side
    after: _Side

    @classmethod
    def between(cls, before, after) -> StatePatch:
        """The patch from DocState ``before`` to ``after`` (``after`` shares what it kept)."""
        old, new = before.network.layers, after.network.layers
        start = _common(old, new)
        end = _common(old[start:][::-1], new[start:][::-1])
        old_range, new_range = old[start : len(old) - end], new[start : len(new) - end]
        changed = [k for k in STATE_FIELDS if not _same(getattr(before, k), getattr(after, k))]
        return cls(
            start,
            _side(old_range, new_range, before, changed),
            _side(new_range, old_range, after, changed),
        )

    def forward(self, state):
        """The state the edit made, from the one it started from."""
        return _apply(state, self.start, self.before, self.after)

    def backward(self, state):
        """The state the edit started from, from the one it made."""
        return _apply(state, self.start, self.after, self.before)

    def held_arrays(self) -> list:
        """The arrays this patch keeps alive (for the history's memory budget)."""
        out = []
        for side in (self.before, self.after):
            for _partner, fields in side.layers:
                out += [fields[k] for k in ("W", "b") if k in fields]
            out += [side.fields[k] for k in ("inputs", "targets") if side.fields.get(k) is not None]
        return out


def _parts(layer) -> dict:
    return {k: getattr(layer, k) for k in LAYER_FIELDS}


def _same(a, b) -> bool:
    if a is b:
        return True
    if hasattr(a, "shape") or hasattr(b, "shape"):
        return False  # arrays: only the very same one (frozen) is surely the same
    return a == b


def _same_layer(a, b) -> bool:
    return all(_same(getattr(a, k), getattr(b, k)) for k in LAYER_FIELDS)


def _common(a, b) -> int:
    n = 0
    while n < min(len(a), len(b)) and _same_layer(a[n], b[n]):
        n += 1
    return n


def _side(mine, theirs, state, changed: list[str]) -> _Side:
    layers = []
    for layer in mine:
        partner = next((k for k, other in enumerate(theirs) if other.b is layer.b), None)
        parts = _parts(layer)
        if partner is not None:
            other = _parts(theirs[partner])
            parts = {k: v for k, v in parts.items() if not _same(v, other[k])}
        layers.append((partner, parts))
    fields = {k: getattr(state, k) for k in changed}
    if "extra" in fields:
        fields["extra"] = dict(fields["extra"])
    return _Side(tuple(layers), fields, state.network.random_state())


def _apply(state, start: int, source: _Side, target: _Side):
    """``state`` (whose changed range is ``source``'s) turned into ``target``'s."""
    live = state.network.layers
    end = start + len(source.layers)
    middle = []
    for partner, fields in target.layers:
        parts = {} if partner is None else _parts(live[start + partner])
        parts.update(fields)
        W, b, alpha, activation, leaky = (parts[k] for k in LAYER_FIELDS)
        middle.append(sim.Layer.sharing(W, b, activation, alpha, leaky))
    network = state.network.share()
    network.layers[start:end] = middle
    network.set_random_state(target.random_state)
    out = state.with_network(network)
    for k, value in target.fields.items():
        setattr(out, k, dict(value) if k == "extra" else value)
    return out
