"""The import wizard, driven as a person would: File menu, choose, match columns, import."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from desktop.ui.import_dialog import COLUMNS_PAGE, FILE_PAGE, PREVIEW_PAGE, ImportDialog

CSV_TEXT = (
    "Partnership,Status,Start,Partners\n"
    "Food Network,Active,01/04/2025,Devon County Council (statutory); Food Bank\n"
    "Transport Forum,Considering,,\n"
)


def names_in(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM partnership ORDER BY name")]
    finally:
        conn.close()


def open_from_menu(main_window, qtbot) -> ImportDialog:  # type: ignore[no-untyped-def]
    main_window.import_spreadsheet_action.trigger()
    dialog = main_window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def choose_file(monkeypatch: pytest.MonkeyPatch, dialog: ImportDialog, path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Spreadsheets"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)


def test_import_a_csv_from_the_file_menu(
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:
    path = tmp_path / "our partnerships.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    assert (
        main_window.import_spreadsheet_action.text() == "Import &partnerships from a spreadsheet…"
    )
    choose_file(monkeypatch, dialog, path, qtbot)
    assert dialog.pages.currentIndex() == COLUMNS_PAGE
    assert [box.currentText() for box in dialog.column_boxes] == [
        "Name",
        "Status",
        "Start date",
        "Partners",
    ]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    assert "Ready to import: 2 rows, with no problems." in dialog.preview_summary.text()
    assert dialog.import_button.text() == "&Import 2 partnerships"
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names_in(main_window.hub.paths.database) == ["Food Network", "Transport Forum"]
    assert no_blocking_dialogs[-1] == (
        "Import finished",
        "Imported 2 partnerships from our partnerships.csv.",
    )


def test_bad_dates_show_on_their_row_and_nothing_is_written_until_chosen(
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(CSV_TEXT + "Youth Hub,Active,31/02/2026,\nFood network,,,\n", encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    model = dialog.preview_model
    problems = [model.data(model.index(r, model.PROBLEMS)) for r in range(model.rowCount())]
    assert problems[:2] == ["Ready to import", "Ready to import"]
    assert problems[2] == "Start date: '31/02/2026' is not a real date."
    assert problems[3] == "The same partnership is on row 2 too. Keep one of them."
    assert model.data(model.index(2, model.NAME), Qt.ItemDataRole.BackgroundRole) is not None
    assert "Rows with problems: 2 of 4" in dialog.preview_summary.text()
    assert not dialog.import_button.isEnabled()
    assert names_in(main_window.hub.paths.database) == []
    dialog.skip_bad.setFocus()
    qtbot.keyClick(dialog.skip_bad, Qt.Key.Key_Space)
    assert dialog.skip_bad.isChecked()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names_in(main_window.hub.paths.database) == ["Food Network", "Transport Forum"]
    # Issue 21: "Rows left out: 2" read as two rows; it says how many, then which.
    _title, text = no_blocking_dialogs[-1]
    assert "2 rows with problems left out: spreadsheet rows " in text


def test_a_file_that_is_not_a_workbook_says_so_and_keeps_what_was_typed(
    main_window, qtbot, tmp_path
) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook")
    dialog = open_from_menu(main_window, qtbot)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == FILE_PAGE
    assert dialog.file_error.isVisible()
    assert "“fake.xlsx” cannot be imported: it is not an Excel workbook" in dialog.file_error.text()
    assert dialog.path_edit.text() == str(path)
    assert names_in(main_window.hub.paths.database) == []
    # Issue 21: the message goes as soon as the file name is changed, not on the next try.
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Backspace)
    assert not dialog.file_error.isVisible()


def test_choosing_the_name_column_by_hand(main_window, qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "odd.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Group title", "Colour", "Began"])
    book.active.append(["Village Hall Forum", "red", date(2024, 5, 1)])
    book.save(path)
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    assert [b.currentText() for b in dialog.column_boxes] == [
        "Do not import",
        "Do not import",
        "Start date",
    ]
    assert not dialog.next_button.isEnabled()
    assert "No column holds the partnership name" in dialog.columns_message.text()
    assert "Not imported: Group title, Colour." in dialog.columns_message.text()
    box = dialog.column_boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, "Name")
    assert box.currentText() == "Name" and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.text() == "&Import 1 partnership"
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    conn = sqlite3.connect(main_window.hub.paths.database)
    row = conn.execute("SELECT name, start_date FROM partnership").fetchone()
    conn.close()
    assert row == ("Village Hall Forum", "2024-05-01")


def test_back_goes_back_and_cancel_writes_nothing(
    main_window, qtbot, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "ours.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FILE_PAGE
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert names_in(main_window.hub.paths.database) == []


def test_every_control_has_a_name(hub, qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "ours.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = ImportDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_file(monkeypatch, dialog, path, qtbot)
    for page in (FILE_PAGE, COLUMNS_PAGE, PREVIEW_PAGE):
        if page == PREVIEW_PAGE:
            dialog.show_preview()
        dialog.pages.setCurrentIndex(page)
        buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        for widget in dialog.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
                continue
            if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea"):
                continue
            if widget.inherits("QScrollBar") or widget.inherits("QScrollArea"):
                continue
            named = widget.accessibleName() or widget in buddies
            named = named or (widget.inherits("QAbstractButton") and widget.text())
            assert named, widget


def test_save_a_template(hub, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(hub)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(hub.saved, timeout=2000):
        qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target).active
    assert sheet.cell(1, 1).value == "Name" and sheet.max_row == 3


def test_a_template_not_saved_says_why_in_the_savers_words(  # type: ignore[no-untyped-def]
    hub, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:
    target = tmp_path / "gone" / "template.csv"  # a folder that is not there (a USB stick out)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(hub)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs == [
        (
            "Template not saved",
            f"The folder {target.parent} does not exist, so template.csv was not saved. "
            "Choose a folder that does, and try again.",
        )
    ]
    assert not target.parent.exists()


def _to_preview(main_window, qtbot, tmp_path, monkeypatch) -> ImportDialog:  # type: ignore[no-untyped-def]
    path = tmp_path / "our partnerships.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    return dialog


def test_the_rows_are_stored_in_the_background_and_the_dialog_waits_for_them(
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from desktop.ui import import_dialog

    go = threading.Event()
    real = import_dialog.import_partnerships

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert go.wait(timeout=30)  # the test decides when the storing may finish
        return real(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_partnerships", held)
    dialog = _to_preview(main_window, qtbot, tmp_path, monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The window still answers: it shows the work and will not close half-way.
    assert dialog.progress.isVisible() and "Importing 2 partnerships" in dialog.busy_label.text()
    assert not dialog.cancel_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    assert names_in(main_window.hub.paths.database) == []
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        go.set()
    assert names_in(main_window.hub.paths.database) == ["Food Network", "Transport Forum"]
    assert no_blocking_dialogs[-1][0] == "Import finished"


@pytest.mark.parametrize(
    ("problem", "told"),
    [
        ("refused", "Food Network is already in your records"),
        ("disk full", "The disk is full"),
        ("our bug", "could not be finished because of an unexpected error (RuntimeError)"),
    ],
)
def test_a_refused_or_failed_import_says_why_and_adds_nothing(
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs, problem: str, told: str
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.spreadsheet_import import ImportRefused
    from desktop.ui import import_dialog

    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        if problem == "refused":
            raise ImportRefused("Food Network is already in your records. Nothing was added.")
        if problem == "our bug":
            raise RuntimeError("boom")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(import_dialog, "import_partnerships", fail)
    dialog = _to_preview(main_window, qtbot, tmp_path, monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "Nothing was imported" and told in text
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert names_in(main_window.hub.paths.database) == []


def test_no_backup_no_import(  # type: ignore[no-untyped-def]
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:
    """The backup before the import runs in the background too; if it fails, nothing is added."""
    from desktop.services.opening import BackupError
    from desktop.ui import import_dialog

    def no_room(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise BackupError("The backups folder is full.")

    monkeypatch.setattr(import_dialog, "backup_now", no_room)
    dialog = _to_preview(main_window, qtbot, tmp_path, monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert no_blocking_dialogs[-1] == ("Nothing was imported", "The backups folder is full.")
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert names_in(main_window.hub.paths.database) == []


def test_one_row_left_out_is_said_as_one_row(
    main_window, qtbot, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:
    """Issue 21: one bad row (row 4) was reported as "Rows left out: 4"."""
    path = tmp_path / "one-bad.csv"
    path.write_text(CSV_TEXT + "Youth Hub,Active,31/02/2026,\n", encoding="utf-8")
    dialog = open_from_menu(main_window, qtbot)
    choose_file(monkeypatch, dialog, path, qtbot)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "Rows with problems: 1 of 3" in dialog.preview_summary.text()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.text() == "&Import 2 partnerships"
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs[-1][1] == (
        "Imported 2 partnerships from one-bad.csv. 1 row with problems left out: spreadsheet row 4."
    )
