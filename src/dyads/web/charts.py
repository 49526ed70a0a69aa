"""Geometry of the dyad page's two drawings, rendered as SVG by the templates.

The timeline stacks each period's events by quad class, one bar per direction; the network
puts the pair in the middle and their other partners around them. Only numbers and labels
come out of here: the templates write (and escape) the SVG.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections import Counter

from dyads.web.queries import DyadCounts, Partner, next_period, period_label

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
    0: "no quad class",
}
MAX_FILLED_PERIODS = 400  # beyond this, empty periods are left out instead of drawn


@dataclasses.dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    quad: int
    direction: str  # "a_to_b" or "b_to_a"
    title: str


@dataclasses.dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str


@dataclasses.dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: tuple[Bar, ...]
    x_labels: tuple[Label, ...]
    y_labels: tuple[Label, ...]
    grid: tuple[float, ...]  # y of each horizontal grid line
    plot_left: float
    plot_right: float
    baseline: float


def period_starts(counts: DyadCounts) -> list[dt.date]:
    """Every period from the first to the last with events, gaps included when not too many."""
    present = sorted({count.start for count in counts.counts})
    if not present:
        return []
    filled = [present[0]]
    while filled[-1] < present[-1] and len(filled) <= MAX_FILLED_PERIODS:
        filled.append(next_period(filled[-1], counts.by))
    return filled if len(filled) <= MAX_FILLED_PERIODS else present


def _nice_step(top: int) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving at most five grid lines."""
    for magnitude in itertools.count():
        for base in (1, 2, 5):
            step: int = base * 10**magnitude
            if top / step <= 5:
                return step
    raise AssertionError("unreachable")


def timeline(counts: DyadCounts, width: int = 700, height: int = 260) -> Timeline:
    left, right, top, bottom = 40.0, width - 10.0, 12.0, height - 40.0
    starts = period_starts(counts)
    stacks: dict[tuple[dt.date, str], Counter[int]] = {}
    for count in counts.counts:
        stack = stacks.setdefault((count.start, count.direction), Counter())
        stack[count.quad_class or 0] += count.count
    highest = max((sum(stack.values()) for stack in stacks.values()), default=0)
    step = _nice_step(max(highest, 1))
    scale_top = max(step * math.ceil(max(highest, 1) / step), 1)
    per_unit = (bottom - top) / scale_top
    slot = (right - left) / max(len(starts), 1)
    bar_width = max(slot * 0.38, 1.0)
    bars: list[Bar] = []
    x_labels: list[Label] = []
    every = max(1, math.ceil(len(starts) / 12))  # at most about twelve period labels
    for index, start in enumerate(starts):
        label = period_label(start, counts.by)
        slot_left = left + index * slot
        for offset, direction in ((0.1, "a_to_b"), (0.52, "b_to_a")):
            source, target = (counts.a, counts.b) if direction == "a_to_b" else (counts.b, counts.a)
            y = bottom
            for quad, number in sorted(stacks.get((start, direction), Counter()).items()):
                height_px = number * per_unit
                y -= height_px
                bars.append(
                    Bar(
                        x=round(slot_left + slot * offset, 2),
                        y=round(y, 2),
                        width=round(bar_width, 2),
                        height=round(height_px, 2),
                        quad=quad,
                        direction=direction,
                        title=f"{label} {source}→{target}: {number} {QUAD_NAMES[quad]}",
                    )
                )
        if index % every == 0:
            x_labels.append(Label(x=round(slot_left + slot / 2, 2), y=bottom + 16, text=label))
    ticks = range(0, scale_top + 1, step)
    grid = tuple(round(bottom - tick * per_unit, 2) for tick in ticks)
    y_labels = tuple(
        Label(x=left - 6, y=y + 4, text=str(t)) for t, y in zip(ticks, grid, strict=True)
    )
    return Timeline(
        width=width,
        height=height,
        bars=tuple(bars),
        x_labels=tuple(x_labels),
        y_labels=y_labels,
        grid=grid,
        plot_left=left,
        plot_right=right,
        baseline=bottom,
    )


@dataclasses.dataclass(frozen=True)
class Node:
    code: str
    x: float
    y: float
    central: bool
    link: str | None  # the pair to open when clicked: (side, code)


@dataclasses.dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclasses.dataclass(frozen=True)
class Network:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def network(
    a: str, b: str, pair_total: int, others: list[Partner], width: int = 360, height: int = 290
) -> Network:
    """The pair in the middle, each other partner on a ring, an edge per (side, partner)."""
    cx, cy = width / 2, height / 2
    centre = {a: (cx - 50, cy), b: (cx + 50, cy)}
    codes = list(dict.fromkeys(partner.code for partner in others))
    radius_x, radius_y = width / 2 - 40, height / 2 - 30
    ring: dict[str, tuple[float, float]] = {}
    for index, code in enumerate(codes):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(codes), 1)
        ring[code] = (
            round(cx + radius_x * math.cos(angle), 2),
            round(cy + radius_y * math.sin(angle), 2),
        )
    edges = [Edge(*centre[a], *centre[b], _edge_width(pair_total), f"{a}–{b}: {pair_total} events")]
    for partner in others:
        side_xy = centre.get(partner.side)
        if side_xy is None:
            continue
        title = f"{partner.side}–{partner.code}: {partner.count} events"
        edges.append(Edge(*side_xy, *ring[partner.code], _edge_width(partner.count), title))
    sides = {partner.code: partner.side for partner in others}
    nodes = [Node(code, x, y, True, None) for code, (x, y) in centre.items()]
    nodes += [Node(code, x, y, False, sides[code]) for code, (x, y) in ring.items()]
    return Network(width=width, height=height, nodes=tuple(nodes), edges=tuple(edges))


def _edge_width(count: int) -> float:
    return round(1 + 2 * math.log2(1 + count), 2)
