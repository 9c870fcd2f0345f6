"""What is wrong with a database file, told apart before anything decides what to do.

A full disk, a read-only USB stick, a drive that was pulled out and a file held by another
program all make SQLite fail, often with the same words ("disk I/O error", "unable to open
database file"). Only real damage (a file that could be read, whose own checks fail) may
lead to a restore: mistaking a full disk for damage once renamed a healthy database aside.
So every cause is looked for on its own, by reading only, and named.

Nothing here writes: the file is opened with ``mode=ro`` and, where SQLite could not make
its shared-memory file (a read-only folder, a full disk), ``immutable=1``.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.store import sqlite

# Below this much free space the records open for reading only: SQLite needs room for its
# WAL and shared-memory files (32 KB and more), and every backup needs the database's size.
MIN_FREE_BYTES = 1024 * 1024
# Waiting this long on a lock held by another program is enough to tell it is held.
LOCK_WAIT_MS = 1000

_UNREACHABLE_ERRNOS = frozenset(
    {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTCONN, errno.EHOSTDOWN}
)
_PERMISSION_ERRNOS = frozenset({errno.EACCES, errno.EPERM})


class Fault(StrEnum):
    """Why a database cannot simply be opened for writing."""

    DAMAGED = "damaged"  # it could be read, and SQLite's own checks fail
    NO_SPACE = "no-space"  # the disk is (nearly) full
    READ_ONLY = "read-only"  # read-only media, or no permission to write there
    NO_PERMISSION = "no-permission"  # not even allowed to read it
    UNREACHABLE = "unreachable"  # the drive is missing or failing
    LOCKED = "locked"  # another program holds the file
    NOT_OURS = "not-ours"  # not an SQLite file, or an SQLite file of another program
    MISSING = "missing"  # the records file is gone, but backups of it exist


# Faults under which the records can still be opened, for reading only.
READABLE_FAULTS = frozenset({Fault.NO_SPACE, Fault.READ_ONLY})


@dataclass(frozen=True)
class Diagnosis:
    """What was found; ``fault`` is None for a file that can be opened as usual."""

    database: Path
    fault: Fault | None = None
    # What SQLite or the system said, for the log (never shown as it is to a person).
    detail: str = ""
    exists: bool = True
    revision: str | None = None
    free_bytes: int | None = None

    @property
    def read_only(self) -> bool:
        return self.fault in READABLE_FAULTS


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def folder_is_writable(folder: Path) -> bool:
    """True when files can be made in ``folder`` (checked without making one).

    ``os.access`` answers for permissions and, even for root, for read-only mounts; the
    mount flag is checked as well for systems whose access() only looks at permissions.
    """
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        flags = os.statvfs(folder).f_flag
    except (AttributeError, OSError):  # pragma: no cover - Windows has no statvfs
        return True
    return not flags & os.ST_RDONLY


def _has_wal(database: Path) -> bool:
    wal = Path(str(database) + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _fault_for_os_error(exc: OSError) -> Fault:
    if exc.errno in _PERMISSION_ERRNOS:
        return Fault.NO_PERMISSION
    if exc.errno == errno.ENOSPC:
        return Fault.NO_SPACE
    if exc.errno == errno.EROFS:
        return Fault.READ_ONLY
    return Fault.UNREACHABLE


def _read_whole(database: Path) -> OSError | None:
    """Read every byte, to tell a failing drive (an error here) from a damaged file."""
    try:
        with database.open("rb") as fh:
            while fh.read(1 << 20):
                pass
    except OSError as exc:
        return exc
    return None


def _open_for_checking(database: Path, *, immutable: bool) -> sqlite3.Connection:
    uri = f"{database.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    conn.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
    return conn


def diagnose(
    database: Path,
    *,
    backups: Path | None = None,
    min_free: int = MIN_FREE_BYTES,
) -> Diagnosis:
    """Look at ``database`` (reading only) and say what, if anything, stops a normal open.

    ``backups`` is where its backups are kept: a missing file with backups there is
    ``MISSING``, never a first start. Schema questions (too new, too old) are the opener's.
    """
    folder = database.parent
    try:
        folder.stat()
    except (FileNotFoundError, NotADirectoryError):  # a new folder; making it says the rest
        return Diagnosis(database, exists=False)
    except OSError as exc:
        return Diagnosis(database, _fault_for_os_error(exc), str(exc))

    space = free_bytes(folder)
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        size = -1
    except OSError as exc:
        return Diagnosis(database, _fault_for_os_error(exc), str(exc), free_bytes=space)

    if size <= 0:
        if backups is not None and _has_backups(database, backups):
            return Diagnosis(database, Fault.MISSING, "no records file", size == 0, None, space)
        return Diagnosis(database, exists=size == 0, free_bytes=space)

    try:
        header_ok = sqlite.looks_like_sqlite(database)
    except OSError as exc:
        return Diagnosis(database, _fault_for_os_error(exc), str(exc), free_bytes=space)
    if not header_ok:
        return Diagnosis(database, Fault.NOT_OURS, "not an SQLite file", free_bytes=space)

    writable = folder_is_writable(folder) and os.access(database, os.W_OK)
    full = space is not None and space < min_free
    door: Fault | None = None
    if not writable:
        door = Fault.READ_ONLY
    elif full:
        door = Fault.NO_SPACE
    # Through a read-only door SQLite cannot make its -shm file, so it must not try; a
    # WAL left by a crash is then not seen by this check (the opener copies it to read).
    # With no WAL file at all, immutable reads exactly the same and leaves no -wal or
    # -shm file beside a file that may be damaged.
    immutable = door is not None or not Path(str(database) + "-wal").exists()
    try:
        conn = _open_for_checking(database, immutable=immutable)
        try:
            problems = sqlite.integrity(conn, quick=True)
            revision = None if problems else sqlite.current_revision(conn)
            foreign = not problems and revision is None and sqlite.user_table_count(conn) > 0
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _explain_sqlite_error(database, exc, door, space, min_free)
    if problems:
        return Diagnosis(database, Fault.DAMAGED, problems[0], free_bytes=space)
    if foreign:
        return Diagnosis(database, Fault.NOT_OURS, "an SQLite file of another program")
    return Diagnosis(database, door, "", revision=revision, free_bytes=space)


def _explain_sqlite_error(
    database: Path, exc: sqlite3.Error, door: Fault | None, space: int | None, min_free: int
) -> Diagnosis:
    """SQLite refused: find the cause in the world before ever calling it damage."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = f"{name}: {exc}" if name else str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower():
        return Diagnosis(database, Fault.LOCKED, detail, free_bytes=space)
    if name == "SQLITE_FULL":
        return Diagnosis(database, Fault.NO_SPACE, detail, free_bytes=space)
    if name.startswith("SQLITE_NOTADB"):
        return Diagnosis(database, Fault.NOT_OURS, detail, free_bytes=space)
    if name.startswith("SQLITE_CORRUPT"):
        return Diagnosis(database, Fault.DAMAGED, detail, free_bytes=space)
    # I/O errors, "unable to open", read-only: the drive, the space or the permissions.
    failure = _read_whole(database)
    if failure is not None:
        return Diagnosis(database, _fault_for_os_error(failure), detail, free_bytes=space)
    if door is not None:
        return Diagnosis(database, door, detail, free_bytes=space)
    if space is not None and space < 4 * min_free:
        return Diagnosis(database, Fault.NO_SPACE, detail, free_bytes=space)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return Diagnosis(database, Fault.UNREACHABLE, detail, free_bytes=space)
    # Anything else SQLite says about a file it could read whole is damage.
    return Diagnosis(database, Fault.DAMAGED, detail, free_bytes=space)


def _has_backups(database: Path, backups: Path) -> bool:
    from desktop.store.backup import find_backups

    return bool(find_backups(backups, database.stem))


def wal_is_pending(database: Path) -> bool:
    """True when a crash left changes in the WAL that an immutable open would not see."""
    return _has_wal(database)
