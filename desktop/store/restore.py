"""Putting a backup back in place of a database, without ever making things worse.

The order is the safety: check the backup fully; keep a copy of what is there now (or set a
damaged file aside, untouched); copy the backup in beside the database through SQLite's
backup API; then swap it in with one atomic rename. A crash at any moment leaves either the
old database or the restored one, never a mixture. The old WAL file is removed before the
swap, because SQLite would otherwise replay the old database's pages onto the restored one.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.store import sqlite
from desktop.store.backup import STAMP_FORMAT, BackupError, backup_to, make_backup, verify_backup
from desktop.store.schema_version import KNOWN_REVISIONS

SIDE_FILES = ("-wal", "-shm", "-journal")


class RestoreError(RuntimeError):
    """The backup was not restored; the message says why, and that nothing changed."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The copy of the records as they were just before the restore (None if there were none).
    safety_backup: Path | None
    # A damaged database moved aside rather than backed up (it could not be read whole).
    set_aside: Path | None


def check_backup_file(path: Path, known: tuple[str, ...] = KNOWN_REVISIONS) -> str | None:
    """Fully check a file we are about to restore; return its schema revision.

    A full integrity_check, not quick_check: a restore is rare and this file is about to
    become the only copy of the group's records.
    """
    if not path.is_file():
        raise RestoreError(f"The backup {path} does not exist.")
    try:
        if not sqlite.looks_like_sqlite(path):
            raise RestoreError(f"{path.name} is not a Partnerbook backup (not an SQLite file).")
        conn = sqlite.connect_readonly(path)
        try:
            problems = sqlite.integrity(conn, quick=False)
            revision = sqlite.current_revision(conn) if not problems else None
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise RestoreError(
            f"The backup {path.name} cannot be read ({exc}). Nothing changed."
        ) from exc
    if problems:
        raise RestoreError(
            f"The backup {path.name} is damaged ({problems[0]}), so it was not restored. "
            "Nothing changed. Try an older backup."
        )
    if revision is None:
        raise RestoreError(f"{path.name} is not a Partnerbook backup. Nothing changed.")
    if revision not in known:
        raise RestoreError(
            f"The backup {path.name} was made by a newer version of Partnerbook. "
            "Install the newer version to restore it. Nothing changed."
        )
    return revision


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def set_aside(database: Path, when: datetime) -> Path:
    """Rename a damaged database (and its WAL) out of the way, keeping every byte."""
    aside = database.with_name(f"{database.stem}-damaged-{when.strftime(STAMP_FORMAT)}.db")
    os.replace(database, aside)
    for suffix in SIDE_FILES:
        side = Path(str(database) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    return aside


def restore_database(
    backup: Path,
    database: Path,
    backups: Path,
    *,
    when: datetime | None = None,
    known: tuple[str, ...] = KNOWN_REVISIONS,
) -> RestoreResult:
    """Replace ``database`` with ``backup``. Nobody may have ``database`` open (hold the lock).

    ``known`` is the schema revisions this build can open (a collection passes its own).
    Raises RestoreError, with nothing changed, when the backup is unusable or a copy of the
    current records cannot be made first.
    """
    when = when or datetime.now()
    check_backup_file(backup, known)
    safety: Path | None = None
    aside: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        if verify_backup(database):
            aside = set_aside(database, when)
        else:
            try:
                safety = make_backup(database, backups, "before-restore", when=when)
                conn = sqlite.connect(database)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
            except (BackupError, sqlite3.Error) as exc:
                raise RestoreError(
                    f"Partnerbook could not save a copy of your current records first ({exc}), "
                    "so nothing was restored and nothing changed."
                ) from exc
    staged = database.with_name(database.name + ".restoring")
    try:
        backup_to(backup, staged)
        for suffix in SIDE_FILES:
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
        _fsync_folder(database.parent)
        # The copy is a standalone file in DELETE mode; put it back in WAL mode at once.
        sqlite.connect(database).close()
    except (BackupError, OSError) as exc:
        staged.unlink(missing_ok=True)
        kept = f" A copy of your records from before is in {safety}." if safety else ""
        raise RestoreError(f"Partnerbook could not restore {backup.name} ({exc}).{kept}") from exc
    return RestoreResult(backup, safety, aside)
