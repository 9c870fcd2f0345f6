"""A restore interrupted at any step leaves the records as they were, and says so.

Each step of the restore fails in turn (the copy, its check, the swap, the copies kept
first), for a healthy database and for a damaged one whose newest records are still in its
WAL. Every time: a plain message that nothing changed, the database byte for byte as it was,
no file left behind, and the same restore working once the fault is gone. Then the restore
is killed (kill -9) before each file operation in turn, and the database must still be there.
Last, a real disk with only a little room left.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fault_mounts import fill, read_only_folder, small_disk  # noqa: F401  (fixtures)
from restore_fault_injection import (
    DAMAGED_FAULTS,
    FAULTS,
    HEALTHY_FAULTS,
    Fault,
    leftovers,
    listing,
)

from desktop.paths import AppPaths, resolve
from desktop.services.backups import backup_now, restore_backup
from desktop.store import backup as backup_store
from desktop.store import restore as restore_module
from desktop.store.opening import open_database
from desktop.store.restore import RestoreError
from desktop.store.restore_files import recover_interrupted_restore

NOW = datetime(2026, 11, 28, 18, 0)


def add_people(database: Path, *names: str, keep_in_wal: bool = False) -> bytes | None:
    """Add people; with ``keep_in_wal`` they stay only in the WAL, whose bytes are returned."""
    conn = sqlite3.connect(database)
    if keep_in_wal:
        conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        for name in names:
            conn.execute(
                "INSERT INTO person (uuid, full_name, email, phone, address, notes, created_at,"
                " updated_at) VALUES (lower(hex(randomblob(16))), ?, '', '', '', '', ?, ?)",
                (name, NOW, NOW),
            )
    wal = Path(str(database) + "-wal").read_bytes() if keep_in_wal else None
    conn.close()
    return wal


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")]
    finally:
        conn.close()


@dataclass
class Scene:
    paths: AppPaths
    good: Path  # a backup with Anna Hill only
    damaged: bool

    @property
    def database(self) -> Path:
        return self.paths.database

    def restore(self, when: datetime = NOW) -> restore_module.RestoreResult:
        return restore_backup(self.database, self.paths.backups, self.good, now=when)


def make_scene(data: Path, damaged: bool) -> Scene:
    """Anna in a backup; Ben added since. Damaged: a scribbled page, and Cara only in the WAL."""
    paths = resolve(data).ensure()
    open_database(paths.database, paths.backups)
    add_people(paths.database, "Anna Hill")
    good = backup_now(paths, "manual", now=NOW - timedelta(hours=2)).path
    add_people(paths.database, "Ben Ford")
    if damaged:
        wal = add_people(paths.database, "Cara Lee", keep_in_wal=True)
        assert wal
        _scribble(paths.database)
        Path(str(paths.database) + "-wal").write_bytes(wal)
        assert backup_store.verify_backup(paths.database), "the scene must be damaged"
    return Scene(paths, good, damaged)


def _scribble(database: Path) -> None:
    """Damage the main file on a page the WAL does not cover (so replaying it cannot heal it)."""
    original = database.read_bytes()
    for page in range(2, len(original) // 4096):
        data = bytearray(original)
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xff" * 192
        database.write_bytes(bytes(data))
        if backup_store.verify_backup(database):
            return
    raise AssertionError("no page could be damaged")


CASES = [("healthy", name, fault) for name, fault in (FAULTS | HEALTHY_FAULTS).items()] + [
    ("damaged", name, fault) for name, fault in (FAULTS | DAMAGED_FAULTS).items()
]


@pytest.mark.parametrize(
    ("state", "fault"), [c[::2] for c in CASES], ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_a_restore_failing_at_any_step_changes_nothing(
    tmp_path: Path, state: str, fault: Fault, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = make_scene(tmp_path / "data", damaged=state == "damaged")
    before = listing(scene.paths.data)
    with monkeypatch.context() as patch:
        fault(patch)
        with pytest.raises(RestoreError) as caught:
            scene.restore()
    message = str(caught.value)
    assert "nothing changed" in message.lower(), message
    assert "Traceback" not in message and "sqlite3" not in message
    # Byte for byte as it was: the database, its WAL (a damaged file's newest records), and
    # every backup; no copy, half-copy or second name left behind.
    assert listing(scene.paths.data) == before
    assert leftovers(scene.paths.data) == []
    if not scene.damaged:
        assert names(scene.database) == ["Anna Hill", "Ben Ford"]
    # With the fault gone, the same restore works.
    result = scene.restore(NOW + timedelta(minutes=1))
    assert names(scene.database) == ["Anna Hill"]
    _assert_kept(scene, result, before)


def _assert_kept(scene: Scene, result: restore_module.RestoreResult, before: dict) -> None:
    """What was there before the restore is kept whole: a backup, or the damaged file."""
    database = scene.paths.data / "partnerbook.db"
    if scene.damaged:
        assert result.set_aside is not None and result.safety_backup is None
        assert result.set_aside.read_bytes() == before[database.name]
        wal = Path(str(result.set_aside) + "-wal")
        assert wal.read_bytes() == before[database.name + "-wal"]
    else:
        assert result.set_aside is None and result.safety_backup is not None
        assert names(result.safety_backup) == ["Anna Hill", "Ben Ford"]
    assert not Path(str(database) + ".restoring").exists()


def test_a_damaged_file_on_a_drive_without_hard_links_is_copied_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = make_scene(tmp_path / "data", damaged=True)
    before = listing(scene.paths.data)

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    result = scene.restore()
    assert names(scene.database) == ["Anna Hill"]
    _assert_kept(scene, result, before)
    assert [n for n in listing(scene.paths.data) if ".partial" in n] == []


def test_when_nothing_can_be_put_back_the_message_says_where_the_records_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = make_scene(tmp_path / "data", damaged=True)
    before = listing(scene.paths.data)
    # The swap fails, and so does every rename after it: the damaged file's log stays moved.
    state = {"broken": False}
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if os.fspath(src).endswith(".restoring"):
            state["broken"] = True
        if state["broken"]:
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RestoreError) as caught:
        scene.restore()
    message = str(caught.value)
    assert "could not put everything back" in message
    assert str(scene.database) in message
    # Every byte is still somewhere: the damaged file under its second name, with its log.
    [aside] = [p for p in scene.paths.data.glob("partnerbook-damaged-*.db")]
    assert aside.read_bytes() == before["partnerbook.db"]
    assert Path(str(aside) + "-wal").read_bytes() == before["partnerbook.db-wal"]
    assert scene.database.read_bytes() == before["partnerbook.db"]
    assert not Path(str(scene.database) + ".restoring").exists()


# --- Killed between steps ------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import datetime
    from pathlib import Path
    from desktop.store.restore import restore_database

    stop_at, calls = int(sys.argv[3]), [0]

    def counted(real):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == stop_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return call

    os.replace, os.link, os.unlink = counted(os.replace), counted(os.link), counted(os.unlink)
    database = Path(sys.argv[2])
    backups = database.parent / "backups"
    restore_database(Path(sys.argv[1]), database, backups, when=datetime(2026, 11, 28, 18))
    print("restored", flush=True)
    """
)


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_restore_killed_before_any_file_operation_leaves_a_database(
    tmp_path: Path, damaged: bool
) -> None:
    original = make_scene(tmp_path / "original", damaged)
    before = listing(original.paths.data)
    data = tmp_path / "data"
    for stop_at in range(1, 20):
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(original.paths.data, data)
        scene = Scene(resolve(data), data / "backups" / original.good.name, damaged)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, *map(str, (scene.good, scene.database)), str(stop_at)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        finished = child.returncode == 0
        assert finished or child.returncode == -9, child.stderr
        assert scene.database.is_file(), f"no database after a kill at step {stop_at}"
        if damaged:
            # The damaged file and its WAL, together under one name or the other.
            assert _damaged_pair_kept(listing(data), before), sorted(listing(data))
        # What the next start (or the next restore) does first.
        assert recover_interrupted_restore(scene.database, scene.paths.backups) == []
        if scene.database.read_bytes() == before[DB]:
            # Cut off before the swap: exactly as before the restore began.
            assert _top(listing(data)) == _top(before), f"killed at step {stop_at}"
            assert leftovers(data) == []
        else:
            assert names(scene.database) == ["Anna Hill"], f"killed at step {stop_at}"
            assert [n for n in leftovers(data) if "-damaged-" not in n] == []
            if damaged:
                assert _damaged_pair_kept(listing(data), before)
        # And the same restore then works.
        scene.restore(NOW + timedelta(minutes=1))
        assert names(scene.database) == ["Anna Hill"]
        assert [n for n in leftovers(data) if "-damaged-" not in n] == []
        if finished:
            break
    else:
        raise AssertionError("the restore never finished")
    assert stop_at > 2, "the kills must have hit the restore's own steps"


DB = "partnerbook.db"


def _top(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files beside the database (not the backups), an empty WAL aside: SQLite's own."""
    return {n: b for n, b in files.items() if "/" not in n and not (n.endswith("-wal") and not b)}


def _damaged_pair_kept(now: dict[str, bytes], before: dict[str, bytes]) -> bool:
    old, wal = before[DB], before[DB + "-wal"]
    return any(
        data == old and now.get(name + "-wal") == wal
        for name, data in now.items()
        if name.endswith(".db") and "/" not in name
    )


# --- A real disk with little room ----------------------------------------------------------


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_nearly_full_disk_refuses_the_restore_and_changes_nothing(
    small_disk: Path,  # noqa: F811
    damaged: bool,
) -> None:
    scene = make_scene(small_disk / "data", damaged)
    ballast = fill(small_disk, leave_free=48 * 1024)
    before = listing(small_disk)
    with pytest.raises(RestoreError) as caught:
        scene.restore()
    message = str(caught.value)
    assert message.startswith(f"There is not enough room to restore {scene.good.name}: it needs ")
    assert " MB free on the disk that holds " in message and "Nothing changed" in message
    assert listing(small_disk) == before
    assert leftovers(small_disk) == []
    # Room made: the same restore goes ahead.
    ballast.unlink()
    scene.restore()
    assert names(scene.database) == ["Anna Hill"]


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_copy_that_really_runs_out_of_room_is_undone(
    small_disk: Path,  # noqa: F811
    damaged: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the room check (another program filled the disk meanwhile), the copy meets a real
    full disk: the database must still be there, as it was (the bug once seen)."""
    scene = make_scene(small_disk / "data", damaged)
    monkeypatch.setattr(restore_module, "shortfall", lambda needs: None)
    if not damaged:
        # Room for the backup of today's records, not for the restored copy as well.
        monkeypatch.setattr(restore_module, "verify_backup", lambda path: ["disk I/O error"])
    fill(small_disk, leave_free=48 * 1024)
    before = listing(small_disk)
    with pytest.raises(RestoreError) as caught:
        scene.restore()
    message = str(caught.value)
    assert "the disk is full" in message and "nothing changed" in message
    assert listing(small_disk) == before
    assert leftovers(small_disk) == []


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_the_restore_command_on_a_nearly_full_disk_keeps_the_records(
    small_disk: Path,  # noqa: F811
    damaged: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The case once seen: the command refuses plainly, and the records are still there."""
    from desktop.cli import main

    data = small_disk / "data"
    monkeypatch.setenv("PARTNERBOOK_DATA_DIR", str(data))
    assert main(["demo"]) == 0
    assert main(["backup"]) == 0
    [backup] = sorted((data / "backups").glob("partnerbook-*-manual.db"))
    if damaged:
        _scribble(data / DB)
    ballast = fill(small_disk, leave_free=48 * 1024)
    before = listing(small_disk)
    capsys.readouterr()
    assert main(["restore", str(backup)]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("partnerbook: There is not enough room to restore ")
    assert "Nothing changed" in err and "Traceback" not in err and out == ""
    assert listing(small_disk) == before
    assert leftovers(small_disk) == []
    ballast.unlink()
    assert main(["restore", str(backup)]) == 0
    out, _ = capsys.readouterr()
    assert ("moved aside, untouched" in out) is damaged
    conn = sqlite3.connect(data / DB)
    try:
        assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == 4
    finally:
        conn.close()


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_restore_on_read_only_media_is_refused_and_changes_nothing(
    read_only_folder: tuple[Path, Path],  # noqa: F811
    damaged: bool,
) -> None:
    writable, read_only = read_only_folder
    make_scene(writable / "data", damaged)
    before = listing(writable)
    scene = Scene(resolve(read_only / "data"), read_only / "data" / "backups", damaged)
    [scene.good] = sorted(scene.good.glob("partnerbook-*-manual.db"))
    with pytest.raises(RestoreError) as caught:
        scene.restore()
    message = str(caught.value)
    assert "not allowed to write there" in message, message
    assert "nothing changed" in message.lower()
    assert listing(writable) == before


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_an_interrupt_just_after_the_swap_keeps_the_restore_and_undoes_nothing(
    tmp_path: Path, damaged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C landing between the swap and the end of the restore: undoing then would put
    the damaged file's WAL beside the restored copy, or remove the damaged file's only name."""
    scene = make_scene(tmp_path / "data", damaged)
    before = listing(scene.paths.data)
    real = os.replace

    def replace(src: str, dst: str) -> None:
        real(src, dst)
        if os.fspath(src).endswith(".restoring"):
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        scene.restore()
    monkeypatch.undo()
    assert names(scene.database) == ["Anna Hill"]
    if damaged:
        assert _damaged_pair_kept(listing(scene.paths.data), before)
    else:  # the records from before the restore are still in their backup
        [kept] = scene.paths.backups.glob("partnerbook-*-before-restore.db")
        assert names(kept) == ["Anna Hill", "Ben Ford"]
    assert [n for n in leftovers(scene.paths.data) if "-damaged-" not in n] == []


def test_a_wal_left_without_its_database_is_kept_and_never_replayed_onto_the_restore(
    tmp_path: Path,
) -> None:
    scene = make_scene(tmp_path / "data", damaged=True)
    wal = Path(str(scene.database) + "-wal")
    orphan = wal.read_bytes()
    scene.database.unlink()  # the records file deleted by hand; its WAL still beside it
    result = scene.restore()
    # Had the old WAL stayed, SQLite would have replayed its pages onto the restored copy.
    assert names(scene.database) == ["Anna Hill"]
    assert not backup_store.verify_backup(scene.database)
    assert result.set_aside is not None and result.set_aside.name.endswith("-wal")
    assert result.set_aside.read_bytes() == orphan
