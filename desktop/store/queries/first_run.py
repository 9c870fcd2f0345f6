"""What the welcome needs to know before the first paint, read on a plain sqlite3 connection.

Plain answers only; ``services.first_run`` decides whether the welcome shows.
"""

from __future__ import annotations

import sqlite3


def setting_is_on(conn: sqlite3.Connection, key: str) -> bool:
    """True when the setting ``key`` is stored as "1"."""
    row = conn.execute("SELECT count(*) FROM setting WHERE key = ? AND value = '1'", (key,))
    return bool(row.fetchone()[0])


def has_group_profile(conn: sqlite3.Connection) -> bool:
    """True once the group has been described."""
    return bool(conn.execute("SELECT count(*) FROM group_profile").fetchone()[0])


def has_partnerships(conn: sqlite3.Connection) -> bool:
    """True when any partnership is held, archived ones included."""
    return bool(conn.execute("SELECT count(*) FROM partnership").fetchone()[0])
