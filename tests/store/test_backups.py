"""Backups: verified before they count, rotated with a fake clock, a second folder, restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import AppPaths
from desktop.services import backups as backup_service
from desktop.services.backups import (
    backup_now,
    backup_to_file,
    list_backups,
    newest_usable_backup,
    restore_backup,
    set_second_backup_folder,
)
from desktop.store import backup as backup_store
from desktop.store.backup import BackupError, backup_name, find_backups
from desktop.store.restore import RestoreError

NOW = datetime(2026, 11, 28, 18, 0)


def add_people(paths: AppPaths, *names: str) -> None:
    conn = sqlite3.connect(paths.database)
    with conn:
        for name in names:
            conn.execute(
                "INSERT INTO person (uuid, full_name, email, phone, address, notes, created_at,"
                " updated_at) VALUES (lower(hex(randomblob(16))), ?, '', '', '', '', ?, ?)",
                (name, NOW, NOW),
            )
    conn.close()


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")]
    finally:
        conn.close()


def test_backup_now_is_verified_counted_and_listed(app_paths: AppPaths, database: object) -> None:
    add_people(app_paths, "Anna Hill", "Ben Ford")
    outcome = backup_now(app_paths, "manual", now=NOW)
    assert outcome.path.parent == app_paths.backups
    assert outcome.path.name == "partnerbook-2026-11-28_180000-manual.db"
    assert names(outcome.path) == ["Anna Hill", "Ben Ford"]
    # A backup stands alone: no WAL file beside it.
    assert not Path(str(outcome.path) + "-wal").exists()
    [info] = list_backups(app_paths.database, app_paths.backups)
    assert info.taken_at == NOW
    assert info.counts["person"] == 2
    assert info.counts["partnership"] == 0
    assert info.reason_label == "Made by you"


def test_two_backups_in_the_same_second_both_survive(app_paths: AppPaths, database: object) -> None:
    first = backup_now(app_paths, "automatic", now=NOW).path
    second = backup_now(app_paths, "automatic", now=NOW).path
    assert first != second and first.exists() and second.exists()
    labels = {i.reason_label for i in list_backups(app_paths.database, app_paths.backups)}
    assert labels == {"Automatic (while you worked)"}


def test_rotation_runs_after_a_good_backup(app_paths: AppPaths, database: object) -> None:
    app_paths.backups.mkdir(exist_ok=True)
    # More than a year of daily backups already in the folder (copies of a real one).
    seed = backup_now(app_paths, "automatic", now=NOW - timedelta(days=800)).path
    for day in range(1, 400):
        when = NOW - timedelta(days=day)
        (app_paths.backups / backup_name("automatic", when)).write_bytes(seed.read_bytes())
    unrelated = app_paths.backups / "notes.txt"
    unrelated.write_text("mine")
    outcome = backup_now(app_paths, "automatic", now=NOW)
    remaining = find_backups(app_paths.backups, "partnerbook")
    assert outcome.path in [b.path for b in remaining]
    assert len(outcome.rotated) > 300
    assert len(remaining) <= 1 + 12 + 10 + 9
    assert min(b.taken_at for b in remaining) >= NOW - timedelta(days=9 * 31)
    assert unrelated.exists()  # only our own backup files are ever deleted


def test_a_backup_that_does_not_verify_is_not_kept_and_nothing_is_rotated(
    app_paths: AppPaths, database: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = backup_now(app_paths, "automatic", now=NOW - timedelta(days=400)).path
    monkeypatch.setattr(backup_store, "verify_backup", lambda _path: ["page 3 is never used"])
    with pytest.raises(BackupError, match="could not be read back"):
        backup_now(app_paths, "automatic", now=NOW)
    assert [b.path for b in find_backups(app_paths.backups, "partnerbook")] == [old]


def test_second_folder_gets_the_same_backup(
    app_paths: AppPaths, database: object, tmp_path: Path
) -> None:
    usb = tmp_path / "usb" / "Partnerbook backups"
    set_second_backup_folder(app_paths, usb)
    outcome = backup_now(app_paths, "on-close", now=NOW)
    assert outcome.second_copy == usb / outcome.path.name
    assert names(outcome.second_copy) == names(outcome.path)
    assert outcome.second_problem is None
    set_second_backup_folder(app_paths, None)
    assert backup_service.second_backup_folder(app_paths) is None


def test_a_missing_second_folder_is_a_warning_not_a_failure(
    app_paths: AppPaths, database: object, tmp_path: Path
) -> None:
    # The USB stick was pulled out: its mount point is now just a file in the way.
    blocker = tmp_path / "gone"
    blocker.write_text("")
    set_second_backup_folder(app_paths, blocker / "backups")
    outcome = backup_now(app_paths, "automatic", now=NOW)
    assert outcome.path.exists()
    assert outcome.second_copy is None
    assert outcome.second_problem is not None
    assert str(app_paths.backups) in str(outcome.second_problem)


def test_backup_to_a_chosen_file_never_overwrites(
    app_paths: AppPaths, database: object, tmp_path: Path
) -> None:
    target = backup_to_file(app_paths.database, tmp_path / "copy.db")
    assert names(target) == []
    with pytest.raises(BackupError, match="already exists"):
        backup_to_file(app_paths.database, target)


def test_restore_brings_records_back_and_keeps_todays_first(
    app_paths: AppPaths, database: object
) -> None:
    add_people(app_paths, "Anna Hill")
    good = backup_now(app_paths, "manual", now=NOW - timedelta(hours=2)).path
    add_people(app_paths, "Ben Ford")
    database.dispose()  # type: ignore[attr-defined]
    result = restore_backup(app_paths.database, app_paths.backups, good, now=NOW)
    assert names(app_paths.database) == ["Anna Hill"]
    assert result.safety_backup is not None
    assert names(result.safety_backup) == ["Anna Hill", "Ben Ford"]
    assert "before-restore" in result.safety_backup.name
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    app_paths: AppPaths, database: object
) -> None:
    add_people(app_paths, "Anna Hill")
    bad = backup_now(app_paths, "manual", now=NOW).path
    data = bytearray(bad.read_bytes())
    data[4096 + 8 : 4096 + 200] = b"\xff" * 192  # scribble over the second page
    bad.write_bytes(bytes(data))
    before = app_paths.database.read_bytes()
    with pytest.raises(RestoreError, match="Nothing changed"):
        restore_backup(app_paths.database, app_paths.backups, bad, now=NOW)
    assert app_paths.database.read_bytes() == before
    assert names(app_paths.database) == ["Anna Hill"]


def test_restore_refuses_a_newer_or_foreign_file(
    app_paths: AppPaths, database: object, tmp_path: Path
) -> None:
    newer = backup_now(app_paths, "manual", now=NOW).path
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(RestoreError, match="newer version"):
        restore_backup(app_paths.database, app_paths.backups, newer, now=NOW)
    text = tmp_path / "letter.db"
    text.write_text("Dear Anna")
    with pytest.raises(RestoreError, match="not a Partnerbook backup"):
        restore_backup(app_paths.database, app_paths.backups, text, now=NOW)


def test_a_damaged_database_is_set_aside_not_overwritten(
    app_paths: AppPaths, database: object
) -> None:
    add_people(app_paths, "Anna Hill")
    good = backup_now(app_paths, "manual", now=NOW - timedelta(days=1)).path
    database.dispose()  # type: ignore[attr-defined]
    conn = sqlite3.connect(app_paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damaged = bytearray(app_paths.database.read_bytes())
    damaged[4096 + 8 : 4096 + 200] = b"\xff" * 192
    app_paths.database.write_bytes(bytes(damaged))
    assert newest_usable_backup(app_paths.database, app_paths.backups).path == good  # type: ignore[union-attr]
    result = restore_backup(app_paths.database, app_paths.backups, good, now=NOW)
    assert result.set_aside is not None
    assert result.set_aside.read_bytes() == bytes(damaged)
    assert names(app_paths.database) == ["Anna Hill"]
