"""Nothing typed is silently lost: a field that cannot be saved keeps its text and says why,
the others save on their own, and leaving with unsaved text asks first (issue 21, item 1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import create_partnership
from desktop.store.models import FundingLine, Partnership, Seat
from tests.ui.partnership_helpers import choose, focus, press, type_line, type_text


@pytest.fixture
def area(database, main_window):  # type: ignore[no-untyped-def]
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    area.pid = pid
    return area


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """Answer "Leave without saving?" with each answer in turn, and keep what was asked."""
    asked: list[str] = []
    queue: list[QMessageBox.StandardButton] = []

    def question(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(f"{title}\n{text}")
        return queue.pop(0) if queue else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, queue


def status(main_window) -> str:  # type: ignore[no-untyped-def]
    return main_window.statusBar().currentMessage()


def test_time_limited_without_an_end_date_does_not_hold_back_the_other_fields(
    area, database, main_window, qtbot, answers
) -> None:
    asked, queue = answers
    form = area.page.overview.form
    w = form.widgets
    choose(qtbot, w["duration"], "Time-limited")
    why = "A time-limited partnership needs an end date."
    assert form.problem_text("duration") == why  # beside the field that was not saved
    assert form.problem_text("end_date") == why  # and beside the one it needs
    type_line(qtbot, w["meeting_frequency"], "Every two months")
    assert status(main_window).startswith("Saved, except Ongoing or time-limited")
    assert why in status(main_window)
    type_line(qtbot, w["next_meeting"], "14/12/2026")
    with database.session() as s:
        p = s.get_one(Partnership, area.pid)
        assert (p.meeting_frequency, p.next_meeting, p.duration) == (
            "Every two months",
            date(2026, 12, 14),
            "ongoing",
        )
    assert w["duration"].currentText() == "Time-limited"  # what was chosen is kept

    queue.append(QMessageBox.StandardButton.No)  # stay
    press(qtbot, area.page.back_button)
    assert len(asked) == 1 and "Ongoing or time-limited" in asked[0] and why in asked[0]
    assert area.stack.currentWidget() is area.page

    queue.append(QMessageBox.StandardButton.No)
    main_window.show_area("commitments")  # another area: asked again, and stays
    assert len(asked) == 2
    assert main_window.current_area_key() == "partnerships"

    type_line(qtbot, w["end_date"], "31/3/2028")  # put right: both are saved now
    assert form.problem_text("duration") == form.problem_text("end_date") == ""
    assert status(main_window) == "Saved"
    with database.session() as s:
        p = s.get_one(Partnership, area.pid)
        assert (p.duration, p.end_date) == ("time_limited", date(2028, 3, 31))
    press(qtbot, area.page.back_button)
    assert len(asked) == 2  # nothing unsaved: not asked
    assert area.stack.currentWidget() is area.register_page


def test_leaving_without_saving_then_reopening_shows_what_was_stored(
    area, database, main_window, qtbot, answers
) -> None:
    asked, _queue = answers
    form = area.page.overview.form
    w = form.widgets
    type_line(qtbot, w["name"], "")
    type_line(qtbot, w["area"], "Holsworthy")
    type_text(qtbot, w["purpose"], "Youth work in the town.")
    assert form.problem_text("name") == "Give the partnership a name."
    assert w["name"].text() == ""
    press(qtbot, area.page.back_button)  # answered Yes: leave without it
    assert "Name" in asked[0]
    assert area.stack.currentWidget() is area.register_page
    area.open_partnership(area.pid)
    assert (w["name"].text(), w["area"].text()) == ("Youth Hub", "Holsworthy")
    assert w["purpose"].toPlainText() == "Youth work in the town."
    assert form.problem_text("name") == ""


def test_closing_the_window_with_unsaved_text_asks_first(area, main_window, qtbot, answers) -> None:
    asked, queue = answers
    type_line(qtbot, area.page.overview.form.widgets["start_date"], "31/02/2026")
    queue.append(QMessageBox.StandardButton.No)
    assert not main_window.close()
    assert "Start date" in asked[0] and "not a real date" in asked[0]
    assert main_window.close()  # answered Yes the second time


def test_every_form_keeps_one_bad_field_and_saves_the_others(
    area, database, main_window, qtbot, answers
) -> None:
    asked, _queue = answers
    page = area.page
    # Our seat: a date that cannot be read, a name that can.
    seat = page.show_section("seat").form
    type_line(qtbot, seat.widgets["induction_date"], "soon")
    assert status(main_window).startswith("Not saved: Induction date: ")
    assert seat.problem_text("induction_date") in status(main_window)
    type_line(qtbot, seat.widgets["report_back_to"], "Trustees")
    # The plan: the budget's amount is refused, its notes are kept; a funding line's end
    # date is before its start, its source is kept.
    plan = page.show_section("plan")
    plan.setCurrentIndex(4)
    budget = plan.budget
    choose(qtbot, budget.widgets["has_vcs_budget"], "Yes")
    type_line(qtbot, budget.widgets["vcs_budget_pence"], "-3")
    assert status(main_window).startswith("Not saved: How much: ")
    type_text(qtbot, budget.widgets["vcs_budget_notes"], "Asked at the March meeting.")
    press(qtbot, plan.funding.add_button)
    fund = plan.funding.form
    type_line(qtbot, fund.widgets["start_date"], "1/4/2027")
    type_line(qtbot, fund.widgets["end_date"], "1/4/2026")
    assert status(main_window) == "Not saved: Ends: " + fund.problem_text("end_date")
    type_line(qtbot, fund.widgets["source"], "Lottery")
    press(qtbot, page.back_button)
    said = asked[0]
    for field in ("Induction date", "How much", "Ends"):
        assert field in said
    for field in ("Who we report back to", "Notes about the budget", "Where the money"):
        assert field not in said
    with database.session() as s:
        stored_seat = s.scalars(select(Seat).where(Seat.partnership_id == area.pid)).one()
        assert (stored_seat.report_back_to, stored_seat.induction_date) == ("Trustees", None)
        p = s.get_one(Partnership, area.pid)
        assert (p.has_vcs_budget, p.vcs_budget_notes) == (True, "Asked at the March meeting.")
        line = s.scalars(select(FundingLine)).one()
        assert (line.source, line.start_date, line.end_date) == (
            "Lottery",
            date(2027, 4, 1),
            None,
        )
    area.open_partnership(area.pid)
    assert page.show_section("seat").form.widgets["report_back_to"].text() == "Trustees"
    assert page.seat.form.widgets["induction_date"].text() == ""


def test_text_still_being_typed_is_checked_when_leaving_by_alt_left(
    area, database, qtbot, answers
) -> None:
    asked, queue = answers
    form = area.page.overview.form
    line = form.widgets["start_date"].line
    focus(qtbot, line)
    qtbot.keyClicks(line, "31/02/2026")  # no Return, no Tab
    queue.append(QMessageBox.StandardButton.No)  # stay and put it right
    qtbot.keyClick(line, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert "Start date" in asked[0] and "not a real date" in asked[0]
    assert area.stack.currentWidget() is area.page
    assert line.text() == "31/02/2026"
    type_line(qtbot, form.widgets["start_date"], "28/02/2026")
    qtbot.keyClick(line, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert area.stack.currentWidget() is area.register_page
    assert len(asked) == 1
    with database.session() as s:
        assert s.get_one(Partnership, area.pid).start_date == date(2026, 2, 28)


def test_choosing_another_row_with_unsaved_text_asks_first(area, database, qtbot, answers) -> None:
    asked, queue = answers
    plan = area.page.show_section("plan")
    plan.setCurrentIndex(4)
    funding = plan.funding
    press(qtbot, funding.add_button)
    type_line(qtbot, funding.form.widgets["source"], "Lottery")
    press(qtbot, funding.add_button)
    type_line(qtbot, funding.form.widgets["source"], "Council grant")
    type_line(qtbot, funding.form.widgets["amount_pence"], "lots")
    assert asked == []  # a row whose fields all saved is left without a question
    queue.append(QMessageBox.StandardButton.No)
    funding.list.setCurrentRow(0)  # back to "Lottery": asked, and stays
    assert "Amount" in asked[0] and "Council grant" in asked[0]
    assert funding.list.currentRow() == 1
    assert funding.form.widgets["amount_pence"].text() == "lots"
    queue.append(QMessageBox.StandardButton.No)
    press(qtbot, funding.add_button)  # adding another leaves it too
    assert len(asked) == 2 and funding.list.count() == 2
    funding.list.setCurrentRow(0)  # answered Yes: leave it unsaved
    assert funding.form.widgets["source"].text() == "Lottery"
    with database.session() as s:
        lines = s.scalars(select(FundingLine).order_by(FundingLine.id)).all()
        assert [(f.source, f.amount_pence) for f in lines] == [("Lottery", 0), ("Council grant", 0)]
