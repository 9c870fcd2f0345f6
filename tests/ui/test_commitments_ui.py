"""Commitments area journeys: rate by keyboard, the form, guidance, the matrix, frameworks."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from desktop.resource_paths import resources_dir
from desktop.store.models import Action, CommitmentRating, FrameworkFile, Partnership, Person

REAL = (resources_dir() / "frameworks" / "compact-devon-partnership-2008.toml").read_text("utf-8")
# Format 1 rules are tested on the Devon file as it was in format 1 (the built-in is format 2).
FORMAT_1 = (Path(__file__).parents[1] / "domain" / "data" / "devon-format-1.toml").read_text(
    "utf-8"
)
OTHER = Path(__file__).parents[1] / "domain" / "data" / "other-compact.toml"


@pytest.fixture
def seeded(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        a = Partnership(name="Alpha Partnership")
        b = Partnership(name="Beta Forum")
        person = Person(full_name="Priya Shah")
        session.add_all([a, b, person])
        session.flush()
        return {"a": a.id, "b": b.id, "person": person.id}


def _page(main_window):  # type: ignore[no-untyped-def]
    area = main_window.show_area("commitments")
    return area, area.rating_page


def _ratings(database, pid: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        rows = session.execute(
            select(CommitmentRating.clause_ref, CommitmentRating.rating).where(
                CommitmentRating.partnership_id == pid
            )
        )
        return {ref: rating for ref, rating in rows}


def _click_row(qtbot, page, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_rate_all_commitments_by_keyboard(qtbot, seeded, main_window, database) -> None:  # type: ignore[no-untyped-def]
    _area, page = _page(main_window)
    assert page.partnership.currentText() == "Alpha Partnership"
    assert page.model.rowCount() == 27
    _click_row(qtbot, page, 0)
    keys = "1234" * 7
    for key in keys[:27]:
        qtbot.keyClick(page.table, key)
    stored = _ratings(database, seeded["a"])
    scale = ["we_do_this", "could_do_better", "need_help", "not_applicable"]
    refs = [page.model.row(n).ref for n in range(27)]
    assert stored == {ref: scale[n % 4] for n, ref in enumerate(refs)}
    # Shown in words, with the colour beside them.
    index = page.model.index(2, page.model.RATING)
    assert page.model.data(index) == "Need help"
    assert page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    # A number beyond the scale does nothing at all.
    _click_row(qtbot, page, 5)
    before = _ratings(database, seeded["a"])
    qtbot.keyClick(page.table, "7")
    assert _ratings(database, seeded["a"]) == before
    assert page.table.currentIndex().row() == 5
    # 0 clears the current clause.
    _click_row(qtbot, page, 0)
    qtbot.keyClick(page.table, "0")
    assert _ratings(database, seeded["a"])[refs[0]] == ""
    assert page.model.data(page.model.index(0, page.model.RATING)) == "Not rated"
    assert _ratings(database, seeded["b"]) == {}


def test_form_saves_when_leaving_fields_and_makes_an_action(
    qtbot, seeded, main_window, database
) -> None:  # type: ignore[no-untyped-def]
    _area, page = _page(main_window)
    _click_row(qtbot, page, 8)  # 3.1(a)
    assert "3.1(a)" in page.wording.text()
    page.evidence.setFocus()
    qtbot.keyClicks(page.evidence, "Minutes of the March board")
    page.next_action.setFocus()  # leaving the evidence saves it
    with database.session() as session:
        assert session.scalars(select(CommitmentRating.evidence)).one() == (
            "Minutes of the March board"
        )
    qtbot.keyClicks(page.next_action, "Ask for papers earlier")
    page.owner.setCurrentIndex(page.owner.findData(seeded["person"]))
    page.owner.activated.emit(page.owner.currentIndex())
    page.due.setFocus()
    qtbot.keyClicks(page.due, "31/02/2027")
    qtbot.keyClick(page.due, Qt.Key.Key_Return)
    assert "not a real date" in page.problems["due"].text()
    assert page.due.text() == "31/02/2027"  # nothing typed is cleared
    page.due.clear()
    qtbot.keyClicks(page.due, "15/12/2026")
    qtbot.keyClick(page.due, Qt.Key.Key_Return)
    with database.session() as session:
        action = session.scalars(select(Action)).one()
        assert action.source == "commitment"
        assert action.owner_person_id == seeded["person"]
        assert action.due_date == date(2026, 12, 15)
        assert action.description == "3.1(a): Ask for papers earlier"
    row = page.model.row(page.table.currentIndex().row())
    assert (row.ref, row.owner_name, row.next_action) == (
        "3.1(a)",
        "Priya Shah",
        "Ask for papers earlier",
    )


def test_guidance_on_f1_and_button(qtbot, seeded, main_window, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    _area, page = _page(main_window)
    _click_row(qtbot, page, 0)
    qtbot.mouseClick(page.guidance_button, Qt.MouseButton.LeftButton)
    title, text = no_blocking_dialogs[-1]
    assert title.startswith("Guidance: 3(a)")
    assert "Look for a written purpose" in text and "Need help:" in text
    page.table.setFocus()
    main_window.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_F1)
    assert len(no_blocking_dialogs) == 2


def test_matrix_filter_and_csv_export(
    qtbot, seeded, main_window, database, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    area, page = _page(main_window)
    _click_row(qtbot, page, 0)
    qtbot.keyClicks(page.table, "3")  # 3(a): Need help for Alpha
    area.tabs.setCurrentIndex(1)
    matrix = area.matrix_page
    assert matrix.model.rowCount() == 27
    matrix.filter.setCurrentIndex(matrix.filter.findData("need_help"))
    assert matrix.model.rowCount() == 1
    assert matrix.model.headerData(0, Qt.Orientation.Vertical) == "3(a)"
    assert matrix.model.data(matrix.model.index(0, 1)) == "Need help"
    target = tmp_path / "matrix"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(matrix.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader((tmp_path / "matrix.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["Clause", "Commitment", "Alpha Partnership", "Beta Forum"]
    assert rows[1] == ["3(a)", "Everyone agrees the aim", "Need help", ""]


def _import(main_window, monkeypatch, path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    main_window.import_framework_action.trigger()
    job = main_window.framework_import  # the backup and the import run in the background
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)


def _frameworks_stored(database) -> int:  # type: ignore[no-untyped-def]
    """Files imported; a copy of a built-in version kept for its answers is not one."""
    with database.session() as session:
        query = select(func.count()).where(FrameworkFile.origin == "imported")
        return int(session.scalar(query) or 0)


def test_older_answers_keep_their_wording_after_import(
    qtbot, seeded, main_window, database, tmp_path, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    _area, page = _page(main_window)
    _click_row(qtbot, page, 8)
    qtbot.keyClick(page.table, "2")
    newer = tmp_path / "devon-2008.2.toml"
    newer.write_text(
        REAL.replace('version = "2008.1"', 'version = "2008.2"').replace(
            "Value every partner's part", "Respect what each partner brings"
        ),
        "utf-8",
    )
    _import(main_window, monkeypatch, newer, qtbot)
    assert no_blocking_dialogs[-1][0] == "Framework imported"
    assert _frameworks_stored(database) == 1
    backups = main_window.hub.paths.backups
    assert [p for p in backups.iterdir() if "before-import" in p.name], "backed up first"
    row = page.model.row(8)
    assert (row.ref, row.title, row.older_wording, row.version) == (
        "3.1(a)",
        "Value every partner's part",
        True,
        "2008.1",
    )
    assert page.model.data(page.model.index(8, page.model.COMMITMENT)).endswith("†")
    assert page.model.row(9).version == "2008.2"
    _click_row(qtbot, page, 8)
    assert "Answered against version 2008.1" in page.wording.text()
    qtbot.keyClick(page.table, "1")
    assert page.model.row(8).title == "Respect what each partner brings"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda t: t.replace('ref = "3.1(b)"', 'ref = "3.1(a)"'), "used twice"),
        (lambda t: t[: t.index('[[sections]]\nkey = "statutory"')], "missing"),
        (lambda t: t.replace("[[answer_scale.options]]", "[[answer_scales.options]]"), "answer"),
        (lambda t: t.replace("format = 1", "format = 3"), "newer version of Partnerbook"),
        (lambda _t: "junk " * 2_200_000, "too large"),
    ],
)
def test_bad_framework_files_refused_plainly(
    qtbot,
    seeded,
    main_window,
    database,
    tmp_path,
    monkeypatch,
    no_blocking_dialogs,
    change,
    fragment,
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "from-the-cvs.toml"
    bad.write_text(change(FORMAT_1.replace('version = "2008.1"', 'version = "5"')), "utf-8")
    _import(main_window, monkeypatch, bad, qtbot)
    title, text = no_blocking_dialogs[-1]
    assert title == "Framework not imported"
    assert "from-the-cvs.toml" in text and fragment in text and "Nothing was imported" in text
    assert _frameworks_stored(database) == 0


def test_no_backup_no_framework_import(
    qtbot, seeded, main_window, database, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.opening import BackupError
    from desktop.ui import framework_import

    def no_room(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise BackupError("The backups folder is full.")

    monkeypatch.setattr(framework_import, "backup_now", no_room)
    _import(main_window, monkeypatch, OTHER, qtbot)
    assert no_blocking_dialogs[-1] == ("Framework not imported", "The backups folder is full.")
    assert _frameworks_stored(database) == 0


def test_closing_the_window_lets_the_framework_import_finish_and_backs_it_up(
    qtbot, seeded, main_window, database, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3
    import threading

    from desktop.ui import framework_import

    go = threading.Event()
    real = framework_import.import_framework_file

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert go.wait(timeout=30)
        return real(*args, **kwargs)

    monkeypatch.setattr(framework_import, "import_framework_file", held)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(OTHER), ""))
    main_window.import_framework_action.trigger()
    job = main_window.framework_import
    assert not job.finished  # the window answers while the framework is stored
    go.set()
    main_window.close()  # waits for the import, then makes the last backup
    assert job.finished and no_blocking_dialogs[-1][0] == "Framework imported"
    assert _frameworks_stored(database) == 1
    [on_close] = main_window.hub.paths.backups.glob("*on-close*")
    conn = sqlite3.connect(on_close)
    try:
        stored = conn.execute("SELECT count(*) FROM framework_file WHERE origin = 'imported'")
        assert stored.fetchone() == (1,)
    finally:
        conn.close()


def test_no_framework_import_into_a_records_file_replaced_behind_the_window(
    qtbot, seeded, main_window, database, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window.hub, "file_was_replaced", lambda: True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(OTHER), ""))
    main_window.import_framework_action.trigger()
    assert main_window.framework_import is None  # nothing started
    title, text = no_blocking_dialogs[-1]
    assert title == "Not saved" and "replaced or moved by another program" in text
    assert _frameworks_stored(database) == 0
    assert not [p for p in main_window.hub.paths.backups.glob("*before-import*")]


def test_choose_another_framework(qtbot, seeded, main_window, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _import(main_window, monkeypatch, OTHER, qtbot)
    _area, page = _page(main_window)
    index = page.framework_choice.findData("compact-example-partnership-2024")
    assert index >= 0
    page.framework_choice.setCurrentIndex(index)
    page.framework_choice.activated.emit(index)
    with database.session() as session:
        chosen = session.get(Partnership, seeded["a"]).framework_id
    assert chosen == "compact-example-partnership-2024"
    assert page.framework.id == "compact-example-partnership-2024"
    assert "1 = Yes" in page.scale_hint.text()
    _click_row(qtbot, page, 0)
    qtbot.keyClick(page.table, "1")
    assert set(_ratings(database, seeded["a"]).values()) == {"yes"}
