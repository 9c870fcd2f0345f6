"""Offices with an election on or before a day, read on the fast sqlite3 connection.

Plain rows only; ``services.elections_due`` words the office and judges what is overdue.
"""

from __future__ import annotations

import sqlite3


def elections_until(
    conn: sqlite3.Connection, horizon: str
) -> list[tuple[int, str, str, str | None, str]]:
    """(partnership id, partnership name, office kind, office title, election date) of every
    election on or before ``horizon`` (ISO), soonest first; archived and ended partnerships
    are left out."""
    rows = conn.execute(
        "SELECT o.partnership_id, p.name, o.kind, o.title, o.next_election FROM office o "
        "JOIN partnership p ON p.id = o.partnership_id "
        "WHERE o.next_election IS NOT NULL AND o.next_election <= ? "
        "AND p.archived_at IS NULL AND p.status != 'ended' "
        "ORDER BY o.next_election, o.id",
        (horizon,),
    ).fetchall()
    return [
        (int(pid), str(name), str(kind), str(title) if title else None, str(when))
        for pid, name, kind, title, when in rows
    ]
