"""Copies of the database made with SQLite's online backup API, checked before they count.

A plain file copy of a live database can miss pages still in the WAL file; the backup API
copies a consistent snapshot even while the app is writing.
"""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.atomic_write import replacing
from desktop.domain.backup_policy import backups_to_keep
from desktop.domain.problems import Message, UserError
from desktop.store import sqlite

STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})-(?P<reason>[a-z0-9-]+)\.db$")


class BackupError(UserError, OSError):
    """A backup could not be made or did not verify; the message is for people."""


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder, described by its name (reading it is the caller's choice)."""

    path: Path
    taken_at: datetime
    reason: str


def backup_name(reason: str, when: datetime | None = None, stem: str = "partnerbook") -> str:
    stamp = (when or datetime.now()).strftime(STAMP_FORMAT)
    return f"{stem}-{stamp}-{reason}.db"


def parse_backup_name(path: Path, stem: str | None = None) -> BackupFile | None:
    """Read the date and reason from a backup's name; None for files that are not ours."""
    match = _NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupFile(path, taken_at, match["reason"])


def _why(exc: BaseException) -> Message:
    """Say why a backup failed in words a person can act on."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text:
        return Message("the disk is full. Free some space and try again")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return Message("Partnerbook is not allowed to write there. Check the folder's permissions")
    if code in (errno.EIO, errno.ENOENT, errno.ENODEV, errno.ENXIO) or "i/o error" in text:
        return Message(
            "the disk could not be reached. If it is a USB stick, put it back and try again"
        )
    return Message(
        "{error}. Check there is free space and that the folder can be written to",
        error=str(getattr(exc, "strerror", None) or exc),
    )


def backup_to(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically; the copy must pass quick_check to be kept.

    The copy is made under a temporary name beside ``target`` (``desktop.atomic_write``) and
    renamed only once it is complete and checked; on any failure it is removed.
    """
    try:
        # Inside the try: a folder that cannot be made (a USB stick taken out) gets the
        # same plain message as a copy that cannot be written.
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as temp:
            try:
                _copy_checked(source, temp, target.name)
            finally:
                # SQLite's rollback journal for the copy, if a failure left one behind.
                _remove_quietly(Path(f"{temp}-journal"))
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            "Partnerbook could not write a backup to {folder}: {why}. "
            "Your earlier backups are untouched.",
            folder=str(target.parent),
            why=_why(exc),
        ) from exc
    return target


def _copy_checked(source: Path, copy: Path, name: str) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(copy))
        try:
            src.backup(dst)
            # The copy should stand alone: no WAL file beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = sqlite.integrity(dst, quick=True)
        finally:
            dst.close()
    finally:
        src.close()
    if problems:
        raise BackupError(
            "The backup {name} did not pass its check ({problem}); it was not kept.",
            name=name,
            problem=problems[0],
        )


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def verify_backup(path: Path) -> list[str]:
    """Reopen a finished backup from disk and run quick_check: what SQLite says is wrong."""
    try:
        if not sqlite.looks_like_sqlite(path):
            return ["it is not an SQLite database"]
        conn = sqlite.connect_readonly(path)
        try:
            return sqlite.integrity(conn, quick=True)
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        return [str(exc)]


def make_backup(
    database: Path, backups: Path, reason: str, *, when: datetime | None = None
) -> Path:
    """Back ``database`` up into the folder ``backups``; the result is verified from disk.

    The backup is named after the database (``partnerbook-<date>-<reason>.db``), so the
    group database and a collection can share a folder without mixing their backups.
    """
    when = when or datetime.now()
    target = backups / backup_name(reason, when, database.stem)
    number = 1
    while target.exists():  # two backups in the same second must not overwrite each other
        number += 1
        target = backups / backup_name(f"{reason}-{number}", when, database.stem)
    backup_to(database, target)
    problems = verify_backup(target)
    if problems:
        target.unlink(missing_ok=True)
        raise BackupError(
            "The backup {name} could not be read back ({problem}); it was not kept. "
            "Your earlier backups are untouched.",
            name=target.name,
            problem=problems[0],
        )
    return target


def find_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The backups of the database called ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [parse_backup_name(p, stem) for p in folder.glob(f"{glob_escape(stem)}-*.db")]
    return sorted((b for b in found if b is not None), key=_age, reverse=True)


def _age(backup: BackupFile) -> tuple[datetime, int]:
    """Order by the time in the name; within one second, by when the file was written."""
    try:
        written = backup.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return backup.taken_at, written


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def rotate_backups(folder: Path, stem: str, now: datetime) -> list[Path]:
    """Delete the backups the retention rule no longer needs; return what was deleted.

    Call only after a new backup has been verified, so a failing disk never rotates away
    the last good copy. A file that cannot be deleted is left for next time.
    """
    backups = find_backups(folder, stem)
    keep = backups_to_keep((b.taken_at for b in backups), now)
    deleted: list[Path] = []
    for backup in backups:
        if backup.taken_at in keep:
            continue
        try:
            backup.path.unlink()
        except OSError:
            continue
        deleted.append(backup.path)
    return deleted


def newest_good_backup(candidates: Iterable[BackupFile]) -> BackupFile | None:
    """The newest backup that passes quick_check (candidates newest first)."""
    for backup in candidates:
        if not verify_backup(backup.path):
            return backup
    return None
