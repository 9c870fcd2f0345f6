"""Charts on a tool's own range (issue 14): a radar of domains, a trend of sums."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.charts import radar_geometry, radar_plan, trend_geometry, trend_range
from desktop.domain.frameworks import load_builtin

SIX = "partnership-assessment-six-principles"


def test_scores_sit_between_the_tools_lowest_and_highest() -> None:
    geometry = radar_geometry(["a", "b", "c", "d"], [[4, 16, 10, None]], low=4, high=16)
    (x0, y0), (x1, y1), (x2, y2), _missing = geometry.series[0]
    assert (x0, y0) == pytest.approx((0, 0))  # the lowest score is the centre
    assert (x1, y1) == pytest.approx(geometry.axes[1].end)  # the highest, the outer ring
    assert (x2**2 + y2**2) ** 0.5 == pytest.approx(0.5)  # halfway from 4 to 16
    assert geometry.missing == ((3,),)
    trend = trend_geometry([(date(2026, 1, 1), 60), (date(2027, 1, 1), 96)], low=24, high=96)
    assert [p.y for p in trend.points] == pytest.approx([0.5, 1.0])
    assert [label for _y, label in trend.y_ticks] == ["24", "42", "60", "78", "96"]


def test_a_tool_with_domains_has_one_axis_per_domain_on_the_domain_range() -> None:
    tool = load_builtin(SIX)
    section = tool.review_sections[0]
    scores = {item.ref: (1.0 if item.domain == "P1" else 4.0) for item in section.items}
    plan = radar_plan(tool, scores)
    assert plan.by_domain and plan.keys == tuple(d.key for d in section.domains)
    assert plan.labels == tuple(d.title for d in section.domains)
    assert plan.values == (4, 16, 16, 16, 16, 16)
    assert (plan.low, plan.high) == (4, 16)
    assert [band.label for band in plan.bands] == ["Needs work", "Mixed", "In place"]
    low, high, bands = trend_range(tool)
    assert (low, high) == (24, 96) and bands[0].lower == 24


def test_a_tool_without_domains_has_one_axis_per_question() -> None:
    devon = load_builtin()
    plan = radar_plan(devon, {})
    assert not plan.by_domain
    assert plan.keys == tuple(item.ref for item in devon.review_items())
    assert (plan.low, plan.high) == (0, 100)
    assert trend_range(devon)[:2] == (0, 100)
