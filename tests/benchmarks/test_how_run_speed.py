"""How it is run, at the size of a busy group: 25 partnerships, each with 15 partners, rules
and offices, 12 meetings with every partner's attendance marked and 3 decisions each.

Targets (on the 2-core test machine): the ``governance`` part of a return for all 25 in at
most 0.3 s; one meeting's quorum and one partnership's attendance rates, as the Meetings
tab and the review wizard read them, in at most 50 ms each. Run with ``pytest -m benchmark``.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from desktop.domain.return_period import parse_period
from desktop.services import decisions, how_run, partner_attendance
from desktop.services.meetings import record_meeting
from desktop.services.partnerships import add_partner
from desktop.services.return_how_run import HowRunRows
from tests.conftest import FIXED_TODAY
from tests.returns.filling import add_partnerships

pytestmark = pytest.mark.benchmark

PARTNERSHIPS, PARTNERS, MEETINGS = 25, 15, 12
MARKS = ("present", "present", "apologies", "present", "absent")


def _fill(session, pid: int) -> None:  # type: ignore[no-untyped-def]
    how_run.update_rules(session, pid, {"quorum_kind": "share", "quorum_value": 50})
    how_run.add_office(session, pid, "chair", organisation="A council", holder_name="Chair P")
    partner_ids = [
        add_partner(session, pid, f"Organisation {pid}-{n}", "voluntary").id
        for n in range(PARTNERS)
    ]
    for m in range(MEETINGS):
        mid = record_meeting(session, pid, FIXED_TODAY - timedelta(days=20 * m + 1), "Board")
        for n, partner_id in enumerate(partner_ids):
            partner_attendance.set_partner_attendance(
                session, mid, partner_id, MARKS[(n + m) % len(MARKS)]
            )
        if m < 3:
            decision = decisions.add_decision(session, mid, f"Decision {m}", "vote", "Chair")
            decisions.add_decision_action(session, decision, "Carry it out")


def _best(work, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def test_how_it_is_run_at_the_size_of_a_busy_group(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        ids = add_partnerships(session, PARTNERSHIPS, FIXED_TODAY)
        for pid in ids:
            _fill(session, pid)
    period = parse_period("2026-27")
    with database.session() as session:

        def governance() -> list[dict]:  # type: ignore[type-arg]
            rows = HowRunRows.load(session, ids, period, False)  # a few bulk queries
            return [rows.entry(pid) for pid in ids]

        gov_time = _best(governance)
        meeting_id = next(
            iter(
                session.scalars(
                    __import__("sqlalchemy").text("SELECT id FROM meeting ORDER BY id DESC LIMIT 1")
                )
            )
        )
        quorum_time = _best(lambda: partner_attendance.meeting_quorum(session, meeting_id))
        rates_time = _best(lambda: partner_attendance.rates_for(session, ids[0], FIXED_TODAY))
    print(
        f"\nhow it is run, {PARTNERSHIPS} partnerships x {PARTNERS} partners x {MEETINGS} "
        f"meetings: governance part of a return {gov_time:.3f} s; one meeting's quorum "
        f"{quorum_time * 1000:.1f} ms; one partnership's rates {rates_time * 1000:.1f} ms"
    )
    assert gov_time <= 0.3
    assert quorum_time <= 0.05
    assert rates_time <= 0.05
