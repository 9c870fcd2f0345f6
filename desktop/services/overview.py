"""Fast read-only summaries for the first screen, with sqlite3 alone.

The first window must appear quickly on a slow laptop, so these queries avoid the ORM.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


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
    row = conn.execute("SELECT name FROM group_profile ORDER BY id LIMIT 1").fetchone()
    counts = conn.execute(
        "SELECT count(*), "
        "coalesce(sum(status = 'active'), 0), coalesce(sum(status = 'considering'), 0) "
        "FROM partnership WHERE archived_at IS NULL"
    ).fetchone()
    actions = conn.execute(
        "SELECT count(*), coalesce(sum(due_date < ?), 0) FROM action "
        "WHERE status IN ('open', 'in_progress')",
        (today.isoformat(),),
    ).fetchone()
    if row is None and counts[0] == 0:
        return None
    return GroupSummary(
        name=str(row[0]) if row else "",
        partnerships=int(counts[0]),
        active=int(counts[1]),
        considering=int(counts[2]),
        open_actions=int(actions[0]),
        overdue_actions=int(actions[1]),
    )


def upcoming_meetings(
    conn: sqlite3.Connection, today: date, limit: int = 5
) -> list[UpcomingMeeting]:
    rows = conn.execute(
        "SELECT id, name, next_meeting FROM partnership "
        "WHERE archived_at IS NULL AND next_meeting >= ? ORDER BY next_meeting, name LIMIT ?",
        (today.isoformat(), limit),
    ).fetchall()
    return [UpcomingMeeting(int(r[0]), str(r[1]), date.fromisoformat(r[2])) for r in rows]
