"""Resource needs: the ledger rules, the service, and a meeting's cost."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.domain.ledger import (
    LedgerError,
    LedgerRow,
    NeedInput,
    TransitionError,
    by_category,
    by_financial_year,
    by_partnership,
    check_transition,
    read_need_form,
    totals,
    totals_by,
    unmet,
)
from desktop.services import resources
from desktop.store.models import (
    Attendance,
    Meeting,
    Partnership,
    Person,
    ResourceNeed,
    SettingValue,
)

TODAY = date(2026, 11, 28)


@pytest.fixture
def partnership_id(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        p = Partnership(name="Rural Transport Forum")
        session.add(p)
        session.flush()
        return p.id


def _count(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(ResourceNeed)) or 0)


def _add(database, partnership_id: int, estimate: str = "£40.00") -> int:  # type: ignore[no-untyped-def]
    data = read_need_form(
        description="Taxi for a wheelchair user",
        category="access",
        quantity="2",
        unit="items",
        unit_cost="",
        estimate=estimate,
        asked_of="Devon County Council",
        partnership_id=partnership_id,
    )
    with database.session() as session:
        return resources.add_need(session, data, today=TODAY).id


# ---------------------------------------------------------------------- form rules


def test_form_works_out_the_estimate_from_quantity_and_unit_cost() -> None:
    data = read_need_form(
        description="Mileage",
        category="travel",
        quantity="24",
        unit="miles",
        unit_cost="45p",
        estimate="",
    )
    assert data.estimated_pence == 1080
    assert data.unit_cost_pence == 45


@pytest.mark.parametrize(
    ("fields", "field", "fragment"),
    [
        ({"quantity": "0"}, "quantity", "more than zero"),
        ({"quantity": "-3"}, "quantity", "more than zero"),
        ({"quantity": "lots"}, "quantity", "not a number"),
        ({"estimate": "-5"}, "estimate", "negative"),
        ({"estimate": "ten pounds"}, "estimate", "not an amount"),
        ({"unit_cost": "1.234"}, "unit_cost", "two figures"),
        ({"description": "  "}, "description", "Say what"),
        ({"estimate": "", "unit_cost": ""}, "estimate", "Enter the estimated cost"),
    ],
)
def test_form_refuses_bad_input_by_field(fields: dict[str, str], field: str, fragment: str) -> None:
    values = {
        "description": "Childcare",
        "category": "care",
        "quantity": "3",
        "unit": "hours",
        "unit_cost": "",
        "estimate": "£30",
    }
    values.update(fields)
    with pytest.raises(LedgerError) as caught:
        read_need_form(**values)
    assert [p.field for p in caught.value.problems] == [field]
    assert fragment in caught.value.problems[0].message


def test_transitions() -> None:
    check_transition("identified", "requested")
    check_transition("requested", "partly_agreed")
    check_transition("agreed", "received")
    check_transition("received", "agreed")  # going back corrects a mistake
    with pytest.raises(TransitionError, match="skips “Requested” and “Agreed”") as caught:
        check_transition("identified", "received")
    assert [s.value for s in caught.value.skipped] == ["requested", "agreed"]
    with pytest.raises(TransitionError, match="skips “Requested”"):
        check_transition("identified", "agreed")
    check_transition("identified", "received", confirm_skip=True)
    with pytest.raises(TransitionError, match="declined need cannot"):
        check_transition("declined", "received", confirm_skip=True)
    with pytest.raises(TransitionError, match="not a status"):
        check_transition("requested", "paid")


# ---------------------------------------------------------------------- service


def test_need_taken_through_to_received(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    need_id = _add(database, partnership_id)
    with database.session() as session:
        resources.move_status(session, need_id, "requested", on=date(2026, 11, 1))
        resources.move_status(
            session, need_id, "partly_agreed", on=date(2026, 11, 10), agreed_pence=3000
        )
        need = resources.move_status(session, need_id, "received", on=date(2026, 11, 20))
        assert need.status == "received"
        assert (need.requested_date, need.decided_date, need.received_date) == (
            date(2026, 11, 1),
            date(2026, 11, 10),
            date(2026, 11, 20),
        )
        assert (need.agreed_pence, need.received_pence) == (3000, 3000)
        by_p, grand = resources.totals_for(session, "partnership")
    assert by_p["Rural Transport Forum"].received == 3000
    assert grand.turned_down == 1000
    assert grand.unmet == 0


def test_skip_needs_confirmation_and_changes_nothing(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    need_id = _add(database, partnership_id)
    with database.session() as session, pytest.raises(TransitionError, match="“Requested”"):
        resources.move_status(session, need_id, "received", on=TODAY)
    with database.session() as session:
        need = session.get(ResourceNeed, need_id)
        assert need.status == "identified"
        assert need.received_date is None
        need = resources.move_status(session, need_id, "received", on=TODAY, confirm_skip=True)
        assert need.requested_date == need.decided_date == need.received_date == TODAY
        assert need.received_pence == 4000


def test_partly_agreed_needs_a_smaller_amount(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    need_id = _add(database, partnership_id)
    with database.session() as session:
        resources.move_status(session, need_id, "requested", on=TODAY)
    with database.session() as session, pytest.raises(LedgerError, match="less than the estimate"):
        resources.move_status(session, need_id, "partly_agreed", on=TODAY, agreed_pence=4000)
    with database.session() as session:
        assert session.get(ResourceNeed, need_id).status == "requested"


def test_bad_need_changes_nothing(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session, pytest.raises(LedgerError, match="more than zero"):
        resources.add_need(
            session, NeedInput(description="x", quantity=0, estimated_pence=5), today=TODAY
        )
    assert _count(database) == 0


def test_rates_default_and_set(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        assert resources.get_rates(session).mileage_pence == 45
        assert resources.set_mileage_rate(session, "£0.50") == 50
        assert resources.set_hourly_value(session, "15") == 1500
    with database.session() as session:
        rates = resources.get_rates(session)
        assert (rates.mileage_pence, rates.hourly_pence) == (50, 1500)
        for bad in ("-1", "0", "abc"):
            with pytest.raises(LedgerError):
                resources.set_mileage_rate(session, bad)
        assert session.get(SettingValue, "resources.mileage_rate_pence").value == "50"


def test_meeting_time_and_travel(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        a, b, c = (Person(full_name=n) for n in ("Ann", "Bob", "Cat"))
        session.add_all([a, b, c])
        session.flush()
        meeting = Meeting(
            partnership_id=partnership_id, meeting_date=date(2026, 10, 5), title="Board"
        )
        meeting.attendance = [
            Attendance(person_id=a.id, status="attended", miles=10),
            Attendance(person_id=b.id, status="attended", miles=None),
            Attendance(person_id=c.id, status="apologies"),
        ]
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    with database.session() as session:
        needs = resources.need_from_meeting(session, meeting_id, 2.5, 24, today=TODAY)
        assert [(n.category, n.quantity, n.estimated_pence) for n in needs] == [
            ("time", 2.5, 3178),
            ("travel", 24, 1080),
            ("time", 2.5, 3178),
            ("travel", 24, 1080),
        ]
        assert all(n.meeting_id == meeting_id for n in needs)
        assert all("Ann" not in n.description for n in needs)
        assert needs[0].identified_date == date(2026, 10, 5)
    with database.session() as session, pytest.raises(resources.ResourceError, match="already"):
        resources.need_from_meeting(session, meeting_id, 2.5, 24)
    assert _count(database) == 4


def test_meeting_miles_from_attendance(database, partnership_id: int) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        a = Person(full_name="Ann")
        session.add(a)
        session.flush()
        meeting = Meeting(partnership_id=partnership_id, meeting_date=date(2026, 10, 5))
        meeting.attendance = [Attendance(person_id=a.id, status="attended", miles=10)]
        session.add(meeting)
        session.flush()
        with pytest.raises(LedgerError, match="hours"):
            resources.need_from_meeting(session, meeting.id, 0, None)
        needs = resources.need_from_meeting(session, meeting.id, 1, None)
        assert [n.estimated_pence for n in needs] == [1271, 450]


# ---------------------------------------------------------------------- totals (property)

STATUSES = ["identified", "requested", "agreed", "partly_agreed", "declined", "received"]

rows_strategy = st.lists(
    st.builds(
        LedgerRow,
        id=st.integers(1, 10_000),
        status=st.sampled_from(STATUSES),
        category=st.sampled_from(["time", "travel", "care", "other"]),
        estimated_pence=st.integers(0, 5_000_000),
        agreed_pence=st.one_of(st.none(), st.integers(0, 5_000_000)),
        received_pence=st.one_of(st.none(), st.integers(0, 5_000_000)),
        partnership_id=st.sampled_from([None, 1, 2]),
        partnership_name=st.sampled_from(["", "A", "B"]),
        identified_date=st.one_of(
            st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))
        ),
    ),
    max_size=60,
)


def _expected(rows: list[LedgerRow]) -> dict[str, int]:
    """An independent, deliberately plain restatement of the rules."""
    out = dict.fromkeys(["estimated", "agreed", "received", "decision", "receipt"], 0)
    for r in rows:
        out["estimated"] += r.estimated_pence
        agreed = 0
        if r.status in ("agreed", "partly_agreed", "received"):
            agreed = r.estimated_pence if r.agreed_pence is None else r.agreed_pence
        out["agreed"] += agreed
        if r.status == "received":
            out["received"] += agreed if r.received_pence is None else r.received_pence
        if r.status == "requested":
            out["decision"] += r.estimated_pence
        if r.status in ("agreed", "partly_agreed"):
            out["receipt"] += agreed
    return out


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(rows_strategy)
def test_totals_right_to_the_penny(rows: list[LedgerRow]) -> None:
    expected = _expected(rows)
    grand = totals(rows)
    assert grand.estimated == expected["estimated"]
    assert grand.agreed == expected["agreed"]
    assert grand.received == expected["received"]
    assert grand.awaiting_decision == expected["decision"]
    assert grand.awaiting_receipt == expected["receipt"]
    assert unmet(rows).total_pence == grand.unmet
    for key in (by_partnership, by_category, by_financial_year):
        groups = totals_by(rows, key)
        assert sum(t.estimated for t in groups.values()) == grand.estimated
        assert sum(t.agreed for t in groups.values()) == grand.agreed
        assert sum(t.received for t in groups.values()) == grand.received
        assert sum(t.unmet for t in groups.values()) == grand.unmet
        assert sum(t.count for t in groups.values()) == len(rows)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.integers(0, 500_000), st.sampled_from(["time", "travel", "care"])),
        min_size=1,
        max_size=15,
    )
)
def test_stored_totals_match_the_pence_typed(database, partnership_id: int, entries) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        for need in session.scalars(select(ResourceNeed)):
            session.delete(need)
        for pence, category in entries:
            resources.add_need(
                session,
                NeedInput(
                    description="x",
                    category=category,
                    estimated_pence=pence,
                    partnership_id=partnership_id,
                ),
                today=TODAY,
            )
        by_cat, grand = resources.totals_for(session, "category")
    assert grand.estimated == sum(p for p, _ in entries)
    assert sum(t.estimated for t in by_cat.values()) == grand.estimated
