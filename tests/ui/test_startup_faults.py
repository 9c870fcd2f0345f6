"""Starting the window on a full disk, read-only media, or with the records file gone.

A full disk once made Partnerbook call healthy records damaged, offer a backup, rename the
healthy file aside and leave no database at all. Now: the records open for reading, a bar
says why and how to save again, a change is refused with a plain message, and not a byte or
a file in the data folder changes.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

import pytest

from desktop.domain.changes import Change
from desktop.paths import AppPaths, resolve
from desktop.ui import startup_safety
from desktop.ui.data import DataHub
from tests.fault_mounts import fill, read_only_folder, small_disk  # noqa: F401
from tests.store.test_diagnosis import make_records, snapshot


@pytest.fixture
def quiet_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui installs its own error hooks; put the test runner's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def open_window(paths: AppPaths, qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    opened = startup_safety.open_records(paths)
    assert opened is not None
    hub = DataHub(paths, opened)
    window = MainWindow(hub)
    qtbot.addWidget(window)
    return opened, hub, window


def test_full_disk_opens_read_only_with_a_bar_and_refuses_changes(
    small_disk: Path,  # noqa: F811
    qtbot,
    no_blocking_dialogs,
) -> None:  # type: ignore[no-untyped-def]
    paths = make_records(small_disk / "records")
    fill(small_disk, leave_free=8 * 1024)
    before = snapshot(paths.data)

    opened, hub, window = open_window(paths, qtbot)
    try:
        assert no_blocking_dialogs == []  # no "damaged", no offer of a backup
        assert "(read only)" in window.windowTitle()
        banner = window.read_only_banner
        assert banner is not None and "disk is full" in banner.label.text()
        assert "free some space" in banner.label.text()
        assert not window.new_partnership_action.isEnabled()
        assert not window.safety.restore_action.isEnabled()
        # Everything can be looked at: the register lists the four partnerships.
        names = [r[0] for r in hub.read().execute("SELECT name FROM partnership")]
        assert len(names) == 4

        # A change typed anyway is refused, said plainly, and nothing is written.
        from desktop.services.storage_errors import StorageProblem

        with pytest.raises(StorageProblem):
            hub.write(lambda _session: None, Change.PARTNERSHIPS)
        title, text = no_blocking_dialogs[-1]
        assert title == "Not saved" and "reading only" in text
    finally:
        window.close()
        hub.close()
        opened.release()
    assert snapshot(paths.data) == before
    assert not list(paths.data.glob("*damaged*"))


def test_read_only_media_says_how_to_get_write_access_back(
    read_only_folder,  # noqa: F811
    qtbot,
    no_blocking_dialogs,
) -> None:  # type: ignore[no-untyped-def]
    writable, read_only = read_only_folder
    make_records(writable / "records")
    paths = resolve(read_only / "records")
    before = snapshot(paths.data)
    opened, hub, window = open_window(paths, qtbot)
    try:
        assert no_blocking_dialogs == []
        text = window.read_only_banner.label.text()
        assert "not allowed to change the folder" in text and "lock switch" in text
        assert "(read only)" in window.windowTitle()
        window.show_area("partnerships")  # the register reads through the read-only door
    finally:
        window.close()
        hub.close()
        opened.release()
    assert snapshot(paths.data) == before


def test_run_gui_on_a_full_disk_shows_the_window_and_no_damage_prompt(
    small_disk: Path,  # noqa: F811
    qtbot,
    no_blocking_dialogs,
    quiet_excepthook,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import application

    paths = make_records(small_disk / "records")
    fill(small_disk, leave_free=8 * 1024)
    before = snapshot(paths.data)
    code = application.run_gui(argparse.Namespace(data_dir=str(paths.data), exit_when_ready=True))
    assert code == 0
    assert no_blocking_dialogs == []
    after = snapshot(paths.data)
    # The log may start (empty) in the logs folder; the records and backups never change.
    assert {k: v for k, v in after.items() if not k.startswith("logs/")} == before


def test_a_missing_records_file_offers_the_backup_not_an_empty_start(
    tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    paths = make_records(tmp_path / "records")
    paths.database.unlink()
    asked: list[tuple[str, str, object]] = []

    def answer_no(_parent, title, text, _buttons=None, default=None):  # type: ignore[no-untyped-def]
        asked.append((title, text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    assert startup_safety.open_records(paths) is None
    title, text, default = asked[0]
    assert title == "Your records file is missing" and "newest good backup" in text
    assert default == QMessageBox.StandardButton.No  # Enter never replaces records
    assert not paths.database.exists()  # nothing made in its place


def test_a_file_that_is_not_ours_offers_the_backup_and_keeps_the_file(
    tmp_path: Path, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    paths = make_records(tmp_path / "records")
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(b"not records\n" * 50)
    opened = startup_safety.open_records(paths)  # the fixture answers Yes
    try:
        assert opened is not None and opened.read_only is None
        assert no_blocking_dialogs[0][0] == "This is not a Partnerbook file"
        kept = list(paths.data.glob("partnerbook-damaged-*.db"))
        assert len(kept) == 1 and kept[0].read_bytes() == b"not records\n" * 50
        assert opened.held  # writable again, with the backup back in place
    finally:
        if opened is not None:
            opened.release()


def test_a_drive_that_cannot_be_read_never_offers_a_restore(
    records_on_disk: AppPaths, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    import errno

    from desktop.store import diagnosis

    def pulled(_path: Path) -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(diagnosis.sqlite, "looks_like_sqlite", pulled)
    before = snapshot(records_on_disk.data)
    assert startup_safety.open_records(records_on_disk) is None
    assert [t for t, _ in no_blocking_dialogs] == ["The disk with your records cannot be reached"]
    assert "connect it again" in no_blocking_dialogs[0][1]
    assert snapshot(records_on_disk.data) == before


@pytest.fixture
def records_on_disk(tmp_path: Path) -> AppPaths:
    return make_records(tmp_path / "records")


def test_the_disk_filling_up_while_working_loses_nothing_saved(
    small_disk: Path,  # noqa: F811
    qtbot,
    no_blocking_dialogs,
) -> None:  # type: ignore[no-untyped-def]
    """Opened with room to spare; the disk fills; the next save is refused in plain words."""
    from desktop.services.storage_errors import StorageProblem
    from desktop.store.models import Person

    paths = make_records(small_disk / "records")
    opened, hub, window = open_window(paths, qtbot)
    try:
        assert opened.read_only is None
        people = hub.read().execute("SELECT full_name FROM person ORDER BY id").fetchall()
        fill(small_disk, leave_free=4 * 1024)
        with pytest.raises(StorageProblem):
            hub.write(
                lambda s: s.add(Person(full_name="Big notes", notes="x" * 400_000)), Change.PEOPLE
            )
        title, text = no_blocking_dialogs[-1]
        assert title == "Not saved" and "disk is full" in text and "[SQL" not in text
        assert hub.read().execute("SELECT full_name FROM person ORDER BY id").fetchall() == people
    finally:
        window.close()
        hub.close()
        opened.release()


@pytest.mark.parametrize("replacement", ["an older copy", "not a database"])
def test_a_records_file_replaced_while_open_is_never_written_behind(
    records_on_disk: AppPaths, qtbot, no_blocking_dialogs, replacement: str
) -> None:  # type: ignore[no-untyped-def]
    """A sync program puts another file in place: a save must not go into the old one."""
    import os
    import sqlite3

    from desktop.services.storage_errors import StorageProblem
    from desktop.store.backup import find_backups
    from desktop.store.models import Person

    paths = records_on_disk
    opened, hub, window = open_window(paths, qtbot)
    try:
        hub.read().execute("SELECT count(*) FROM person").fetchone()
        incoming = paths.data / "incoming.db"
        if replacement == "an older copy":
            incoming.write_bytes(find_backups(paths.backups, "partnerbook")[0].path.read_bytes())
        else:
            incoming.write_bytes(b"a spreadsheet, saved over the records\n" * 40)
        os.replace(incoming, paths.database)
        before = paths.database.read_bytes()
        with pytest.raises(StorageProblem):
            hub.write(lambda s: s.add(Person(full_name="Typed after the swap")), Change.PEOPLE)
        title, text = no_blocking_dialogs[-1]
        assert title == "Not saved" and "replaced or moved by another program" in text
        assert paths.database.read_bytes() == before
    finally:
        window.close()
        hub.close()
        opened.release()
    if replacement == "an older copy":
        conn = sqlite3.connect(paths.database)
        names = [r[0] for r in conn.execute("SELECT full_name FROM person")]
        conn.close()
        assert "Typed after the swap" not in names
