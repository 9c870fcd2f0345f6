"""Elections of a partnership's chair or other officers that are due soon, for Home.

Plain sqlite3, like services.whats_due, so the first screen does not load the ORM. An
election shows from ``ELECTION_NOTICE_DAYS`` before its date until it is moved on (a new
date typed after it has happened), so one that was missed keeps showing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.how_run import ELECTION_NOTICE_DAYS, OfficeKind


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
    rows = conn.execute(
        "SELECT o.partnership_id, p.name, o.kind, o.title, o.next_election FROM office o "
        "JOIN partnership p ON p.id = o.partnership_id "
        "WHERE o.next_election IS NOT NULL AND o.next_election <= ? "
        "AND p.archived_at IS NULL AND p.status != 'ended' "
        "ORDER BY o.next_election, o.id",
        (horizon,),
    ).fetchall()
    return [
        ElectionSoon(
            partnership_id=int(pid),
            partnership=str(name),
            office=str(title) if title else OfficeKind.label_of(str(kind)),
            when=date.fromisoformat(str(when)[:10]),
        )
        for pid, name, kind, title, when in rows
    ]
