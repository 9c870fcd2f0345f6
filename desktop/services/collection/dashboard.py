"""The area dashboard: the figures behind its four charts, for one period (issue 15, item 8).

Plain data, no Qt and no drawing: the collection window draws these with QtCharts and the
area summary PDF with reportlab, so both show the same figures, which come from the same
views as the tables (``desktop.services.collection.views``).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.collection_tables import Bar, Dashboard, Stack
from desktop.domain.periods import Period
from desktop.services.collection import views
from desktop.store.collection.view_queries import current_groups, expected_count

__all__ = ["Bar", "Dashboard", "Stack", "area_dashboard"]

TOP = 10  # bars per chart: the largest, and the chart says how many there are in all


def _money_bars(table: views.Table) -> list[Bar]:
    return [
        Bar(str(row[0]), int(row[3] or 0), table.display(n, 3))
        for n, row in enumerate(table.rows)
        if row[3]
    ]


def area_dashboard(conn: Any, period: Period | None = None) -> Dashboard:
    # One reading: the period is worked out once, and the partnerships' totals the review
    # bands name them from are read once, however many charts ask.
    with views.one_reading(conn):
        return _dashboard(conn, period)


def _dashboard(conn: Any, period: Period | None) -> Dashboard:
    period = views.chosen_period(conn, period)
    by_partnership = _money_bars(views.needs_view(conn, "partnership", period))
    by_category = _money_bars(views.needs_view(conn, "category", period))
    help_rows = views.need_help_view(conn, -1, period).rows
    need_help = [
        # The clause first, so a shortened label still says which; its tool last.
        Bar(f"{row[0]} {row[1]} ({row[6]})", int(row[3]), str(row[3]))
        for row in help_rows
    ]
    stacks = [
        Stack(name, tool, section, tuple(counts))
        for name, tool, section, counts in views.review_bands(conn, period)
    ]
    missing = len(views.expected_missing(conn, period).rows)
    expected = expected_count(conn)
    return Dashboard(
        period,
        tuple(by_partnership[:TOP]),
        len(by_partnership),
        tuple(by_category[:TOP]),
        tuple(need_help[:TOP]),
        len(need_help),
        tuple(stacks[:TOP]),
        len(stacks),
        expected,
        expected - missing,
        # Only the groups are shown: not every count area_totals makes (0.25 s on a server).
        current_groups(conn, period),
    )
