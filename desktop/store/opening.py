"""Opening the group database at start: checks first, changes only when it is safe.

At head, this reads the file with sqlite3 alone; Alembic and the ORM are loaded only when
the schema must be created or upgraded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import AppPaths
from desktop.store import sqlite
from desktop.store.lock import InstanceLock
from desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS


class StoreError(RuntimeError):
    """The database cannot be opened; the message says why and what to do."""


class NotADatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail  # what SQLite found, for a caller that words it differently


@dataclass(frozen=True)
class OpenResult:
    path: Path
    created: bool
    upgraded_from: str | None
    backup: Path | None


def inspect(path: Path, known: tuple[str, ...] = KNOWN_REVISIONS) -> str | None:
    """Check a database file without writing to it; return its schema revision.

    Raises a StoreError for a file that is not SQLite, is damaged, or is too new.
    ``known`` is the revisions this build understands (a collection has its own).
    """
    if not sqlite.looks_like_sqlite(path):
        raise NotADatabaseError(
            f"{path} is not a Partnerbook database (it is not an SQLite file). "
            "Nothing was changed. Move it aside or choose another data folder."
        )
    try:
        conn = sqlite.connect_readonly(path)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{path} cannot be opened as a database: {exc}.") from exc
    try:
        problems = sqlite.integrity(conn, quick=True)
        if problems:
            raise DamagedDatabaseError(
                f"The database {path} is damaged ({problems[0]}). Nothing has been written "
                f"to it. Your backups are in {path.parent / 'backups'}: restore the newest one.",
                problems[0],
            )
        revision = sqlite.current_revision(conn)
        if revision is None and sqlite.user_table_count(conn) > 0:
            raise NotADatabaseError(
                f"{path} is an SQLite database, but not one Partnerbook made. Nothing was changed."
            )
    except sqlite3.DatabaseError as exc:
        # The header said SQLite, so a failure to read it is damage, not a wrong file.
        raise DamagedDatabaseError(
            f"The database {path} is damaged ({exc}). Nothing has been written to it. "
            f"Your backups are in {path.parent / 'backups'}: restore the newest one.",
            str(exc),
        ) from exc
    finally:
        conn.close()
    if revision is not None and revision not in known:
        raise NewerDatabaseError(
            f"The database {path} was made by a newer version of Partnerbook "
            f"(schema {revision}). Install the newer version to open it. Nothing was changed."
        )
    return revision


def open_database(path: Path, backups: Path) -> OpenResult:
    """Make sure ``path`` exists and is at the head schema, backing it up before any upgrade."""
    created = not path.exists() or path.stat().st_size == 0
    revision = None if created else inspect(path)
    if revision == HEAD_REVISION:
        return OpenResult(path, created=False, upgraded_from=None, backup=None)

    from desktop.store.migrate import upgrade

    backup = upgrade(path, None if created else backups)
    return OpenResult(path, created=created, upgraded_from=revision, backup=backup)


def open_data_folder(paths: AppPaths) -> InstanceLock:
    """Everything before the window: the folders, the one-writer lock, the database checked
    and brought to this version's schema. Raises with a plain message when it cannot go on
    (the lock is let go again then)."""
    paths.ensure()
    lock = InstanceLock(paths.lock_file).acquire()
    try:
        open_database(paths.database, paths.backups)
    except BaseException:
        lock.release()
        raise
    return lock
