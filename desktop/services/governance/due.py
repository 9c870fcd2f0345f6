"""Report backs due, for What's due on Home: plain sqlite3, like services.whats_due, so the
first screen does not load the ORM (the SQL is in ``store/queries/governance_due.py``).

Each active partnership with a duty to report back (a rhythm chosen, or a duty written on
Our seat) and a date worked out by desktop.domain.run_registers.next_report_back_due
appears as one row beside the actions. It is not an action: it cannot be ticked done; it
goes when the report back is recorded (How it is run, Reporting back). Closed, archived
and ended partnerships owe nothing more.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date

from desktop.domain.run_registers import next_report_back_due
from desktop.domain.vocab import STILL_TO_DO
from desktop.services.whats_due import DueAction
from desktop.store.queries import governance_due

SOURCE = "report_back"


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def report_backs_due(conn: sqlite3.Connection, today: date) -> list[DueAction]:
    rows = governance_due.partnerships_owing_report_backs(conn)
    if not rows:
        return []
    reports: dict[int, list[date]] = defaultdict(list)
    for pid, day in governance_due.report_back_days(conn):
        reports[pid].append(_day(day))  # type: ignore[arg-type]
    meetings: dict[int, list[date]] = defaultdict(list)
    for pid, day in governance_due.meeting_days(conn):
        meetings[pid].append(_day(day))  # type: ignore[arg-type]
    leads: dict[int, str] = {}
    for pid, name in governance_due.representatives_leads_first(conn):
        leads.setdefault(pid, name)
    due: list[DueAction] = []
    for pid, name, next_meeting, started, every, duty, to in rows:
        has_duty = bool((duty or "").strip() or (to or "").strip())
        when = next_report_back_due(
            every or "",
            has_duty,
            reports[int(pid)],
            meetings[int(pid)],
            _day(next_meeting),
            _day(started),
            today,
        )
        if when is None:
            continue
        due.append(
            DueAction(
                id=-int(pid),  # not an action: a negative id never matches one
                # Whom to report back to; the window words it ("Report back to …").
                description=(to or "").strip(),
                source=SOURCE,
                owner=leads.get(int(pid), ""),
                partnership_id=int(pid),
                partnership=str(name),
                due_date=when,
                status="open",
                done_date=None,
            )
        )
    return due


def with_report_backs(
    conn: sqlite3.Connection, today: date, actions: list[DueAction]
) -> list[DueAction]:
    """The actions with report backs due among them, in the What's due order: open ones
    overdue first, then by date (undated last), then those done."""
    merged = [*actions, *report_backs_due(conn, today)]

    def key(a: DueAction) -> tuple[object, ...]:
        return (
            a.status not in STILL_TO_DO,  # "in progress" is still to do too
            a.days_overdue(today) == 0,
            a.due_date is None,
            a.due_date or date.max,
            a.id < 0,
            abs(a.id),
        )

    return sorted(merged, key=key)
