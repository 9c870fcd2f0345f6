"""The collection file: its own schema and scripts, same pragmas, checks before writing.

File only, but the newer-version refusal: the file's pragmas and what else a path may hold
are a file's; the server's schema is checked in test_collection_server (issue 19).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import sqlite
from desktop.store.collection import db
from desktop.store.collection.opening import backups_folder, open_collection
from desktop.store.collection.version import (
    COLLECTION_HEAD,
    COLLECTION_MIGRATIONS,
    COLLECTION_REVISIONS,
)
from desktop.store.migrate import script_heads, script_revisions
from desktop.store.opening import NewerDatabaseError, NotADatabaseError, StoreError


def test_known_revisions_match_the_collection_scripts() -> None:
    assert script_revisions(COLLECTION_MIGRATIONS) == list(COLLECTION_REVISIONS)
    assert script_heads(COLLECTION_MIGRATIONS) == [COLLECTION_HEAD]


def test_the_scripts_make_exactly_what_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.store.collection.models import CollectionBase
    from desktop.store.database import make_engine

    path = tmp_path / "c.pbcollection"
    open_collection(path, create=True)
    engine = make_engine(path)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), CollectionBase.metadata)
    engine.dispose()
    assert diff == []


def test_a_new_collection_has_the_same_pragmas_as_the_group_database(tmp_path: Path) -> None:
    path = tmp_path / "area.pbcollection"
    opened = open_collection(path, create=True)
    assert opened.created
    conn = sqlite.connect(path)
    try:
        assert sqlite.read_pragmas(conn)["journal_mode"] == "wal"
        assert sqlite.current_revision(conn) == COLLECTION_HEAD
    finally:
        conn.close()
    assert not open_collection(path).created


def test_a_missing_collection_is_not_made_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no collection"):
        open_collection(tmp_path / "nope.pbcollection")
    assert not (tmp_path / "nope.pbcollection").exists()


def test_a_group_database_is_refused_untouched(database: object, app_paths: object) -> None:
    path: Path = app_paths.database  # type: ignore[attr-defined]
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="group's Partnerbook database"):
        open_collection(path)
    assert path.read_bytes() == before


def test_other_files_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.pbcollection"
    text.write_text("hello")
    with pytest.raises(NotADatabaseError, match="not a Partnerbook collection"):
        open_collection(text)
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotADatabaseError):
        open_collection(foreign)


def test_a_collection_from_a_newer_version_is_refused(collection_location: Path | str) -> None:
    path = collection_location
    open_collection(path, create=True)
    conn = db.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'c9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_collection(path)


def test_backups_live_beside_the_collection(tmp_path: Path) -> None:
    path = tmp_path / "area.pbcollection"
    assert backups_folder(path) == tmp_path / "area backups"
