"""A collection's safety net: backups, the list of them, and restoring one.

The same backup and restore code as the group database (services.backups, store.restore),
pointed at the collection file and its "<stem> backups" folder. What differs is what a
backup's list counts, and that a restore must refuse a group's database: the two look
alike to SQLite, and restoring one over the other would lose a CVS's returns.

Callers that write (restore) must hold the collection's lock
(store.collection.opening.collection_lock) and have closed their connections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.services.backups import (
    BackupInfo,
    BackupOutcome,
    BackupTarget,
    list_backups,
    newest_usable_backup,
    restore_backup,
)
from desktop.services.locations import MoveError, this_computer_paths
from desktop.store import sqlite
from desktop.store.backup import BackupError, BackupFile, backup_to, verify_backup
from desktop.store.collection.opening import backups_folder, open_collection
from desktop.store.collection.queries.safety import COLLECTION_COUNTS
from desktop.store.collection.version import COLLECTION_REVISIONS
from desktop.store.restore import RestoreError, RestoreResult
from desktop.store.restore_files import leaving_no_trace
from desktop.store.schema_version import KNOWN_REVISIONS

__all__ = [
    "COLLECTION_COUNTS",
    "COUNT_LABELS",
    "backup_collection",
    "collection_target",
    "copy_collection_to",
    "list_collection_backups",
    "local_collections_folder",
    "newest_good_collection_backup",
    "restore_collection",
]

# What a backup's list counts (COLLECTION_COUNTS, the store's queries), as people read it.
COUNT_LABELS: dict[str, str] = {
    "returns": "Returns",
    "groups": "Groups",
    "partnerships": "Partnerships",
}


def collection_target(
    path: Path, second_folder: Callable[[], Path | None] | None = None
) -> BackupTarget:
    """Backups of a collection go beside it and, when the person has chosen a second backup
    folder (a USB stick, say), into "<name> backups" there too, apart from the group's own."""
    path = Path(path)

    def second() -> Path | None:
        chosen = second_folder() if second_folder is not None else None
        return chosen / backups_folder(path).name if chosen is not None else None

    return BackupTarget(path, backups_folder(path), second)


def backup_collection(
    path: Path,
    reason: str,
    *,
    now: datetime | None = None,
    second_folder: Callable[[], Path | None] | None = None,
) -> BackupOutcome:
    """A checked backup now; safe while a window has the collection open (online backup API)."""
    return collection_target(path, second_folder).back_up(reason, now=now)


def list_collection_backups(path: Path) -> list[BackupInfo]:
    """The collection's backups, newest first, with their returns, groups and partnerships."""
    return list_backups(Path(path), backups_folder(Path(path)), COLLECTION_COUNTS)


def restore_collection(path: Path, backup: Path, *, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` back in place of the collection; the collection is backed up first.

    Raises RestoreError (nothing changed) for a missing, damaged or foreign file, and for a
    group's database; StoreError if the restored file cannot then be opened as a collection.
    """
    path, backup = Path(path), Path(backup)
    _check_collection(path)
    _refuse_group_database(backup)
    result = restore_backup(path, backups_folder(path), backup, now=now, known=COLLECTION_REVISIONS)
    # An older collection backup is brought up to this version's schema at once, so the
    # window or the next command finds a collection it can read.
    open_collection(path)
    return result


def _check_collection(path: Path) -> None:
    """Restore only over a collection: a damaged one (that is what restoring cures) or a
    missing one (brought back from its backups), never a group's database or another file,
    which the restore would otherwise keep aside as "damaged".

    Only what the file *is* is asked here, read-only. Whether it is damaged, and whether
    there is room, the restore finds out itself and says so plainly: a full disk must not
    stop a restore with a message about saving changes, nor look like damage.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        if not sqlite.looks_like_sqlite(path):
            raise RestoreError(
                "{path} is not a collection of returns (it is not an SQLite file), so nothing "
                "was restored over it. Nothing changed.",
                path=str(path),
            )
        with leaving_no_trace(path):
            conn = sqlite.connect_readonly(path)
            try:
                # What a damaged file says of its own revision may be garbage (a damaged
                # page once read as "made by a newer version"): only a sound file is asked.
                if sqlite.integrity(conn, quick=True):
                    return  # damage, which the restore keeps aside and cures
                revision = sqlite.current_revision(conn)
                foreign = revision is None and sqlite.user_table_count(conn) > 0
            finally:
                conn.close()
    except (sqlite3.Error, OSError):
        return  # cannot be read whole: damage, which the restore keeps aside and cures
    if revision in KNOWN_REVISIONS:
        raise RestoreError(
            "{path} is a group's Partnerbook database, not a collection of returns, "
            "so nothing was restored over it.",
            path=str(path),
        )
    if foreign:
        raise RestoreError(
            "{path} is a database of another program, not a collection of returns, so "
            "nothing was restored over it. Nothing changed.",
            path=str(path),
        )
    if revision is not None and revision not in COLLECTION_REVISIONS:
        raise RestoreError(
            "{path} was made by a newer version of Partnerbook, so nothing was restored over "
            "it. Install the newer version to open it. Nothing changed.",
            path=str(path),
        )


def _refuse_group_database(backup: Path) -> None:
    """Say plainly when the file is a group's records; every other problem is left to the
    full check in store.restore, which has its own plain messages."""
    if not backup.is_file():
        raise RestoreError(
            "There is no backup at {path}. Check the name. Nothing changed.", path=str(backup)
        )
    try:
        if not sqlite.looks_like_sqlite(backup):
            return
        conn = sqlite.connect_readonly(backup)
        try:
            revision = sqlite.current_revision(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return
    if revision in KNOWN_REVISIONS:
        raise RestoreError(
            "{name} is a backup of a group's records, not of a collection of returns, "
            "so it was not restored. Nothing changed. Choose one of this collection's backups.",
            name=backup.name,
        )


def newest_good_collection_backup(path: Path) -> BackupFile | None:
    """The newest backup of the collection that passes quick_check, to offer when it is damaged."""
    return newest_usable_backup(Path(path), backups_folder(Path(path)))


def local_collections_folder() -> Path:
    """Where a collection copied off a risky drive goes: beside the records on this computer."""
    return this_computer_paths().data / "collections"


def copy_collection_to(path: Path, folder: Path) -> Path:
    """Copy the collection into ``folder`` (online backup API, checked); the original stays.

    Refuses to overwrite a file already there. Raises MoveError with a plain message.
    """
    source = Path(path)
    target = Path(folder) / source.name
    if target.exists() and target.stat().st_size > 0:
        raise MoveError(
            "There is already a collection called {name} in {folder}, so this one was "
            "not copied there (one must never overwrite another). Nothing changed.",
            name=target.name,
            folder=str(folder),
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        backup_to(source, target)
    except (OSError, BackupError) as exc:
        target.unlink(missing_ok=True)
        raise MoveError(
            "{name} could not be copied to {folder} ({why}). Nothing changed.",
            name=source.name,
            folder=str(folder),
            why=exc if isinstance(exc, BackupError) else str(exc),
        ) from exc
    problems = verify_backup(target)
    if problems:
        target.unlink(missing_ok=True)
        raise MoveError(
            "The copy in {folder} could not be read back ({problem}), so it was removed. "
            "Nothing changed.",
            folder=str(folder),
            problem=problems[0],
        )
    return target
