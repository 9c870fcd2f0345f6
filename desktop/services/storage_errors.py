"""Turning a failed save or backup into a plain message, or saying it is not that kind.

Disk full, permission lost and a USB stick pulled out are the person's world, not our bugs:
they get a calm sentence that says what happened and what to do, and that what was saved
before is safe (SQLite rolled the failed transaction back). Anything else returns None, so
the caller lets it reach the "unexpected error" handler instead.
"""

from __future__ import annotations

import errno
import sqlite3

from desktop.store.backup import BackupError

SAFE = "Everything saved before this is safe."

DISK_FULL = (
    "The disk is full, so the last change could not be saved. Free some space (empty the "
    "wastebasket, or delete large files you no longer need), then try again. " + SAFE
)
NO_PERMISSION = (
    "Partnerbook is no longer allowed to write to the folder that holds your records, so the "
    "last change could not be saved. Check the folder's permissions, or ask whoever looks "
    "after this computer. " + SAFE
)
UNREACHABLE = (
    "The disk that holds your records could not be reached, so the last change could not be "
    "saved. If it is a USB stick or a network drive, reconnect it and try again. " + SAFE
)
BUSY = (
    "Your records are busy with another task, so the last change could not be saved. "
    "Wait a moment and try again. " + SAFE
)

_ERRNO: dict[int, str] = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EROFS: NO_PERMISSION,
    errno.EIO: UNREACHABLE,
    errno.ENODEV: UNREACHABLE,
    errno.ENXIO: UNREACHABLE,
    errno.ENOENT: UNREACHABLE,
    errno.ESTALE: UNREACHABLE,
}
_SQLITE: tuple[tuple[str, str], ...] = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", NO_PERMISSION),
    ("disk i/o error", UNREACHABLE),
    ("unable to open database file", UNREACHABLE),
    ("database is locked", BUSY),
)


class StorageProblem(Exception):
    """A save failed for a storage reason and the person has already been told.

    Raised after the message is shown so the caller's own code stops (no "Import finished"
    after an import that did not happen); the global error hook logs it without a dialog.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _causes(exc: BaseException) -> list[BaseException]:
    """The error and what it wraps (SQLAlchemy keeps the sqlite3 error in ``orig``)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return chain


def storage_problem_message(exc: BaseException) -> str | None:
    """A plain message for a storage failure, or None if ``exc`` is something else."""
    for cause in _causes(exc):
        if isinstance(cause, BackupError):
            return str(cause)
        if isinstance(cause, OSError) and cause.errno in _ERRNO:
            return _ERRNO[cause.errno]
        if isinstance(cause, sqlite3.OperationalError):
            text = str(cause).lower()
            for fragment, message in _SQLITE:
                if fragment in text:
                    return message
    return None
