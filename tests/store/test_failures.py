"""Disk full, permission lost, media removed: during a save and during a backup.

Each failure is simulated; each test shows the person gets a plain message, nothing that was
committed before is lost, and the last good backup is still there.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from desktop.paths import AppPaths
from desktop.services.backups import backup_now, find_backups
from desktop.services.storage_errors import (
    DISK_FULL,
    NO_PERMISSION,
    UNREACHABLE,
    storage_problem_message,
)
from desktop.store.backup import BackupError
from desktop.store.database import Database
from desktop.store.models import Person

NOW = datetime(2026, 11, 28, 18, 0)


@pytest.fixture
def saved(database: Database, app_paths: AppPaths) -> Iterator[Database]:
    """Two people committed and one good backup, before anything goes wrong."""
    with database.session() as session:
        session.add_all([Person(full_name="Anna Hill"), Person(full_name="Ben Ford")])
    backup_now(app_paths, "automatic", now=NOW - timedelta(hours=1))
    yield database


def stored_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")]
    finally:
        conn.close()


def test_disk_full_during_a_save_for_real(saved: Database, app_paths: AppPaths) -> None:
    """SQLite's own "database or disk is full": the file may not grow by a single page."""
    fresh = Database(app_paths.database)

    @event.listens_for(fresh.engine, "connect")
    def _full(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(OperationalError) as caught, fresh.session() as session:
        session.add_all([Person(full_name="X" * 200, notes="y" * 5000) for _ in range(50)])
    fresh.dispose()
    assert storage_problem_message(caught.value) == DISK_FULL
    assert "Everything saved before this is safe" in DISK_FULL
    assert stored_names(app_paths.database) == ["Anna Hill", "Ben Ford"]
    assert len(find_backups(app_paths.backups, "partnerbook")) == 1


@pytest.mark.parametrize(
    ("sqlite_text", "expected"),
    [
        ("attempt to write a readonly database", NO_PERMISSION),
        ("disk I/O error", UNREACHABLE),
        ("database or disk is full", DISK_FULL),
    ],
)
def test_failed_commit_rolls_back_and_reads_plainly(
    saved: Database,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_text: str,
    expected: str,
) -> None:
    """The commit itself fails (permission lost, USB stick pulled out, disk full)."""
    from sqlalchemy.orm import Session

    def failing_commit(self: Session) -> None:
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError(sqlite_text))

    monkeypatch.setattr(Session, "commit", failing_commit)
    with pytest.raises(OperationalError) as caught, saved.session() as session:
        session.add(Person(full_name="Cara Lee"))
        session.flush()
    monkeypatch.undo()
    assert storage_problem_message(caught.value) == expected
    with saved.session() as session:
        assert session.scalars(select(Person.full_name)).all() == ["Anna Hill", "Ben Ford"]


@pytest.mark.parametrize(
    ("where", "code", "expected"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EACCES, "not allowed to write"),
        ("replace", errno.EIO, "could not be reached"),
    ],
)
def test_a_failed_backup_keeps_the_last_good_one(
    saved: Database,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    expected: str,
) -> None:
    before = find_backups(app_paths.backups, "partnerbook")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, where, fail)
    with pytest.raises(BackupError) as caught:
        backup_now(app_paths, "automatic", now=NOW)
    monkeypatch.undo()
    message = storage_problem_message(caught.value)
    assert message is not None and expected in message
    assert "Traceback" not in message
    assert find_backups(app_paths.backups, "partnerbook") == before
    assert not list(app_paths.backups.glob("*.partial"))
    assert stored_names(before[0].path) == ["Anna Hill", "Ben Ford"]
    assert stored_names(app_paths.database) == ["Anna Hill", "Ben Ford"]


def test_disk_full_inside_sqlite_during_a_backup(
    saved: Database, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import backup as backup_store

    def full(_conn: object, _quick: bool = True) -> list[str]:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_store.sqlite, "integrity", lambda conn, quick=True: full(conn))
    with pytest.raises(BackupError) as caught:
        backup_now(app_paths, "automatic", now=NOW)
    monkeypatch.undo()
    assert "the disk is full" in str(caught.value)
    assert len(find_backups(app_paths.backups, "partnerbook")) == 1


def test_other_errors_are_not_dressed_up_as_storage_problems() -> None:
    assert storage_problem_message(ValueError("bug")) is None
    assert storage_problem_message(sqlite3.OperationalError("no such table: x")) is None
    assert storage_problem_message(OSError(errno.ENOSPC, "No space")) == DISK_FULL
    wrapped = RuntimeError("outer")
    wrapped.__cause__ = PermissionError(errno.EACCES, "denied")
    assert storage_problem_message(wrapped) == NO_PERMISSION
