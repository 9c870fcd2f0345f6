"""The short lists the window's pickers and screens offer, read on the fast connection.

Plain rows only; ``services.choices`` gives them names and meaning.
"""

from __future__ import annotations

import sqlite3


def current_partnerships(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(id, name, status) of every partnership not archived, by name."""
    return [
        (int(pid), str(name), str(status))
        for pid, name, status in conn.execute(
            "SELECT id, name, status FROM partnership WHERE archived_at IS NULL ORDER BY name, id"
        )
    ]


def people_not_forgotten(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, full name) of everyone held, but those forgotten on request, by name."""
    return [
        (int(pid), str(name))
        for pid, name in conn.execute(
            "SELECT id, full_name FROM person WHERE forgotten_at IS NULL ORDER BY full_name, id"
        )
    ]


def framework_ids_in_use(conn: sqlite3.Connection) -> set[str]:
    """The frameworks current partnerships use, for their commitments or their reviews."""
    found: set[str] = set()
    for commitments, reviews in conn.execute(
        "SELECT framework_id, review_framework_id FROM partnership WHERE archived_at IS NULL"
    ):
        found.update(str(key) for key in (commitments, reviews) if key)
    return found


def review_status(conn: sqlite3.Connection, review_id: int) -> str | None:
    """The review's status ("draft", "complete"), or None when there is no such review."""
    row = conn.execute("SELECT status FROM review WHERE id = ?", (review_id,)).fetchone()
    return str(row[0]) if row else None


def review_partner_names(conn: sqlite3.Connection, review_id: int) -> list[str]:
    """The organisations that are partners of the review's partnership, by name."""
    rows = conn.execute(
        "SELECT o.name FROM partner p JOIN organisation o ON o.id = p.organisation_id "
        "JOIN review r ON r.partnership_id = p.partnership_id WHERE r.id = ? "
        "ORDER BY o.name, o.id",
        (review_id,),
    )
    return [str(name) for (name,) in rows]
