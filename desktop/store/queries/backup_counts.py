"""Counting the records in a backup file, for the list of backups.

A count is a key and the query that gives it: the group's are one per table
(``table_counts``), a collection passes its own. ``services.backups`` says what the counts
mean and when a backup is unreadable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.store import sqlite


def table_counts(tables: Iterable[str]) -> dict[str, str]:
    """Table -> the query counting its rows."""
    return {table: f'SELECT count(*) FROM "{table}"' for table in tables}


def read_counts(path: Path, counted: Mapping[str, str]) -> dict[str, int] | None:
    """Each count of ``counted`` read from the file at ``path`` (read-only), or None when the
    file cannot be read. A count whose table the file lacks (an older schema) is left out
    rather than making the whole file look unreadable."""
    counts: dict[str, int] = {}
    try:
        conn = sqlite.connect_readonly(path)
        try:
            for key, query in counted.items():
                try:
                    counts[key] = int(conn.execute(query).fetchone()[0])
                except sqlite3.OperationalError as exc:
                    if "no such table" not in str(exc):
                        raise
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return counts
