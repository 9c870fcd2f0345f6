"""The collection window, driven like an officer would: drop folders, read, merge, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from collection_support import payloads, pdfs
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.cli import main
from desktop.services.collection.samples import resign, resubmission, write_minimal_pdf
from desktop.store.collection.opening import open_collection
from desktop.ui.collection.recent import recent_collections
from desktop.ui.collection.window import CollectionWindow


def _shown(path: Path | str, settings: QSettings, qtbot) -> CollectionWindow:  # type: ignore[no-untyped-def]
    open_collection(path, create=True)
    win = CollectionWindow(path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(collection_location: Path | str, settings: QSettings, qtbot) -> CollectionWindow:  # type: ignore[no-untyped-def]
    """A new collection's window, on a file and on a server alike (issue 19)."""
    return _shown(collection_location, settings, qtbot)


@pytest.fixture
def file_window(collection_window: CollectionWindow) -> CollectionWindow:
    """A new collection file's window (tests/ui/conftest.py)."""
    return collection_window


def drop(window: CollectionWindow, paths: list[Path]) -> QDropEvent:
    """A real drag-enter and drop of local files, as the window system would send them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    # Qt's C++ takes a QPoint for drag-enter and a QPointF for the drop.
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event


def finish(window: CollectionWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)


def exported(window: CollectionWindow, started: bool) -> None:
    """An export made in the background (the spreadsheet, the area summary): its answer."""
    job = window.export_job
    assert started and job is not None and job.wait(60_000)
    assert window.export_job is None


def export_summary(window: CollectionWindow) -> None:
    """File → Export → Area summary PDF…"""
    exported(window, window.export_pdf())


def log_outcomes(window: CollectionWindow) -> dict[str, str]:
    table = window.log.model.table
    return {Path(row[1]).name: row[2] for row in table.rows}


def test_title_says_collection_and_file(file_window: CollectionWindow, settings: QSettings) -> None:
    # File only: a shared collection's title and recent list are test_collection_shared_window's.
    window = file_window
    assert "Collection" in window.windowTitle() and "area.pbcollection" in window.windowTitle()
    assert recent_collections(settings) == [str(window.path)]


def test_dropping_a_folder_imports_it_and_every_outcome_shows(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    first, second, third = payloads(3, seed=61, groups=3)
    inbox = tmp_path / "inbox"
    pdfs(inbox, [first, second, third])
    event = drop(window, [inbox])
    assert event.isAccepted()
    assert window.cancel_button.isVisible()  # the import runs in the background
    finish(window, qtbot)
    assert window.groups.groups.rowCount() == 3
    assert window.last_summary is not None and window.last_summary.count("imported") == 3
    assert window.statusBar().currentMessage().startswith("3 files: 3 imported")

    one = tmp_path / "one"
    write_minimal_pdf(first, one / "again.pdf")
    drop(window, [one])
    finish(window, qtbot)
    # Issue 21: "1 files"; counts take the right noun.
    assert window.statusBar().currentMessage().startswith("1 file: 0 imported, 1 already here")

    again = tmp_path / "again"
    write_minimal_pdf(first, again / "same.pdf")
    write_minimal_pdf(resubmission(second), again / "corrected.pdf")
    write_minimal_pdf(dict(third, reference="PB-EDITED"), again / "edited.pdf")
    (again / "notes.pdf").write_text("minutes of the meeting")
    drop(window, [again])
    finish(window, qtbot)
    outcomes = log_outcomes(window)
    assert outcomes["same.pdf"] == "duplicate"
    assert outcomes["corrected.pdf"] == "supersedes"
    assert outcomes["edited.pdf"] == "rejected" and outcomes["notes.pdf"] == "rejected"
    assert window.tabs.currentWidget() is window.log  # rejected files: the log is shown
    title, text = no_blocking_dialogs[-1]
    assert title == "Some files were not imported" and "2 rejected" in text
    replaced = [row for row in window.groups.groups.table.rows if row[5] == 1]
    assert len(replaced) == 1  # the corrected return shows it replaced one


def test_a_collection_built_by_the_cli_shows_in_the_window(
    tmp_path: Path,
    settings: QSettings,
    qtbot,
    capsys,  # type: ignore[no-untyped-def]
    collection_location: Path | str,
) -> None:
    path = collection_location
    items = payloads(6, seed=62, groups=3)
    files = map(str, pdfs(tmp_path / "in", items))
    assert main(["collect", "import", "--new", str(path), *files]) == 0
    assert main(["collect", "expect", str(path), "Milton Damerel Over-60s Club"]) == 0
    capsys.readouterr()
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    # Each period on its own (issue 15): the latest first, then the other chosen.
    from desktop.domain.return_period import parse_period

    shown_groups = set()
    for n, label in enumerate(sorted({i["period"]["label"] for i in items}, reverse=True)):
        if n:
            window.show_period(parse_period(label))
        assert window.period is not None and window.period.label == label
        assert label in window.period_note.text()
        shown_groups |= {(row[0], row[1]) for row in window.groups.groups.table.rows}
        assert {row[1] for row in window.groups.groups.table.rows} == {label}
    assert shown_groups == {(i["group"]["name"], i["period"]["label"]) for i in items}
    assert [r[0] for r in window.groups.missing.table.rows] == ["Milton Damerel Over-60s Club"]
    names = {p["name"] for i in items for p in i["partnerships"]}
    shown = {row[0] for row in window.partnerships.model.table.rows}
    assert len(shown) <= len(names) and shown <= names
    assert window.log.model.rowCount() == 6


def test_merging_names_in_the_window_holds_for_later_drops(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    items = payloads(4, seed=63, groups=4)
    for n, item in enumerate(items):
        item["partnerships"][0]["name"] = (
            "NDHWP" if n % 2 else "North Devon Health and Wellbeing Partnership"
        )
    items = [resign({k: v for k, v in i.items() if k != "sha256"}) for i in items]
    pdfs(tmp_path / "a", items[:2])
    drop(window, [tmp_path / "a"])
    finish(window, qtbot)
    page = window.partnerships
    window.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.search, "ndhwp")
    assert page.proxy.rowCount() == 1
    page.view.selectRow(0)
    assert page.chosen_key() == "ndhwp"
    page.merge_into.setCurrentIndex(
        page.merge_into.findData("north devon health and wellbeing partnership")
    )
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert "ndhwp" not in page.model.table.keys
    pdfs(tmp_path / "b", items[2:])
    drop(window, [tmp_path / "b"])
    finish(window, qtbot)
    keys = page.model.table.keys
    assert "ndhwp" not in keys
    row = page.model.table.rows[keys.index("north devon health and wellbeing partnership")]
    assert row[1] == 4 and "NDHWP" in row[2]


def test_one_partnership_side_by_side_with_radars(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    items = payloads(4, seed=64, groups=4)
    pdfs(tmp_path / "in", items)
    drop(window, [tmp_path / "in"])
    finish(window, qtbot)
    page = window.partnerships
    page.view.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.detail
    detail = window.detail.detail
    assert detail is not None and detail.key == page.chosen_key()
    columns = window.detail.models["commitments"].table.columns
    assert list(columns[2:]) == list(detail.groups)
    assert window.detail.group_choice.count() == len(detail.groups) + 1
    window.detail.tabs.setCurrentIndex(2)
    window.grab().save(str(tmp_path / "detail.png"))


def test_cancel_stops_between_files_and_the_window_stays_responsive(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    pdfs(tmp_path / "many", payloads(40, seed=65))
    drop(window, [tmp_path / "many"])
    qtbot.waitUntil(lambda: window.progress.maximum() > 0, timeout=60_000)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    # The click returned while the import was still running: it asked, it did not wait.
    assert window.import_job is not None and "Stopping" in window.statusBar().currentMessage()
    finish(window, qtbot)
    summary = window.last_summary
    assert summary is not None and summary.cancelled
    assert len(summary.outcomes) < 40
    assert window.log.model.rowCount() == len(summary.outcomes)  # all or nothing per file


def test_exports_from_the_window(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    pdfs(tmp_path / "in", payloads(3, seed=66))
    drop(window, [tmp_path / "in"])
    finish(window, qtbot)
    book, pdf, folder = tmp_path / "out.xlsx", tmp_path / "out.pdf", tmp_path / "csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    exported(window, window.export_xlsx())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    export_summary(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.tabs.setCurrentWidget(window.resources)
    window.export_csv()
    assert book.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    # The page's tables, and which period they are for (issue 15).
    assert sorted(p.name for p in folder.iterdir()) == [
        "need_help.csv",
        "needs_by_category.csv",
        "period.csv",
    ]
    assert window.period is not None
    assert window.period.label in (folder / "period.csv").read_text(encoding="utf-8-sig")


def test_the_group_window_opens_new_and_recent_collections(
    main_window,
    tmp_path: Path,
    monkeypatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ui.collection import menu

    # File only: New and Open collection choose files (servers: Open shared collection).
    assert "Our group's records" in main_window.windowTitle()
    target = tmp_path / "county"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.new_collection_action.trigger()
    opened = menu._open_windows[-1]
    qtbot.addWidget(opened)
    assert opened.path == target.with_suffix(".pbcollection") and opened.path.exists()
    assert "Collection" in opened.windowTitle()
    recent = main_window.recent_collections_menu
    recent.aboutToShow.emit()
    assert str(opened.path) in recent.actions()[0].text()
    opened.close()
    bad = tmp_path / "not-a-collection.pbcollection"
    bad.write_text("hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = len(menu._open_windows)
    main_window.open_collection_action.trigger()
    assert len(menu._open_windows) == before  # refused, with a message, nothing opened


def test_the_app_opens_straight_into_a_collection(
    collection_location: Path | str,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    import os
    import subprocess
    import sys

    # A file or a server location: --open-collection takes what the collect commands take.
    new = ["--new"] if isinstance(collection_location, Path) else []
    where = str(collection_location)
    assert main(["collect", "expect", *new, where, "Bideford Carers Cafe"]) == 0
    capsys.readouterr()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--open-collection", where, "--exit-when-ready"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_a_full_disk_during_a_merge_is_told_plainly_and_changes_nothing(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    monkeypatch,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    import sqlite3

    from collection_support import snapshot

    from desktop.services.collection import merges
    from desktop.services.storage_errors import DISK_FULL

    items = payloads(2, seed=65, groups=2)
    items[1]["partnerships"][0]["name"] = "NDHWP"
    items = [resign({k: v for k, v in i.items() if k != "sha256"}) for i in items]
    pdfs(tmp_path / "a", items)
    drop(window, [tmp_path / "a"])
    finish(window, qtbot)
    before = snapshot(window.path)

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(merges, "merge_partnerships", full)
    window.merge("ndhwp", "somewhere else")
    assert no_blocking_dialogs[-1] == ("Cannot merge", DISK_FULL)
    assert snapshot(window.path) == before


def test_control_characters_in_returns_show_as_symbols_and_never_stop_an_export(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    monkeypatch,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    items = payloads(3, seed=142, groups=3)
    items[0]["group"]["name"] = "Evil\x1b[31mRed\x07 Group"
    items = [resign({k: v for k, v in i.items() if k != "sha256"}) for i in items]
    pdfs(tmp_path / "in", items)
    (tmp_path / "in" / "minutes\x01.pdf").write_text("not a pdf \x02")
    drop(window, [tmp_path / "in"])
    finish(window, qtbot)
    shown = [window.groups.groups.index(r, 0).data() for r in range(3)]
    assert "EvilRed\u2407 Group" in shown
    log_names = [window.log.model.index(r, 1).data() for r in range(window.log.model.rowCount())]
    assert any(name.endswith("minutes\u2401.pdf") for name in log_names)
    book, pdf = tmp_path / "area.xlsx", tmp_path / "area.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    exported(window, window.export_xlsx())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    export_summary(window)
    assert [t for t, _ in no_blocking_dialogs] == ["Some files were not imported"]
    sheet = load_workbook(book)["Groups and their latest returns"]
    assert "EvilRed\u2407 Group" in [c.value for c in sheet["A"]]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_export_that_fails_says_so_in_the_window_and_leaves_no_file(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    monkeypatch,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.reports import collection_summary

    pdfs(tmp_path / "in", payloads(2, seed=143))
    drop(window, [tmp_path / "in"])
    finish(window, qtbot)

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise ValueError("a fault of ours")

    monkeypatch.setattr(collection_summary, "render", broken)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "area.pdf"), ""))
    export_summary(window)
    title, text = no_blocking_dialogs[-1]
    assert title == "Could not export" and "area.pdf was not made" in text
    assert list(out.iterdir()) == []
    assert "Saved" not in window.statusBar().currentMessage()
