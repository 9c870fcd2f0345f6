"""Opening the group database at start: checks first, changes only when it is safe.

At head, this reads the file with sqlite3 alone; Alembic and the ORM are loaded only when
the schema must be created or upgraded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.problems import UserError, marked
from desktop.paths import AppPaths
from desktop.store.diagnosis import Diagnosis, Fault, diagnose
from desktop.store.lock import AlreadyOpenError, InstanceLock
from desktop.store.room import size_text
from desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from desktop.store.viewing import ReadOnlyView, open_view


class StoreError(UserError):
    """The database cannot be opened; the message says why and what to do.

    ``fault`` says which of the causes in store.diagnosis it was, so the window and the
    command line can each offer the right next step (only damage offers a restore).
    """

    fault: Fault | None = None


class NotADatabaseError(StoreError):
    fault = Fault.NOT_OURS


class NewerDatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    fault = Fault.DAMAGED

    def __init__(self, template: str, /, detail: str = "", **values: object) -> None:
        super().__init__(template, **values)
        self.detail = detail  # what SQLite found, for the log


class StorageFaultError(StoreError):
    """The records are sound, but the disk, the folder or another program is in the way."""

    def __init__(self, fault: Fault, template: str, /, **values: object) -> None:
        super().__init__(template, **values)
        self.fault = fault


NOT_CHANGED = "Your records have not been changed."
# One sentence per cause, said the same way by the window and the command line.
FAULT_TEXTS: dict[Fault, str] = {
    Fault.DAMAGED: marked(
        "Partnerbook found damage inside your records file, {file}, and has not written to it."
    ),
    Fault.NO_SPACE: marked(
        "The disk that holds your records is full (only {free} free), so Partnerbook cannot "
        "safely save changes. Your records are not damaged. Free some space (empty the "
        "wastebasket, or delete large files you no longer need), then start Partnerbook again."
    ),
    Fault.READ_ONLY: marked(
        "Partnerbook is not allowed to change the folder that holds your records, {folder}. "
        "It may be on a read-only disk or a locked USB stick, or its permissions may have "
        "changed. Your records are not damaged."
    ),
    Fault.NO_PERMISSION: marked(
        "Partnerbook is not allowed to read your records file, {file}. Its permissions may "
        "have changed: ask whoever looks after this computer to give your account access "
        "to it again. " + NOT_CHANGED
    ),
    Fault.UNREACHABLE: marked(
        "The disk that holds your records, {folder}, could not be read. If it is a USB stick "
        "or a network drive, connect it again and start Partnerbook again. If the computer "
        "reports a disk error, copy your backups somewhere safe first. " + NOT_CHANGED
    ),
    Fault.LOCKED: marked(
        "Another program is holding your records file, {file}, so Partnerbook cannot open "
        "it. Close programs that may be using it (a backup or file-sync program, or "
        "Partnerbook on another computer), then try again. " + NOT_CHANGED
    ),
    Fault.NOT_OURS: marked(
        "The file {file} is not a Partnerbook records file, so Partnerbook has not opened "
        "it and has not changed it."
    ),
    Fault.MISSING: marked(
        "Your records file, {file}, is missing, but there are backups of it. Partnerbook "
        "has not made a new, empty one in its place."
    ),
}


def fault_message(found: Diagnosis) -> str:
    """The English template for a diagnosis (see FAULT_TEXTS); values from fault_values."""
    assert found.fault is not None
    return FAULT_TEXTS[found.fault]


def fault_values(found: Diagnosis) -> dict[str, object]:
    return {
        "file": str(found.database),
        "folder": str(found.database.parent),
        "free": size_text(found.free_bytes or 0),
    }


def error_for(found: Diagnosis) -> StoreError:
    """The error to raise for a fault that stops the records being opened at all."""
    assert found.fault is not None
    template, values = fault_message(found), fault_values(found)
    if found.fault is Fault.DAMAGED:
        return DamagedDatabaseError(template, found.detail, **values)
    if found.fault is Fault.NOT_OURS:
        return NotADatabaseError(template, **values)
    return StorageFaultError(found.fault, template, **values)


@dataclass(frozen=True)
class OpenResult:
    path: Path
    created: bool
    upgraded_from: str | None
    backup: Path | None


def inspect(
    path: Path,
    known: tuple[str, ...] = KNOWN_REVISIONS,
    *,
    backups: Path | None = None,
    read_only_ok: bool = False,
) -> str | None:
    """Check a database file without writing to it; return its schema revision.

    Raises a StoreError naming the cause (store.diagnosis) for a file that cannot be
    opened, and for one too new for this build. ``known`` is the revisions this build
    understands (a collection has its own). A file behind a read-only door (read-only
    media, a full disk) passes only when ``read_only_ok``: the caller will only read.
    """
    found = diagnose(path, backups=backups)
    if found.fault is not None and not (found.read_only and read_only_ok):
        raise error_for(found)
    if found.revision is not None and found.revision not in known:
        raise NewerDatabaseError(
            "The file {file} was made by a newer version of Partnerbook. Install the newer "
            "version to open it. " + NOT_CHANGED,
            file=str(path),
        )
    return found.revision


def open_database(path: Path, backups: Path) -> OpenResult:
    """Make sure ``path`` exists and is at the head schema, backing it up before any upgrade."""
    created = not path.exists() or path.stat().st_size == 0
    revision = None if created else inspect(path, backups=backups)
    if revision == HEAD_REVISION:
        return OpenResult(path, created=False, upgraded_from=None, backup=None)

    from desktop.store.migrate import upgrade

    backup = upgrade(path, None if created else backups)
    return OpenResult(path, created=created, upgraded_from=revision, backup=backup)


@dataclass
class OpenedFolder:
    """A data folder ready for the window: held for writing, or open for reading only.

    ``read_only`` is the diagnosis that closed the door to writing (None when writable);
    ``view`` is the file to read, the database itself unless a copy had to be made.
    """

    paths: AppPaths
    lock: InstanceLock | None
    read_only: Diagnosis | None = None
    view: ReadOnlyView | None = None

    @property
    def held(self) -> bool:
        return self.lock is not None and self.lock.held

    @property
    def database(self) -> Path:
        return self.view.path if self.view is not None else self.paths.database

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
        if self.view is not None:
            self.view.close()


def open_data_folder(paths: AppPaths, *, read_only_ok: bool = True) -> OpenedFolder:
    """Everything before the window: what is wrong, if anything; the folders, the one-writer
    lock, the database checked and brought to this version's schema.

    A full disk or read-only folder opens the records for reading only (when
    ``read_only_ok``). Anything else in the way raises a StoreError naming the cause, with
    nothing written (the lock is let go again then).
    """
    found = diagnose(paths.database, backups=paths.backups)
    if found.fault is not None:
        if not (found.read_only and read_only_ok):
            raise error_for(found)
        return _open_for_reading(paths, found)
    paths.ensure()
    lock = InstanceLock(paths.lock_file).acquire()
    try:
        # A restore cut off by a crash or a power cut is put right first (holding the lock).
        from desktop.store.restore_files import recover_interrupted_restore

        recover_interrupted_restore(paths.database, paths.backups)
        # Sound and at head a moment ago, and only a Partnerbook holding this lock could
        # change its schema: checking it again would read the whole file a second time.
        if found.revision != HEAD_REVISION:
            open_database(paths.database, paths.backups)
    except BaseException:
        lock.release()
        raise
    return OpenedFolder(paths, lock)


def _open_for_reading(paths: AppPaths, found: Diagnosis) -> OpenedFolder:
    if found.revision is not None and found.revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            "The file {file} was made by a newer version of Partnerbook. Install the newer "
            "version to open it. " + NOT_CHANGED,
            file=str(paths.database),
        )
    if found.revision != HEAD_REVISION:
        raise StorageFaultError(
            found.fault or Fault.READ_ONLY,
            fault_message(found)
            + " Your records were made by an older version of Partnerbook and must be "
            "updated before they can be shown, which needs a disk Partnerbook can write to.",
            **fault_values(found),
        )
    # Another Partnerbook writing to this folder would change the file under us: keep the
    # lock when it can be taken. On read-only media nobody can write, so none is needed.
    lock: InstanceLock | None = InstanceLock(paths.lock_file)
    try:
        lock.acquire()  # type: ignore[union-attr]
    except AlreadyOpenError:
        raise
    except OSError:
        lock = None
    try:
        view = open_view(paths.database)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedFolder(paths, lock, read_only=found, view=view)
