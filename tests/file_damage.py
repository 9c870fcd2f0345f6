"""Damaging a database file on purpose, the way a failing disk would, for the safety tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage(path: Path) -> bytes:
    """Fold the WAL into the file, then overwrite part of its second page; the new bytes."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    return bytes(data)
