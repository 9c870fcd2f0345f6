"""How a partnership is run, through the services (issue 17, items 1-5): rules, offices,
membership over time, contacts at partners, every partner's attendance and quorum, and
the decision log with its actions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services import decisions, how_run, partner_attendance, partner_contacts, partners
from desktop.services.meetings import record_meeting
from desktop.services.partnerships import InvalidInput, add_partner, create_partnership
from desktop.store.models import Action, Decision, GovernanceRules, Office, Person


@pytest.fixture
def pid(database) -> int:
    with database.session() as s:
        return create_partnership(s, PartnershipInput(name="Ruralnet Forum")).id


def test_rules_are_made_on_first_save_and_judged_with_what_is_stored(database, pid) -> None:
    with database.session() as s:
        assert how_run.rules_of(s, pid)["quorum_kind"] == ""
        assert s.scalar(select(func.count()).select_from(GovernanceRules)) == 0  # reading only
        how_run.update_rules(s, pid, {"quorum_kind": "share", "quorum_value": 40})
        how_run.update_rules(s, pid, {"has_terms": True, "terms_date": date(2026, 4, 1)})
    with database.session() as s:
        with pytest.raises(InvalidInput) as caught:
            how_run.update_rules(s, pid, {"quorum_value": 120})
        assert caught.value.problems[0].field == "quorum_value"
        with pytest.raises(InvalidInput) as caught:
            how_run.update_rules(s, pid, {"terms_review_date": date(2026, 1, 1)})
        assert caught.value.problems[0].field == "terms_review_date"
    with database.session() as s:
        rules = how_run.rules_of(s, pid)
        assert (rules["quorum_kind"], rules["quorum_value"], rules["has_terms"]) == (
            "share",
            40,
            True,
        )
        assert how_run.quorum_of(s, pid).needed(10) == 4


def test_an_office_holder_is_a_person_and_clearing_the_name_keeps_the_person(database, pid):
    with database.session() as s:
        chair = how_run.add_office(
            s,
            pid,
            "chair",
            organisation="Devon County Council",
            holder_name="Ann Lee",
            from_date=date(2025, 5, 1),
            how_chosen="elected",
            next_election=date(2026, 12, 20),
        )
        how_run.update_office(s, chair, {"holder_email": "ann@example.org"})
        how_run.add_office(s, pid, "vice_chair", to_date=date(2020, 1, 1))
    with database.session() as s:
        listed = how_run.offices_of(s, pid)
        assert [o["kind"] for o in listed] == ["chair", "vice_chair"]
        assert (listed[0]["holder_name"], listed[0]["holder_email"]) == (
            "Ann Lee",
            "ann@example.org",
        )
        assert how_run.current_chair(s, pid, date(2026, 11, 28))["holder_name"] == "Ann Lee"
        due = how_run.elections_due(s, date(2026, 11, 28))
        assert [(d.office, d.when, d.overdue) for d in due] == [
            ("Chair", date(2026, 12, 20), False)
        ]
        assert how_run.elections_due(s, date(2026, 9, 1)) == []  # too far off yet
        how_run.update_office(s, chair, {"holder_name": ""})
    with database.session() as s:
        assert s.get(Office, chair).person_id is None
        assert s.scalar(select(Person.full_name)) == "Ann Lee"
        with pytest.raises(InvalidInput) as caught:
            how_run.update_office(s, chair, {"to_date": date(2024, 1, 1)})
        assert caught.value.problems[0].field == "to_date"


def test_partners_that_left_are_kept_and_shown_only_on_request(database, pid) -> None:
    with database.session() as s:
        council = add_partner(s, pid, "Devon County Council", "statutory").id
        police = add_partner(s, pid, "Devon Police", "statutory").id
        partners.update_partner(
            s, police, {"left_on": date(2026, 3, 31), "left_reason": "Funding ended"}
        )
        with pytest.raises(InvalidInput) as caught:
            partners.update_partner(
                s, council, {"joined_on": date(2026, 1, 1), "left_on": date(2025, 1, 1)}
            )
        assert caught.value.problems[0].field == "left_on"
    with database.session() as s:
        today = date(2026, 11, 28)
        current = partners.partners_of(s, pid, include_former=False, today=today)
        assert [p["name"] for p in current] == ["Devon County Council"]
        everyone = partners.partners_of(s, pid, today=today)
        police_row = next(p for p in everyone if p["name"] == "Devon Police")
        assert (police_row["current"], police_row["left_reason"]) == (False, "Funding ended")
        assert police_row["joined_on"] is None


def test_contacts_at_a_partner_are_people(database, pid) -> None:
    with database.session() as s:
        partner = add_partner(s, pid, "Healthwatch Devon", "voluntary").id
        contact = partner_contacts.add_contact(s, partner, "  Sam   Okafor ", role="Manager")
        partner_contacts.update_contact(s, contact, {"email": "sam@healthwatch.example"})
        with pytest.raises(InvalidInput):
            partner_contacts.update_contact(s, contact, {"email": "not an address"})
        with pytest.raises(InvalidInput):
            partner_contacts.update_contact(s, contact, {"full_name": "  "})
    with database.session() as s:
        (row,) = partner_contacts.contacts_of(s, partner)
        assert (row["full_name"], row["role"], row["email"]) == (
            "Sam Okafor",
            "Manager",
            "sam@healthwatch.example",
        )


def _meeting_with(database, pid, day: date, marks: dict[str, str | None]) -> int:
    with database.session() as s:
        mid = record_meeting(s, pid, day, title="Board")
        ids = {p["name"]: p["id"] for p in partners.partners_of(s, pid)}
        for name, status in marks.items():
            partner_attendance.set_partner_attendance(s, mid, ids[name], status)
        return mid


def test_quorum_is_computed_from_the_rule_and_members_on_the_day(database, pid) -> None:
    with database.session() as s:
        for name in ("A Trust", "B Council", "C Charity", "D College"):
            add_partner(s, pid, name, "other")
        d = next(p for p in partners.partners_of(s, pid) if p["name"] == "D College")
        partners.update_partner(s, d["id"], {"joined_on": date(2026, 6, 1)})
    early = _meeting_with(
        database,
        pid,
        date(2026, 3, 1),
        {"A Trust": "present", "B Council": "present", "C Charity": "apologies"},
    )
    late = _meeting_with(
        database,
        pid,
        date(2026, 9, 1),
        {
            "A Trust": "present",
            "B Council": "present",
            "C Charity": "absent",
            "D College": "absent",
        },
    )
    with database.session() as s:
        assert partner_attendance.meeting_quorum(s, early).quorate is None  # no rule yet
        how_run.update_rules(s, pid, {"quorum_kind": "share", "quorum_value": 60})
    with database.session() as s:
        first = partner_attendance.meeting_quorum(s, early)
        assert (first.members, first.present, first.needed, first.quorate) == (3, 2, 2, True)
        second = partner_attendance.meeting_quorum(s, late)
        assert (second.members, second.present, second.needed, second.quorate) == (4, 2, 3, False)
        rates = {
            r.partner: r for r in partner_attendance.rates_for(s, pid, until=date(2026, 11, 28))
        }
        assert rates["A Trust"].percent == 100
        assert rates["C Charity"].percent == 0
        assert rates["D College"].meetings == 1  # joined after the first meeting
        with pytest.raises(InvalidInput):
            partner_attendance.set_partner_attendance(
                s, early, partners.partners_of(s, pid)[0]["id"], "maybe"
            )


def test_a_partner_of_another_partnership_cannot_be_marked_here(database, pid) -> None:
    with database.session() as s:
        other = create_partnership(s, PartnershipInput(name="Other")).id
        stranger = add_partner(s, other, "Elsewhere Ltd", "private").id
        mid = record_meeting(s, pid, date(2026, 3, 1))
        with pytest.raises(InvalidInput) as caught:
            partner_attendance.set_partner_attendance(s, mid, stranger, "present")
        assert "not a partner" in caught.value.problems[0].template


def test_decisions_are_searchable_and_carried_out_by_actions(database, pid) -> None:
    with database.session() as s:
        mid = record_meeting(s, pid, date(2026, 3, 1), title="Spring board")
        later = record_meeting(s, pid, date(2026, 6, 1), title="Summer board")
        first = decisions.add_decision(s, mid, "Adopt the 100% funding plan", "vote", "Treasurer")
        decisions.add_decision(s, later, "Hold an open day", "consensus", "Chair")
        action = decisions.add_decision_action(s, first, "Write to the funders")
        with pytest.raises(InvalidInput) as caught:
            decisions.add_decision(s, mid, "   ")
        assert caught.value.problems[0].field == "what"
        with pytest.raises(InvalidInput):
            decisions.update_decision(s, first, {"how": "coin toss"})
    with database.session() as s:
        assert [d["what"] for d in decisions.decisions_of(s, pid)] == [
            "Hold an open day",
            "Adopt the 100% funding plan",
        ]
        assert [d["what"] for d in decisions.decisions_of(s, pid, search="FUNDING")] == [
            "Adopt the 100% funding plan"
        ]
        assert decisions.decisions_of(s, pid, search="100%")[0]["actions_open"] == 1
        assert decisions.decisions_of(s, pid, search="0_%") == []  # % and _ are literal
        assert [d["what"] for d in decisions.decisions_of(s, pid, search="summer")] == [
            "Hold an open day"
        ]
        linked = s.get(Action, action)
        assert (linked.meeting_id, linked.owner_label) == (mid, "Treasurer")
        assert decisions.actions_of_decision(s, first)[0]["description"] == "Write to the funders"
        decisions.remove_decision(s, first)
    with database.session() as s:
        assert s.get(Action, action) is not None  # the action stays
        assert s.scalar(select(func.count()).select_from(Decision)) == 1


def test_removing_a_meeting_or_partner_takes_what_hangs_on_it(database, pid) -> None:
    from desktop.services import rows
    from desktop.store.models import DecisionAction, PartnerAttendance, PartnerContact

    with database.session() as s:
        partner = add_partner(s, pid, "Org", "other").id
        partner_contacts.add_contact(s, partner, "Kim Lo")
        mid = record_meeting(s, pid, date(2026, 3, 1))
        partner_attendance.set_partner_attendance(s, mid, partner, "present")
        action = decisions.add_decision_action(s, decisions.add_decision(s, mid, "Do it"), "Act")
    with database.session() as s:
        rows.remove_row(s, "meeting", mid)
    with database.session() as s:
        for model in (Decision, DecisionAction, PartnerAttendance):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
        assert s.get(Action, action) is not None  # the action stays, as other actions do
        partners.remove_partner(s, partner)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(PartnerContact)) == 0
        assert s.scalar(select(Person.full_name)) == "Kim Lo"  # People can still forget them
