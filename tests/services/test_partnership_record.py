"""Every section of one partnership through the services, and the rules that guard them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.domain.record_rules import GroupInput, parse_partner_lines
from desktop.services import lifecycle, meetings, partners, rows, seats
from desktop.services.group import load_group, save_group_profile
from desktop.services.partnerships import (
    InvalidInput,
    create_partnership,
    partnership_input_of,
    set_vcs_budget,
)
from desktop.services.register import register_rows
from desktop.store.models import Action, Attendance, Meeting, Organisation, Partnership, Person


@pytest.fixture
def pid(database) -> int:
    with database.session() as s:
        return create_partnership(s, PartnershipInput(name="Youth Hub", themes=["Skills"])).id


def test_group_profile_is_made_then_changed_with_its_contact(database) -> None:
    with database.session() as s:
        assert load_group(s) is None
        save_group_profile(s, GroupInput(name="Link", contact_name="Joe", contact_email="j@x.org"))
    with database.session() as s:
        save_group_profile(s, GroupInput(name="Link CIO", contact_name="Joe P", size_band="small"))
    with database.session() as s:
        group = load_group(s)
        assert group is not None
        assert (group.name, group.contact_name, group.size_band) == ("Link CIO", "Joe P", "small")
        assert s.scalar(select(func.count()).select_from(Person)) == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (GroupInput(name="  "), "name"),
        (GroupInput(name="A", contact_email="not an email", contact_name="Jo"), "contact_email"),
        (GroupInput(name="A", contact_phone="0123"), "contact_name"),
    ],
)
def test_group_profile_problems(database, data: GroupInput, field: str) -> None:
    with pytest.raises(InvalidInput) as caught, database.session() as s:
        save_group_profile(s, data)
    assert caught.value.problems[0].field == field


def test_partner_lines_with_sectors_and_problems() -> None:
    lines, problems = parse_partner_lines(
        "Devon County Council - statutory\n\nYoung Farmers - Voluntary and community\n"
        "Petroc\nBideford - Northam Trust\n"
    )
    assert [(x.name, x.sector) for x in lines] == [
        ("Devon County Council", "statutory"),
        ("Young Farmers", "voluntary"),
        ("Petroc", ""),
    ]
    assert len(problems) == 1 and "Line 5" in problems[0].message


def test_quick_entry_adds_all_or_nothing(database, pid) -> None:
    with pytest.raises(InvalidInput), database.session() as s:
        partners.add_partners_from_text(s, pid, "Council - statutory\nClub - nonsense")
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0
        partners.add_partners_from_text(s, pid, "Council - statutory\nClub - community")
    with database.session() as s:
        listed = partners.partners_of(s, pid)
        assert [(p["name"], p["sector"]) for p in listed] == [
            ("Club", "community"),
            ("Council", "statutory"),
        ]
        partners.update_partner(s, listed[0]["id"], {"role": "Member", "name": "Rugby Club"})
        with pytest.raises(InvalidInput):
            partners.update_partner(s, listed[0]["id"], {"name": "council"})


def test_seat_and_representatives_refuse_a_term_ending_before_it_starts(database, pid) -> None:
    with database.session() as s:
        seats.update_seat(s, pid, {"our_role": "chair", "induction_received": True})
        with pytest.raises(InvalidInput) as caught:
            seats.add_representative(s, pid, "Priya", "lead", date(2026, 4, 1), date(2025, 4, 1))
        assert caught.value.problems[0].field == "term_end"
        rep = seats.add_representative(s, pid, "Priya Shah", "lead", date(2026, 4, 1))
        with pytest.raises(InvalidInput):
            seats.update_representative(s, rep, {"term_end": date(2026, 3, 1)})
        seats.update_representative(s, rep, {"term_end": date(2028, 3, 31), "email": "p@x.org"})
    with database.session() as s:
        (only,) = seats.representatives(s, pid)
        assert only["term_end"] == date(2028, 3, 31) and only["email"] == "p@x.org"
        assert seats.seat_values(s, pid)["our_role"] == "chair"


def test_meetings_attendance_and_the_attendance_rate(database, pid) -> None:
    with database.session() as s:
        rep = seats.add_representative(s, pid, "Priya")
        person = seats.representatives(s, pid)[0]["person_id"]
        assert rep
        m1 = meetings.record_meeting(s, pid, date(2026, 9, 1), attendance={person: "attended"})
        meetings.record_meeting(s, pid, date(2026, 10, 1), attendance={person: "apologies"})
        meetings.record_meeting(s, pid, date(2027, 1, 1))  # not held yet
        # Held, but attendance not entered yet: not a meeting we missed (issue 21).
        meetings.record_meeting(s, pid, date(2026, 11, 1))
        rows.add_meeting_action(s, m1, "Send the survey", "Priya", date(2026, 12, 1))
        rate = meetings.attendance_rate(s, pid, date(2026, 11, 28))
        assert (rate.attended, rate.held, rate.percent, rate.not_entered) == (1, 2, 50, 1)
        meetings.set_attendance(s, m1, person, None)
        assert s.scalar(select(func.count()).select_from(Attendance)) == 1
    with database.session() as s:
        action = s.scalars(select(Action)).one()
        assert (action.source, action.meeting_id) == ("meeting", m1)
        with pytest.raises(InvalidInput):
            rows.update_row(s, "meeting", m1, {"meeting_date": None})


def test_plan_rows_and_their_problems(database, pid) -> None:
    with database.session() as s:
        rows.add_milestone(s, pid, "Plan agreed", date(2026, 12, 1))
        rows.add_aim_output(s, pid, "Loneliness", aims="Fewer lonely")
        prio = rows.add_priority(s, pid, "Reach farmers")
        act = rows.add_priority_action(s, prio, "Talk at the social", "immediate")
        rows.add_priority_action(s, prio, "Train first aiders", "future")
        rows.add_outcome(s, pid, "long", "Fewer admissions")
        fund = rows.add_funding_line(s, pid, "Better Care Fund", 4_500_000, "development")
        set_vcs_budget(s, pid, True, 250_000)
        with pytest.raises(InvalidInput):
            rows.update_row(s, "funding_line", fund, {"amount_pence": -1})
        with pytest.raises(InvalidInput):
            rows.add_milestone(s, pid, "  ")
        rows.update_row(s, "funding_line", fund, {"start_date": date(2027, 1, 1)})
        with pytest.raises(InvalidInput) as caught:
            rows.update_row(s, "funding_line", fund, {"end_date": date(2026, 1, 1)})
        assert caught.value.problems[0].field == "end_date"
        rows.update_row(s, "action", act, {"status": "done"})
    with database.session() as s:
        steps = [
            (a.step, a.source, a.status) for a in s.scalars(select(Action).order_by(Action.id))
        ]
        assert steps == [("immediate", "priority", "done"), ("future", "priority", "open")]
        assert s.get_one(Action, act).done_date == date.today()
        p = s.get_one(Partnership, pid)
        assert (p.has_vcs_budget, p.vcs_budget_pence) == (True, 250_000)
        assert partnership_input_of(s, pid).themes == ["Skills"]


def test_archive_restore_and_the_register(database, pid) -> None:
    with database.session() as s:
        seats.update_seat(s, pid, {"our_role": "lead_partner"})
        lifecycle.archive_partnership(s, pid)
    conn = database.raw()
    try:
        (row,) = register_rows(conn)
        assert (row.name, row.our_role, row.archived, row.themes) == (
            "Youth Hub",
            "lead_partner",
            True,
            ("Skills",),
        )
    finally:
        conn.close()
    with database.session() as s:
        lifecycle.restore_partnership(s, pid)
        assert s.get_one(Partnership, pid).archived_at is None


def test_delete_then_undo_puts_everything_back(demo_database) -> None:
    db = demo_database
    conn = db.raw()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]

    def counts() -> dict[str, int]:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

    before = counts()
    with db.session() as s:
        pid = s.scalars(select(Partnership.id).order_by(Partnership.id)).first()
        snapshot = lifecycle.delete_partnership(s, pid)
    assert counts()["partnership"] == before["partnership"] - 1
    assert counts()["meeting"] < before["meeting"]
    with db.session() as s:
        lifecycle.undo_delete(s, snapshot)
    assert counts() == before
    with db.session() as s:
        assert s.get_one(Partnership, pid).name == snapshot.name
        assert s.scalar(select(func.count()).select_from(Meeting)) == before["meeting"]
    conn.close()


def test_undo_is_refused_when_the_name_was_taken_again(database, pid) -> None:
    with database.session() as s:
        snapshot = lifecycle.delete_partnership(s, pid)
        create_partnership(s, PartnershipInput(name="youth hub"))
    with pytest.raises(InvalidInput, match="now called"), database.session() as s:
        lifecycle.undo_delete(s, snapshot)
