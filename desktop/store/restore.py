"""Putting a backup back in place of a database, without ever leaving less than was there.

The order is the safety:
1. check the backup fully: it is about to become the only copy of the records;
2. check there is room for everything the restore will write, before writing anything;
3. keep what is there now: a checked backup of a healthy file (checkpointed first, so its
   WAL is empty), or a second name for a damaged one (a hard link: no space needed, and the
   database never disappears; a checked copy on drives without hard links);
4. copy the backup in beside the database (``<db>.restoring``), fsync it, check it from disk;
5. only then swap: a damaged file's WAL moves to its second name (never deleted: it may hold
   the newest records), and the restored copy is renamed over the database in one step.
If any step fails, the steps before it are undone and RestoreError says nothing changed (or,
if undoing failed too, where each file is). The database file exists at every instant it
existed before, so a crash (power cut, kill -9) leaves the old records or the restored ones.
What a crash can leave (a ``.restoring`` copy, a second name) is never opened as the
database, and ``recover_interrupted_restore`` puts it right. The file steps themselves are
in ``desktop.store.restore_files``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from desktop.atomic_write import sync_folder
from desktop.domain.problems import Message, UserError
from desktop.store import sqlite
from desktop.store.backup import (
    BackupError,
    backup_to,
    make_backup,
    verify_backup,
)
from desktop.store.backup import _why as why_failed
from desktop.store.restore_files import (
    SIDE_FILES,
    aside_name,
    clear_leftovers,
    copy_aside,
    has_data,
    kept_name,
    leaving_no_trace,
    recover_interrupted_restore,
    staged_path,
    swap_in,
    with_suffix,
)
from desktop.store.room import shortfall, size_text
from desktop.store.schema_version import KNOWN_REVISIONS

log = logging.getLogger(__name__)


class RestoreError(UserError, RuntimeError):
    """The backup was not restored; the message says why, and that nothing changed.

    ``RestoreError("a sentence")`` still works: a sentence given without values is shown as it
    is, so braces in a file name are never taken for fields to fill in.
    """

    def __init__(self, template: str = "", /, **values: object) -> None:
        if not values:
            template = template.replace("{", "{{").replace("}", "}}")
        super().__init__(template, **values)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The copy of the records as they were just before the restore (None if there were none).
    safety_backup: Path | None
    # A damaged database kept under another name rather than backed up (it could not be
    # read whole), with its WAL beside it.
    set_aside: Path | None


class _Current(Enum):
    """What the restore finds in the database's place."""

    NOTHING = "nothing"  # no file, or an empty one with nothing beside it
    HEALTHY = "healthy"  # backed up first, then replaced
    DAMAGED = "damaged"  # kept under another name, with its WAL, then replaced


class _StagedCopyBad(Exception):
    """The copy written beside the database did not read back as the backup."""


def check_backup_file(path: Path, known: tuple[str, ...] = KNOWN_REVISIONS) -> str | None:
    """Fully check a file we are about to restore; return its schema revision.

    A full integrity_check, not quick_check: a restore is rare and this file is about to
    become the only copy of the group's records.
    """
    if not path.is_file():
        raise RestoreError("The backup {path} does not exist. Nothing changed.", path=str(path))
    try:
        if not sqlite.looks_like_sqlite(path):
            raise RestoreError(
                "{name} is not a Partnerbook backup (not an SQLite file). Nothing changed.",
                name=path.name,
            )
        conn = sqlite.connect_readonly(path)
        try:
            problems = sqlite.integrity(conn, quick=False)
            revision = sqlite.current_revision(conn) if not problems else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # The header said SQLite, so a file that then cannot be read is a damaged one.
        problems, revision = [str(exc)], None
    except (sqlite3.Error, OSError) as exc:
        raise RestoreError(
            "The backup {name} cannot be read: {why}. Nothing changed.",
            name=path.name,
            why=why_failed(exc),
        ) from exc
    if problems:
        # What SQLite found goes to the log; people are told what it means and what to do.
        log.warning("Backup %s failed its check: %s", path, "; ".join(problems[:5]))
        raise RestoreError(
            "The backup {name} is damaged, so it was not restored. Nothing changed. "
            "Try an older backup.",
            name=path.name,
        )
    if revision is None:
        raise RestoreError("{name} is not a Partnerbook backup. Nothing changed.", name=path.name)
    if revision not in known:
        raise RestoreError(
            "The backup {name} was made by a newer version of Partnerbook. "
            "Install the newer version to restore it. Nothing changed.",
            name=path.name,
        )
    return revision


def restore_database(
    backup: Path,
    database: Path,
    backups: Path,
    *,
    when: datetime | None = None,
    known: tuple[str, ...] = KNOWN_REVISIONS,
) -> RestoreResult:
    """Replace ``database`` with ``backup``. Nobody may have ``database`` open (hold the lock).

    ``known`` is the schema revisions this build can open (a collection passes its own).
    Raises RestoreError, with nothing changed, when the backup is unusable, there is not
    room, a copy of the current records cannot be made first, or any later step fails.
    """
    when = when or datetime.now()
    revision = check_backup_file(backup, known)
    recover_interrupted_restore(database, backups)
    current = _current_state(database, backup.name)
    _check_room(_room_needed(backup, database, backups, current), backup.name)
    safety = _save_current(database, backups, when) if current is _Current.HEALTHY else None
    aside: Path | None = None
    ready = False  # the restored copy is complete and checked
    try:
        if current is _Current.DAMAGED:
            aside = _keep_damaged(database, when, backup.name)
        staged = staged_path(database)
        backup_to(backup, staged)
        _check_staged(staged, revision)
        ready = True
        swap_in(staged, database, aside)
    except BaseException as exc:
        if ready and not staged.exists():
            raise  # interrupted just after the swap: the restore is complete, undo nothing
        undo_problem = _undo(database, aside, safety)
        if not isinstance(exc, (OSError, sqlite3.Error, _StagedCopyBad, RestoreError)):
            raise  # our own bug: undone, and left for the "unexpected error" report
        raise _failed(backup, database, exc, aside, undo_problem) from exc
    _settle(database)
    return RestoreResult(backup, safety, kept_name(aside))


def _current_state(database: Path, name: str) -> _Current:
    try:
        if has_data(database):
            return _Current.DAMAGED if _problems(database) else _Current.HEALTHY
        # A WAL or journal with no database beside it may hold records: keep it like a
        # damaged file's, and never let SQLite replay it onto the restored copy.
        if any(has_data(with_suffix(database, s)) for s in SIDE_FILES):
            return _Current.DAMAGED
    except OSError as exc:
        raise RestoreError(
            "Partnerbook could not look at {database}, so {name} was not restored. "
            "Nothing changed: {why}.",
            database=str(database),
            why=why_failed(exc),
            name=name,
        ) from exc
    return _Current.NOTHING


def _problems(database: Path) -> list[str]:
    with leaving_no_trace(database):
        return verify_backup(database)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _room_needed(
    backup: Path, database: Path, backups: Path, current: _Current
) -> list[tuple[Path, int]]:
    """Bytes each folder must have free: the restored copy beside the database, and for a
    healthy file its backup (its WAL too, which a checkpoint may also write into the file)."""
    needs = [(database.parent, _size(backup))]
    if current is _Current.HEALTHY:
        wal = _size(with_suffix(database, "-wal"))
        needs += [(database.parent, wal), (backups, _size(database) + wal)]
    return needs


def _check_room(needs: list[tuple[Path, int]], name: str) -> None:
    """Refuse, before anything is written, when a disk lacks the room the restore needs."""
    try:
        short = shortfall(needs)
    except OSError as exc:
        raise RestoreError(
            "Partnerbook could not tell how much room there is, so {name} was not restored. "
            "Nothing changed: {why}.",
            why=why_failed(exc),
            name=name,
        ) from exc
    if short is not None:
        raise RestoreError(
            "There is not enough room to restore {name}: it needs {needed} free on the disk "
            "that holds {folder}, and only {free} is free. Free some space and try again. "
            "Nothing changed: your records are as they were.",
            name=name,
            needed=size_text(short.needed),
            free=size_text(short.free),
            folder=str(short.folder),
        )


def _save_current(database: Path, backups: Path, when: datetime) -> Path:
    """Back up a healthy file, its WAL emptied into it first so no record is only there."""
    safety: Path | None = None
    try:
        _checkpoint(database)
        safety = make_backup(database, backups, "before-restore", when=when)
        # The backup read the file read-only, and such a reader leaves an empty WAL behind;
        # a writer closing clears it, so the folder is as it was if the restore goes no further.
        _checkpoint(database)
        return safety
    except BaseException as exc:
        if safety is not None:
            with contextlib.suppress(OSError):
                safety.unlink()
        if not isinstance(exc, (BackupError, sqlite3.Error, OSError)):
            raise
        raise RestoreError(
            "Partnerbook could not save a copy of your current records first, so nothing was "
            "restored and nothing changed: {why}.",
            why=_why_copy_failed(exc),
        ) from exc


def _checkpoint(database: Path) -> None:
    conn = sqlite.connect(database)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy or any(has_data(with_suffix(database, s)) for s in SIDE_FILES):
        raise RestoreError(
            "Another program is using {database}, so nothing was restored. Close it and try "
            "again. Nothing changed.",
            database=str(database),
        )


def _keep_damaged(database: Path, when: datetime, name: str) -> Path:
    """Give the damaged file a second name, keeping every byte; the database stays in place."""
    aside = aside_name(database, when)
    if not database.exists():
        return aside  # only its WAL or journal is left: swap_in moves those
    try:
        os.link(database, aside)
    except FileExistsError:
        raise
    except OSError:
        # A drive without hard links (FAT, exFAT, some network shares): a copy, if it fits.
        _check_room([(database.parent, _size(database))], name)
        copy_aside(database, aside)
    return aside


def _check_staged(staged: Path, revision: str | None) -> None:
    """Read the restored copy back from disk before it may replace anything."""
    try:
        conn = sqlite.connect_readonly(staged)
        try:
            problems = sqlite.integrity(conn, quick=False)
            found = sqlite.current_revision(conn) if not problems else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _StagedCopyBad(str(exc)) from exc
    if problems:
        raise _StagedCopyBad(problems[0])
    if found != revision:
        raise _StagedCopyBad("it is not the same as the backup")


def _undo(database: Path, aside: Path | None, safety: Path | None) -> str | None:
    """Put things back as they were; None when that worked, else what could not be undone."""
    problems = clear_leftovers(database)
    if aside is not None and any(with_suffix(aside, s).exists() for s in SIDE_FILES):
        # swap_in moves side files back itself; still here means that failed: keep them.
        problems.append(f"the damaged file's log is kept as {with_suffix(aside, '-wal').name}")
    elif aside is not None and aside.exists():
        try:
            if database.exists():
                aside.unlink()  # only a second name (or a copy) of the database, still there
            else:
                os.replace(aside, database)
        except OSError as exc:
            problems.append(f"the damaged file is also kept as {aside.name} ({why_failed(exc)})")
    if safety is not None and not problems:
        # The records are as they were, so their copy from a moment ago only takes room.
        with contextlib.suppress(OSError):
            safety.unlink()
    return "; ".join(problems) or None


def _failed(
    backup: Path,
    database: Path,
    exc: BaseException,
    aside: Path | None,
    undo_problem: str | None,
) -> RestoreError:
    if isinstance(exc, RestoreError) and undo_problem is None:
        return exc
    log.warning("Restoring %s over %s failed: %r; undo: %s", backup, database, exc, undo_problem)
    why: Message
    if isinstance(exc, _StagedCopyBad):
        why = Message(
            "the copy it made did not read back correctly; the disk may be failing, "
            "or the backup may have changed while it was read"
        )
    elif isinstance(exc, RestoreError) and exc.message is not None:
        why = exc.message
    else:
        why = _why_copy_failed(exc)
    if undo_problem is None:
        return RestoreError(
            "Partnerbook could not restore {name}: {why}. Everything was put back as it was: "
            "nothing changed, and your records are as they were.",
            name=backup.name,
            why=why,
        )
    return RestoreError(
        "Partnerbook could not restore {name}: {why}. It could not put everything back "
        "either: {undo}. Your records are still in {database}. Keep every file in {folder} "
        "until they open again.",
        name=backup.name,
        why=why,
        undo=undo_problem,
        database=str(database),
        folder=str(database.parent),
    )


def _why_copy_failed(exc: BaseException) -> Message:
    """What the system said, in plain words; a BackupError's own sentence speaks of "a
    backup", so the cause underneath it is worded instead."""
    if isinstance(exc, BackupError):
        if exc.__cause__ is None:
            return Message("the copy it made did not read back correctly; the disk may be failing")
        exc = exc.__cause__
    return why_failed(exc)


def _settle(database: Path) -> None:
    """After the swap: make the rename durable, and put the file back in WAL mode.

    The restore is complete by now; a failure here is not one (the next open sets WAL mode).
    """
    sync_folder(database.parent)
    with contextlib.suppress(sqlite3.Error):
        sqlite.connect(database).close()
