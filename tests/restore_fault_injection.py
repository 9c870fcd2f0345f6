"""Faults injected into each step of a restore, for the group's and a collection's tests.

Each fault is a function of pytest's monkeypatch that makes one step fail as the world
would make it fail (a full disk part way through a copy, a bad sector in the copy, a drive
that stops answering during the swap). The tests assert that nothing changed.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.store import restore as restore_module
from desktop.store import sqlite as sqlite_module
from desktop.store.backup import BackupError

# Names a restore must never leave behind when it fails (or after the next one, when killed).
LEFTOVERS = (".restoring", ".partial", "-journal", "-damaged-")


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (SQLite's rebuildable -shm index aside)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }


def leftovers(folder: Path) -> list[str]:
    return [name for name in listing(folder) if any(mark in name for mark in LEFTOVERS)]


Fault = Callable[[pytest.MonkeyPatch], None]


def _copy_runs_out_of_room(monkeypatch: pytest.MonkeyPatch) -> None:
    def copy(source: Path, target: Path) -> Path:
        # Half a file written, as a real full disk leaves it.
        Path(str(target) + ".partial").write_bytes(source.read_bytes()[:8192])
        raise BackupError("could not write") from OSError(errno.ENOSPC, "No space left")

    monkeypatch.setattr(restore_module, "backup_to", copy)


def _copy_comes_out_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    real = restore_module.backup_to

    def copy(source: Path, target: Path) -> Path:
        real(source, target)
        data = bytearray(target.read_bytes())
        data[4096 + 8 : 4096 + 200] = b"\xff" * 192  # a bad sector in the new copy
        target.write_bytes(bytes(data))
        return target

    monkeypatch.setattr(restore_module, "backup_to", copy)


def _check_cannot_read(monkeypatch: pytest.MonkeyPatch) -> None:
    real = sqlite_module.connect_readonly

    def connect(path: Path) -> sqlite3.Connection:
        if path.name.endswith(".restoring"):
            raise sqlite3.OperationalError("disk I/O error")
        return real(path)

    monkeypatch.setattr(sqlite_module, "connect_readonly", connect)


def _failing_replace(when: Callable[[str, str], bool]) -> Callable[..., None]:
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if when(os.fspath(src), os.fspath(dst)):
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    return replace


def _swap_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    swap = _failing_replace(lambda src, dst: src.endswith(".restoring"))
    monkeypatch.setattr(os, "replace", swap)


def _moving_the_log_aside_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    # The -wal has moved by then; it must come back.
    swap = _failing_replace(lambda src, dst: "-damaged-" in dst and dst.endswith("-shm"))
    monkeypatch.setattr(os, "replace", swap)


def _keeping_the_damaged_file_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # a FAT USB stick

    def copy(src: Path, dst: Path) -> None:
        Path(dst).write_bytes(b"SQLite format 3\0")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(shutil, "copyfile", copy)


def _safety_backup_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def make_backup(*args: object, **kwargs: object) -> Path:
        raise BackupError("the backups folder could not be written")

    monkeypatch.setattr(restore_module, "make_backup", make_backup)


FAULTS: dict[str, Fault] = {
    "copy runs out of room": _copy_runs_out_of_room,
    "copy comes out wrong": _copy_comes_out_wrong,
    "check cannot read the copy": _check_cannot_read,
    "swap fails": _swap_fails,
}
HEALTHY_FAULTS: dict[str, Fault] = {
    "the backup of the current records fails": _safety_backup_fails,
}
DAMAGED_FAULTS: dict[str, Fault] = {
    "keeping the damaged file fails": _keeping_the_damaged_file_fails,
    "moving the damaged file's log aside fails": _moving_the_log_aside_fails,
}
