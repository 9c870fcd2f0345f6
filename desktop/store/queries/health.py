"""What SQLite says of a database file, for ``partnerbook check``.

Plain facts only; ``services.health`` judges them and words the problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.store import sqlite


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str | None
    pragmas: dict[str, str]
    integrity: list[str]
    foreign_key_problems: int
    # Rows per table asked about, in the order asked; a table the file lacks is left out.
    counts: dict[str, int]


def read_facts(path: Path, tables: Iterable[str], *, read_only: bool = False) -> DatabaseFacts:
    """Open ``path`` with every pragma applied (or, ``read_only``, writing nothing) and read
    its revision, settings, integrity, broken links and the rows in each of ``tables``."""
    conn = sqlite.connect(path, read_only=read_only)
    try:
        revision = sqlite.current_revision(conn)
        pragmas = sqlite.read_pragmas(conn)
        problems = sqlite.integrity(conn, quick=False)
        broken = len(sqlite.foreign_key_problems(conn))
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts: dict[str, int] = {}
        for table in tables:
            if table in present:
                row = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                counts[table] = int(row[0])
    finally:
        conn.close()
    return DatabaseFacts(revision, pragmas, problems, broken, counts)
