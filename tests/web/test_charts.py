"""Geometry of the timeline and the partner network."""

from __future__ import annotations

import datetime as dt

from dyads.web.charts import network, period_starts, timeline
from dyads.web.queries import DyadCounts, Partner, PeriodCount


def counts(*items: tuple[str, str, int | None, int], by: str = "month") -> DyadCounts:
    return DyadCounts(
        a="RUS",
        b="PRK",
        by=by,  # type: ignore[arg-type]
        counts=tuple(
            PeriodCount(
                start=dt.date.fromisoformat(day),
                direction=direction,  # type: ignore[arg-type]
                event="CONSULT",
                quad_class=quad,
                count=n,
            )
            for day, direction, quad, n in items
        ),
        total=sum(item[3] for item in items),
        undated=0,
        imprecise=0,
    )


def test_empty_periods_between_the_first_and_last_are_drawn() -> None:
    data = counts(("2025-01-01", "a_to_b", 1, 1), ("2025-04-01", "b_to_a", 1, 1))
    assert [d.isoformat() for d in period_starts(data)] == [
        "2025-01-01",
        "2025-02-01",
        "2025-03-01",
        "2025-04-01",
    ]
    weeks = counts(("2025-12-29", "a_to_b", 1, 1), ("2026-01-12", "a_to_b", 1, 1), by="week")
    assert len(period_starts(weeks)) == 3


def test_bars_stack_by_quad_class_with_heights_in_proportion() -> None:
    data = counts(
        ("2025-08-01", "a_to_b", 1, 3),
        ("2025-08-01", "a_to_b", 4, 1),
        ("2025-08-01", "b_to_a", None, 2),
    )
    chart = timeline(data)
    forward = [bar for bar in chart.bars if bar.direction == "a_to_b"]
    backward = [bar for bar in chart.bars if bar.direction == "b_to_a"]
    assert [bar.quad for bar in forward] == [1, 4]
    assert forward[0].height == 3 * forward[1].height
    assert forward[1].y + forward[1].height == forward[0].y  # stacked on top
    assert forward[0].y + forward[0].height == chart.baseline
    assert [bar.quad for bar in backward] == [0]
    assert backward[0].x > forward[0].x
    assert "RUS→PRK: 3 verbal cooperation" in forward[0].title
    assert "PRK→RUS: 2 no quad class" in backward[0].title


def test_axis_labels_are_thinned_and_ticks_are_round() -> None:
    many = counts(*((f"2024-{m:02d}-01", "a_to_b", 2, m * 3) for m in range(1, 13)))
    chart = timeline(many)
    assert len(chart.x_labels) == 12
    assert [label.text for label in chart.y_labels] == ["0", "10", "20", "30", "40"]
    years = counts(*((f"{y}-01-01", "a_to_b", 1, 1) for y in range(2000, 2030)))
    assert len(timeline(years).x_labels) <= 13


def test_an_empty_pair_draws_nothing() -> None:
    chart = timeline(counts())
    assert chart.bars == () and chart.x_labels == ()


def test_network_links_each_partner_to_its_side() -> None:
    net = network(
        "RUS",
        "PRK",
        5,
        [Partner("RUS", "USA", 4), Partner("PRK", "CHN", 2), Partner("RUS", "CHN", 1)],
    )
    codes = [node.code for node in net.nodes]
    assert codes == ["RUS", "PRK", "USA", "CHN"]
    assert [node.central for node in net.nodes] == [True, True, False, False]
    assert len(net.edges) == 4  # the pair itself, plus one per (side, partner)
    widths = {edge.title: edge.width for edge in net.edges}
    assert widths["RUS–USA: 4 events"] > widths["RUS–CHN: 1 events"]
    for node in net.nodes:
        assert 0 <= node.x <= net.width and 0 <= node.y <= net.height
