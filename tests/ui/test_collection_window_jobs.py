"""The collection window's long jobs run through ui/background.py (issue 16): the import of
returns and the area summary. A failure is logged and explained, closing the window stops an
import cleanly, and the summary has the same title as the command line's."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from collection_support import payloads, pdfs
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from desktop.cli import main
from desktop.services.collection import importer
from desktop.services.collection.opening import collection_name, connected, open_collection
from desktop.ui.collection.window import CollectionWindow


@pytest.fixture
def window(collection_location: Path | str, settings: QSettings, qtbot) -> CollectionWindow:  # type: ignore[no-untyped-def]
    """A new, empty collection open in its window, on a file and on a server (issue 19)."""
    open_collection(collection_location, create=True)
    window = CollectionWindow(collection_location, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _log_rows(path: Path | str) -> int:
    with connected(path) as conn:
        return int(conn.execute("SELECT count(*) FROM import_log").fetchone()[0])


def _failing_after_first_file(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    """The import goes wrong once the first file is stored (as a fault of ours would)."""
    real = importer.import_returns

    def failing(location: Any, files: Any, *, progress: Any, **kwargs: Any) -> Any:
        def report(done: int, total: int, outcome: object) -> None:
            progress(done, total, outcome)
            raise error

        return real(location, files, progress=report, **kwargs)

    monkeypatch.setattr(importer, "import_returns", failing)


def test_an_unexpected_failure_of_the_import_is_logged_and_told_and_keeps_earlier_files(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    caplog,
    monkeypatch,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    _failing_after_first_file(monkeypatch, KeyError("a fault of ours"))
    caplog.set_level(logging.ERROR, logger="partnerbook")
    assert window.start_import(pdfs(tmp_path / "in", payloads(3, seed=71)))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "The import stopped"
    assert "unexpected error (KeyError)" in text and "imported before it are kept" in text
    assert "a fault of ours" not in text  # the details are for the log, not the officer
    [record] = [r for r in caplog.records if "failed in the background" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert not window.cancel_button.isVisible() and not window.progress.isVisible()
    assert _log_rows(window.path) == 1  # the first file was stored whole, the rest not read
    assert window.log.model.rowCount() == 1  # and the window shows it


def test_a_full_disk_during_the_import_is_told_in_the_apps_words_not_as_a_bug(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    caplog,
    monkeypatch,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    _failing_after_first_file(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    caplog.set_level(logging.ERROR, logger="partnerbook")
    window.start_import(pdfs(tmp_path / "in", payloads(2, seed=72)))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "The import stopped"
    assert "full" in text and "unexpected" not in text
    assert not [r for r in caplog.records if "failed in the background" in r.getMessage()]


def test_closing_the_window_during_an_import_stops_it_between_files(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    window.start_import(pdfs(tmp_path / "many", payloads(40, seed=73)))
    qtbot.waitUntil(lambda: window.progress.maximum() > 0, timeout=60_000)
    window.close()
    assert window.import_job is None and not window.lock.held
    assert no_blocking_dialogs == []  # a closed window says nothing more
    summary = window.last_summary
    assert summary is not None and summary.cancelled and len(summary.outcomes) < 40
    assert _log_rows(window.path) == len(summary.outcomes)  # all or nothing per file


def test_the_area_summary_is_made_in_the_background_with_the_command_lines_title(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    monkeypatch,
    capsys,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    window.start_import(pdfs(tmp_path / "in", payloads(3, seed=74)))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    from_window, from_cli = tmp_path / "window.pdf", tmp_path / "cli.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(from_window), ""))
    assert window.export_pdf()
    assert window.export_job is not None and "Making" in window.statusBar().currentMessage()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    assert not window.export_xlsx()  # one export at a time, said before asking where
    assert asked == [] and [t for t, _ in no_blocking_dialogs] == ["Export running"]
    assert window.export_job.wait(60_000)
    assert window.statusBar().currentMessage() == f"Saved {from_window}"
    assert main(["collect", "summary", str(window.path), "--pdf", str(from_cli)]) == 0
    capsys.readouterr()

    def first_page(path: Path) -> str:
        return PdfReader(path).pages[0].extract_text()

    name = "area" if isinstance(window.path, Path) else collection_name(window.path)
    assert first_page(from_window).splitlines()[:2] == ["Area summary", name]
    assert first_page(from_window) == first_page(from_cli)


def _imported(window: CollectionWindow, tmp_path: Path, qtbot, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    items = payloads(2, seed=seed, groups=2)
    window.start_import(pdfs(tmp_path / "in", items))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    return [item["reference"] for item in items]


def _status(path: Path | str, reference: str) -> str:
    with connected(path) as conn:
        row = conn.execute(
            "SELECT status FROM collected_return WHERE reference = ?", (reference,)
        ).fetchone()
        return str(row[0])


def test_a_return_that_cannot_be_withdrawn_is_told_and_nothing_changes(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    first, _second = _imported(window, tmp_path, qtbot, seed=75)
    assert window.withdraw("PB-NOT-HERE", "a typo")
    qtbot.waitUntil(lambda: window.withdraw_job is None, timeout=60_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "Cannot withdraw the return" and "PB-NOT-HERE" in text
    assert _status(window.path, first) == "current"


def test_a_withdrawal_runs_off_the_window_and_blocks_a_restore_and_a_close_until_done(
    window: CollectionWindow,
    tmp_path: Path,
    qtbot,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    first, second = _imported(window, tmp_path, qtbot, seed=76)
    assert window.withdraw(first, "sent by mistake")
    assert window.withdraw_job is not None
    if isinstance(window.path, Path):  # a server collection has no restore (pg_dump's)
        window.safety.restore_action.trigger()
        assert no_blocking_dialogs[-1][0] == "Not now"
        assert "being withdrawn" in no_blocking_dialogs[-1][1]
    qtbot.waitUntil(lambda: window.withdraw_job is None, timeout=60_000)
    assert _status(window.path, first) == "withdrawn"

    assert window.withdraw(second, "sent twice")
    window.close()  # waits for the withdrawal, then lets go of the lock
    assert window.withdraw_job is None and not window.lock.held
    assert _status(window.path, second) == "withdrawn"
