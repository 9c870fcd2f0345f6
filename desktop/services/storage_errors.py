"""Turning a failed save or backup into a plain message, or saying it is not that kind.

Disk full, permission lost and a USB stick pulled out are the person's world, not our bugs:
they get a calm sentence that says what happened and what to do, and that what was saved
before is safe (SQLite rolled the failed transaction back). Anything else returns None, so
the caller lets it reach the "unexpected error" handler instead.

The command line and the window word these the same: each message is a template marked for
translation (context "Problems"); the window passes its translate function, the command line
prints the English. Neither ever shows the SQL, its parameters (people's data) or a traceback.
"""

from __future__ import annotations

import errno
import sqlite3

from desktop.domain.problems import Translate, UserError, marked
from desktop.store.backup import BackupError

# Each a whole sentence (no joining), so a translation can be found for it as it is.
DISK_FULL = marked(
    "The disk is full, so the last change could not be saved. Free some space (empty the "
    "wastebasket, or delete large files you no longer need), then try again. "
    "Everything saved before this is safe."
)
NO_PERMISSION = marked(
    "Partnerbook is no longer allowed to write to the folder that holds your records, so the "
    "last change could not be saved. Check the folder's permissions, or ask whoever looks "
    "after this computer. Everything saved before this is safe."
)
UNREACHABLE = marked(
    "The disk that holds your records could not be reached, so the last change could not be "
    "saved. If it is a USB stick or a network drive, reconnect it and try again. "
    "Everything saved before this is safe."
)
BUSY = marked(
    "Your records are busy with another task, so the last change could not be saved. "
    "Wait a moment and try again. Everything saved before this is safe."
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


def _english(template: str) -> str:
    return template


def storage_problem_message(exc: BaseException, translate: Translate = _english) -> str | None:
    """A plain message for a storage failure, or None if ``exc`` is something else.

    ``translate`` turns a template into the person's language (the window passes Qt's);
    without it the message is the English the command line prints.
    """
    for cause in _causes(exc):
        if isinstance(cause, BackupError):
            if isinstance(cause, UserError):
                return cause.text(translate)
            return str(cause)
        if isinstance(cause, OSError) and cause.errno in _ERRNO:
            return translate(_ERRNO[cause.errno])
        if isinstance(cause, sqlite3.OperationalError):
            text = str(cause).lower()
            for fragment, message in _SQLITE:
                if fragment in text:
                    return translate(message)
    return None
