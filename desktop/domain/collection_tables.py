"""The plain shapes a collection's views take: a table, one partnership side by side, the
dashboard's bars and stacks.

Plain data, no database: the services fill them (``desktop.services.collection.views`` and
``dashboard``), and the window, the spreadsheet exports and the area summary PDF
(``desktop.reports.collection_summary``) all read the same ones, so they show the same
figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain.dates import format_date, format_moment
from desktop.domain.money import format_pence
from desktop.domain.periods import Period

__all__ = ["Bar", "Dashboard", "PartnershipDetail", "Stack", "Table"]


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    # Columns holding pence: shown and exported to CSV as pounds, to XLSX as numbers.
    money: frozenset[int] = field(default_factory=frozenset)
    # Columns holding ISO dates or times: shown as the app writes dates ("7 Nov 2026"),
    # kept as ISO in the rows, so they sort and export as machines expect.
    dates: frozenset[int] = field(default_factory=frozenset)
    # A key per row the UI can act on (a partnership's canonical key, a group id ...).
    keys: list[Any] = field(default_factory=list)

    def display(self, row: int, column: int) -> str:
        value = self.rows[row][column]
        if value is None:
            return ""
        if column in self.money:
            return format_pence(int(value))
        if column in self.dates:
            return _day_or_moment(str(value))
        return str(value)


def _day_or_moment(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return format_date(moment.date()) if len(text) <= 10 else format_moment(moment)


@dataclass(frozen=True)
class PartnershipDetail:
    """One partnership, every group's view side by side."""

    key: str
    name: str
    groups: tuple[str, ...]
    commitments: Table
    undertakings: Table
    answers: Table
    needs: Table
    # For the radars: question refs in order, and each group's scores (None: not answered).
    radar_axes: tuple[str, ...]
    radar_series: tuple[tuple[float | None, ...], ...]
    # The one review tool the radar draws (groups that used another have no polygon), its
    # range for one answer and its bands (none but for an older return: the Devon Code's).
    radar_tool: str = ""
    radar_low: float = 0.0
    radar_high: float = 100.0
    radar_bands: tuple[Any, ...] = ()
    # How many review tools the groups used for this partnership.
    tools_used: int = 0


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
