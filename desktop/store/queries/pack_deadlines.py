"""Return packs' deadlines, read on the fast sqlite3 connection.

Plain rows only; ``services.pack_deadlines`` turns them into deadlines for Home and What's
due, which read them at start, without the ORM.
"""

from __future__ import annotations

import sqlite3

# (pack id, CVS name, period label, deadline ISO, answered by a return (0/1),
#  period start ISO, period end ISO)
PackRow = tuple[str, str, str, str, int, str, str]


def packs_by_deadline(conn: sqlite3.Connection) -> list[PackRow]:
    """Every pack opened, soonest deadline first, and whether a return was made for it.

    A database from before packs existed has no such table: no packs.
    """
    try:
        return conn.execute(
            "SELECT p.pack_id, p.cvs_name, p.period_label, p.deadline,"
            " EXISTS (SELECT 1 FROM return_record r WHERE r.pack_id = p.pack_id),"
            " p.period_start, p.period_end FROM return_pack p ORDER BY p.deadline, p.id"
        ).fetchall()
    except sqlite3.OperationalError:
        return []
