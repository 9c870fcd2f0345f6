"""Every connection's settings, and the one-writer lock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lock_support import lock_held_elsewhere
from sqlalchemy import text

from desktop.paths import AppPaths
from desktop.store import sqlite
from desktop.store.lock import AlreadyOpenError, InstanceLock

EXPECTED = {"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "secure_delete": "1"}


def test_plain_connection_has_every_pragma(database) -> None:
    conn = database.raw()
    try:
        assert sqlite.read_pragmas(conn) == EXPECTED
    finally:
        conn.close()


def test_orm_connection_has_every_pragma(database) -> None:
    with database.engine.connect() as conn:
        values = {
            name: str(conn.execute(text(f"PRAGMA {name}")).scalar()).lower() for name in EXPECTED
        }
    assert values == EXPECTED


def test_foreign_keys_are_enforced(database) -> None:
    from sqlalchemy.exc import IntegrityError

    from desktop.store.models import Partner

    with pytest.raises(IntegrityError), database.session() as session:
        session.add(Partner(partnership_id=999, organisation_id=999))


def test_second_lock_on_the_same_folder_is_refused(app_paths: AppPaths) -> None:
    first = InstanceLock(app_paths.lock_file).acquire()
    try:
        with pytest.raises(AlreadyOpenError) as caught:
            InstanceLock(app_paths.lock_file).acquire()
        assert "already open" in str(caught.value)
        assert caught.value.pid == os.getpid()
    finally:
        first.release()
    # Released: the next one gets it.
    InstanceLock(app_paths.lock_file).acquire().release()


def test_lock_left_by_a_crash_clears_itself(app_paths: AppPaths) -> None:
    with lock_held_elsewhere(app_paths.lock_file) as holder:
        with pytest.raises(AlreadyOpenError):
            InstanceLock(app_paths.lock_file).acquire()
        holder.crash()
    # The crashed holder left its file behind, but not its lock.
    assert Path(app_paths.lock_file).exists()
    InstanceLock(app_paths.lock_file).acquire().release()
