"""What a rebuild of the canvas keeps: the items whose picture is still right.

An added or removed layer changes the columns' places, not the columns before it,
and most often not the look of those after it either (they only move right or
left).  Every item is cached as a device pixmap: an item made anew is painted
again, one moved is only blitted.  So a rebuild takes the old column items, the
legend, the edges and the "+" buttons out of the scene before clearing it, and puts back
those that draw the same picture; a ``ColumnItem`` draws in its own coordinates,
its centre at x = 0, and is placed at its column's x.
"""

from __future__ import annotations

import dataclasses

import shiboken6

from .columns import ColumnItem
from .edges import LayerEdges
from .layout import CanvasLayout, Column


def local(column: Column) -> Column:
    """``column`` moved so its centre is at x = 0 (its item is placed at ``column.x``)."""
    centres = column.centres.copy()
    centres[:, 0] -= column.x
    return dataclasses.replace(column, x=0.0, centres=centres)


def column_key(geometry: Column, index: int, is_output: bool, emphasis: float) -> tuple:
    """What a column item's picture depends on besides its state (values, marks, maps)."""
    g = geometry
    shape = (g.kind, g.cell, g.side, g.half_w, g.font_px, g.centres.tobytes())
    return (*shape, index == 0, is_output, emphasis)


def item_key(item) -> tuple:
    return column_key(item.geometry, item.index, item.is_output, item.emphasis)


def take_out(scene, owner, *names: str) -> list[list]:
    """Take the items ``owner`` holds as ``names`` (a list of items, an item, or nothing yet)
    out of ``scene`` before it is cleared: a list of them per name.  They keep their pictures.
    """
    taken = []
    for name in names:
        held = getattr(owner, name, None)
        items = [] if held is None else list(held) if isinstance(held, list) else [held]
        for item in items:
            scene.removeItem(item)
        taken.append(items)
    return taken


def column_item(layout: CanvasLayout, c: int, emphasis: float, kept: list) -> ColumnItem:
    """Column ``c``'s item: one of ``kept`` that draws the same picture, moved; or a new one."""
    n = len(layout.columns)
    geometry = local(layout.columns[c])
    item = take_column(kept, column_key(geometry, c, c == n - 1, emphasis))
    if item is None:
        item = ColumnItem(geometry, c, c == n - 1, emphasis)
    item.index = c  # its picture depends only on whether it is 0 (in the key)
    item.setPos(layout.columns[c].x, 0.0)
    return item


def edge_item(kept: list, c: int, pen: float, W) -> LayerEdges:
    """The edges into column ``c``: one of ``kept`` that drew the same weights ``W`` with the
    same ``pen`` (moved; it keeps the edges it chose to draw), or a new item."""
    for i, item in enumerate(kept):
        if item.pen == pen and item.follows(W):
            item = kept.pop(i)
            item.column = c
            return item
    return LayerEdges(c, pen)


def take_column(kept: list, key: tuple):
    """The first item of ``kept`` whose ``item_key`` is ``key``, taken out of it; or None."""
    for i, item in enumerate(kept):
        if item_key(item) == key:
            return kept.pop(i)
    return None


def drop(items) -> None:
    """Delete the kept items not put back, as the scene's clear deletes its own."""
    for item in items:
        shiboken6.delete(item)
