"""Backups and restores as the app and the command line use them.

Everything takes a database path and a backups folder, so the group database and a CVS
collection use the same code. ``backup_now(paths, reason)`` is the one call other features
make before they change a lot at once (an import, a restore, forgetting a person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain.problems import Message, UserError, marked
from desktop.paths import AppPaths
from desktop.services.health import COUNTED_TABLES
from desktop.store.backup import (
    BackupError,
    BackupFile,
    backup_to,
    find_backups,
    make_backup,
    newest_good_backup,
    rotate_backups,
    verify_backup,
)
from desktop.store.local_settings import read_settings, write_setting
from desktop.store.queries import backup_counts
from desktop.store.restore import RestoreResult, restore_database

SECOND_FOLDER_KEY = "second_backup_folder"

# Why a backup was made, as a person would say it. Keys appear in file names; the labels are
# marked so the window shows them translated (context "Problems").
REASONS: dict[str, str] = {
    "automatic": marked("Automatic (while you worked)"),
    "on-close": marked("When Partnerbook closed"),
    "manual": marked("Made by you"),
    "before-upgrade": marked("Before an update"),
    "before-import": marked("Before an import"),
    "before-restore": marked("Before a restore"),
    "before-forget": marked("Before forgetting a person"),
    "before-withdraw": marked("Before withdrawing a return"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int
    # Rows per counted table; empty when the file could not be read.
    counts: dict[str, int] = field(default_factory=dict)
    readable: bool = True

    def as_json(self) -> dict[str, object]:
        """What the command line prints with --json."""
        return {
            "file": str(self.path),
            "taken_at": self.taken_at.isoformat(),
            "reason": self.reason,
            "size_bytes": self.size_bytes,
            "readable": self.readable,
            "counts": self.counts,
        }

    @property
    def reason_label(self) -> str:
        # "automatic-2" is the second automatic backup made in the same second.
        base = re.sub(r"-\d+$", "", self.reason)
        return REASONS.get(base, base.replace("-", " ").capitalize())


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    rotated: list[Path]
    second_copy: Path | None = None
    # Set when the second folder (a USB stick, say) could not be written; the main backup
    # still counts, so this is a warning, not a failure.
    # Why the extra copy was not made: a template, said in the person's language.
    second_problem: Message | None = None


def second_backup_folder(paths: AppPaths) -> Path | None:
    value = read_settings(paths.settings_file).get(SECOND_FOLDER_KEY)
    return Path(value) if isinstance(value, str) and value else None


def set_second_backup_folder(paths: AppPaths, folder: Path | None) -> None:
    write_setting(paths.settings_file, SECOND_FOLDER_KEY, str(folder) if folder else None)


def backup_database(
    database: Path,
    folder: Path,
    reason: str,
    *,
    second_folder: Path | None = None,
    now: datetime | None = None,
) -> BackupOutcome:
    """Back up, verify, then rotate. Raises BackupError (older backups untouched) on failure."""
    now = now or datetime.now()
    path = make_backup(database, folder, reason, when=now)
    rotated = rotate_backups(folder, database.stem, now)
    if second_folder is None:
        return BackupOutcome(path, rotated)
    try:
        # Copy the verified backup, not the live file: the same snapshot in both places.
        second = backup_to(path, second_folder / path.name)
        problems = verify_backup(second)
        if problems:
            second.unlink(missing_ok=True)
            raise BackupError("the copy could not be read back ({problem})", problem=problems[0])
        rotated += rotate_backups(second_folder, database.stem, now)
    except (BackupError, OSError) as exc:
        return BackupOutcome(
            path,
            rotated,
            second_problem=Message(
                "The extra copy in {second} could not be made ({why}). "
                "The backup in {folder} was made and checked.",
                second=str(second_folder),
                why=exc.text() if isinstance(exc, UserError) else str(exc),
                folder=str(folder),
            ),
        )
    return BackupOutcome(path, rotated, second_copy=second)


def _no_second_folder() -> Path | None:
    return None


@dataclass(frozen=True)
class BackupTarget:
    """What one window backs up: a database, its backups folder, maybe a second folder.

    ``second_folder`` is asked at each backup, because the person may choose a new one
    while the window is open. The group's window and a collection's window each make one,
    so automatic backups are the same code for both.
    """

    database: Path
    folder: Path
    second_folder: Callable[[], Path | None] = _no_second_folder

    def back_up(self, reason: str, *, now: datetime | None = None) -> BackupOutcome:
        return backup_database(
            self.database, self.folder, reason, second_folder=self.second_folder(), now=now
        )

    def newest_backup_time(self) -> datetime | None:
        """When the newest backup in the folder was made; None if there is none yet."""
        found = find_backups(self.folder, self.database.stem)
        return found[0].taken_at if found else None


def group_target(paths: AppPaths) -> BackupTarget:
    return BackupTarget(paths.database, paths.backups, lambda: second_backup_folder(paths))


def backup_now(paths: AppPaths, reason: str, *, now: datetime | None = None) -> BackupOutcome:
    """Back up the group database now, to the backups folder and the second folder if set."""
    return group_target(paths).back_up(reason, now=now)


def backup_to_file(database: Path, target: Path) -> Path:
    """A one-off backup to a file the person chose; never rotated, never overwritten."""
    if target.exists():
        raise BackupError("{path} already exists. Choose a new file name.", path=str(target))
    backup_to(database, target)
    problems = verify_backup(target)
    if problems:
        target.unlink(missing_ok=True)
        raise BackupError(
            "The backup {path} could not be read back ({problem}).",
            path=str(target),
            problem=problems[0],
        )
    return target


# What a group backup's list shows: rows per table, keyed by table name.
GROUP_COUNTS: dict[str, str] = backup_counts.table_counts(t for t, _label in COUNTED_TABLES)


def describe_backup(backup: BackupFile, counted: Mapping[str, str] | None = None) -> BackupInfo:
    """Read a backup's record counts (read-only); an unreadable file says so.

    ``counted`` maps each count's key to the query that gives it (the group's tables when
    None; a collection passes its own). A count whose table the backup lacks (an older
    schema) is left out rather than making the whole backup look unreadable.
    """
    try:
        size = backup.path.stat().st_size
    except OSError:
        size = 0
    counts = backup_counts.read_counts(backup.path, GROUP_COUNTS if counted is None else counted)
    if counts is None:
        return BackupInfo(backup.path, backup.taken_at, backup.reason, size, readable=False)
    return BackupInfo(backup.path, backup.taken_at, backup.reason, size, counts)


def list_backups(
    database: Path, folder: Path, counted: Mapping[str, str] | None = None
) -> list[BackupInfo]:
    """Every backup of ``database`` in ``folder``, newest first, with record counts."""
    return [describe_backup(b, counted) for b in find_backups(folder, database.stem)]


def newest_usable_backup(database: Path, folder: Path) -> BackupFile | None:
    """The newest backup that passes quick_check, to offer when the database is damaged."""
    return newest_good_backup(find_backups(folder, database.stem))


def restore_backup(
    database: Path,
    folder: Path,
    backup: Path,
    *,
    now: datetime | None = None,
    known: tuple[str, ...] | None = None,
) -> RestoreResult:
    """Restore ``backup`` over ``database``; the current records are backed up first.

    The caller must hold the lock (the data folder's, or the collection's) and have closed
    its connections. A collection passes ``known``, its own schema revisions.
    """
    if known is None:
        return restore_database(backup, database, folder, when=now)
    return restore_database(backup, database, folder, when=now, known=known)
