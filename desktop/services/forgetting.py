"""Forgetting a person across the database file, its log, and (as far as we can) backups.

SQLite keeps old versions of changed pages in the write-ahead log until a checkpoint, and
backups are copies by design. So forgetting is: back up first (in case it was a mistake),
forget with secure_delete on, checkpoint and truncate the log, then tell the person which
backups still hold the old details, so they can delete those too if they wish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.paths import AppPaths
from desktop.services.backups import BackupOutcome, backup_now, second_backup_folder
from desktop.services.privacy import ForgetResult, forget_person
from desktop.store.backup import find_backups
from desktop.store.database import Database
from desktop.store.models import Person
from desktop.store.queries import forgetting


@dataclass(frozen=True)
class ForgetReport:
    result: ForgetResult
    backup: BackupOutcome
    # Backups that still hold the person's name and details, newest first.
    backups_holding: list[Path]


def backups_holding(database: Path, folders: list[Path], person_uuid: str) -> list[Path]:
    """The backups in ``folders`` in which this person has not been forgotten.

    An unreadable backup is left out: it cannot be shown, and we cannot say.
    """
    return [
        backup.path
        for folder in folders
        for backup in find_backups(folder, database.stem)
        if forgetting.holds_person(backup.path, person_uuid)
    ]


def forget_person_everywhere(
    paths: AppPaths, database: Database, person_id: int, *, now: datetime | None = None
) -> ForgetReport:
    """Back up, forget, clear the log, and list the backups that still hold the person.

    Raises BackupError (nothing forgotten) when the safety backup cannot be made.
    """
    backup = backup_now(paths, "before-forget", now=now)
    with database.session() as session:
        person = session.get(Person, person_id)
        uuid = person.uuid if person else ""
        result = forget_person(session, person_id, now)
    forgetting.truncate_write_ahead_log(paths.database)
    folders = [paths.backups]
    second = second_backup_folder(paths)
    if second is not None:
        folders.append(second)
    return ForgetReport(result, backup, backups_holding(paths.database, folders, uuid))


def delete_backups(files: list[Path]) -> list[Path]:
    """Delete backups the person chose to remove (after forgetting); return those deleted."""
    deleted: list[Path] = []
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        deleted.append(file)
    return deleted
