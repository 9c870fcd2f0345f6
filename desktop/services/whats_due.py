"""What's due and what needs attention, read with sqlite3 alone.

Home is the first screen after start, so everything here reads a sqlite3 connection through
``store/queries/whats_due.py``: importing the ORM would cost the volunteer half a second on
a slow laptop.
Changes (ticking an action done) go through ``desktop.services.action_status`` instead.
"""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from desktop.domain.vocab import STILL_TO_DO, ReviewStatus
from desktop.services.overview import UpcomingMeeting, upcoming_meetings
from desktop.store.queries import whats_due as queries
from desktop.store.queries.settings import setting_value

REVIEW_DUE_MONTHS_DEFAULT = 12
REVIEW_DUE_MONTHS_RANGE = (1, 60)
# Statuses of a resource request that has been asked for but has not arrived yet.
WAITING_STATUSES = ("requested", "agreed", "partly_agreed")


@dataclass(frozen=True)
class DueAction:
    """One action as the What's due list shows it."""

    id: int
    description: str
    source: str
    owner: str
    partnership_id: int | None
    partnership: str
    due_date: date | None
    status: str
    done_date: date | None

    def is_open(self) -> bool:
        return self.status in STILL_TO_DO  # "In progress" is still to finish

    def days_overdue(self, today: date) -> int:
        """How many days past its due date an open action is; 0 when it is not overdue."""
        if not self.is_open() or self.due_date is None or self.due_date >= today:
            return 0
        return (today - self.due_date).days


@dataclass(frozen=True)
class ReviewDue:
    """A partnership whose health-check review is due: ``last_review`` None means never."""

    partnership_id: int
    partnership: str
    last_review: date | None
    due_since: date | None


@dataclass(frozen=True)
class WaitingRequest:
    """A resource we asked for (and may have been promised) that has not arrived."""

    id: int
    description: str
    partnership: str
    asked_of: str
    status: str
    requested_date: date | None
    estimated_pence: int


@dataclass(frozen=True)
class Attention:
    """Everything the Home screen lists under "Needs attention"."""

    meetings: list[UpcomingMeeting]
    overdue: list[DueAction]
    reviews_due: list[ReviewDue]
    waiting: list[WaitingRequest]


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later or earlier, kept inside short months (31 Jan + 1: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def due_actions(
    conn: sqlite3.Connection, today: date, *, include_closed: bool = False
) -> list[DueAction]:
    """Every action across partnerships: overdue first, then by due date (undated last).

    Closed actions (done or no longer needed) are left out unless asked for, and then come
    after the open ones. Actions of archived partnerships are left out: archiving means
    the person has stopped following that partnership.
    """
    return [
        DueAction(
            id=int(r[0]),
            description=str(r[1] or ""),
            source=str(r[2] or "other"),
            owner=str(r[3] or ""),
            partnership_id=None if r[4] is None else int(r[4]),
            partnership=str(r[5] or ""),
            due_date=_day(r[6]),
            status=str(r[7] or "open"),
            done_date=_day(r[8]),
        )
        for r in queries.actions(conn, today.isoformat(), include_closed=include_closed)
    ]


def overdue_actions(conn: sqlite3.Connection, today: date) -> list[DueAction]:
    return [a for a in due_actions(conn, today) if a.days_overdue(today) > 0]


def review_due_months(conn: sqlite3.Connection) -> int:
    """The review period the group chose (setting ``review_due_months``), 12 by default.

    Read here rather than through ``review_reads``, which imports the framework parser:
    Home is on the start-up path. A test keeps the two readings the same.
    """
    value = setting_value(conn, "review_due_months")
    try:
        months = int(value.strip()) if value is not None else REVIEW_DUE_MONTHS_DEFAULT
    except ValueError:
        return REVIEW_DUE_MONTHS_DEFAULT
    low, high = REVIEW_DUE_MONTHS_RANGE
    return months if low <= months <= high else REVIEW_DUE_MONTHS_DEFAULT


def reviews_due(
    conn: sqlite3.Connection, today: date, months: int | None = None
) -> list[ReviewDue]:
    """Active partnerships with no complete review in the last ``months`` months.

    The same rule as ``review_reads.partnerships_overdue_review`` (a test holds them
    together), in one query, so the first screen does not import the framework parser.
    """
    months = months if months is not None else review_due_months(conn)
    cutoff = add_months(today, -months)
    due: list[ReviewDue] = []
    for pid, name, last in queries.last_finished_reviews(conn, ReviewStatus.COMPLETE.value):
        last_review = _day(last)
        if last_review is None or last_review <= cutoff:
            due_since = add_months(last_review, months) if last_review else None
            due.append(ReviewDue(int(pid), str(name), last_review, due_since))
    due.sort(key=lambda r: (r.due_since or date.min, r.partnership.casefold()))
    return due


def waiting_requests(conn: sqlite3.Connection) -> list[WaitingRequest]:
    """Resource requests asked for, or agreed, that have not been received yet."""
    return [
        WaitingRequest(
            id=int(r[0]),
            description=str(r[1] or ""),
            partnership=str(r[2]),
            asked_of=str(r[3] or ""),
            status=str(r[4]),
            requested_date=_day(r[5]),
            estimated_pence=int(r[6] or 0),
        )
        for r in queries.requests_not_received(conn, WAITING_STATUSES)
    ]


def attention(conn: sqlite3.Connection, today: date) -> Attention:
    return Attention(
        meetings=upcoming_meetings(conn, today),
        overdue=overdue_actions(conn, today),
        reviews_due=reviews_due(conn, today),
        waiting=waiting_requests(conn),
    )
