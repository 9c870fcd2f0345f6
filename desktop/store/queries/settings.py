"""The group's small preferences (table ``setting``), read on the fast sqlite3 connection."""

from __future__ import annotations

import sqlite3


def setting_value(conn: sqlite3.Connection, key: str) -> str | None:
    """The stored text of one setting, or None when it has never been set."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])
