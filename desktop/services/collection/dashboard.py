"""The area dashboard: the figures behind its four charts, for one period (issue 15, item 8).

Plain data, no Qt and no drawing: the collection window draws these with QtCharts and the
area summary PDF with reportlab, so both show the same figures, which come from the same
views as the tables (``desktop.services.collection.views``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.domain.periods import Period
from desktop.services.collection import views

__all__ = ["Bar", "Dashboard", "Stack", "area_dashboard"]

TOP = 10  # bars per chart: the largest, and the chart says how many there are in all


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # the value as the tables write it (pounds, a count)


@dataclass(frozen=True)
class Stack:
    """One partnership's reviews with one tool: how many groups' reviews fell in each band,
    in the bands' own words (each tool has its own)."""

    label: str
    tool: str
    section: str
    bands: tuple[tuple[str, int], ...]

    @property
    def about(self) -> str:
        """The section first: it is what tells a tool's two sections apart."""
        return f"{self.section} ({self.tool})" if self.section else self.tool


@dataclass(frozen=True)
class Dashboard:
    period: Period | None
    needs_by_partnership: tuple[Bar, ...]
    partnerships_with_needs: int
    needs_by_category: tuple[Bar, ...]
    need_help: tuple[Bar, ...]
    clauses_needing_help: int
    bands: tuple[Stack, ...]
    bands_total: int  # rows of partnership and tool with a band, of which ``bands`` are the first
    expected: int
    expected_received: int
    received: int

    @property
    def empty(self) -> bool:
        return not (self.received or self.expected)


def _money_bars(table: views.Table) -> list[Bar]:
    return [
        Bar(str(row[0]), int(row[3] or 0), table.display(n, 3))
        for n, row in enumerate(table.rows)
        if row[3]
    ]


def area_dashboard(conn: sqlite3.Connection, period: Period | None = None) -> Dashboard:
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
    totals = views.area_totals(conn, period)
    missing = len(views.expected_missing(conn, period).rows)
    expected = conn.execute("SELECT count(*) FROM expected_group").fetchone()[0]
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
        totals["groups"],
    )
