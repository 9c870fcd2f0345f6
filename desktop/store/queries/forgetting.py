"""The SQLite steps of forgetting a person: emptying the write-ahead log, and asking a backup
whether it still holds the person.

``services.forgetting`` decides when each is done and what is said about it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import sqlite


def truncate_write_ahead_log(database: Path) -> None:
    """Copy the log into the database and empty it, so old page versions leave the disk."""
    conn = sqlite.connect(database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def holds_person(backup: Path, person_uuid: str) -> bool | None:
    """True when ``backup`` holds this person not forgotten; None when it cannot be read."""
    try:
        conn = sqlite.connect_readonly(backup)
        try:
            row = conn.execute(
                "SELECT 1 FROM person WHERE uuid = ? AND forgotten_at IS NULL",
                (person_uuid,),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row is not None
