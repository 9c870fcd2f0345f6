"""Opening a collection file: the same checks and safety net as the group database.

A collection is chosen by the person (File → Open collection…, or a CLI argument), so the
file may be anything: a group's database, a spreadsheet renamed, a damaged copy. Each case
gets its own plain message and nothing is written until the file is known to be ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.store.collection.location import Location, is_server
from desktop.store.collection.version import (
    COLLECTION_HEAD,
    COLLECTION_MIGRATIONS,
    COLLECTION_REVISIONS,
)
from desktop.store.lock import InstanceLock
from desktop.store.opening import DamagedDatabaseError, NotADatabaseError, StoreError, inspect
from desktop.store.schema_version import KNOWN_REVISIONS

__all__ = [
    "COLLECTION_SUFFIX",
    "CollectionOpened",
    "backups_folder",
    "check_collection",
    "collection_lock",
    "open_collection",
]

COLLECTION_SUFFIX = ".pbcollection"


@dataclass(frozen=True)
class CollectionOpened:
    path: Path
    created: bool
    upgraded_from: str | None


def backups_folder(path: Path) -> Path:
    """Backups sit beside the collection, so copying the folder copies its safety net."""
    return path.parent / f"{path.stem} backups"


def collection_lock(path: Path) -> InstanceLock:
    """The one-writer lock for the collection at ``path`` (not yet acquired).

    The lock file lives in the collection's backups folder, named after the whole file name
    ("area.pbcollection.lock"): the lock file stays after use (deleting a lock file races
    with a second writer opening it), and inside that folder it does not clutter the folder
    the officer shares returns from, yet it moves with the collection like its backups. The
    whole file name, not the stem, because area.pbcollection and area.db share a backups
    folder. The path is resolved first so two spellings of one file get one lock.
    """
    path = Path(path)
    resolved = path.resolve()
    return InstanceLock(backups_folder(resolved) / f"{resolved.name}.lock", collection=path)


def open_collection(path: Location, *, create: bool = False) -> CollectionOpened:
    """Check ``path`` and bring it to the collection schema; create it only if ``create``.

    Raises StoreError (a plain message) for a missing file, a group database, a file that is
    not SQLite, a damaged file, or one made by a newer Partnerbook. ``path`` may also name a
    server collection (see location.py): it is checked, never created or upgraded here.
    """
    if is_server(path):
        return _open_server(str(path))
    path = Path(path)
    # Callers hold the collection's lock: put right a restore a crash cut off part-way.
    from desktop.store.restore_files import recover_interrupted_restore

    recover_interrupted_restore(path, backups_folder(path))
    exists = path.exists() and path.stat().st_size > 0
    revision = check_collection(path, create=create)
    if revision == COLLECTION_HEAD:
        return CollectionOpened(path, created=False, upgraded_from=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    from desktop.store.migrate import upgrade

    upgrade(
        path,
        backups_folder(path) if exists else None,
        COLLECTION_HEAD,
        script_dir=COLLECTION_MIGRATIONS,
    )
    return CollectionOpened(path, created=not exists, upgraded_from=revision)


def check_collection(path: Location, *, create: bool = False) -> str | None:
    """Read-only: the revision of the collection at ``path`` (None when it is new).

    Raises StoreError as open_collection does. The window checks with this before it takes
    the lock, so a mistyped or foreign file gets its message without a backups folder and
    lock file being made beside it.
    """
    if is_server(path):
        return _open_server(str(path)).upgraded_from or COLLECTION_HEAD
    path = Path(path)
    if not (path.exists() and path.stat().st_size > 0):
        if not create:
            raise StoreError(
                "There is no collection at {path}. Check the name, or make a new one.",
                path=str(path),
            )
        return None
    return _inspect(path)


def _open_server(location: str) -> CollectionOpened:
    """A server collection is set up by ``collect init-server``, never by opening it: an
    officer's login may not create tables. Here it is only checked to be at this build's
    schema (raises ServerUnavailable or StoreError in plain words)."""
    from desktop.store.collection.server import connect_server
    from desktop.store.collection.server_admin import check_server_revision, server_revision

    conn = connect_server(location)
    try:
        check_server_revision(server_revision(conn), conn.label)
    finally:
        conn.close()
    return CollectionOpened(location, created=False, upgraded_from=None)  # type: ignore[arg-type]


def _inspect(path: Path) -> str | None:
    try:
        revision = inspect(path, known=COLLECTION_REVISIONS + KNOWN_REVISIONS)
    except DamagedDatabaseError as exc:
        # What SQLite found stays in ``detail`` for the log; people get the plain words.
        raise DamagedDatabaseError(
            "The collection {path} is damaged. Nothing has been written to "
            "it. Its backups are in {backups}: open it in Partnerbook to restore "
            'the newest, or run: partnerbook collect restore "{path}" BACKUP',
            detail=exc.detail,
            path=str(path),
            backups=str(backups_folder(path)),
        ) from exc
    except NotADatabaseError as exc:
        raise NotADatabaseError(
            "{path} is not a Partnerbook collection. Nothing was changed.", path=str(path)
        ) from exc
    if revision in KNOWN_REVISIONS:
        raise NotADatabaseError(
            "{path} is a group's Partnerbook database, not a collection of returns. "
            "Open it as a group's data instead. Nothing was changed.",
            path=str(path),
        )
    return revision
