"""Return packs' deadlines for Home and What's due, read with sqlite3 alone.

Home is the first screen after start: like desktop/services/whats_due.py this reads through
``store/queries/pack_deadlines.py`` on a sqlite3 connection, so the ORM is not loaded for it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.periods import Period
from desktop.domain.vocab import STILL_TO_DO
from desktop.store.queries.pack_deadlines import packs_by_deadline

__all__ = [
    "PACK_SOURCE",
    "PackDeadline",
    "open_pack_deadlines",
    "period_of",
    "with_pack_deadlines",
]


def period_of(label: str, start: date, end: date) -> Period:
    """The period a pack asks for: a financial year or quarter when its label names one
    with the same dates (so the return says so), else the dates as given."""
    from desktop.domain.periods import PeriodError, custom_period
    from desktop.domain.return_period import parse_period

    try:
        named = parse_period(label)
    except PeriodError:
        named = None
    if named is not None and (named.start, named.end) == (start, end):
        return named
    return custom_period(start, end, label)


@dataclass(frozen=True)
class PackDeadline:
    """A pack's deadline as Home and What's due show it."""

    pack_id: str
    cvs_name: str
    period_label: str
    deadline: date
    answered: bool  # a return was made for it
    period_start: date
    period_end: date

    @property
    def period(self) -> Period:
        return period_of(self.period_label, self.period_start, self.period_end)

    def days_left(self, today: date) -> int:
        return (self.deadline - today).days


def open_pack_deadlines(conn: sqlite3.Connection) -> list[PackDeadline]:
    """Every pack opened, soonest deadline first, and whether a return answered it.

    Plain sqlite3 (Home reads it at start, without the ORM). A database from before packs
    existed has no table: no deadlines.
    """
    return [
        PackDeadline(r[0], r[1], r[2], _date(r[3]), bool(r[4]), _date(r[5]), _date(r[6]))
        for r in packs_by_deadline(conn)
    ]


def _date(value: object) -> date:
    return date.fromisoformat(str(value)[:10])


PACK_SOURCE = "return_pack"


def with_pack_deadlines(conn: sqlite3.Connection, today: date, actions: list[Any]) -> list[Any]:
    """What's due with a row for each pack not yet answered: send the return by its deadline.

    Not an action (it cannot be ticked): it goes when the return for the pack is made. Its
    id is far below the report backs' negative ids, so the two never meet. In What's due
    order: open ones overdue first, then by date (undated last), then those done.
    """
    from desktop.services.whats_due import DueAction

    rows = [
        DueAction(
            id=-(1_000_000 + n),
            # The CVS's name: What's due says "Send the return to {cvs}" in the person's
            # language (desktop/ui/whats_due_model.py).
            description=pack.cvs_name,
            source=PACK_SOURCE,
            owner="",
            partnership_id=None,
            partnership="",
            due_date=pack.deadline,
            status="open",
            done_date=None,
        )
        for n, pack in enumerate(open_pack_deadlines(conn))
        if not pack.answered
    ]

    if not rows:
        return actions  # as they came, in What's due's own order

    def key(a: Any) -> tuple[object, ...]:
        return (
            a.status not in STILL_TO_DO,  # "in progress" is still to do too
            a.days_overdue(today) == 0,
            a.due_date is None,
            a.due_date or date.max,
            a.id < 0,
            abs(a.id),
        )

    return sorted([*actions, *rows], key=key)
