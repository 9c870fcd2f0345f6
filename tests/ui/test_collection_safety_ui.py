"""A collection window's safety net, driven as an officer would: one window per file,
Back up now, Restore from a backup, automatic backups, and a backup that cannot be made."""

# File only: the lock and backups are a file's; a server collection's are pg_dump's (issue 19).

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from clock_support import FakeClock
from collection_support import collection_with_returns, counts, log_rows, payloads, pdfs
from lock_support import lock_held_elsewhere
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop import atomic_write
from desktop.cli import main
from desktop.store.backup import find_backups
from desktop.store.collection.opening import backups_folder, collection_lock
from desktop.store.lock import AlreadyOpenError
from desktop.ui.collection.menu import open_collection_window
from desktop.ui.collection.window import CollectionWindow
from desktop.ui.restore import RestoreDialog


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A collection with two returns from two groups already in it."""
    return collection_with_returns(tmp_path, 2, seed=91, groups=2)


@pytest.fixture
def window(path: Path, settings: QSettings, qtbot) -> Iterator[CollectionWindow]:  # type: ignore[no-untyped-def]
    win = CollectionWindow(path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.safety.auto.timer.stop()  # the tests drive the timer's check themselves
    yield win
    win.close()


def backups(path: Path) -> list[str]:
    return [b.path.name for b in find_backups(backups_folder(path), path.stem)]


def expected(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM expected_group ORDER BY name")]
    finally:
        conn.close()


def expect_in_window(window: CollectionWindow, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    page = window.groups
    window.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.expected_name, name)
    qtbot.mouseClick(page.add_expected, Qt.MouseButton.LeftButton)


def finish(window: CollectionWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise
def test_one_window_per_collection_file(
    window: CollectionWindow, path: Path, settings: QSettings, qtbot, capsys, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    before, log = counts(path), log_rows(path)
    # Opening it again in this Partnerbook brings the open window forward.
    other_spelling = Path(os.path.relpath(path))
    assert open_collection_window(None, other_spelling, settings) is window
    on_this_file = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CollectionWindow) and w.path.resolve() == path.resolve()
    ]
    assert on_this_file == [window]  # no second window was made
    # A second window on the file is refused before it opens anything.
    with pytest.raises(AlreadyOpenError, match="already open in another Partnerbook"):
        CollectionWindow(path, settings)
    # So is the command line, and it writes nothing, not even a backup.
    made = backups(path)
    more = pdfs(path.parent / "more", payloads(2, seed=92, groups=2), prefix="more")
    assert main(["collect", "import", str(path), *map(str, more)]) == 1
    err = capsys.readouterr().err
    assert "This collection is already open" in err and str(path) in err
    assert counts(path) == before and log_rows(path) == log and backups(path) == made

    window.close()
    assert not window.lock.held
    assert main(["collect", "import", str(path), *map(str, more)]) == 0  # released on close
    assert counts(path)["collected_return"] == 4


def test_a_collection_open_in_another_partnerbook_is_refused_until_it_ends(
    path: Path, settings: QSettings, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    before = counts(path)
    with lock_held_elsewhere(collection=path) as holder:
        assert open_collection_window(None, path, settings) is None
        title, text = no_blocking_dialogs[-1]
        assert title == "The collection is already open"
        assert f"(process {holder.pid})" in text and str(path) in text
        assert "Switch to that window" in text and "data folder" not in text
        assert counts(path) == before
        holder.crash()  # that Partnerbook crashes...
    opened = open_collection_window(None, path, settings)  # ...and its lock went with it
    assert isinstance(opened, CollectionWindow)
    qtbot.addWidget(opened)
    assert opened.lock.held and opened.groups.groups.rowCount() == 2
    opened.close()


def test_restore_from_a_backup_in_the_window(
    window: CollectionWindow, path: Path, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    window.safety.backup_action.trigger()  # File → Back up now
    assert window.statusBar().currentMessage() == "Backing up…"  # in the background
    qtbot.waitUntil(lambda: not window.safety.auto.busy, timeout=20_000)
    assert no_blocking_dialogs[-1][0] == "Backed up"
    before = counts(path)
    # Later: more returns arrive, and a group is added to the expected list.
    assert window.start_import(pdfs(path.parent / "more", payloads(3, seed=93, groups=3)))
    finish(window, qtbot)
    expect_in_window(window, qtbot, "Bideford Carers Cafe")
    assert expected(path) == ["Bideford Carers Cafe"]
    assert window.groups.groups.rowCount() == 5

    shown: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: shown.append(self) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Res&tore from a backup…" in [a.text() for a in file_menu.actions()]
    window.safety.restore_action.trigger()  # File → Restore from a backup…
    [dialog] = shown
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.headers == ["Date", "Made", "Returns", "Groups", "Partnerships", "Size"]

    assert any(
        "This collection as it is now" in label.text() for label in dialog.findChildren(QLabel)
    )
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Made by you", "Before an import"}
    manual = rows["Made by you"]
    assert model.index(manual, 2).data() == "2" and model.index(manual, 3).data() == "2"
    assert model.index(rows["Before an import"], 2).data() == "2"

    dialog.table.selectRow(manual)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)  # the copy runs in the background
    assert [t for t, _ in no_blocking_dialogs[-2:]] == ["Restore this backup?", "Restored"]
    assert counts(path) == before and expected(path) == []
    # The window reads the restored file at once, and keeps working on it.
    assert window.groups.groups.rowCount() == 2
    assert window.groups.missing.rowCount() == 0
    reasons = {model.backups[i].reason: model.backups[i] for i in range(model.rowCount())}
    assert set(reasons) == {"manual", "before-import", "before-restore"}
    assert reasons["before-restore"].counts["returns"] == 5  # the restore can be undone
    assert not window.safety.auto.schedule.pending  # the file is as a backup holds it
    expect_in_window(window, qtbot, "Holsworthy Lunch Club")
    assert expected(path) == ["Holsworthy Lunch Club"]


def test_no_restore_while_an_import_runs(
    window: CollectionWindow, path: Path, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.safety.auto.backed_up, timeout=20_000) as made:
        window.safety.back_up_now()  # in the background
    qtbot.waitUntil(lambda: not window.safety.auto.busy)
    backup = Path(made.args[0])
    before = counts(path)
    assert window.start_import(pdfs(path.parent / "more", payloads(2, seed=94, groups=2)))
    window.safety.restore_action.trigger()
    title, text = no_blocking_dialogs[-1]
    assert title == "Not now" and "An import is running" in text
    # Even a Restore screen opened before cannot restore until the import is done.
    dialog = RestoreDialog(window.safety.place(), window.safety.auto, window)
    qtbot.addWidget(dialog)
    assert not dialog.restore(backup)
    assert no_blocking_dialogs[-1][0] == "Not now"
    finish(window, qtbot)
    assert counts(path)["collected_return"] == before["collected_return"] + 2
    assert "before-restore" not in " ".join(backups(path))


def test_automatic_backups_every_half_hour_of_changes_and_on_close(
    window: CollectionWindow, path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    auto = window.safety.auto
    auto.clock = clock
    auto.check()  # nothing changed yet: nothing to back up
    assert not auto.busy
    expect_in_window(window, qtbot, "Bideford Carers Cafe")
    assert auto.schedule.pending
    clock.now += timedelta(minutes=29)
    auto.check()
    assert not auto.busy and not [b for b in backups(path) if "automatic" in b]
    clock.now += timedelta(minutes=2)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as made:
        auto.check()  # the backup runs in the worker: the window stays free
        assert auto.busy
    assert "automatic" in made.args[0] and expected(Path(made.args[0])) == ["Bideford Carers Cafe"]
    assert window.statusBar().currentMessage() == "Backed up"
    assert not auto.schedule.pending

    # A merge counts as a change too; closing the window backs it up.
    conn = sqlite3.connect(path)
    keys = [r[0] for r in conn.execute("SELECT DISTINCT canonical_key FROM collected_partnership")]
    conn.close()
    window.merge(keys[0], keys[1])
    assert auto.schedule.pending
    clock.now += timedelta(minutes=5)
    window.close()
    [on_close] = [b for b in backups(path) if "on-close" in b]
    conn = sqlite3.connect(backups_folder(path) / on_close)
    merged = conn.execute("SELECT alias_key FROM partnership_merge").fetchall()
    conn.close()
    assert merged == [(keys[0],)]
    collection_lock(path).acquire().release()  # and the lock is let go after the backup


def test_closing_with_nothing_new_makes_no_backup(window: CollectionWindow, path: Path) -> None:
    made = backups(path)
    window.close()
    assert backups(path) == made


def test_a_backup_that_cannot_be_made_is_explained_plainly(
    window: CollectionWindow, path: Path, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The copy is made, then cannot be put in place (the one writer's final rename fails).
    monkeypatch.setattr(atomic_write.os, "replace", disk_full)
    made = backups(path)
    window.safety.back_up_now()
    qtbot.waitUntil(lambda: not window.safety.auto.busy, timeout=20_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "Backup not made"
    assert "the disk is full" in text and "Your earlier backups are untouched" in text
    assert "Traceback" not in text and "Errno" not in text
    assert window.statusBar().currentMessage() == text
    assert backups(path) == made
    assert not list(backups_folder(path).glob("*.partial"))

    # The timed backup fails in the worker: the status bar says so, without a second dialog.
    clock = FakeClock()
    window.safety.auto.clock = clock
    expect_in_window(window, qtbot, "Bideford Carers Cafe")
    clock.now += timedelta(minutes=31)
    shown = len(no_blocking_dialogs)
    with qtbot.waitSignal(window.safety.auto.problem, timeout=10_000):
        window.safety.auto.check()
    assert len(no_blocking_dialogs) == shown
    assert "the disk is full" in window.statusBar().currentMessage()
    assert window.safety.auto.schedule.pending  # still owed a backup
    monkeypatch.undo()
