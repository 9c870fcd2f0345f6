"""The register: its model on its own, then the area as a person uses it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.services.register import register_rows
from desktop.store.models import Meeting, Partnership
from desktop.ui.partnerships.register_model import ID_ROLE, RegisterFilter, RegisterModel
from tests.ui.partnership_helpers import choose, press, type_line, when_dialog_opens

NDHWP = "North Devon Health and Wellbeing Partnership"


def names(proxy: RegisterFilter) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_model_columns_sorting_and_filters(demo_database, qapp) -> None:
    conn = sqlite3.connect(demo_database.path)
    model = RegisterModel()
    model.load(conn)
    # Four: the demo's farmers' task force closed and was archived (the filter hides it).
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    row = model.row_of(next(r.id for r in model.rows if r.name == NDHWP))
    assert model.index(row, RegisterModel.STATUS).data() == "Active"
    assert model.index(row, RegisterModel.ROLE).data() == "Member"
    assert "Mental health" in model.index(row, RegisterModel.THEMES).data()
    assert model.index(row, RegisterModel.NEXT_MEETING).data() == "7 Dec 2026"
    assert model.index(row, 0).data(ID_ROLE) == model.rows[row].id

    proxy = RegisterFilter()
    proxy.setSourceModel(model)
    proxy.sort(RegisterModel.NEXT_MEETING, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[0] == NDHWP
    proxy.set_filters(search="torr")  # the area (Torridge) and a name match
    assert sorted(names(proxy)) == [NDHWP, "Torridge Rural Transport Forum"]
    proxy.set_filters(search="young people")  # a theme
    assert names(proxy) == ["Holsworthy Youth Hub Steering Group"]
    proxy.set_filters(search="", status="considering")
    assert names(proxy) == ["Holsworthy Youth Hub Steering Group"]
    proxy.set_filters(status="", role="lead_partner")
    assert names(proxy) == ["Torridge Rural Transport Forum"]
    proxy.set_filters(role="", theme="Housing")
    assert names(proxy) == [NDHWP]
    conn.close()


def test_archived_rows_are_hidden_unless_asked_for(demo_database, qapp) -> None:
    conn = sqlite3.connect(demo_database.path)
    conn.execute("UPDATE partnership SET archived_at = '2026-01-01' WHERE name LIKE 'Torridge%'")
    conn.commit()
    model = RegisterModel()
    model.load(conn)
    proxy = RegisterFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2
    proxy.set_filters(show_archived=True)
    assert "Torridge Rural Transport Forum (archived)" in names(proxy)
    conn.close()


def test_review_band_column_comes_from_the_latest_finished_review(demo_database, qapp) -> None:
    conn = sqlite3.connect(demo_database.path)
    rows = {r.name: r for r in register_rows(conn)}
    model = RegisterModel()
    model.load(conn)
    for number, row in enumerate(model.rows):
        shown = model.index(number, RegisterModel.REVIEW).data()
        assert shown == rows[row.name].review_band
    assert any(r.review_band for r in rows.values())  # the demo has a finished review
    conn.close()


def test_empty_register_offers_to_add_the_first_partnership(main_window, qtbot) -> None:
    area = main_window.show_area("partnerships")
    assert area.stack.currentWidget() is area.empty
    assert area.empty.button is not None

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        type_line(qtbot, dialog.form.widgets["name"], "Holsworthy Youth Hub")
        # Return in the name field saves the dialog (OK is the default button).

    when_dialog_opens(qtbot, fill)
    press(qtbot, area.empty.button)
    assert area.stack.currentWidget() is area.page
    assert area.page.heading.text() == "Holsworthy Youth Hub"
    press(qtbot, area.page.back_button)
    assert names(area.proxy) == ["Holsworthy Youth Hub"]


def test_ctrl_n_adds_and_a_bad_name_keeps_the_dialog_open(main_window, database, qtbot) -> None:
    main_window.activateWindow()
    seen: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        ok = dialog.buttons.buttons()[0]
        press(qtbot, ok)  # nothing typed
        seen.append(dialog.form.problem_text("name"))
        seen.append(dialog.summary.text())
        assert dialog.isVisible()
        type_line(qtbot, dialog.form.widgets["short_name"], "TRTF")
        choose(qtbot, dialog.form.widgets["status"], "Considering")
        type_line(qtbot, dialog.form.widgets["name"], "Transport Forum")

    when_dialog_opens(qtbot, fill)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Give the partnership a name.", "⚠ Please put right the problem shown below."]
    with database.session() as s:
        p = s.scalars(select(Partnership)).one()
        assert (p.name, p.short_name, p.status) == ("Transport Forum", "TRTF", "considering")


def test_duplicate_name_is_refused_and_what_was_typed_stays(demo_database, main_window, qtbot):  # type: ignore[no-untyped-def]
    area = main_window.show_area("partnerships")
    seen: list[tuple[str, str]] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        type_line(qtbot, dialog.form.widgets["name"], "torridge rural  transport forum")
        seen.append((dialog.form.problem_text("name"), dialog.form.widgets["name"].text()))
        dialog.reject()

    when_dialog_opens(qtbot, fill)
    press(qtbot, area.add_button)
    assert "already a partnership called" in seen[0][0]
    assert seen[0][1] == "torridge rural  transport forum"


def test_search_filters_archive_restore_delete_and_undo(demo_database, main_window, qtbot):  # type: ignore[no-untyped-def]
    area = main_window.show_area("partnerships")
    qtbot.keyClicks(area.search, "north devon")
    assert names(area.proxy) == [NDHWP]
    assert area.count_label.text() == "Showing 1 of 4"  # with the archived task force
    area.search.clear()
    choose(qtbot, area.role_filter, "Lead partner")
    assert names(area.proxy) == ["Torridge Rural Transport Forum"]
    choose(qtbot, area.role_filter, "Any role")

    area.table.setFocus()
    area._select(next(r.id for r in area.model.rows if r.name == NDHWP))
    press(qtbot, area.archive_button)
    assert NDHWP not in names(area.proxy)
    press(qtbot, area.show_archived)
    assert f"{NDHWP} (archived)" in names(area.proxy)
    area._select(next(r.id for r in area.model.rows if r.name == NDHWP))
    assert area.archive_button.text() == "&Restore"
    press(qtbot, area.archive_button)
    assert NDHWP in names(area.proxy)

    with demo_database.session() as s:
        meetings_before = s.scalar(select(func.count()).select_from(Meeting))
    area._select(next(r.id for r in area.model.rows if r.name == NDHWP))
    press(qtbot, area.delete_button)  # the question is answered Yes by the fixture
    assert NDHWP not in names(area.proxy) and area.undo_button.isVisible()
    press(qtbot, area.undo_button)
    assert NDHWP in names(area.proxy) and not area.undo_button.isVisible()
    with demo_database.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == meetings_before
    assert area.current_id() is not None


def test_delete_asks_first_and_no_means_nothing_happens(
    demo_database, main_window, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def say_no(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    area = main_window.show_area("partnerships")
    area._select(area.model.rows[0].id)
    press(qtbot, area.delete_button)
    assert "undo" in asked[0] and area.proxy.rowCount() == 3


def test_the_register_opens_without_loading_the_orm(tmp_path) -> None:
    """The register is on the start-up path; SQLAlchemy is imported only when editing."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\nimport desktop.ui.partnerships.register\nprint('sqlalchemy' in sys.modules)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
