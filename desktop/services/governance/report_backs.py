"""Reporting back to the people we represent: how often we should, and when it is next due.

The times we did are rows of the "report_back" register (services.governance.registers).
The rule for "next due" is desktop.domain.governance.next_report_back_due: with a rhythm
chosen on the seat it follows that; with only a written duty it means after each meeting.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Choices, Problem
from desktop.domain.record_rules import choice_labels
from desktop.domain.run_registers import ReportBackEvery, next_report_back_due
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Closure, Meeting, Partnership, ReportBack, Seat


def set_report_back_every(session: Session, partnership_id: int, every: str) -> None:
    if every and every not in ReportBackEvery.codes():
        raise InvalidInput(
            [
                Problem(
                    "report_back_every",
                    "Choose one of: {allowed}.",
                    allowed=Choices(choice_labels(ReportBackEvery)),
                )
            ]
        )
    partnership = session.get_one(Partnership, partnership_id)
    if partnership.seat is None:
        partnership.seat = Seat()
    partnership.seat.report_back_every = every
    session.flush()


def report_back_plan(
    session: Session, partnership_ids: list[int], today: date
) -> dict[int, dict[str, Any]]:
    """For each partnership: its rhythm, whether a duty is written, the last report back and
    the next one due (None when there is no duty, or the partnership has closed)."""
    result: dict[int, dict[str, Any]] = {}
    if not partnership_ids:
        return result
    reports: dict[int, list[date]] = {pid: [] for pid in partnership_ids}
    for pid, day in session.execute(
        select(ReportBack.partnership_id, ReportBack.reported_on).where(
            ReportBack.partnership_id.in_(partnership_ids), ReportBack.reported_on.is_not(None)
        )
    ):
        reports[pid].append(day)
    meetings: dict[int, list[date]] = {pid: [] for pid in partnership_ids}
    for pid, day in session.execute(
        select(Meeting.partnership_id, Meeting.meeting_date).where(
            Meeting.partnership_id.in_(partnership_ids)
        )
    ):
        meetings[pid].append(day)
    closed = set(
        session.scalars(
            select(Closure.partnership_id).where(Closure.partnership_id.in_(partnership_ids))
        )
    )
    rows = session.execute(
        select(
            Partnership.id,
            Partnership.next_meeting,
            Partnership.start_date,
            Seat.report_back_every,
            Seat.report_back_duty,
            Seat.report_back_to,
        )
        .outerjoin(Seat, Seat.partnership_id == Partnership.id)
        .where(Partnership.id.in_(partnership_ids))
    )
    for pid, next_meeting, started, every, duty, to in rows:
        has_duty = bool((duty or "").strip() or (to or "").strip())
        due = None
        if pid not in closed:
            due = next_report_back_due(
                every or "", has_duty, reports[pid], meetings[pid], next_meeting, started, today
            )
        result[pid] = {
            "every": every or "",
            "has_duty": has_duty,
            "to": to or "",
            "last": max(reports[pid]) if reports[pid] else None,
            "next_due": due,
        }
    return result
