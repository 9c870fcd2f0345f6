"""The What's due and Needs attention lists, read on the fast sqlite3 connection.

Plain rows only; ``services.whats_due`` turns them into dated records and applies the
review period. Home is on the start-up path, so nothing here loads the ORM.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

# (id, description, source, owner, partnership id, partnership, due ISO, status, done ISO)
ActionRow = tuple[Any, ...]
# (id, description, partnership, asked of, status, requested ISO, estimated pence)
RequestRow = tuple[Any, ...]

_ACTIONS_SQL = """
SELECT a.id, a.description, a.source,
       coalesce(nullif(pe.full_name, ''), a.owner_label, ''),
       a.partnership_id, coalesce(pa.name, ''), a.due_date, a.status, a.done_date
FROM action a
LEFT JOIN person pe ON pe.id = a.owner_person_id AND pe.forgotten_at IS NULL
LEFT JOIN partnership pa ON pa.id = a.partnership_id
WHERE (a.partnership_id IS NULL OR pa.archived_at IS NULL)
"""


def actions(conn: sqlite3.Connection, today: str, *, include_closed: bool) -> list[ActionRow]:
    """Actions of current partnerships (and of none): open ones first, overdue before the
    rest (``today`` is ISO), then by due date, undated last; closed ones only when asked."""
    sql = _ACTIONS_SQL
    if not include_closed:
        sql += " AND a.status IN ('open', 'in_progress')"
    sql += (
        " ORDER BY (a.status NOT IN ('open', 'in_progress')),"
        " (a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date < ?)"
        " DESC,"
        " (a.due_date IS NULL), a.due_date, a.id"
    )
    return conn.execute(sql, (today,)).fetchall()


def last_finished_reviews(
    conn: sqlite3.Connection, finished: str
) -> list[tuple[int, str, str | None]]:
    """(id, name, ISO date of the last review with status ``finished`` or None) of every
    active partnership not archived."""
    return conn.execute(
        "SELECT p.id, p.name, max(r.review_date) FROM partnership p "
        "LEFT JOIN review r ON r.partnership_id = p.id AND r.status = ? "
        "WHERE p.archived_at IS NULL AND p.status = 'active' GROUP BY p.id",
        (finished,),
    ).fetchall()


def requests_not_received(conn: sqlite3.Connection, statuses: Sequence[str]) -> list[RequestRow]:
    """Resource requests in one of ``statuses`` not yet received, of current partnerships
    (or of none), oldest request first, undated last."""
    marks = ", ".join("?" for _ in statuses)
    return conn.execute(
        "SELECT n.id, n.description, coalesce(p.name, ''), n.asked_of, n.status, "
        "n.requested_date, n.estimated_pence FROM resource_need n "
        "LEFT JOIN partnership p ON p.id = n.partnership_id "
        f"WHERE n.status IN ({marks}) AND n.received_date IS NULL "
        "AND (n.partnership_id IS NULL OR p.archived_at IS NULL) "
        "ORDER BY (n.requested_date IS NULL), n.requested_date, n.id",
        tuple(statuses),
    ).fetchall()
