"""Opening the records: the data folder, its one-writer lock, the database, what is wrong.

The window and the command line open, diagnose and lock the records through here, never
through desktop.store (ARCHITECTURE.md): the store's errors and results they catch or show
are re-exported below. ``reading`` and ``writing`` are the two ways a command opens them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.problems import UserError
from desktop.paths import AppPaths
from desktop.store import sqlite
from desktop.store.backup import BackupError
from desktop.store.diagnosis import Diagnosis, Fault, diagnose
from desktop.store.lock import AlreadyOpenError, InstanceLock
from desktop.store.opening import (
    OpenedFolder,
    StoreError,
    error_for,
    fault_message,
    fault_values,
    open_data_folder,
    open_database,
)
from desktop.store.restore import RestoreError
from desktop.store.room import size_text
from desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from desktop.services.types import Database, ReadConnection

__all__ = [
    "AlreadyOpenError",
    "BackupError",
    "Diagnosis",
    "Fault",
    "InstanceLock",
    "NotReadable",
    "OpenedFolder",
    "Reading",
    "RestoreError",
    "StoreError",
    "bring_up_to_date",
    "database_at",
    "diagnose",
    "error_for",
    "fault_message",
    "fault_text",
    "fault_values",
    "open_data_folder",
    "read_connection",
    "reading",
    "size_text",
    "writing",
]


class NotReadable(UserError):
    """The records are not there, or not at a schema this version can read as they are."""


def fault_text(found: Diagnosis) -> str:
    """What is wrong with the records, in English, with its values filled in."""
    return fault_message(found).format(**fault_values(found))


def read_connection(path: Path, *, read_only: bool) -> ReadConnection:
    """The fast connection the window's lists read through (plain sqlite3, no ORM)."""
    return sqlite.connect(path, read_only=read_only)


def database_at(path: Path, *, read_only: bool = False) -> Database:
    """The records' database at ``path``; imported when first needed (it loads SQLAlchemy)."""
    from desktop.store.database import Database

    return Database(path, read_only=read_only)


def bring_up_to_date(paths: AppPaths) -> None:
    """Bring the records to this version's schema (after a restore of an older backup),
    backing them up first when they are older. Raises StoreError."""
    open_database(paths.database, paths.backups)


@dataclass(frozen=True)
class Reading:
    """Records opened for reading: ``note`` says why only reading, when that is a fault."""

    paths: AppPaths
    database: Database
    note: str | None


@contextmanager
def reading(paths: AppPaths) -> Iterator[Reading]:
    """The records for reading, even from read-only media or a full disk. No lock is taken,
    so this works while the window is open. Raises StoreError (the cause, see
    ``Fault``) or NotReadable when they cannot be read as they are; nothing is written."""
    from desktop.store.viewing import ReadOnlyView, open_view

    found = diagnose(paths.database, backups=paths.backups)
    if found.fault is not None and not found.read_only:
        raise error_for(found)
    if not found.exists:
        raise NotReadable(
            "There are no records in {folder} yet. Start Partnerbook once, or run "
            "'partnerbook demo', to make some.",
            folder=str(paths.data),
        )
    if found.revision not in KNOWN_REVISIONS:
        raise NotReadable(
            "The records in {folder} were made by a newer version of Partnerbook. "
            "Install the newer version to read them. Nothing was changed.",
            folder=str(paths.data),
        )
    if found.revision != HEAD_REVISION:
        raise NotReadable(
            "The records in {folder} need updating first. Open Partnerbook once (it "
            "backs them up, then updates them), then run this again.",
            folder=str(paths.data),
        )
    note = fault_text(found) if found.read_only else None
    view = open_view(paths.database) if found.read_only else ReadOnlyView(paths.database)
    database = database_at(view.path, read_only=found.read_only)
    try:
        yield Reading(paths, database, note)
    finally:
        database.dispose()
        view.close()


@contextmanager
def writing(paths: AppPaths) -> Iterator[Database]:
    """The records locked for writing, at the current schema (upgraded, after a backup, if
    they were older). Raises AlreadyOpenError, StoreError or DataFolderError."""
    opened = open_data_folder(paths, read_only_ok=False)
    try:
        database = database_at(paths.database)
        try:
            yield database
        finally:
            database.dispose()
    finally:
        opened.release()
