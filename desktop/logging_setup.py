"""Logging to a rotating file in the logs folder, and reports of errors we did not expect.

No Qt here: the command line and the window share it. A report is a small text file a person
can attach to an email; it holds the traceback and versions, never the database.

A crash Python cannot catch (a fault inside Qt or SQLite) ends the process at once, so no
``except`` runs: ``start_crash_log`` has faulthandler write the stacks to a file instead.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

import desktop

LOG_NAME = "partnerbook.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_HANDLER_NAME = "partnerbook-file"

log = logging.getLogger("partnerbook")


def setup_logging(logs: Path, level: int = logging.INFO) -> Path:
    """Send the app's log to ``logs/partnerbook.log`` (1 MB x 5 files). Safe to call twice."""
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / LOG_NAME
    for handler in list(log.handlers):
        if handler.get_name() == _HANDLER_NAME:
            if Path(getattr(handler, "baseFilename", "")) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    handler = RotatingLog(path, MAX_BYTES, BACKUP_COUNT)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path


class RotatingLog(logging.FileHandler):
    """A log file kept under ``max_bytes``: a full one is renamed to .1 (.1 to .2 … up to
    ``backup_count``) and a new one begun, as logging.handlers.RotatingFileHandler does.
    That module also brings socket, pickle and queue for handlers the app never uses:
    ~6 ms of every start."""

    def __init__(self, path: Path, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.maxBytes = max_bytes
        self.backupCount = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._is_full(record):
                self._roll_over()
        except Exception:  # as logging does: a log that cannot roll over never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _is_full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        return self.stream.seek(0, os.SEEK_END) + len(f"{self.format(record)}\n") >= self.maxBytes

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment] - reopened below, as logging does
        for number in range(self.backupCount - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{number}")
            if older.exists():
                older.replace(f"{self.baseFilename}.{number + 1}")
        Path(self.baseFilename).replace(f"{self.baseFilename}.1")
        self.stream = self._open()


def write_error_report(
    logs: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    when: datetime | None = None,
) -> Path | None:
    """Log the error and save a report file; return its path (None if it could not be saved)."""
    import platform  # only for a report, never on the way to the window

    when = when or datetime.now()
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error:\n%s", details)
    text = (
        f"Partnerbook {desktop.__version__} error report\n"
        f"Time: {when.isoformat(timespec='seconds')}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n\n{details}"
    )
    try:
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"error-{when:%Y%m%d-%H%M%S}.txt"
        number = 1
        while path.exists():
            number += 1
            path = logs / f"error-{when:%Y%m%d-%H%M%S}-{number}.txt"
        # Imported here: the writer is not needed to start, only when something went wrong.
        from desktop.atomic_write import write_text

        write_text(path, text)
    except OSError:
        return None
    return path


# One file per running Partnerbook, held locked (an OS lock, released by any end, even a
# crash) while it runs: another start tells "still running" (locked) from "ended" (not).
# Ended and empty: no crash was written (a clean end removes it; a kill or a power cut
# leaves nothing to report). Ended with text: faulthandler's report of a crash.
CRASH_WATCH_PREFIX = "crash-watch-"
CRASH_WATCH_GLOB = f"{CRASH_WATCH_PREFIX}*.txt"


def try_lock(handle: IO[str] | IO[bytes]) -> bool:
    """Take an exclusive OS lock on the open file without waiting; False if someone has it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class CrashLog:
    """This process's crash file: faulthandler writes into it only if the process crashes."""

    def __init__(self, path: Path, handle: IO[str], restore_stderr: bool) -> None:
        self.path = path
        # Kept open for the life of the process: faulthandler writes to its descriptor.
        self._handle: IO[str] | None = handle
        self._restore_stderr = restore_stderr

    def stop(self) -> None:
        """A clean end: no crash to report, so the file goes."""
        global _crash_log
        if self._handle is None:
            return
        faulthandler.disable()
        if self._restore_stderr and sys.__stderr__ is not None:
            # Whoever watched before us (Python's -X faulthandler, pytest) wrote to stderr.
            with contextlib.suppress(OSError, ValueError, RuntimeError, AttributeError):
                faulthandler.enable(file=sys.__stderr__)
        self._handle.close()
        self._handle = None
        with contextlib.suppress(OSError):
            self.path.unlink()
        if _crash_log is self:
            _crash_log = None


_crash_log: CrashLog | None = None


def start_crash_log(logs: Path, *, when: datetime | None = None) -> CrashLog | None:
    """Have faulthandler write a crash into ``logs`` for this process (once; None if the
    folder cannot be written: the app runs on without it). Call ``stop()`` on a clean end."""
    global _crash_log
    if _crash_log is not None:
        if _crash_log.path.parent == logs:
            return _crash_log
        _crash_log.stop()
    when = when or datetime.now()
    path = logs / f"{CRASH_WATCH_PREFIX}{when:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    try:
        logs.mkdir(parents=True, exist_ok=True)
        handle = path.open("w", encoding="utf-8")
    except OSError:
        return None
    if not try_lock(handle):  # pragma: no cover - a new file nobody else knows of
        handle.close()
        return None
    restore_stderr = faulthandler.is_enabled()
    faulthandler.enable(file=handle, all_threads=True)
    _crash_log = CrashLog(path, handle, restore_stderr)
    return _crash_log
