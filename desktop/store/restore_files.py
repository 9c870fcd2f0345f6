"""The files of a restore: where the restored copy waits, the damaged file's second name, the
swap, and what a restore cut off by a crash leaves behind.

Every step here is a rename (or a hard link), so none needs free space, and the database
file exists at every instant: a damaged file gets a second name before anything moves, and
the restored copy is renamed *over* the database, never into an empty place.
``desktop.store.restore`` decides the order and undoes the steps when one fails.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desktop.atomic_write import replacing
from desktop.store.backup import STAMP_FORMAT, glob_escape
from desktop.store.backup import _why as why_failed

log = logging.getLogger(__name__)

# SQLite's files beside a database: its WAL (possibly the newest records), its index, and a
# rollback journal. They belong to the database and move with it.
SIDE_FILES = ("-wal", "-shm", "-journal")
STAGED_SUFFIX = ".restoring"
PARTIAL_SUFFIX = ".partial"


def staged_path(database: Path) -> Path:
    """Where the restored copy is written before it is swapped in; never the database."""
    return database.with_name(database.name + STAGED_SUFFIX)


def restore_leftovers(database: Path, backups: Path | None = None) -> list[Path]:
    """What an interrupted restore may have left: the staged copy, half-written copies (ours,
    and those the atomic writer names ``.<name>.<random>.partial``), half a before-restore
    backup. Never the database, a finished backup or a damaged file's second name."""
    staged = glob_escape(staged_path(database).name)
    stem = glob_escape(database.stem)
    beside = [
        staged,
        f"{staged}{PARTIAL_SUFFIX}*",
        f".{staged}.*{PARTIAL_SUFFIX}*",
        f"{stem}-damaged-*.db{PARTIAL_SUFFIX}*",
        f".{stem}-damaged-*.db.*{PARTIAL_SUFFIX}*",
        # A copy written over the database itself (a failed update's undo in migrate.py).
        f".{glob_escape(database.name)}.*{PARTIAL_SUFFIX}",
    ]
    found = [p for pattern in beside for p in database.parent.glob(pattern)]
    if backups is not None and backups.is_dir():
        for pattern in (f".{stem}-*-before-restore*.db.*", f"{stem}-*-before-restore*.db"):
            found += backups.glob(f"{pattern}{PARTIAL_SUFFIX}*")
    return sorted({p for p in found if p.is_file()})


def clear_leftovers(database: Path, backups: Path | None = None) -> list[str]:
    """Remove what an interrupted restore left; return what could not be removed, and why.

    Safe whenever nobody is restoring (hold the lock): a staged copy is only ever a copy of
    a backup that is still in the backups folder, and the database was never removed to make
    way for it, so none of these is ever the only copy of anything.
    """
    problems: list[str] = []
    for path in restore_leftovers(database, backups):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"{path.name} could not be removed ({why_failed(exc)})")
    return problems


def recover_interrupted_restore(database: Path, backups: Path | None = None) -> list[str]:
    """Put right what a restore cut off part-way (a crash, a power cut) left behind.

    Safe at every start, holding the lock. A restore cut off before its swap leaves the
    damaged database in place with a second name (a hard link) and perhaps its WAL moved to
    that name: both go back, so the folder is as it was before the restore began and the
    newest records in that WAL are not hidden. Half-made copies are removed. A second name
    that is no longer the database (the swap happened) is kept: it is the damaged file.
    Returns what could not be put right, for the log.
    """
    problems = clear_leftovers(database, backups)
    for aside in sorted(database.parent.glob(f"{glob_escape(database.stem)}-damaged-*.db")):
        try:
            if not database.is_file() or not os.path.samefile(database, aside):
                continue
            for suffix in SIDE_FILES:
                kept, side = with_suffix(aside, suffix), with_suffix(database, suffix)
                if kept.exists() and not side.exists():
                    os.replace(kept, side)
            if not any(with_suffix(aside, s).exists() for s in SIDE_FILES):
                aside.unlink()
        except OSError as exc:
            problems.append(f"{aside.name} could not be put back ({why_failed(exc)})")
    if problems:
        log.warning("After an interrupted restore of %s: %s", database, "; ".join(problems))
    return problems


def with_suffix(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def has_data(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


@contextlib.contextmanager
def leaving_no_trace(database: Path) -> Iterator[None]:
    """Read ``database`` in the block, then take away the empty WAL and the index that a
    read-only SQLite reader leaves beside a WAL-mode file, so a restore refused afterwards
    (no room, say) leaves the folder exactly as it found it."""
    there = {s for s in SIDE_FILES if with_suffix(database, s).exists()}
    try:
        yield
    finally:
        for suffix in ("-wal", "-shm"):
            side = with_suffix(database, suffix)
            if suffix in there or not side.is_file():
                continue
            # A new -shm is only SQLite's index; a new -wal is empty (a reader writes none).
            if suffix == "-shm" or not has_data(side):
                with contextlib.suppress(OSError):
                    side.unlink()


def aside_name(database: Path, when: datetime) -> Path:
    """A name no file has yet, that no backup list or file picker mistakes for the records.

    A number goes after the stamp with "_", so the name never reads as "<stem>-<date>-<why>".
    """
    base = f"{database.stem}-damaged-{when.strftime(STAMP_FORMAT)}"
    number = 1
    while True:
        aside = database.with_name(f"{base}.db" if number == 1 else f"{base}_{number}.db")
        if not any(with_suffix(aside, s).exists() for s in ("", *SIDE_FILES)):
            return aside
        number += 1


def copy_aside(database: Path, aside: Path) -> None:
    """A byte copy, for drives without hard links; never left half-written (the atomic
    writer's temporary file is removed on failure, and any left by a crash is a leftover)."""
    with replacing(aside) as temp:
        shutil.copyfile(database, temp)


def swap_in(staged: Path, database: Path, aside: Path | None) -> None:
    """Clear the old side files, then rename the restored copy over the database.

    A stale WAL left beside the restored file would be replayed onto it, so it must go
    first: a damaged file's moves to its second name (undone if the rename fails); a healthy
    file's is empty (checkpointed), and with no data nothing is lost by removing it.
    """
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in SIDE_FILES:
            side = with_suffix(database, suffix)
            if not side.exists():
                continue
            if aside is not None:
                os.replace(side, with_suffix(aside, suffix))
                moved.append((side, with_suffix(aside, suffix)))
            else:
                side.unlink()
        os.replace(staged, database)
    except BaseException:
        if staged.exists():  # the swap itself did not happen: the side files go back
            for side, kept in reversed(moved):
                os.replace(kept, side)
        raise


def kept_name(aside: Path | None) -> Path | None:
    """What to tell the person was kept: the damaged file, or its log if only that was left."""
    if aside is None:
        return None
    return next(
        (
            p
            for p in (aside, with_suffix(aside, "-wal"), with_suffix(aside, "-journal"))
            if p.exists()
        ),
        None,
    )
