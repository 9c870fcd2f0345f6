"""A backup is made before every import into the group database (window and command line)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.store.backup import find_backups
from tests.ui.test_import_dialog import CSV_TEXT, choose_file, open_from_menu


def partnership_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM partnership ORDER BY name")]
    finally:
        conn.close()


def test_the_import_wizard_backs_up_first(main_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "partnerships.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    paths = main_window.hub.paths
    [backup] = find_backups(paths.backups, "partnerbook")
    assert backup.reason == "before-import"
    assert partnership_names(backup.path) == []  # the state from before the import
    assert partnership_names(paths.database) == ["Food Network", "Transport Forum"]


def test_import_partnerships_on_the_command_line_backs_up_first(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.paths import resolve

    path = tmp_path / "partnerships.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    assert main(["import-partnerships", str(path)]) == 0
    paths = resolve(data_dir)
    reasons = [b.reason for b in find_backups(paths.backups, "partnerbook")]
    assert reasons == ["before-import"]
    assert main(["import-partnerships", str(path), "--dry-run"]) in (0, 1)
    assert len(find_backups(paths.backups, "partnerbook")) == 1  # a dry run changes nothing
