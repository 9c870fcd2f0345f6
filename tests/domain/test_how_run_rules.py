"""Quorum and attendance sums (issue 17, item 4), property-tested: whatever the numbers,
a meeting is quorate exactly when enough members are present, and a rate is a true share."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.how_run import (
    PartnerRate,
    QuorumRule,
    is_quorate,
    member_on,
    office_problems,
    overall_rate,
    partner_rates,
    quorum_rule,
    rules_problems,
)

members_st = st.integers(min_value=1, max_value=300)


@given(members=members_st, number=st.integers(min_value=1, max_value=300), data=st.data())
def test_a_number_quorum_is_met_exactly_when_that_many_are_present(members, number, data):
    present = data.draw(st.integers(min_value=0, max_value=members))
    assert is_quorate(QuorumRule("number", number), members, present) is (present >= number)


@given(members=members_st, share=st.integers(min_value=1, max_value=100), data=st.data())
def test_a_share_quorum_is_the_smallest_whole_number_reaching_the_share(members, share, data):
    rule = QuorumRule("share", share)
    needed = rule.needed(members)
    # Enough: needed people are at least the share; one fewer falls short (when >1).
    assert needed * 100 >= share * members
    assert needed == 1 or (needed - 1) * 100 < share * members
    assert 1 <= needed <= members
    present = data.draw(st.integers(min_value=0, max_value=members))
    assert is_quorate(rule, members, present) is (present * 100 >= share * members)


@given(members=members_st, share=st.integers(min_value=1, max_value=100))
def test_more_people_present_never_makes_a_meeting_inquorate(members, share):
    rule = QuorumRule("share", share)
    verdicts = [is_quorate(rule, members, present) for present in range(members + 1)]
    assert verdicts == sorted(verdicts)  # False... then True...


def test_a_third_of_ten_needs_four_and_no_rule_is_unknown() -> None:
    assert QuorumRule("share", 33).needed(10) == 4
    assert QuorumRule("share", 50).needed(10) == 5
    assert is_quorate(None, 10, 9) is None
    assert quorum_rule("share", None) is None and quorum_rule("", 3) is None
    assert quorum_rule("number", 3) == QuorumRule("number", 3)


statuses = st.sampled_from(["present", "apologies", "absent", None])


@given(st.lists(statuses, max_size=60))
def test_a_rate_is_the_share_present_of_the_meetings_recorded(marks):
    day = date(2026, 1, 1)
    meetings = [
        (day + timedelta(days=7 * i), {} if mark is None else {"Council": mark})
        for i, mark in enumerate(marks)
    ]
    (rate,) = partner_rates([("Council", None, None)], meetings)
    present = marks.count("present")
    recorded = len(marks) - marks.count(None)
    assert rate.meetings == len(marks)
    assert (rate.present, rate.recorded) == (present, recorded)
    if recorded == 0:
        assert rate.percent is None  # unknown is not 0%
    else:
        assert rate.percent == math.floor(100 * present / recorded + 0.5)
        assert 0 <= rate.percent <= 100


@given(
    joined=st.integers(min_value=0, max_value=40),
    length=st.integers(min_value=0, max_value=40),
    n=st.integers(min_value=0, max_value=40),
)
def test_only_meetings_while_a_member_count_for_a_partner(joined, length, n):
    start = date(2026, 1, 1)
    join_day, leave_day = start + timedelta(days=joined), start + timedelta(days=joined + length)
    meetings = [(start + timedelta(days=i), {}) for i in range(n)]
    (rate,) = partner_rates([("Police", join_day, leave_day)], meetings)
    assert rate.meetings == sum(1 for day, _ in meetings if join_day <= day <= leave_day)


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20)), max_size=8))
def test_the_overall_rate_weights_each_place_at_the_table_alike(counts):
    rates = [PartnerRate(f"P{i}", p + a + b, p, a, b) for i, (p, a, b) in enumerate(counts)]
    present = sum(p for p, _a, _b in counts)
    recorded = sum(p + a + b for p, a, b in counts)
    expected = None if not recorded else math.floor(100 * present / recorded + 0.5)
    assert overall_rate(rates) == expected


def test_membership_days_include_the_day_of_leaving() -> None:
    assert member_on(date(2026, 1, 1), date(2026, 3, 1), date(2026, 3, 1))
    assert not member_on(date(2026, 1, 1), date(2026, 3, 1), date(2026, 3, 2))
    assert not member_on(date(2026, 1, 2), None, date(2026, 1, 1))


def test_bad_rules_and_offices_say_why() -> None:
    fields = {p.field for p in rules_problems({"quorum_kind": "share", "quorum_value": 150})}
    assert fields == {"quorum_value"}
    assert rules_problems({"quorum_kind": "number", "quorum_value": 0})[0].field == "quorum_value"
    assert rules_problems({"decision_method": "dice"})[0].field == "decision_method"
    review = rules_problems({"terms_date": date(2026, 5, 1), "terms_review_date": date(2026, 1, 1)})
    assert review[0].field == "terms_review_date"
    assert office_problems({"kind": "other", "title": ""})[0].field == "title"
    ended = office_problems(
        {"kind": "chair", "from_date": date(2026, 5, 1), "to_date": date(2026, 1, 1)}
    )
    assert ended[0].field == "to_date"
