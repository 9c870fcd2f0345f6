"""Each cause of a database that will not open is told apart, by reading only.

Real faults where the machine allows (a small disk filled to a few KB, a read-only bind
mount, a lock held by another process); a pulled drive and a permission error are injected,
because root cannot lose permission and a test cannot unplug a disk.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import AppPaths, resolve
from desktop.store import diagnosis
from desktop.store.diagnosis import Fault, diagnose
from desktop.store.opening import (
    DamagedDatabaseError,
    StorageFaultError,
    open_data_folder,
)
from desktop.store.schema_version import HEAD_REVISION
from tests.fault_mounts import fill, read_only_folder, small_disk  # noqa: F401
from tests.file_damage import damage
from tests.lock_support import child_ready


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with a digest of its bytes: what must not change."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "ballast.bin"
    }


def make_records(folder: Path) -> AppPaths:
    """A real data folder with three partnerships and one backup, closed cleanly."""
    from desktop.cli import main

    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert main(["backup", "--data-dir", str(folder)]) == 0
    return resolve(folder)


@pytest.fixture
def records(tmp_path: Path) -> AppPaths:
    return make_records(tmp_path / "records")


def test_sound_records_have_no_fault(records: AppPaths) -> None:
    found = diagnose(records.database, backups=records.backups)
    assert found.fault is None and found.revision == HEAD_REVISION


def test_a_full_disk_is_not_damage_and_opens_for_reading(small_disk: Path) -> None:  # noqa: F811
    """The reported case: a healthy database on a disk with 8 KB free was called damaged."""
    paths = make_records(small_disk / "records")
    fill(small_disk, leave_free=8 * 1024)
    before = snapshot(paths.data)

    found = diagnose(paths.database, backups=paths.backups)
    assert found.fault is Fault.NO_SPACE and found.read_only
    assert found.revision == HEAD_REVISION
    opened = open_data_folder(paths)
    try:
        assert opened.read_only is not None and opened.read_only.fault is Fault.NO_SPACE
        conn = sqlite3.connect(f"{opened.database.as_uri()}?mode=ro&immutable=1", uri=True)
        assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == 4
        conn.close()
    finally:
        opened.release()
    assert snapshot(paths.data) == before  # not a byte changed, no file added
    assert not list(paths.data.glob("*damaged*"))


def test_a_full_disk_refuses_writing_plainly(small_disk: Path) -> None:  # noqa: F811
    paths = make_records(small_disk / "records")
    fill(small_disk, leave_free=8 * 1024)
    before = snapshot(paths.data)
    with pytest.raises(StorageFaultError) as caught:
        open_data_folder(paths, read_only_ok=False)
    assert caught.value.fault is Fault.NO_SPACE
    assert "full" in str(caught.value) and "not damaged" in str(caught.value)
    assert "SQLITE" not in str(caught.value) and "I/O" not in str(caught.value)
    assert snapshot(paths.data) == before


def test_read_only_media_is_read_only_not_damaged(read_only_folder) -> None:  # noqa: F811
    writable, read_only = read_only_folder
    make_records(writable / "records")
    paths = resolve(read_only / "records")
    before = snapshot(paths.data)
    found = diagnose(paths.database, backups=paths.backups)
    assert found.fault is Fault.READ_ONLY and found.revision == HEAD_REVISION
    opened = open_data_folder(paths)
    try:
        assert opened.read_only is not None and opened.lock is None
    finally:
        opened.release()
    assert snapshot(paths.data) == before


def test_changes_a_crash_left_in_the_wal_are_read_on_read_only_media(
    read_only_folder,  # noqa: F811
) -> None:
    """An immutable open would not see the WAL: a private copy is read instead."""
    writable, read_only = read_only_folder
    source = make_records(writable / "records")
    # A process that commits and dies without closing leaves its WAL behind.
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode=wal')\n"
        "c.execute(\"UPDATE partnership SET name = 'Renamed before the crash' WHERE id = 1\")\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(source.database)], check=True)
    assert Path(str(source.database) + "-wal").stat().st_size > 0
    paths = resolve(read_only / "records")
    opened = open_data_folder(paths)
    try:
        assert opened.view is not None and opened.view.copy_folder is not None
        conn = sqlite3.connect(f"{opened.database.as_uri()}?mode=ro&immutable=1", uri=True)
        names = [r[0] for r in conn.execute("SELECT name FROM partnership")]
        conn.close()
        assert "Renamed before the crash" in names
        copy = opened.view.copy_folder
    finally:
        opened.release()
    assert not copy.exists()  # the private copy goes when the window closes


def test_real_damage_is_damage(records: AppPaths) -> None:
    damage(records.database)
    found = diagnose(records.database, backups=records.backups)
    assert found.fault is Fault.DAMAGED and not found.read_only
    with pytest.raises(DamagedDatabaseError):
        open_data_folder(records)


def test_a_file_that_is_not_a_database(records: AppPaths) -> None:
    records.database.write_bytes(b"Minutes of the meeting\n" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(records.database) + suffix).unlink(missing_ok=True)
    assert diagnose(records.database).fault is Fault.NOT_OURS


def test_an_sqlite_file_of_another_program(tmp_path: Path) -> None:
    other = tmp_path / "partnerbook.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    assert diagnose(other).fault is Fault.NOT_OURS


def test_a_missing_file_with_backups_is_never_a_first_start(records: AppPaths) -> None:
    records.database.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(records.database) + suffix).unlink(missing_ok=True)
    found = diagnose(records.database, backups=records.backups)
    assert found.fault is Fault.MISSING
    with pytest.raises(StorageFaultError) as caught:
        open_data_folder(records)
    assert caught.value.fault is Fault.MISSING
    assert not records.database.exists()  # no empty database made in its place


def test_a_new_folder_is_a_first_start(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "new")
    found = diagnose(paths.database, backups=paths.backups)
    assert found.fault is None and not found.exists


def test_a_file_held_by_another_program(records: AppPaths) -> None:
    """Another process holds an exclusive lock and does not let go."""
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('UPDATE partnership SET name = name')\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    with child_ready(script, str(records.database), ready="held"):
        found = diagnose(records.database, backups=records.backups)
        assert found.fault is Fault.LOCKED


@pytest.mark.parametrize(
    ("code", "fault"),
    [
        (errno.EIO, Fault.UNREACHABLE),
        (errno.ENODEV, Fault.UNREACHABLE),
        (errno.EACCES, Fault.NO_PERMISSION),
    ],
)
def test_a_drive_that_fails_or_forbids_reading(
    records: AppPaths, monkeypatch: pytest.MonkeyPatch, code: int, fault: Fault
) -> None:
    """Injected: the first read of the file fails as a pulled drive or lost permission does."""

    def refuse(_path: Path) -> bool:
        raise OSError(code, "injected")

    monkeypatch.setattr(diagnosis.sqlite, "looks_like_sqlite", refuse)
    assert diagnose(records.database).fault is fault


def test_an_io_error_on_a_file_that_reads_whole_is_the_drive_not_damage(
    records: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "disk I/O error" with plenty of room: the drive, never a restore."""

    def fail(_database: Path, *, immutable: bool) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = "SQLITE_IOERR_READ"  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(diagnosis, "_open_for_checking", fail)
    found = diagnose(records.database)
    assert found.fault is Fault.UNREACHABLE


def test_nothing_is_written_while_looking(records: AppPaths) -> None:
    """Diagnosis of a sound file leaves every byte and every file as it was."""
    shutil.rmtree(records.logs, ignore_errors=True)
    before = snapshot(records.data)
    names = sorted(p.name for p in records.data.iterdir())
    diagnose(records.database, backups=records.backups)
    assert snapshot(records.data) == before
    assert sorted(p.name for p in records.data.iterdir()) == names


def test_looking_at_damaged_records_leaves_no_files_beside_them(records: AppPaths) -> None:
    damage(records.database)
    names = sorted(p.name for p in records.data.iterdir())
    assert diagnose(records.database, backups=records.backups).fault is Fault.DAMAGED
    assert sorted(p.name for p in records.data.iterdir()) == names


def test_the_write_probe_leaves_nothing_on_a_full_disk(small_disk: Path) -> None:  # noqa: F811
    """Under 32 KB free the old probe left an empty .write-test file behind."""
    from desktop.paths import DataFolderError, prove_writable

    folder = small_disk / "records"
    folder.mkdir()
    fill(small_disk, leave_free=0)
    with pytest.raises(OSError):
        prove_writable(folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(DataFolderError, match="cannot write to the folder"):
        resolve(folder).ensure()
    assert [p for p in folder.rglob("*") if p.is_file()] == []  # empty folders at most
