"""Fast read-only summaries for the first screen, with sqlite3 alone.

The first window must appear quickly on a slow laptop, so these reads avoid the ORM; the SQL
is in ``store/queries/overview.py``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from desktop.store.queries import overview


@dataclass(frozen=True)
class GroupSummary:
    name: str
    partnerships: int
    active: int
    considering: int
    open_actions: int
    overdue_actions: int


@dataclass(frozen=True)
class UpcomingMeeting:
    partnership_id: int
    partnership: str
    when: date


def group_summary(conn: sqlite3.Connection, today: date) -> GroupSummary | None:
    name = overview.group_name(conn)
    total, active, considering = overview.partnership_counts(conn)
    open_actions, overdue = overview.open_action_counts(conn, today.isoformat())
    if name is None and total == 0:
        return None
    return GroupSummary(
        name=name or "",
        partnerships=total,
        active=active,
        considering=considering,
        open_actions=open_actions,
        overdue_actions=overdue,
    )


def upcoming_meetings(
    conn: sqlite3.Connection, today: date, limit: int = 5
) -> list[UpcomingMeeting]:
    return [
        UpcomingMeeting(pid, name, date.fromisoformat(when))
        for pid, name, when in overview.meetings_from(conn, today.isoformat(), limit)
    ]
