"""The "How it is run" tab and its additions to Partners and Meetings (issue 17, items 1-5),
driven by keyboard as a volunteer would; each check reads what was stored or shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.meetings import record_meeting
from desktop.services.partnerships import add_partner, create_partnership
from desktop.store.models import (
    Action,
    Decision,
    DecisionAction,
    GovernanceRules,
    Office,
    Partner,
    PartnerAttendance,
    PartnerContact,
    Person,
)
from tests.ui.partnership_helpers import choose, focus, press, type_line, type_text


@pytest.fixture
def page(database, main_window, qtbot):  # type: ignore[no-untyped-def]
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Holsworthy Forum")).id
        for name in ("Devon County Council", "Holsworthy Town Council", "Age UK Devon"):
            add_partner(s, pid, name, "statutory" if "Council" in name else "voluntary")
        record_meeting(s, pid, date.today() - timedelta(days=30), title="Spring forum")
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    page = area.page
    page.pid = pid
    return page


def status(main_window) -> str:  # type: ignore[no-untyped-def]
    return main_window.statusBar().currentMessage()


def test_rules_are_saved_field_by_field_and_a_bad_quorum_is_refused(
    page, database, main_window, qtbot
):
    run = page.show_section("run")
    rules = run.show_section("rules")
    w = rules.form.widgets
    choose(qtbot, w["has_terms"], "Yes")
    type_line(qtbot, w["terms_date"], "1/4/2026")
    type_line(qtbot, w["terms_review_date"], "1/4/2027")
    type_text(qtbot, w["terms_covers"], "Purpose, membership, meetings and decisions.")
    choose(qtbot, w["quorum_kind"], "A share of the members (per cent)")
    type_line(qtbot, w["quorum_value"], "150")
    assert rules.form.problem_text("quorum_value") == "A share of the members is 100% at most."
    assert "Not saved" in status(main_window)
    type_line(qtbot, w["quorum_value"], "a third")
    assert rules.form.problem_text("quorum_value") == "Type a whole number, such as 3."
    with database.session() as s:
        stored = s.scalars(select(GovernanceRules)).one()
        assert stored.quorum_value is None and stored.quorum_kind == "share"
    assert page.unsaved()  # leaving would ask first
    type_line(qtbot, w["quorum_value"], "34")
    assert rules.form.problem_text("quorum_value") == ""
    assert status(main_window) == "Saved"
    assert rules.quorum_note.text() == "A meeting is quorate when 34% of the members are present."
    choose(qtbot, w["decision_method"], "By a vote, the chair having a casting vote")
    type_line(qtbot, w["meetings_a_year"], "4")
    # One meeting (30 days ago) in the last twelve months, against the four asked for.
    assert rules.meetings_note.text() == (
        "The rules ask for at least 4 meetings a year. Held in the last twelve months: 1. "
        "That is fewer than the rules ask for."
    )
    type_text(qtbot, w["membership_rule"], "Any group working in the parish.")
    with database.session() as s:
        r = s.scalars(select(GovernanceRules)).one()
        assert (r.has_terms, r.terms_date, r.terms_review_date) == (
            True,
            date(2026, 4, 1),
            date(2027, 4, 1),
        )
        assert (r.quorum_kind, r.quorum_value, r.decision_method, r.meetings_a_year) == (
            "share",
            34,
            "casting_vote",
            4,
        )
        assert r.membership_rule == "Any group working in the parish."
        assert r.terms_covers == "Purpose, membership, meetings and decisions."


def test_an_office_and_its_holder_are_recorded(page, database, qtbot):
    run = page.show_section("run")
    offices = run.show_section("offices").offices
    press(qtbot, offices.add_button)
    w = offices.form.widgets
    type_line(qtbot, w["organisation"], "Holsworthy Town Council")
    type_line(qtbot, w["holder_name"], "Ann Lee")
    type_line(qtbot, w["from_date"], "1/5/2025")
    type_line(qtbot, w["to_date"], "1/1/2025")
    assert offices.form.problem_text("to_date") == "The term ends before it starts."
    type_line(qtbot, w["to_date"], "30/4/2027")
    choose(qtbot, w["how_chosen"], "Elected")
    type_line(qtbot, w["next_election"], "15/4/2027")
    assert "Chair — Holsworthy Town Council — Ann Lee" in offices.list.item(0).text()
    with database.session() as s:
        office = s.scalars(select(Office)).one()
        assert (office.kind, office.how_chosen, office.to_date) == (
            "chair",
            "elected",
            date(2027, 4, 30),
        )
        assert s.get_one(Person, office.person_id).full_name == "Ann Lee"
    press(qtbot, offices.remove_button)  # asked first (answered Yes here)
    assert offices.list.count() == 0
    with database.session() as s:
        assert s.scalars(select(Office)).all() == []
        assert s.scalars(select(Person.full_name)).all() == ["Ann Lee"]  # People can forget


def test_partners_leave_and_are_shown_again_on_request_with_their_contacts(page, database, qtbot):
    tab = page.show_section("partners")
    view = tab.partners
    assert view.list.count() == 3
    view.list.setCurrentRow(0)  # Age UK Devon
    w = view.form.widgets
    type_line(qtbot, w["joined_on"], "1/1/2024")
    type_line(qtbot, w["left_on"], "1/1/2023")
    assert view.form.problem_text("left_on") == "A partner cannot leave before it joined."
    type_line(qtbot, w["left_on"], "31/3/2026")
    assert view.list.item(0).text().endswith("left 31 Mar 2026")  # said at once
    type_text(qtbot, w["left_reason"], "Its funding for this work ended.")
    contacts = tab.contacts
    view.list.setCurrentRow(1)
    press(qtbot, contacts.add_button)
    cw = contacts.form.widgets
    type_line(qtbot, cw["full_name"], "Sam Okafor")
    type_line(qtbot, cw["role"], "Community officer")
    type_line(qtbot, cw["email"], "not-an-address")
    assert contacts.form.problem_text("email") == "That does not look like an email address."
    type_line(qtbot, cw["email"], "sam@example.org")
    page.open(page.pid)  # a fresh look: current partners only
    tab = page.show_section("partners")
    names = [tab.partners.list.item(i).text() for i in range(tab.partners.list.count())]
    assert len(names) == 2 and not any("Age UK" in n for n in names)
    focus(qtbot, tab.show_former)
    qtbot.keyClick(tab.show_former, Qt.Key.Key_Space)
    names = [tab.partners.list.item(i).text() for i in range(tab.partners.list.count())]
    assert any(n.startswith("Age UK Devon") and "left" in n for n in names)
    with database.session() as s:
        left = s.scalars(select(Partner).where(Partner.left_on.is_not(None))).one()
        assert left.left_reason == "Its funding for this work ended."
        contact = s.scalars(select(PartnerContact)).one()
        person = s.get_one(Person, contact.person_id)
        assert (person.full_name, person.email, contact.role) == (
            "Sam Okafor",
            "sam@example.org",
            "Community officer",
        )


def test_partners_attendance_gives_the_quorum_and_decisions_get_actions(
    page, database, main_window, qtbot
):
    with database.session() as s:
        from desktop.services.how_run import update_rules

        update_rules(s, page.pid, {"quorum_kind": "number", "quorum_value": 2})
    tab = page.show_section("meetings")
    box = tab.partner_attendance
    assert box.quorum.text() == "Quorum: 2 of 3 members. Mark who was there below."
    combos = list(box.combos.values())
    assert len(combos) == 3
    choose(qtbot, combos[0], "Present")
    assert box.quorum.text() == "Not quorate: 1 of 3 members present; 2 needed."
    choose(qtbot, combos[1], "Present")
    choose(qtbot, combos[2], "Sent apologies")
    assert box.quorum.text() == "Quorate: 2 of 3 members present; 2 needed."
    decisions = tab.decisions
    press(qtbot, decisions.view.add_button)
    dw = decisions.view.form.widgets
    type_text(qtbot, dw["what"], "Apply to the lottery for a youth worker")
    choose(qtbot, dw["how"], "By consensus")
    type_line(qtbot, dw["responsible"], "Treasurer")
    type_text(qtbot, dw["what"], "")  # emptied by mistake: refused, the decision kept
    assert decisions.view.form.problem_text("what") == "Say what was decided."
    with database.session() as s:
        assert s.scalars(select(Decision.what)).one() == "Apply to the lottery for a youth worker"
    type_text(qtbot, dw["what"], "Apply to the lottery for a youth worker")
    assert decisions.view.form.problem_text("what") == ""
    press(qtbot, decisions.action_button)
    assert "Carried out by: New action" in decisions.actions_note.text()
    assert tab.actions.list.count() == 1
    with database.session() as s:
        marks = sorted(r.status for r in s.scalars(select(PartnerAttendance)))
        assert marks == ["apologies", "present", "present"]
        decision = s.scalars(select(Decision)).one()
        assert (decision.what, decision.how, decision.responsible) == (
            "Apply to the lottery for a youth worker",
            "consensus",
            "Treasurer",
        )
        link = s.scalars(select(DecisionAction)).one()
        assert s.get_one(Action, link.action_id).owner_label == "Treasurer"
    # The log finds it, and the rates count the marks.
    run = page.show_section("run")
    log = run.show_section("decisions")
    type_line(qtbot, log.search, "LOTTERY")
    qtbot.waitUntil(lambda: log.count.text() == "1 decision found.", timeout=2000)
    assert log.model.rows[0]["actions_open"] == 1
    type_line(qtbot, log.search, "minibus")
    qtbot.waitUntil(lambda: log.model.rowCount() == 0, timeout=2000)
    rates = run.show_section("attendance")
    by_partner = {r.partner: r.percent for r in rates.model.rates}
    assert by_partner == {
        "Age UK Devon": 100,
        "Devon County Council": 100,
        "Holsworthy Town Council": 0,
    }
    assert "67%" in rates.summary.text()


def test_the_tab_lists_its_sections_and_is_screenshotted(page, qtbot, tmp_path):
    run = page.show_section("run")
    assert run.keys()[:4] == ["rules", "offices", "attendance", "decisions"]
    page.resize(1000, 700)
    run.show_section("rules")
    shot = tmp_path / "run.png"
    assert page.run.grab().save(str(shot))
    assert shot.stat().st_size > 1000


def test_home_shows_an_election_when_it_is_near(database, main_window, monkeypatch) -> None:
    from desktop.domain.record_rules import GroupInput
    from desktop.services.group import save_group_profile
    from desktop.services.how_run import add_office
    from desktop.ui import home

    today = date(2026, 11, 28)
    monkeypatch.setattr(home, "today", lambda: today)
    with database.session() as s:
        save_group_profile(s, GroupInput(name="Link"))
        pid = create_partnership(s, PartnershipInput(name="Rural Forum")).id
        add_office(s, pid, "chair", next_election=date(2027, 6, 1))  # too far off
    area = main_window.area("home")
    area.refresh()
    assert area.elections_panel.isHidden()
    with database.session() as s:
        add_office(s, pid, "vice_chair", next_election=date(2026, 12, 10))
        add_office(s, pid, "other", title="Treasurer for the fund", next_election=date(2026, 11, 1))
    area.refresh()
    assert not area.elections_panel.isHidden()
    assert area.elections_panel.texts() == [
        "Treasurer for the fund of Rural Forum: was due 1 Nov 2026",
        "Vice-chair of Rural Forum: 10 Dec 2026",
    ]


def test_the_attendance_question_shows_the_partners_rates(demo_database, hub, qtbot) -> None:
    from desktop.store.models import Partnership
    from desktop.ui.review_wizard import ReviewWizard
    from tests.conftest import FIXED_TODAY

    with demo_database.session() as s:
        pid = s.scalars(select(Partnership.id).where(Partnership.short_name == "NDHWP")).one()
    wizard = ReviewWizard(hub, pid, "NDHWP", today=FIXED_TODAY)
    qtbot.addWidget(wizard)
    pages = {page.item.ref: page for page in wizard.question_pages}
    evidence = pages["4.8(a)"].evidence
    assert not evidence.isHidden()
    text = evidence.text()
    assert text.startswith("From the record, partners present at the last year's meetings:")
    assert "• Healthwatch Devon: 33% (1 of 3)" in text
    assert "All partners together: 63%." in text
    assert pages["4.8(b)"].evidence.isHidden()  # only beside the question on attendance
