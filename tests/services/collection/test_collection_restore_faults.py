"""Restoring a collection: any step that fails, and a disk with little room, change nothing.

The same faults as the group database's (tests/restore_fault_injection.py), through
restore_collection: a CVS's returns must survive a failed restore exactly as a group's
records do.
"""

# File only: restores are of files; a server collection's backups are pg_dump's (issue 19).
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from collection_support import payloads, pdfs, snapshot
from fault_mounts import fill, small_disk  # noqa: F401  (small_disk is a fixture)
from restore_fault_injection import (
    DAMAGED_FAULTS,
    FAULTS,
    HEALTHY_FAULTS,
    Fault,
    leftovers,
    listing,
)

from desktop.services.collection.importer import import_returns
from desktop.services.collection.safety import backup_collection, restore_collection
from desktop.store.backup import verify_backup
from desktop.store.collection.opening import open_collection
from desktop.store.restore import RestoreError

BACKED_UP = datetime(2026, 11, 27, 10, 0)


def make_collection(folder: Path, inbox: Path, damaged: bool) -> tuple[Path, Path, dict]:
    """Two returns in a backup, three more since; damaged: a scribbled page as well.

    Returns the collection, its backup, and the rows the backup holds.
    """
    path = folder / "area.pbcollection"
    open_collection(path, create=True)
    import_returns(path, pdfs(inbox / "one", payloads(2, seed=81, groups=2)))
    backed_up = snapshot(path)
    backup = backup_collection(path, "manual", now=BACKED_UP).path
    import_returns(path, pdfs(inbox / "two", payloads(3, seed=82, groups=3), prefix="more"))
    if damaged:
        _scribble(path)
    return path, backup, backed_up


def _scribble(path: Path) -> None:
    original = path.read_bytes()
    for page in range(2, len(original) // 4096):
        data = bytearray(original)
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xff" * 192
        path.write_bytes(bytes(data))
        if verify_backup(path):
            return
    raise AssertionError("no page could be damaged")


CASES = [("healthy", name, fault) for name, fault in (FAULTS | HEALTHY_FAULTS).items()] + [
    ("damaged", name, fault)
    for name, fault in (FAULTS | DAMAGED_FAULTS).items()
    if "log" not in name  # a scribbled collection has no WAL to move
]


@pytest.mark.parametrize(
    ("state", "fault"), [c[::2] for c in CASES], ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_a_collection_restore_failing_at_any_step_changes_nothing(
    tmp_path: Path, state: str, fault: Fault, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "collections"
    path, backup, backed_up = make_collection(folder, tmp_path / "inbox", state == "damaged")
    before = listing(folder)
    with monkeypatch.context() as patch:
        fault(patch)
        with pytest.raises(RestoreError) as caught:
            restore_collection(path, backup)
    assert "nothing changed" in str(caught.value).lower(), str(caught.value)
    assert listing(folder) == before
    assert leftovers(folder) == []
    # With the fault gone, the same restore works.
    result = restore_collection(path, backup)
    assert snapshot(path) == backed_up
    if state == "damaged":
        assert result.set_aside is not None
        assert result.set_aside.read_bytes() == before["area.pbcollection"]
    else:
        assert result.safety_backup is not None


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_collection_on_a_nearly_full_disk_is_not_restored_and_not_touched(
    small_disk: Path,  # noqa: F811
    tmp_path: Path,
    damaged: bool,
) -> None:
    path, backup, backed_up = make_collection(small_disk, tmp_path / "inbox", damaged)
    ballast = fill(small_disk, leave_free=48 * 1024)
    before = listing(small_disk)
    with pytest.raises(RestoreError) as caught:
        restore_collection(path, backup)
    message = str(caught.value)
    assert message.startswith(f"There is not enough room to restore {backup.name}: it needs ")
    assert f"free on the disk that holds {small_disk}" in message
    assert "Nothing changed" in message
    assert listing(small_disk) == before
    assert leftovers(small_disk) == []
    ballast.unlink()
    restore_collection(path, backup)
    assert snapshot(path) == backed_up
