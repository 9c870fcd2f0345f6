"""Elections of a partnership's chair or other officers that are due soon, for Home.

Plain sqlite3 (``store/queries/elections_due.py``), like services.whats_due, so the first
screen does not load the ORM. An election shows from ``ELECTION_NOTICE_DAYS`` before its
date until it is moved on (a new date typed after it has happened), so one that was missed
keeps showing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.how_run import ELECTION_NOTICE_DAYS, OfficeKind
from desktop.store.queries import elections_due


@dataclass(frozen=True)
class ElectionSoon:
    partnership_id: int
    partnership: str
    office: str  # the office's words: "Chair", "Vice-chair", or its own title
    when: date

    def overdue(self, today: date) -> bool:
        return self.when < today


def elections_soon(
    conn: sqlite3.Connection, today: date, within_days: int = ELECTION_NOTICE_DAYS
) -> list[ElectionSoon]:
    """Soonest first; archived and ended partnerships are left out."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    return [
        ElectionSoon(
            partnership_id=pid,
            partnership=name,
            office=title if title else OfficeKind.label_of(kind),
            when=date.fromisoformat(when[:10]),
        )
        for pid, name, kind, title, when in elections_due.elections_until(conn, horizon)
    ]
