"""After a crash: is there a report nobody has been told about, and are the records sound?

Each running Partnerbook keeps a crash file in the logs folder (see logging_setup). At the
next start, an ended run's file with text in it is a crash report not yet told: the window
says so once, then marks it seen by renaming it ``crash-<when>.txt``, kept beside the error
reports for the person to send when asking for help. No Qt here; the dialog is the window's.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from enum import Enum
from pathlib import Path

from desktop.logging_setup import CRASH_WATCH_GLOB, log, try_lock
from desktop.store import sqlite


class RecordsCheck(Enum):
    SOUND = "sound"  # SQLite's quick check passed just now
    DAMAGED = "damaged"  # it found damage: the damaged-records path takes over
    UNCHECKED = "unchecked"  # the check could not run (the file could not be read as needed)


def unseen_crash_reports(logs: Path) -> list[Path]:
    """Crash reports of runs that have ended, oldest first.

    A file still locked belongs to a Partnerbook that is running (a second window, a
    collection): it is left alone. An ended run's empty file (killed, or a power cut: no
    report was written) is removed.
    """
    reports: list[Path] = []
    for path in sorted(logs.glob(CRASH_WATCH_GLOB)):
        try:
            with path.open("rb") as handle:
                if not try_lock(handle):
                    continue  # still running
                empty = not handle.read(1)
        except OSError:
            continue  # gone already (another start took it), or unreadable
        if empty:
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        reports.append(path)
    return reports


def mark_seen(reports: list[Path]) -> list[Path]:
    """Rename each report to ``crash-<when it was written>.txt``; returns the new paths.

    Renaming is also the claim: if two starts find the same report, only the one whose
    rename succeeds tells the person, so it is said once.
    """
    seen: list[Path] = []
    for report in reports:
        try:
            when = datetime.fromtimestamp(report.stat().st_mtime)
            target = _free_name(report.parent, f"crash-{when:%Y%m%d-%H%M%S}")
            report.rename(target)
        except OSError:
            continue
        log.warning("Partnerbook stopped unexpectedly last time; the report is %s", target)
        seen.append(target)
    return seen


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.txt"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.txt"
    return path


def check_records(database: Path) -> RecordsCheck:
    """SQLite's quick check of the records file, reading only.

    A file SQLite cannot open or read here is UNCHECKED, never DAMAGED: a full disk or a
    read-only drive is not damage, and the open before this one has told those apart.
    """
    try:
        conn = sqlite.connect_readonly(database)
        try:
            problems = sqlite.integrity(conn, quick=True)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            log.error("Quick check after a crash found damage: %s", exc)
            return RecordsCheck.DAMAGED
        log.warning("Quick check after a crash could not run: %s", exc)
        return RecordsCheck.UNCHECKED
    if problems:
        log.error("Quick check after a crash found damage: %s", problems[0])
        return RecordsCheck.DAMAGED
    return RecordsCheck.SOUND
