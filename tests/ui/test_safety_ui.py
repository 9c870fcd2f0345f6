"""The safety net in the window: automatic backups, back up now, restore, calm errors."""

from __future__ import annotations

import sqlite3
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from clock_support import FakeClock
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from desktop.domain.changes import Change
from desktop.paths import AppPaths
from desktop.services.storage_errors import DISK_FULL, StorageProblem
from desktop.store.backup import find_backups
from desktop.store.models import Person
from desktop.ui.restore import BackupTableModel, RestoreDialog
from desktop.ui.safety import AutoBackup

START = datetime(2026, 11, 28, 9, 0)


def backups(paths: AppPaths) -> list[Path]:
    return [b.path for b in find_backups(paths.backups, "partnerbook")]


def people(paths: AppPaths) -> list[str]:
    conn = sqlite3.connect(paths.database)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")]
    finally:
        conn.close()


def add_person(hub, name: str) -> None:  # type: ignore[no-untyped-def]
    hub.write(lambda s: s.add(Person(full_name=name)), Change.PEOPLE, "Saved")


def test_automatic_backup_after_half_an_hour_of_changes(hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(START)
    auto = AutoBackup(hub, clock=clock, check_every_ms=5)
    add_person(hub, "Anna Hill")
    auto.check()  # what the timer does every minute: nothing is due yet
    assert auto.schedule.pending
    assert backups(hub.paths) == []
    clock.now += timedelta(minutes=31)
    with qtbot.waitSignal(auto.backed_up, timeout=3000) as made:
        pass
    assert Path(made.args[0]).exists()
    assert "automatic" in made.args[0]
    assert not auto.schedule.pending
    auto.timer.stop()


def test_back_up_now_from_the_file_menu_and_on_close(
    main_window, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    paths = main_window.hub.paths
    main_window.safety.backup_action.trigger()
    assert main_window.statusBar().currentMessage() == "Backing up…"  # in the background
    qtbot.waitUntil(lambda: not main_window.safety.auto.busy, timeout=10_000)
    assert no_blocking_dialogs[-1][0] == "Backed up"
    assert len(backups(paths)) == 1
    add_person(main_window.hub, "Ben Ford")
    main_window.close()
    made = backups(paths)
    assert len(made) == 2 and "on-close" in made[0].name
    conn = sqlite3.connect(made[0])
    assert conn.execute("SELECT full_name FROM person").fetchall() == [("Ben Ford",)]
    conn.close()


def test_menus_reach_the_safety_net(main_window) -> None:  # type: ignore[no-untyped-def]
    file_texts = [a.text() for a in main_window.file_menu.actions()]
    assert "&Back up now" in file_texts and "&Restore from backup…" in file_texts
    assert "Pe&ople…" in [a.text() for a in main_window.edit_menu.actions()]


def test_restore_screen_lists_counts_and_restores(hub, qtbot, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backups import backup_now

    add_person(hub, "Anna Hill")
    backup_now(hub.paths, "manual", now=datetime(2026, 11, 27, 10, 0))
    add_person(hub, "Ben Ford")
    dialog = RestoreDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 1
    people_cell = model.index(0, BackupTableModel.PEOPLE).data()
    assert people_cell == "1"
    assert model.index(0, BackupTableModel.REASON).data() == "Made by you"
    with qtbot.waitSignal(hub.changed, timeout=3000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert people(hub.paths) == ["Anna Hill"]
    titles = [t for t, _ in no_blocking_dialogs]
    assert titles[-2:] == ["Restore this backup?", "Restored"]
    # The records from just before are listed too, so the restore can be undone.
    assert model.rowCount() == 2
    assert {model.backups[i].reason for i in range(2)} == {"manual", "before-restore"}
    # The app keeps working on the restored file.
    add_person(hub, "Cara Lee")
    assert people(hub.paths) == ["Anna Hill", "Cara Lee"]
    dialog.grab().save(str(Path("/tmp") / "partnerbook-restore-dialog.png"))


def test_saying_no_to_a_restore_changes_nothing(hub, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.backups import backup_now

    backup_now(hub.paths, "manual")
    add_person(hub, "Ben Ford")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = RestoreDialog(hub)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert people(hub.paths) == ["Ben Ford"]


def test_the_restore_runs_in_the_background_and_the_dialog_waits_for_it(
    hub, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backups import backup_now
    from desktop.ui import restore

    add_person(hub, "Anna Hill")
    backup_now(hub.paths, "manual")
    add_person(hub, "Ben Ford")
    go = threading.Event()
    real = restore.restore_backup

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert go.wait(timeout=30)  # the test decides when the copy may finish
        return real(*args, **kwargs)

    monkeypatch.setattr(restore, "restore_backup", held)
    auto = AutoBackup(hub, check_every_ms=60_000)
    dialog = RestoreDialog(hub, auto)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    # The window still answers: it shows the work, will not close, and no backup starts.
    assert dialog.progress.isVisible() and "Restoring partnerbook-" in dialog.busy_label.text()
    assert not dialog.restore_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    assert not auto.timer.isActive()
    with qtbot.waitSignal(hub.changed, timeout=10_000):
        go.set()
    assert people(hub.paths) == ["Anna Hill"]
    assert [t for t, _ in no_blocking_dialogs][-1] == "Restored"
    assert not dialog.progress.isVisible() and dialog.close_button.isEnabled()
    assert auto.timer.isActive()
    auto.timer.stop()


def test_a_restore_that_fails_says_why_and_the_records_carry_on(
    hub, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backups import backup_now
    from desktop.services.opening import RestoreError
    from desktop.ui import restore

    backup_now(hub.paths, "manual")
    add_person(hub, "Ben Ford")

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RestoreError("The backup could not be read. Nothing was changed.")

    monkeypatch.setattr(restore, "restore_backup", refuse)
    dialog = RestoreDialog(hub)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(hub.changed, timeout=10_000):  # the window takes the file back
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs[-1] == (
        "Not restored",
        "The backup could not be read. Nothing was changed.",
    )
    assert dialog.job is None and dialog.restore_button.isEnabled()
    add_person(hub, "Cara Lee")
    assert people(hub.paths) == ["Ben Ford", "Cara Lee"]


def test_a_save_that_fails_for_lack_of_space_says_so_calmly(
    hub, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    add_person(hub, "Anna Hill")

    def fill_the_disk(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Person(full_name="Ben Ford"))
        session.flush()
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    changed: list[str] = []
    hub.changed.connect(changed.append)
    with qtbot.waitSignal(hub.failed) as failed, pytest.raises(StorageProblem):
        hub.write(fill_the_disk, Change.PEOPLE)
    assert failed.args == [DISK_FULL]
    assert no_blocking_dialogs[-1] == ("Not saved", DISK_FULL)
    assert changed == []
    assert people(hub.paths) == ["Anna Hill"]


def test_a_bug_in_a_write_is_not_hidden(hub) -> None:  # type: ignore[no-untyped-def]
    def bug(_session) -> None:  # type: ignore[no-untyped-def]
        raise KeyError("not a storage problem")

    with pytest.raises(KeyError):
        hub.write(bug, Change.PEOPLE)


def test_unexpected_errors_get_a_calm_dialog_and_a_report(
    app_paths: AppPaths, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from desktop.logging_setup import log
    from desktop.ui.errors import install_excepthook

    previous, previous_threads = sys.excepthook, threading.excepthook
    handler = install_excepthook(app_paths.logs)
    try:
        assert sys.excepthook is handler
        try:
            raise AttributeError("'NoneType' object has no attribute 'partnership_id'")
        except AttributeError:
            handler(*sys.exc_info())  # type: ignore[arg-type]
        title, text = no_blocking_dialogs[-1]
        assert title == "Something went wrong"
        assert "Your data is safe" in text
        [report] = handler.reports
        assert str(report) in text and report.parent == app_paths.logs
        assert "Traceback" not in text and "NoneType" not in text
        assert "partnership_id" in report.read_text(encoding="utf-8")
        assert (app_paths.logs / "partnerbook.log").exists()
        # A storage failure that slipped through gets its plain message instead.
        try:
            raise OSError(28, "No space left on device")
        except OSError:
            handler(*sys.exc_info())  # type: ignore[arg-type]
        assert no_blocking_dialogs[-1] == ("Not saved", DISK_FULL)
        # A failed save already explained by DataHub.write is not explained twice.
        shown = len(no_blocking_dialogs)
        handler(StorageProblem, StorageProblem(DISK_FULL), None)
        assert len(no_blocking_dialogs) == shown

        # A worker thread's error is reported there; its dialog appears on the UI thread.
        def worker() -> None:
            raise RuntimeError("failed in a worker")

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: no_blocking_dialogs[-1][0] == "Something went wrong")
        assert "failed in a worker" in handler.reports[-1].read_text(encoding="utf-8")
    finally:
        sys.excepthook = previous
        threading.excepthook = previous_threads
        for h in list(log.handlers):
            log.removeHandler(h)
            h.close()


def test_choose_a_second_backup_folder(main_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.backups import second_backup_folder

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    main_window.safety.second_folder_action.trigger()
    assert second_backup_folder(main_window.hub.paths) == usb
    qtbot.waitUntil(lambda: not main_window.safety.auto.busy, timeout=10_000)
    # A backup is made at once, so the new folder is proven to work.
    assert len(list(usb.glob("partnerbook-*.db"))) == 1


def test_a_save_made_while_the_worker_backs_up_is_not_lost_track_of(hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(START)
    auto = AutoBackup(hub, clock=clock, check_every_ms=60_000)
    add_person(hub, "Anna Hill")
    clock.now += timedelta(minutes=45)
    with qtbot.waitSignal(auto.backed_up, timeout=3000):
        auto.check()  # the worker starts copying...
        assert auto.busy
        add_person(hub, "Ben Ford")  # ...while the person saves something else
    assert not auto.busy
    assert auto.schedule.pending  # Ben may not be in that backup: the next one will hold him
    outcome = auto.on_close()
    assert outcome is not None and "on-close" in outcome.path.name
    conn = sqlite3.connect(outcome.path)
    assert [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")] == [
        "Anna Hill",
        "Ben Ford",
    ]
    conn.close()
