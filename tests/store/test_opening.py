"""Opening a database: new, at head, not SQLite, damaged, or from a newer version."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.paths import AppPaths
from desktop.store.diagnosis import Fault
from desktop.store.opening import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    open_database,
)
from desktop.store.schema_version import HEAD_REVISION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head(app_paths: AppPaths) -> None:
    result = open_database(app_paths.database, app_paths.backups)
    assert result.created
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    conn.close()
    again = open_database(app_paths.database, app_paths.backups)
    assert not again.created and again.upgraded_from is None and again.backup is None


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(app_paths: AppPaths) -> None:
    app_paths.database.write_text("these are my meeting notes, not a database\n" * 20)
    before = digest(app_paths.database)
    with pytest.raises(NotADatabaseError, match="not a Partnerbook records file"):
        open_database(app_paths.database, app_paths.backups)
    assert digest(app_paths.database) == before


def test_an_sqlite_file_from_another_program_is_refused(app_paths: AppPaths) -> None:
    conn = sqlite3.connect(app_paths.database)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(app_paths.database)
    with pytest.raises(NotADatabaseError, match="not a Partnerbook records file"):
        open_database(app_paths.database, app_paths.backups)
    assert digest(app_paths.database) == before


def test_a_newer_database_is_refused_and_nothing_written(demo_database, app_paths) -> None:
    demo_database.dispose()
    conn = sqlite3.connect(app_paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(app_paths.database)
    with pytest.raises(NewerDatabaseError, match="newer version of Partnerbook"):
        open_database(app_paths.database, app_paths.backups)
    assert digest(app_paths.database) == before
    assert not any(app_paths.backups.iterdir())


def damage(path: Path) -> None:
    """Overwrite the middle of the file, where table pages live, with junk."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // page_size):
        start = page * page_size
        data[start : start + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_never_written_to(demo_database, app_paths) -> None:
    demo_database.dispose()
    damage(app_paths.database)
    before = digest(app_paths.database)
    with pytest.raises(DamagedDatabaseError, match="found damage") as caught:
        open_database(app_paths.database, app_paths.backups)
    assert caught.value.fault is Fault.DAMAGED  # the one cause that offers a restore
    assert digest(app_paths.database) == before
