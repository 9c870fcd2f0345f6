"""How it is run, items 6-9, through the real widgets of a partnership's page: structure
(a loop is never offered, and a stale choice is refused in words), the registers, reporting
back and closing, each saved as the person leaves the field; a closed partnership's other
tabs turn read-only and come back on reopening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.governance import structure
from desktop.services.partnerships import create_partnership
from desktop.services.seats import update_seat
from desktop.store.models import (
    Closure,
    Disagreement,
    LearningEntry,
    Partnership,
    ReportBack,
    Risk,
    Seat,
)
from tests.ui.partnership_helpers import choose, press, type_line, type_text


@pytest.fixture
def page(database, main_window, qtbot):  # type: ignore[no-untyped-def]
    with database.session() as s:
        board = create_partnership(s, PartnershipInput(name="City Partnership Board")).id
        pid = create_partnership(s, PartnershipInput(name="Homelessness Task Force")).id
        below = create_partnership(s, PartnershipInput(name="Rough Sleeping Working Group")).id
        structure.set_parent(s, below, pid)
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    page = area.page
    page.pid, page.board, page.below = pid, board, below
    return page


def run_section(page, key: str):  # type: ignore[no-untyped-def]
    page.show_section("run")
    return page.run.show_section(key)


def status(main_window) -> str:  # type: ignore[no-untyped-def]
    return main_window.statusBar().currentMessage()


def test_structure_sits_under_its_board_and_never_under_its_own_sub_group(
    page, database, main_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    section = run_section(page, "structure")
    offered = [section.parent_box.itemText(i) for i in range(section.parent_box.count())]
    assert "Rough Sleeping Working Group" not in offered  # under it already: a loop
    assert "Homelessness Task Force" not in offered  # itself
    assert section.children_label.text() == "Rough Sleeping Working Group"
    choose(qtbot, section.parent_box, "City Partnership Board")  # the arrows choose it
    type_text(qtbot, section.form.widgets["goal"], "Nobody sleeps rough in the city")
    with database.session() as s:
        p = s.get_one(Partnership, page.pid)
        assert (p.parent_id, p.goal) == (page.board, "Nobody sleeps rough in the city")
    choose(qtbot, section.parent_box, "Nothing: it is at the top")
    with database.session() as s:
        assert s.get_one(Partnership, page.pid).parent_id is None
    # Meanwhile the board was put under the task force's own working group (say, by an
    # import): choosing the board now is refused in plain words and nothing changes.
    with database.session() as s:
        s.get_one(Partnership, page.board).parent_id = page.below
    choose(qtbot, section.parent_box, "City Partnership Board")
    assert "go round in a circle" in section.parent_problem.text()
    assert "Not saved: Sits under" in status(main_window)
    with database.session() as s:
        assert s.get_one(Partnership, page.pid).parent_id is None


def test_registers_save_as_each_field_is_left_and_refuse_bad_dates(
    page, database, main_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    section = run_section(page, "registers")
    risks = section.views["risk"]
    press(qtbot, risks.add_button)
    type_text(qtbot, risks.form.widgets["description"], "Council funding ends in March")
    choose(qtbot, risks.form.widgets["likelihood"], "4 — high")
    choose(qtbot, risks.form.widgets["impact"], "5 — very high")
    type_line(qtbot, risks.form.widgets["owner_label"], "Chair")
    type_line(qtbot, risks.form.widgets["review_date"], "31/01/2027")
    assert "score 20 of 25" in risks.list.item(0).text()
    disagreements = section.views["disagreement"]
    press(qtbot, disagreements.add_button)
    type_line(qtbot, disagreements.form.widgets["raised_on"], "01/06/2026")
    type_line(qtbot, disagreements.form.widgets["resolved_on"], "01/05/2026")
    assert "resolved before it was raised" in disagreements.form.problem_text("resolved_on")
    learning = section.views["learning_entry"]
    press(qtbot, learning.add_button)
    type_text(qtbot, learning.form.widgets["learned"], "Meet in the evening")
    type_line(qtbot, learning.form.widgets["shared_with"], "The forum")
    with database.session() as s:
        risk = s.scalars(select(Risk)).one()
        assert (risk.likelihood, risk.impact, risk.owner_label, risk.review_date) == (
            4,
            5,
            "Chair",
            date(2027, 1, 31),
        )
        assert s.scalars(select(Disagreement)).one().resolved_on is None  # refused: not kept
        entry = s.scalars(select(LearningEntry)).one()
        assert (entry.learned, entry.shared_with) == ("Meet in the evening", "The forum")


def test_reporting_back_shows_the_next_one_due(page, database, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        update_seat(s, page.pid, {"report_back_to": "Our members"})
    section = run_section(page, "reporting")
    section.load(page.pid)  # as when the partnership is opened again after the seat changed
    choose(qtbot, section.every, "Every three months")
    press(qtbot, section.view.add_button)
    type_line(qtbot, section.view.form.widgets["reported_on"], "02/03/2026")
    type_line(qtbot, section.view.form.widgets["to_whom"], "Members' meeting")
    with database.session() as s:
        seat = s.scalars(select(Seat).where(Seat.partnership_id == page.pid)).one()
        assert seat.report_back_every == "quarterly"
        report = s.scalars(select(ReportBack)).one()
        assert (report.reported_on, report.to_whom) == (date(2026, 3, 2), "Members' meeting")
    # Worked out again as the report back was saved: three months after it.
    assert section.next_due.text() == "2 Jun 2026"


def test_closing_makes_the_record_read_only_until_reopened(
    page, database, main_window, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    section = run_section(page, "closing")
    type_text(qtbot, section.form.widgets["reason"], "")
    type_line(qtbot, section.form.widgets["closed_on"], "31/10/2026")
    press(qtbot, section.close_button)
    assert "Say why it closed" in section.form.problem_text("reason")
    with database.session() as s:
        assert s.scalars(select(Closure)).all() == []  # nothing half-closed
    type_text(qtbot, section.form.widgets["reason"], "The task is done")
    type_text(qtbot, section.form.widgets["money_after"], "Returned to the council")
    press(qtbot, section.close_button)
    assert no_blocking_dialogs[-1][0] == "Close it?"
    with database.session() as s:
        p = s.get_one(Partnership, page.pid)
        assert (p.status, p.end_date) == ("ended", date(2026, 10, 31))
        assert s.scalars(select(Closure.money_after)).one() == "Returned to the council"
    assert page.closed_note.isVisible() and "31 Oct 2026" in page.closed_note.text()
    overview = page.show_section("overview")
    name = overview.form.widgets["name"]
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    assert not overview.form.widgets["status"].isEnabled()
    meetings = page.show_section("meetings")
    assert not meetings.findChildren(type(section.close_button))[0].isEnabled()
    # The closing note stays open: lessons are often written afterwards.
    section = run_section(page, "closing")
    type_text(qtbot, section.form.widgets["lessons"], "Plan the ending from the start")
    with database.session() as s:
        assert s.scalars(select(Closure.lessons)).one() == "Plan the ending from the start"
    press(qtbot, section.reopen_button)
    with database.session() as s:
        assert s.get_one(Partnership, page.pid).status == "active"
    assert not page.closed_note.isVisible()
    overview = page.show_section("overview")
    assert not overview.form.widgets["name"].isReadOnly()
    assert overview.form.widgets["status"].isEnabled()


def test_each_run_section_names_its_controls_and_keys(page, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The tab's walk in test_accessibility sees only the first section; these are each
    shown in turn, with rows in every register so every form is on screen."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.a11y_walk import mnemonic_clashes, unnamed_controls

    registers = run_section(page, "registers")
    for view in registers.views.values():
        press(qtbot, view.add_button)
    problems: list[str] = []
    for key in ("structure", "registers", "reporting", "closing"):
        run_section(page, key)
        QApplication.processEvents()
        problems += [f"{key}: {p}" for p in unnamed_controls(main_window)]
        problems += [f"{key}: {p}" for p in mnemonic_clashes(main_window)]
    assert not problems, "\n".join(problems)


def test_the_register_shows_sub_groups_under_their_board(page, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.partnerships.register_model import RegisterModel

    area = main_window.show_area("partnerships")
    area.page.go_back()  # back to the register, read afresh
    names = [
        area.proxy.index(row, RegisterModel.NAME).data() for row in range(area.proxy.rowCount())
    ]
    task_force = names.index("Homelessness Task Force")
    assert names[task_force + 1] == "↳ Rough Sleeping Working Group"


def test_a_closed_partnership_s_sections_name_their_keys(page, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.a11y_walk import mnemonic_clashes, unnamed_controls

    section = run_section(page, "closing")
    type_text(qtbot, section.form.widgets["reason"], "Done")
    press(qtbot, section.close_button)
    assert section.reopen_button.isVisible()
    problems = [*unnamed_controls(main_window), *mnemonic_clashes(main_window)]
    assert not problems, "\n".join(problems)
