"""Plain sqlite3 access: the pragmas every connection gets, and cheap checks at start.

Start-up goes through here instead of SQLAlchemy: importing the ORM costs about half a
second on a slow laptop, and the first window must not wait for it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# WAL lets the window read while a worker writes; FULL makes a commit survive a power cut;
# secure_delete overwrites removed personal data instead of leaving it in free pages.
PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "wal"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
)
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def apply_pragmas(conn: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    for name, value in PRAGMAS:
        if name == "foreign_keys" and not foreign_keys:
            value = "OFF"
        conn.execute(f"PRAGMA {name}={value}")


def connect(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False
) -> sqlite3.Connection:
    """A read-write connection with every pragma set. ``isolation_level=None``: we say BEGIN.

    ``read_only`` opens a file that must not (or cannot) be written: on read-only media or a
    full disk SQLite could not even make its shared-memory file, so the file is opened as
    immutable and no pragma that writes is set.
    """
    if read_only:
        conn = sqlite3.connect(
            read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    apply_pragmas(conn, foreign_keys=foreign_keys)
    return conn


def read_only_uri(path: Path) -> str:
    """How SQLite is asked to read a file and never write to it, nor beside it."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, for looking at a file we do not trust yet."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file or one starting with SQLite's header."""
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head == b"" or head == SQLITE_HEADER


def read_pragmas(conn: sqlite3.Connection) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, _ in PRAGMAS:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        values[name] = str(row[0]) if row else ""
    return values


def integrity(conn: sqlite3.Connection, *, quick: bool = True) -> list[str]:
    """The problems SQLite reports, or an empty list when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    return [(str(r[0]), int(r[1]), str(r[2])) for r in conn.execute("PRAGMA foreign_key_check")]


def current_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the file, or None for a database with no schema yet."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def user_table_count(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return int(row[0])
