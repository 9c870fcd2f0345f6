"""Recording a whole partnership as a volunteer would, by keyboard, then checking the store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import create_partnership
from desktop.store.models import (
    Action,
    AimOutput,
    Attendance,
    FundingLine,
    Meeting,
    Milestone,
    Outcome,
    Partner,
    Partnership,
    Person,
    Priority,
    Representative,
    Seat,
    Stakeholder,
)
from tests.ui.partnership_helpers import choose, focus, press, type_line, type_text


@pytest.fixture
def page(database, main_window, qtbot):  # type: ignore[no-untyped-def]
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    page = area.page
    page.pid = pid
    return page


def saved(main_window) -> str:  # type: ignore[no-untyped-def]
    return main_window.statusBar().currentMessage()


def test_overview_by_keyboard(page, database, main_window, qtbot) -> None:
    form = page.overview.form
    w = form.widgets
    type_line(qtbot, w["short_name"], "YH")
    assert saved(main_window) == "Saved"
    choose(qtbot, w["status"], "Considering")
    type_text(qtbot, w["purpose"], "A youth hub in Holsworthy.\nRun by local clubs.")
    type_text(qtbot, w["current_focus"], "Deciding whether to join.")
    themes = page.overview.themes
    focus(qtbot, themes.list)
    themes.list.setCurrentRow(6)  # Skills
    qtbot.keyClick(themes.list, Qt.Key.Key_Space)
    type_line(qtbot, themes.own, "Food poverty")
    choose(qtbot, w["scale"], "Town")
    type_line(qtbot, w["area"], "Holsworthy")
    choose(qtbot, w["formality"], "Formal")
    choose(qtbot, w["basis"], "Contractual")
    type_line(qtbot, w["start_date"], "1/2/2027")
    choose(qtbot, w["duration"], "Time-limited")
    assert form.problem_text("end_date") == "A time-limited partnership needs an end date."
    type_line(qtbot, w["end_date"], "31 Jan 2030")
    assert form.problem_text("end_date") == ""
    type_line(qtbot, w["lead_body"], "Torridge District Council")
    type_line(qtbot, w["fundholder"], "Torridge District Council")
    type_line(qtbot, w["meeting_frequency"], "Monthly")
    type_line(qtbot, w["next_meeting"], "14/12/2026")
    type_line(qtbot, w["papers_location"], "https://example.org/papers")
    with database.session() as s:
        p = s.get_one(Partnership, page.pid)
        assert (p.short_name, p.status, p.scale, p.formality, p.basis, p.duration) == (
            "YH",
            "considering",
            "town",
            "formal",
            "contractual",
            "time_limited",
        )
        assert p.purpose == "A youth hub in Holsworthy.\nRun by local clubs."
        assert (p.start_date, p.end_date, p.next_meeting) == (
            date(2027, 2, 1),
            date(2030, 1, 31),
            date(2026, 12, 14),
        )
        assert [t.theme for t in p.themes] == ["Skills", "Food poverty"]
        assert p.papers_location == "https://example.org/papers"
    assert page.overview.joining_box.isVisible()  # considering: the joining check shows


def test_overview_bad_input_is_shown_and_kept(page, database, qtbot) -> None:
    form = page.overview.form
    w = form.widgets
    type_line(qtbot, w["start_date"], "31/02/2026")
    assert "not a real date" in form.problem_text("start_date")
    assert w["start_date"].text() == "31/02/2026"
    type_line(qtbot, w["start_date"], "1/3/2026")
    type_line(qtbot, w["end_date"], "1/1/2026")
    assert form.problem_text("end_date") == "The end date is before the start date."
    assert w["end_date"].text() == "1 Jan 2026"  # read, shown plainly, not saved
    type_line(qtbot, w["name"], "")
    assert form.problem_text("name") == "Give the partnership a name."
    with database.session() as s:
        p = s.get_one(Partnership, page.pid)
        assert (p.name, p.start_date, p.end_date) == ("Youth Hub", date(2026, 3, 1), None)
    type_line(qtbot, w["name"], "Youth Hub Steering Group")
    type_line(qtbot, w["end_date"], "1/1/2029")
    assert page.heading.text() == "Youth Hub Steering Group"
    with database.session() as s:
        p = s.get_one(Partnership, page.pid)
        assert (p.name, p.end_date) == ("Youth Hub Steering Group", date(2029, 1, 1))


def test_partners_and_stakeholders(page, database, qtbot) -> None:
    page.show_section("partners")
    tab = page.partners
    type_text(qtbot, tab.quick, "Torridge District Council - statutory\nPetroc - nonsense")
    press(qtbot, tab.quick_button)
    assert "Line 2" in tab.quick_problem.problem()
    assert "Petroc - nonsense" in tab.quick.toPlainText()  # kept to fix
    type_text(
        qtbot,
        tab.quick,
        "Torridge District Council - statutory\nPetroc - education\nYoung Farmers",
    )
    press(qtbot, tab.quick_button)
    assert tab.partners.list.count() == 3 and tab.quick.toPlainText() == ""
    tab.partners.list.setCurrentRow(0)  # Petroc, sorted by name
    type_line(qtbot, tab.partners.form.widgets["role"], "Member")
    press(qtbot, tab.stakeholders.add_button)
    form = tab.stakeholders.form
    choose(qtbot, form.widgets["category_ref"], "Funders (4.2(f))")
    type_line(qtbot, form.widgets["name"], "National Lottery")
    type_line(qtbot, form.widgets["name"], "")
    assert form.problem_text("name") == "Say who the stakeholder is."
    type_line(qtbot, form.widgets["name"], "National Lottery Community Fund")
    with database.session() as s:
        partners = {
            p.organisation.name: (p.organisation.sector, p.role)
            for p in s.scalars(select(Partner).where(Partner.partnership_id == page.pid))
        }
        assert partners == {
            "Torridge District Council": ("statutory", ""),
            "Petroc": ("education", "Member"),
            "Young Farmers": ("not_known", ""),  # no sector given: "Not known" (issue 21)
        }
        stake = s.scalars(select(Stakeholder)).one()
        assert (stake.category_ref, stake.name) == ("4.2(f)", "National Lottery Community Fund")


def test_our_seat_and_representatives(page, database, qtbot) -> None:
    page.show_section("seat")
    tab = page.seat
    choose(qtbot, tab.form.widgets["our_role"], "Chair or co-chair")
    choose(qtbot, tab.form.widgets["represents"], "The wider voluntary sector")
    type_text(qtbot, tab.form.widgets["report_back_duty"], "A note to the trustees.")
    type_line(qtbot, tab.form.widgets["report_back_to"], "Trustees")
    choose(qtbot, tab.form.widgets["induction_received"], "Yes")
    type_line(qtbot, tab.form.widgets["induction_date"], "3/3/2026")
    press(qtbot, tab.representatives.add_button)
    reps = tab.representatives.form
    type_line(qtbot, reps.widgets["full_name"], "Priya Shah")
    type_line(qtbot, reps.widgets["term_start"], "1/4/2026")
    type_line(qtbot, reps.widgets["term_end"], "1/4/2025")
    assert reps.problem_text("term_end") == "The term ends before it starts."
    assert reps.widgets["term_end"].text() == "1 Apr 2025"
    type_line(qtbot, reps.widgets["term_end"], "31/3/2028")
    type_line(qtbot, reps.widgets["email"], "priya@example.org")
    press(qtbot, tab.representatives.add_button)
    type_line(qtbot, reps.widgets["full_name"], "Tom Brayley")
    choose(qtbot, reps.widgets["role"], "Deputy")
    with database.session() as s:
        seat = s.scalars(select(Seat).where(Seat.partnership_id == page.pid)).one()
        assert (seat.our_role, seat.represents, seat.report_back_to) == (
            "chair",
            "wider_sector",
            "Trustees",
        )
        assert (seat.induction_received, seat.induction_date) == (True, date(2026, 3, 3))
        rows = s.execute(
            select(Person.full_name, Person.email, Representative.role, Representative.term_end)
            .join(Representative, Representative.person_id == Person.id)
            .order_by(Representative.id)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("Priya Shah", "priya@example.org", "lead", date(2028, 3, 31)),
            ("Tom Brayley", "", "deputy", None),
        ]


def test_meetings_attendance_and_actions(page, database, qtbot) -> None:
    from desktop.services.seats import add_representative

    with database.session() as s:
        add_representative(s, page.pid, "Priya Shah")
    page.show_section("meetings")
    tab = page.meetings
    assert "No meetings held yet" in tab.rate.text()
    press(qtbot, tab.meetings.add_button)
    form = tab.meetings.form
    type_line(qtbot, form.widgets["meeting_date"], "30/2/2026")
    assert "not a real date" in form.problem_text("meeting_date")
    type_line(qtbot, form.widgets["meeting_date"], "2/3/2026")
    type_line(qtbot, form.widgets["title"], "Steering group")
    type_text(qtbot, form.widgets["notes"], "Agreed the plan.")
    # Issue 21: a meeting with nothing entered was "0 of 1 attended: 0%".
    assert "Attendance is not entered yet for the 1 meeting held" in tab.rate.text()
    assert "0%" not in tab.rate.text()
    (combo,) = tab.attendance.values()
    choose(qtbot, combo, "Attended")
    assert "Someone from us was at 1 of the 1 meeting held: 100%" in tab.rate.text()
    press(qtbot, tab.actions.add_button)
    actions = tab.actions.form
    type_text(qtbot, actions.widgets["description"], "Send the survey to the council.")
    type_line(qtbot, actions.widgets["owner_label"], "Priya")
    type_line(qtbot, actions.widgets["due_date"], "1/4/2026")
    press(qtbot, tab.meetings.add_button)  # a second meeting, which we missed
    type_line(qtbot, form.widgets["meeting_date"], "2/4/2026")
    assert tab.rate.text().endswith(
        "1 of the 1 meeting held: 100% (Code 4.8 a). "
        "Not counted: 1 meeting without attendance entered."
    )
    (combo,) = tab.attendance.values()
    choose(qtbot, combo, "Sent apologies")
    assert "1 of the 2 meetings held: 50%" in tab.rate.text()
    with database.session() as s:
        meetings = s.scalars(select(Meeting).order_by(Meeting.meeting_date)).all()
        assert [(m.meeting_date, m.title) for m in meetings] == [
            (date(2026, 3, 2), "Steering group"),
            (date(2026, 4, 2), ""),
        ]
        assert meetings[0].notes == "Agreed the plan."
        assert [a.status for a in s.scalars(select(Attendance).order_by(Attendance.id))] == [
            "attended",
            "apologies",
        ]
        action = s.scalars(select(Action)).one()
        assert (action.source, action.meeting_id, action.owner_label, action.due_date) == (
            "meeting",
            meetings[0].id,
            "Priya",
            date(2026, 4, 1),
        )
        assert action.description == "Send the survey to the council."


def test_the_plan_every_part(page, database, qtbot) -> None:
    page.show_section("plan")
    plan = page.plan
    press(qtbot, plan.milestones.add_button)
    type_line(qtbot, plan.milestones.form.widgets["title"], "Hub opens")
    type_line(qtbot, plan.milestones.form.widgets["due_date"], "1/9/2027")

    plan.setCurrentIndex(1)
    press(qtbot, plan.aims.add_button)
    aims = plan.aims.form.widgets
    type_line(qtbot, aims["area_for_action"], "Somewhere to go")
    type_text(qtbot, aims["aims"], "Young people have a safe place.")
    type_text(qtbot, aims["outputs"], "Two evenings a week.")
    type_text(qtbot, aims["use_of_funding"], "Rent and a youth worker.")
    type_text(qtbot, aims["use_of_support"], "Coaching for volunteers.")
    type_text(qtbot, aims["build_on"], "The rugby club's hall.")

    plan.setCurrentIndex(2)
    press(qtbot, plan.priorities.add_button)
    type_line(qtbot, plan.priorities.form.widgets["title"], "Find a building")
    press(qtbot, plan.priority_actions.add_button)
    steps = plan.priority_actions.form.widgets
    type_text(qtbot, steps["description"], "Ask the town council about the old library.")
    press(qtbot, plan.priority_actions.add_button)
    type_text(qtbot, steps["description"], "Raise money for a lease.")
    choose(qtbot, steps["step"], "Future step")

    plan.setCurrentIndex(3)
    press(qtbot, plan.outcomes.add_button)
    choose(qtbot, plan.outcomes.form.widgets["term"], "Long term")
    type_text(qtbot, plan.outcomes.form.widgets["description"], "Less antisocial behaviour.")

    plan.setCurrentIndex(4)
    press(qtbot, plan.funding.add_button)
    fund = plan.funding.form
    type_line(qtbot, fund.widgets["source"], "Youth Investment Fund")
    type_line(qtbot, fund.widgets["amount_pence"], "-5")
    assert fund.problem_text("amount_pence") == "The amount cannot be negative."
    type_line(qtbot, fund.widgets["amount_pence"], "lots")
    assert "is not an amount of money" in fund.problem_text("amount_pence")
    assert fund.widgets["amount_pence"].text() == "lots"
    type_line(qtbot, fund.widgets["amount_pence"], "£45,000.50")
    choose(qtbot, fund.widgets["phase"], "Delivery")
    type_line(qtbot, fund.widgets["start_date"], "1/4/2027")
    type_line(qtbot, fund.widgets["end_date"], "1/4/2026")
    assert fund.problem_text("end_date") == "The funding ends before it starts."
    type_line(qtbot, fund.widgets["end_date"], "31/3/2030")
    budget = plan.budget
    choose(qtbot, budget.widgets["has_vcs_budget"], "Yes")
    type_line(qtbot, budget.widgets["vcs_budget_pence"], "1,500")

    with database.session() as s:
        pid = page.pid
        m = s.scalars(select(Milestone)).one()
        assert (m.title, m.due_date) == ("Hub opens", date(2027, 9, 1))
        a = s.scalars(select(AimOutput)).one()
        assert (a.area_for_action, a.build_on) == ("Somewhere to go", "The rugby club's hall.")
        prio = s.scalars(select(Priority)).one()
        acts = s.scalars(select(Action).order_by(Action.id)).all()
        assert [(x.priority_id, x.source, x.step) for x in acts] == [
            (prio.id, "priority", "immediate"),
            (prio.id, "priority", "future"),
        ]
        o = s.scalars(select(Outcome)).one()
        assert (o.term, o.description) == ("long", "Less antisocial behaviour.")
        f = s.scalars(select(FundingLine)).one()
        assert (f.source, f.amount_pence, f.phase, f.start_date, f.end_date) == (
            "Youth Investment Fund",
            4_500_050,
            "delivery",
            date(2027, 4, 1),
            date(2030, 3, 31),
        )
        p = s.get_one(Partnership, pid)
        assert (p.has_vcs_budget, p.vcs_budget_pence) == (True, 150_000)


def test_joining_check_while_considering_and_meeting_costs(page, database, qtbot) -> None:
    from desktop.services import meetings, seats
    from desktop.ui.joining import JoiningCheckForm
    from tests.ui.partnership_helpers import when_dialog_opens

    assert not page.overview.joining_box.isVisible()
    choose(qtbot, page.overview.form.widgets["status"], "Considering")
    qtbot.waitUntil(lambda: bool(page.overview.joining_box.findChildren(JoiningCheckForm)))
    assert page.overview.joining_box.isVisible()

    with database.session() as s:
        seats.add_representative(s, page.pid, "Priya Shah")
        person = seats.representatives(s, page.pid)[0]["person_id"]
        meetings.record_meeting(s, page.pid, date(2026, 3, 2), attendance={person: "attended"})
    tab = page.show_section("meetings")
    assert tab.costs_button.isVisible() and tab.costs_button.isEnabled()
    titles: list[str] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        titles.append(dialog.windowTitle())
        dialog.reject()

    when_dialog_opens(qtbot, look)
    press(qtbot, tab.costs_button)
    assert titles == ["Add this meeting's time and travel"]


def test_a_refused_date_is_tried_again_once_the_other_end_is_fixed(page, database, qtbot):  # type: ignore[no-untyped-def]
    plan = page.show_section("plan")
    plan.setCurrentIndex(4)
    press(qtbot, plan.funding.add_button)
    fund = plan.funding.form
    type_line(qtbot, fund.widgets["start_date"], "1/4/2027")
    type_line(qtbot, fund.widgets["end_date"], "1/4/2026")
    assert fund.problem_text("end_date")
    type_line(qtbot, fund.widgets["start_date"], "1/4/2025")  # the start was the mistake
    type_line(qtbot, fund.widgets["end_date"], "1/4/2026")  # same text, left again
    assert fund.problem_text("end_date") == ""
    with database.session() as s:
        f = s.scalars(select(FundingLine)).one()
        assert (f.start_date, f.end_date) == (date(2025, 4, 1), date(2026, 4, 1))
    type_line(qtbot, page.overview.form.widgets["name"], "")
    type_line(qtbot, page.overview.form.widgets["name"], "Youth Hub")  # as it was stored
    assert page.overview.form.problem_text("name") == ""


def test_print_meeting_brief_asks_where_to_save_it(page, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    tab = page.show_section("meetings")
    assert tab.brief_button.isVisible()
    press(qtbot, tab.brief_button)
    assert asked == ["Save the meeting brief as"]
