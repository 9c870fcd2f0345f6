"""A collection's safety net without the window: its lock, its backups, restoring one."""

# File only: a server has no lock (PostgreSQL keeps officers apart) and backs itself up.
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from collection_support import counts, payloads, pdfs
from lock_support import lock_held_elsewhere

from desktop.services.backups import backup_now
from desktop.services.collection.importer import import_returns
from desktop.services.collection.safety import (
    backup_collection,
    list_collection_backups,
    restore_collection,
)
from desktop.store.backup import find_backups
from desktop.store.collection.opening import backups_folder, collection_lock, open_collection
from desktop.store.lock import AlreadyOpenError
from desktop.store.restore import RestoreError


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    path = tmp_path / "area.pbcollection"
    open_collection(path, create=True)
    return path


def test_a_second_writer_is_refused_with_the_file_named(collection: Path) -> None:
    first = collection_lock(collection).acquire()
    try:
        with pytest.raises(AlreadyOpenError) as caught:
            collection_lock(collection).acquire()
        message = str(caught.value)
        assert message.startswith("This collection is already open in another Partnerbook")
        assert f"(process {os.getpid()})" in message and str(collection) in message
        assert "data folder" not in message
        # Another spelling of the same file is the same collection.
        relative = Path(os.path.relpath(collection))
        with pytest.raises(AlreadyOpenError):
            collection_lock(relative).acquire()
    finally:
        first.release()
    collection_lock(collection).acquire().release()  # released: the next writer gets it
    # The lock file sits with the backups, not among the officer's returns.
    assert first.path == backups_folder(collection) / "area.pbcollection.lock"
    assert sorted(p.name for p in collection.parent.iterdir()) == [
        "area backups",
        "area.pbcollection",
    ]


def test_two_collections_with_one_stem_have_their_own_locks(tmp_path: Path) -> None:
    one, two = tmp_path / "area.pbcollection", tmp_path / "area.db"
    with collection_lock(one):
        collection_lock(two).acquire().release()  # area.db is another file: not locked


def test_a_lock_left_by_a_crashed_writer_clears_itself(collection: Path) -> None:
    with lock_held_elsewhere(collection=collection) as holder:
        with pytest.raises(AlreadyOpenError) as caught:
            collection_lock(collection).acquire()
        assert caught.value.pid == holder.pid
        holder.crash()
    collection_lock(collection).acquire().release()


def test_backups_list_counts_and_restore_brings_the_rows_back(
    collection: Path, tmp_path: Path
) -> None:
    import_returns(collection, pdfs(tmp_path / "one", payloads(2, seed=71, groups=2)))
    before = counts(collection)
    backup = backup_collection(collection, "manual", now=datetime(2026, 11, 27, 10, 0)).path
    import_returns(
        collection, pdfs(tmp_path / "two", payloads(3, seed=72, groups=3), prefix="more")
    )
    assert counts(collection) != before

    listed = list_collection_backups(collection)
    manual = next(i for i in listed if i.reason == "manual")
    assert manual.path == backup
    assert manual.counts["returns"] == 2 and manual.counts["groups"] == 2
    assert manual.counts["partnerships"] > 0

    result = restore_collection(collection, backup)
    assert counts(collection) == before
    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    # The records from just before the restore are kept: the restore can be undone.
    assert list_collection_backups(collection)[0].counts["returns"] == 5


def test_a_group_database_is_refused_as_backup_and_as_collection(
    collection: Path, app_paths, database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import_returns(collection, pdfs(tmp_path / "in", payloads(1, seed=73)))
    before = counts(collection)
    group_backup = backup_now(app_paths, "manual").path
    with pytest.raises(RestoreError, match="backup of a group's records"):
        restore_collection(collection, group_backup)
    with pytest.raises(RestoreError, match="group's Partnerbook database"):
        restore_collection(app_paths.database, backup_collection(collection, "manual").path)
    with pytest.raises(RestoreError, match="There is no backup"):
        restore_collection(collection, tmp_path / "nowhere.db")
    assert counts(collection) == before
    # Nothing was backed up "before a restore" that never happened.
    assert [b.reason for b in find_backups(backups_folder(collection), "area")] == ["manual"]


def test_a_lost_collection_comes_back_from_its_backup(collection: Path, tmp_path: Path) -> None:
    import_returns(collection, pdfs(tmp_path / "in", payloads(2, seed=74)))
    before = counts(collection)
    backup = backup_collection(collection, "manual").path
    collection.unlink()
    result = restore_collection(collection, backup)
    assert result.safety_backup is None and counts(collection) == before
