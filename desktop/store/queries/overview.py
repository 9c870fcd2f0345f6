"""The first screen's counts and coming meetings, read on the fast sqlite3 connection.

Plain rows only; ``services.overview`` gives them names. The first window must appear
quickly on a slow laptop, so nothing here loads the ORM.
"""

from __future__ import annotations

import sqlite3


def group_name(conn: sqlite3.Connection) -> str | None:
    """The group's name, or None before the group has been described."""
    row = conn.execute("SELECT name FROM group_profile ORDER BY id LIMIT 1").fetchone()
    return str(row[0]) if row else None


def partnership_counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(all, active, considering) among the partnerships not archived."""
    total, active, considering = conn.execute(
        "SELECT count(*), "
        "coalesce(sum(status = 'active'), 0), coalesce(sum(status = 'considering'), 0) "
        "FROM partnership WHERE archived_at IS NULL"
    ).fetchone()
    return int(total), int(active), int(considering)


def open_action_counts(conn: sqlite3.Connection, today: str) -> tuple[int, int]:
    """(open, overdue) among the actions still open or in progress; ``today`` is ISO."""
    open_, overdue = conn.execute(
        "SELECT count(*), coalesce(sum(due_date < ?), 0) FROM action "
        "WHERE status IN ('open', 'in_progress')",
        (today,),
    ).fetchone()
    return int(open_), int(overdue)


def meetings_from(conn: sqlite3.Connection, today: str, limit: int) -> list[tuple[int, str, str]]:
    """(partnership id, name, next meeting ISO date) of current partnerships meeting on or
    after ``today``, soonest first, at most ``limit``."""
    rows = conn.execute(
        "SELECT id, name, next_meeting FROM partnership "
        "WHERE archived_at IS NULL AND next_meeting >= ? ORDER BY next_meeting, name LIMIT ?",
        (today, limit),
    ).fetchall()
    return [(int(pid), str(name), str(when)) for pid, name, when in rows]
