"""The People screen, and the checks before the window (damaged database, risky place)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from file_damage import damage
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.changes import Change
from desktop.domain.locations import RiskKind, RiskyPlace
from desktop.paths import AppPaths, resolve
from desktop.services.backups import backup_now
from desktop.store.lock import InstanceLock
from desktop.store.models import Person, Representative, Seat
from desktop.ui import startup_safety
from desktop.ui.people import PeopleDialog, PeopleTableModel
from tests.conftest import FIXED_TODAY


@pytest.fixture
def demo_hub(hub):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desktop.services.demo import fill_demo

    def fill(session) -> None:  # type: ignore[no-untyped-def]
        fill_demo(session, today=FIXED_TODAY)
        seat = session.scalars(select(Seat)).first()
        old = Person(full_name="Edna Cole", email="edna@example.org")
        session.add(old)
        session.flush()
        seat.representatives.append(
            Representative(
                person_id=old.id, term_start=date(2012, 4, 1), term_end=date(2019, 3, 31)
            )
        )

    hub.write(fill, Change.EVERYTHING)
    return hub


def open_people(hub, qtbot) -> PeopleDialog:  # type: ignore[no-untyped-def]
    dialog = PeopleDialog(hub, today=FIXED_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stored(hub, name: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(hub.paths.database)
    try:
        return conn.execute(
            "SELECT full_name, email FROM person WHERE full_name = ?", (name,)
        ).fetchone()
    finally:
        conn.close()


def test_people_screen_reminds_about_people_who_left_long_ago(demo_hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_people(demo_hub, qtbot)
    assert dialog.reminder.isVisible()
    assert "Edna Cole" in dialog.reminder.text() and "6 years" in dialog.reminder.text()
    names = [
        dialog.model.index(r, PeopleTableModel.NAME).data() for r in range(dialog.model.rowCount())
    ]
    assert "Priya Shah" in names and "Edna Cole" in names
    status = {
        dialog.model.index(r, PeopleTableModel.NAME).data(): dialog.model.index(
            r, PeopleTableModel.STATUS
        ).data()
        for r in range(dialog.model.rowCount())
    }
    assert status["Edna Cole"] == "Left long ago: review"
    assert status["Tom Brayley"] == "Serving"  # his term ends next spring
    assert "One person's term ended" in dialog.reminder.text()
    assert not dialog.forget_button.isEnabled()  # nobody chosen yet

    # A longer period: Edna left 7 years ago, so no reminder at 10 years.
    dialog.years.selectAll()
    qtbot.keyClicks(dialog.years, "10")
    qtbot.keyClick(dialog.years, Qt.Key.Key_Return)
    assert not dialog.reminder.isVisible()
    conn = sqlite3.connect(demo_hub.paths.database)
    assert conn.execute(
        "SELECT value FROM setting WHERE key='privacy.retention_years'"
    ).fetchone() == ("10",)
    conn.close()


def test_export_a_person_as_pdf_and_json(demo_hub, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_people(demo_hub, qtbot)
    dialog.select_person("Priya Shah")
    target = tmp_path / "priya.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)  # saved in the background
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "What we hold about Priya Shah" in text and "priya.shah@example.org" in text
    target_json = tmp_path / "priya.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target_json), ""))
    qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert '"Priya Shah"' in target_json.read_text(encoding="utf-8")


def test_forget_a_person_and_delete_the_backups_that_hold_them(
    demo_hub, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    backup_now(demo_hub.paths, "automatic")
    dialog = open_people(demo_hub, qtbot)
    dialog.select_person("Edna Cole")
    assert dialog.forget_button.isEnabled()
    with qtbot.waitSignal(demo_hub.changed):
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert stored(demo_hub, "Edna Cole") is None
    titles = [t for t, _ in no_blocking_dialogs]
    assert titles == ["Forget Edna Cole?", "Backups still hold their details"]
    # The question listed both: the earlier backup and the one made just before forgetting.
    assert no_blocking_dialogs[-1][1].count("partnerbook-") == 2
    remaining = list(demo_hub.paths.backups.glob("partnerbook-*.db"))
    assert remaining == []  # the person said Yes to deleting them
    assert not dialog.reminder.isVisible()
    statuses = [
        dialog.model.index(r, PeopleTableModel.STATUS).data()
        for r in range(dialog.model.rowCount())
    ]
    assert "Forgotten" in statuses


def test_no_backup_nobody_forgotten(demo_hub, qtbot, monkeypatch, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import forgetting
    from desktop.services.opening import BackupError

    def no_room(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise BackupError("The backups folder is full.")

    monkeypatch.setattr(forgetting, "backup_now", no_room)
    dialog = open_people(demo_hub, qtbot)
    dialog.select_person("Edna Cole")
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert not dialog.forget_button.isEnabled()  # forgetting in the background
    dialog.reject()
    assert dialog.isVisible()  # it finishes first
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert no_blocking_dialogs[-1] == (
        "Not forgotten",
        "Nothing was changed, because the backup made first failed: The backups folder is full.",
    )
    assert stored(demo_hub, "Edna Cole") == ("Edna Cole", "edna@example.org")
    assert dialog.forget_button.isEnabled()


def test_saying_no_to_forgetting_changes_nothing(demo_hub, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = open_people(demo_hub, qtbot)
    dialog.select_person("Edna Cole")
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert stored(demo_hub, "Edna Cole") == ("Edna Cole", "edna@example.org")
    assert list(demo_hub.paths.backups.glob("partnerbook-*.db")) == []


# Start-up ---------------------------------------------------------------------------------


def test_damaged_database_offers_the_newest_good_backup(
    app_paths: AppPaths, database, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.opening import DamagedDatabaseError, inspect

    with database.session() as session:
        session.add(Person(full_name="Anna Hill"))
    backup_now(app_paths, "automatic")
    database.dispose()
    damaged = damage(app_paths.database)
    with pytest.raises(DamagedDatabaseError) as caught:
        inspect(app_paths.database)
    assert startup_safety.offer_newest_backup(app_paths, str(caught.value))
    assert no_blocking_dialogs[-1][0] == "Your records are damaged"
    assert "newest good backup" in no_blocking_dialogs[-1][1]
    inspect(app_paths.database)  # sound again
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("SELECT full_name FROM person").fetchall() == [("Anna Hill",)]
    conn.close()
    aside = list(app_paths.data.glob("partnerbook-damaged-*.db"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_a_damaged_database_is_not_touched_when_the_person_says_no(
    app_paths: AppPaths, database, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    backup_now(app_paths, "automatic")
    database.dispose()
    damaged = damage(app_paths.database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not startup_safety.offer_newest_backup(app_paths, "damaged")
    assert app_paths.database.read_bytes() == damaged


def test_risky_place_keep_it_here_is_remembered(
    app_paths: AppPaths, database, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    place = RiskyPlace(RiskKind.CLOUD, "OneDrive")
    monkeypatch.setattr(startup_safety, "detect_risky_place", lambda _folder: place)
    asked: list[str] = []

    def ask(why: str, _target: AppPaths) -> str:
        asked.append(why)
        return "keep"

    monkeypatch.setattr(startup_safety, "ask_about_place", ask)
    lock = InstanceLock(app_paths.lock_file).acquire()
    try:
        assert startup_safety.check_data_location(app_paths, lock) == (app_paths, lock)
        assert startup_safety.check_data_location(app_paths, lock) == (app_paths, lock)
    finally:
        lock.release()
    assert len(asked) == 1 and "OneDrive" in asked[0]


def test_risky_place_move_to_this_computer(
    app_paths: AppPaths, database, qtbot, monkeypatch, tmp_path, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        session.add(Person(full_name="Anna Hill"))
    database.dispose()
    local = resolve(tmp_path / "this-computer")
    monkeypatch.setattr(
        startup_safety, "detect_risky_place", lambda _f: RiskyPlace(RiskKind.REMOVABLE, "/media/u")
    )
    monkeypatch.setattr(startup_safety, "this_computer_paths", lambda: local)
    monkeypatch.setattr(startup_safety, "ask_about_place", lambda _why, _target: "move")
    lock = InstanceLock(app_paths.lock_file).acquire()
    paths, new_lock = startup_safety.check_data_location(app_paths, lock)
    try:
        assert paths == local and new_lock is not lock
        assert not lock.held and new_lock.held
        conn = sqlite3.connect(local.database)
        assert conn.execute("SELECT full_name FROM person").fetchall() == [("Anna Hill",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
        assert app_paths.database.exists()  # the old copy is left for the person to delete
        assert no_blocking_dialogs[-1][0] == "Moved"
    finally:
        new_lock.release()


def test_run_gui_offers_a_backup_for_a_damaged_database_then_opens(
    data_dir, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import sys

    from desktop.cli import main
    from desktop.ui import application
    from desktop.ui.errors import ErrorHandler

    main(["demo"])
    main(["backup"])
    paths = resolve()
    damage(paths.database)
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    asked: list[str] = []
    monkeypatch.setattr(startup_safety, "ask_about_place", lambda why, _t: asked.append(why))
    code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
    assert code == 0
    assert [t for t, _ in no_blocking_dialogs] == ["Your records are damaged"]
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == 4
    conn.close()
    assert asked == []  # a temporary folder is not a risky place
    assert isinstance(sys.excepthook, ErrorHandler)  # unexpected errors get the calm dialog


def test_a_check_run_never_remembers_keep_it_here(
    app_paths: AppPaths, database, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """--exit-when-ready closes the question unanswered; that is not the person's choice."""
    place = RiskyPlace(RiskKind.CLOUD, "OneDrive")
    monkeypatch.setattr(startup_safety, "detect_risky_place", lambda _folder: place)
    asked: list[str] = []
    monkeypatch.setattr(
        startup_safety, "ask_about_place", lambda why, _t: asked.append(why) or "keep"
    )
    lock = InstanceLock(app_paths.lock_file).acquire()
    try:
        startup_safety.check_data_location(app_paths, lock, remember=False)
        startup_safety.check_data_location(app_paths, lock, remember=False)
    finally:
        lock.release()
    assert len(asked) == 2  # still asked next time
