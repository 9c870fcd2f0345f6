"""Copies of the database made with SQLite's online backup API, checked before they count.

A plain file copy of a live database can miss pages still in the WAL file; the backup API
copies a consistent snapshot even while the app is writing.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.store import sqlite


class BackupError(OSError):
    """A backup could not be made or did not verify; the message is for people."""


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"partnerbook-{stamp}-{reason}.db"


def backup_to(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically; the copy must pass quick_check to be kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(partial))
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
                f"The backup {target.name} did not pass its check ({problems[0]}); it was not kept."
            )
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            f"Partnerbook could not write a backup to {target.parent}: {exc}. "
            "Check there is free space and that the folder can be written to."
        ) from exc
    return target


def make_backup(database: Path, backups: Path, reason: str) -> Path:
    return backup_to(database, backups / backup_name(reason))
