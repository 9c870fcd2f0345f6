"""How a partnership is run, items 6-9, through the services: the structure refuses loops,
registers keep what is valid and refuse what is not (storing nothing), report backs make
"next due", closing keeps the record whole, and the return carries every field (schema v2).
"""

from __future__ import annotations

from datetime import date, timedelta

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.periods import Period
from desktop.domain.run_registers import next_report_back_due, parent_problem, tree_order
from desktop.services.governance import closure, registers, report_backs, structure
from desktop.services.partnerships import InvalidInput
from desktop.services.return_data import build_return
from desktop.services.return_reader import schema
from desktop.store.models import Closure, Partnership, Risk
from tests.conftest import FIXED_TODAY
from tests.returns.conftest import FIXED_NOW

YEAR = Period(date(2026, 4, 1), date(2027, 3, 31), "2026-27")


def _ids(session) -> list[int]:  # type: ignore[no-untyped-def]
    return list(session.scalars(select(Partnership.id).order_by(Partnership.id)))


def test_a_sub_group_sits_under_its_board_and_a_loop_is_refused(demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        board, forum, hub = _ids(session)[:3]
        structure.set_parent(session, forum, board)
        structure.set_parent(session, hub, forum)
        with pytest.raises(InvalidInput) as caught:
            structure.set_parent(session, board, hub)
        assert "go round in a circle" in str(caught.value.problems[0])
        with pytest.raises(InvalidInput, match="under itself"):
            structure.set_parent(session, board, board)
        assert session.get_one(Partnership, board).parent_id is None  # nothing changed
        offered = [pid for pid, _ in structure.parent_choices(session, forum)]
        assert board in offered and forum not in offered and hub not in offered
        children = structure.structure_of(session, board)["children"]
        assert (forum, "Torridge Rural Transport Forum") in children
        assert structure.tree_rows(session, [hub, forum, board]) == [
            (board, 0),
            (forum, 1),
            (hub, 2),
        ]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.integers(1, 12), st.one_of(st.none(), st.integers(1, 12))))
def test_tree_order_places_every_partnership_once(parents: dict[int, int | None]) -> None:
    order = tree_order(parents.items())
    assert sorted(pid for pid, _ in order) == sorted(parents)
    # Whatever the data, a parent the check lets through never makes a loop.
    for child, parent in parents.items():
        if parent is not None and parent_problem(child, parent, parents) is None:
            seen, node = set(), parent
            while node is not None and node not in seen:
                assert node != child
                seen.add(node)
                node = parents.get(node)


def test_registers_keep_valid_rows_and_refuse_bad_ones(demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        pid = _ids(session)[0]
        with pytest.raises(InvalidInput) as caught:
            registers.add_register_row(session, "risk", pid, {"description": " ", "impact": 9})
        fields = {p.field for p in caught.value.problems}
        assert fields == {"description", "impact"}
        assert session.scalars(select(Risk).where(Risk.description == " ")).all() == []
        assert not session.scalars(select(Risk).where(Risk.impact == 9)).all()
        rid = registers.add_register_row(
            session, "risk", pid, {"description": "Funding ends", "likelihood": 4, "impact": 4}
        )
        with pytest.raises(InvalidInput, match="1 \\(low\\) to 5"):
            registers.update_register_row(session, "risk", rid, {"likelihood": 0})
        assert session.get_one(Risk, rid).likelihood == 4
        did = registers.add_register_row(
            session, "disagreement", pid, {"about": "Who chairs", "raised_on": date(2026, 5, 1)}
        )
        with pytest.raises(InvalidInput, match="resolved before it was raised"):
            registers.update_register_row(
                session, "disagreement", did, {"resolved_on": date(2026, 4, 1)}
            )
        registers.update_register_row(
            session, "disagreement", did, {"resolved_on": date(2026, 6, 1), "resolution": "Vote"}
        )
        row = next(
            r for r in registers.list_register(session, "disagreement", pid) if r["id"] == did
        )
        assert (row["resolution"], row["resolved_on"]) == ("Vote", date(2026, 6, 1))


def test_next_report_back_follows_meetings_or_the_rhythm() -> None:
    today = date(2026, 11, 28)
    meetings = [date(2026, 9, 1), date(2026, 11, 1)]
    # After each meeting: the first meeting not yet reported on, plus two weeks.
    assert next_report_back_due("", True, [date(2026, 9, 10)], meetings, None, None, today) == (
        date(2026, 11, 15)
    )
    # Everything reported: two weeks after the next meeting.
    assert next_report_back_due(
        "after_each_meeting", False, [date(2026, 11, 5)], meetings, date(2027, 1, 10), None, today
    ) == date(2027, 1, 24)
    assert next_report_back_due("", False, [], meetings, None, None, today) is None
    assert next_report_back_due("quarterly", False, [date(2026, 8, 31)], [], None, None, today) == (
        date(2026, 11, 30)
    )
    assert next_report_back_due("yearly", False, [], [], None, date(2025, 2, 1), today) == date(
        2026, 2, 1
    )


def test_closing_keeps_the_record_and_reopening_puts_it_back(demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        pid = _ids(session)[0]
        with pytest.raises(InvalidInput) as caught:
            closure.close_partnership(session, pid, {"scope": "partnership", "reason": ""})
        assert {p.field for p in caught.value.problems} == {"closed_on", "reason"}
        assert session.scalars(select(Closure).where(Closure.partnership_id == pid)).all() == []
        closure.close_partnership(
            session,
            pid,
            {"scope": "partnership", "closed_on": date(2026, 10, 31), "reason": "Funding ended"},
        )
        p = session.get_one(Partnership, pid)
        assert (p.status, p.end_date) == ("ended", date(2026, 10, 31))
        assert report_backs.report_back_plan(session, [pid], FIXED_TODAY)[pid]["next_due"] is None
        closure.update_closure(session, pid, {"lessons": "Start the exit plan a year early"})
        assert closure.closure_of(session, pid)["lessons"] == "Start the exit plan a year early"
        closure.reopen_partnership(session, pid)
        assert (p.status, p.end_date) == ("active", None)
        assert closure.closure_of(session, pid) is None


def test_the_return_carries_every_run_field_and_matches_schema_2(demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        board, forum = _ids(session)[:2]
        structure.set_parent(session, forum, board)
        structure.save_text(session, forum, "vision", "Nobody stranded without a lift")
        registers.add_register_row(
            session, "risk", forum, {"description": "Drivers retire", "likelihood": 5, "impact": 3}
        )
        registers.add_register_row(
            session,
            "interest_declaration",
            forum,
            {"declared_by": "Council officer", "about": "Bus contract", "declared_on": FIXED_TODAY},
        )
        registers.add_register_row(
            session, "equality_note", forum, {"left_out": "Wheelchair users"}
        )
        registers.add_register_row(
            session, "learning_entry", forum, {"learned": "Ask drivers first"}
        )
        registers.add_register_row(
            session,
            "report_back",
            forum,
            {"reported_on": date(2026, 10, 1), "to_whom": "Trustees", "how": "report"},
        )
        closure.close_partnership(
            session,
            forum,
            {"scope": "our_part", "closed_on": date(2026, 11, 1), "reason": "Merged"},
        )
    with demo_database.session() as session:
        payload = build_return(session, YEAR, now=FIXED_NOW)
    jsonschema.validate(payload, schema(2))
    entry = next(p for p in payload["partnerships"] if p["structure"]["parent_name"])
    assert entry["structure"]["vision"] == "Nobody stranded without a lift"
    assert entry["risks"][0]["score"] == 15 and entry["risks"][0]["high"] is True
    assert entry["conflicts_of_interest"][0]["about"] == "Bus contract"
    assert entry["equality_notes"][0]["left_out"] == "Wheelchair users"
    assert entry["learning_log"][0]["learned"] == "Ask drivers first"
    assert entry["reporting_back"]["reports"][0]["to_whom"] == "Trustees"
    assert entry["reporting_back"]["next_due"] is None  # closed: nothing more is due
    assert entry["closure"]["scope"] == "our_part" and entry["closure"]["reason"] == "Merged"
    top = next(p for p in payload["partnerships"] if p["id"] == entry["structure"]["parent_id"])
    assert top["structure"]["parent_id"] is None and top["closure"] is None


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    every=st.sampled_from(["", "after_each_meeting", "monthly", "quarterly", "yearly"]),
    duty=st.booleans(),
    reports=st.lists(DAYS, max_size=4),
    meetings=st.lists(DAYS, max_size=5),
    next_meeting=st.one_of(st.none(), DAYS),
    today=DAYS,
)
def test_the_next_report_back_is_always_after_the_last_one(
    every: str,
    duty: bool,
    reports: list[date],
    meetings: list[date],
    next_meeting: date | None,
    today: date,
) -> None:
    due = next_report_back_due(every, duty, reports, meetings, next_meeting, None, today)
    if not every and not duty:
        assert due is None  # no rhythm and no duty: nothing is ever due
        return
    last = max(reports) if reports else None
    if due is None:
        return
    if last is not None:
        assert due > last  # never due again for what was already reported
    if (every or "after_each_meeting") == "after_each_meeting":
        # Two weeks after a meeting held (or the next one) that was not reported on yet.
        meeting = due - timedelta(days=14)
        assert meeting in [m for m in meetings if m <= today] or meeting == next_meeting
        assert last is None or meeting > last


def test_the_demo_shows_every_part(demo_database) -> None:  # type: ignore[no-untyped-def]
    """So a newcomer sees what each part is for (issue 17, item 10)."""
    with demo_database.session() as session:
        by_name = {p.short_name or p.name: p for p in session.scalars(select(Partnership))}
        board, force = by_name["NDHWP"], by_name["Farmers' Wellbeing Task Force"]
        assert board.vision and board.goal and board.principles
        assert force.parent_id == board.id
        for kind in registers.MODELS:
            assert registers.list_register(session, kind, board.id), kind
        closed = closure.closure_of(session, force.id)
        assert closed is not None and all(closed[k] for k in closure.FIELDS)
        assert force.status == "ended" and force.archived_at is not None
        assert by_name["TRTF"].seat.report_back_every == "quarterly"


def test_the_schema_s_choices_follow_the_rules() -> None:
    from desktop.domain.run_registers import ClosureScope, ReportBackEvery, ReportBackHow
    from desktop.domain.run_registers import RiskStatus as Status

    props = schema(2)["$defs"]["partnership"]["properties"]
    risk = props["risks"]["items"]["properties"]
    assert risk["status"]["enum"] == Status.codes()
    back = props["reporting_back"]["properties"]
    assert back["every"]["enum"] == ["", *ReportBackEvery.codes()]
    assert back["reports"]["items"]["properties"]["how"]["enum"] == ReportBackHow.codes()
    closure_shape = props["closure"]["oneOf"][1]["properties"]
    assert closure_shape["scope"]["enum"] == ClosureScope.codes()
    assert (
        "structure" in props and "structure" not in schema(1)["$defs"]["partnership"]["properties"]
    )
