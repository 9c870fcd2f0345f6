"""What What's due needs to work out report backs, read on the fast sqlite3 connection.

Plain rows only; ``services.governance.due`` decides which are due and words them. Dates
are returned as stored (ISO text, or None).
"""

from __future__ import annotations

import sqlite3


def partnerships_owing_report_backs(
    conn: sqlite3.Connection,
) -> list[tuple[int, str, str | None, str | None, str | None, str | None, str | None]]:
    """(id, name, next meeting, start date, report back every, duty, to whom) of each active
    or paused partnership, not archived or closed, with a rhythm or a duty to report back."""
    rows = conn.execute(
        "SELECT p.id, p.name, p.next_meeting, p.start_date, s.report_back_every, "
        "s.report_back_duty, s.report_back_to FROM partnership p "
        "JOIN seat s ON s.partnership_id = p.id "
        "WHERE p.archived_at IS NULL AND p.status IN ('active', 'paused') "
        "AND NOT EXISTS (SELECT 1 FROM closure c WHERE c.partnership_id = p.id) "
        "AND (s.report_back_every != '' OR trim(s.report_back_duty) != '' "
        "OR trim(s.report_back_to) != '')"
    ).fetchall()
    return [(int(pid), str(name), *rest) for pid, name, *rest in rows]


def report_back_days(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(partnership id, day) of every report back recorded with a date."""
    return [
        (int(pid), str(day))
        for pid, day in conn.execute(
            "SELECT partnership_id, reported_on FROM report_back WHERE reported_on IS NOT NULL"
        )
    ]


def meeting_days(conn: sqlite3.Connection) -> list[tuple[int, str | None]]:
    """(partnership id, day) of every meeting held or planned."""
    return [
        (int(pid), day)
        for pid, day in conn.execute("SELECT partnership_id, meeting_date FROM meeting")
    ]


def representatives_leads_first(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(partnership id, full name) of the people on each seat, leads first, then as added;
    people forgotten on request are left out."""
    return [
        (int(pid), str(name or ""))
        for pid, name in conn.execute(
            "SELECT s.partnership_id, pe.full_name FROM representative r "
            "JOIN seat s ON s.id = r.seat_id JOIN person pe ON pe.id = r.person_id "
            "WHERE pe.forgotten_at IS NULL ORDER BY (r.role != 'lead'), r.id"
        )
    ]
