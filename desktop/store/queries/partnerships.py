"""Partnerships as a whole, read on the fast sqlite3 connection."""

from __future__ import annotations

import sqlite3


def all_names(conn: sqlite3.Connection) -> list[str]:
    """The name of every partnership held, archived ones included, in no set order."""
    return [str(r[0]) for r in conn.execute("SELECT name FROM partnership")]
