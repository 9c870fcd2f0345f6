"""Which return has the latest word, for each group, partnership and period.

A return speaks for its whole group (every partnership it has: one left out has ended) or
only for the partnerships it lists (``export-return --partnership``). A later return for
the same dates replaces an earlier one only for what it speaks for; a return that names an
earlier one in ``supersedes`` replaces it (for what it speaks for) whatever the dates. Two
returns are for the same period when their dates are the same, whatever their labels say.
Every return also carries the group's general needs for its period: the latest one's count.

Everything is worked out again from the rows for one group at a time (a handful of
returns), so importing, withdrawing and merging groups can never leave the marks stale.
Withdrawn returns take no part: what they had replaced is current again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from desktop.store.collection.queries import currency as queries
from desktop.store.collection.queries import summaries

__all__ = ["Replaced", "recompute_group"]


@dataclass
class _Return:
    id: int
    uuid: str
    start: str
    end: str
    created: str
    whole_group: bool
    supersedes: str | None
    reference: str
    imported: str = ""  # when it arrived here (UTC, as the importer wrote it)
    rows: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, uuid, key, name
    marks: tuple[Any, ...] = ()  # its marks as stored: general_superseded_by, status, by

    @property
    def order(self) -> tuple[str, str]:
        """Its place among the group's returns: when it was made, as it says, but never
        later than when it arrived here. A clock set ahead (or a forged date in the future)
        cannot make a return the latest word by its date alone (issue 20)."""
        arrived = self.imported[:19].replace(" ", "T") + "Z" if self.imported else ""
        return (min(self.created, arrived) if arrived else self.created, self.uuid)

    def covers(self, uuid: str, key: str) -> bool:
        return self.whole_group or any(r[1] == uuid or r[2] == key for r in self.rows)


@dataclass(frozen=True)
class Replaced:
    """What one return took over from an earlier one."""

    uuid: str
    reference: str
    created: str
    partnerships: tuple[str, ...]  # names of the rows replaced
    all_of_it: bool  # every partnership the earlier return had (and its general needs)


def recompute_group(conn: sqlite3.Connection, group_id: int) -> None:
    """Mark every row and return of ``group_id`` current or superseded, from scratch."""
    found = queries.live_returns(conn, group_id)
    live = {
        row[0]: _Return(
            row[0],
            row[1],
            str(row[2]),
            str(row[3]),
            row[4],
            bool(row[5]),
            row[6],
            row[7],
            str(row[8] or ""),
            marks=tuple(row[9:12]),
        )
        for row in found
    }
    # Only a mark that changes is written: a new return usually changes none of the others'.
    stored: dict[int, str | None] = {}
    if live:
        for pid, return_id, uuid, key, name, by in queries.partnership_rows(conn, list(live)):
            live[return_id].rows.append((pid, uuid, key, name))
            stored[pid] = by
    for earlier in live.values():
        later = [
            other
            for other in live.values()
            if other is not earlier
            and (
                other.supersedes == earlier.uuid
                or (
                    (other.start, other.end) == (earlier.start, earlier.end)
                    and other.order > earlier.order
                    # A return that names the other as the one it replaces is the later
                    # word, even when both were made in the same second.
                    and earlier.supersedes != other.uuid
                )
            )
        ]
        later.sort(key=lambda r: r.order, reverse=True)  # the newest word first
        any_current = False
        replaced_by: str | None = None
        for pid, uuid, key, _name in earlier.rows:
            by = next((r.uuid for r in later if r.covers(uuid, key)), None)
            if stored[pid] != by:
                queries.mark_partnership(conn, pid, by)
            any_current = any_current or by is None
            replaced_by = replaced_by or by
        general_by = later[0].uuid if later else None
        any_current = any_current or general_by is None
        marks = (
            general_by,
            "current" if any_current else "superseded",
            None if any_current else (replaced_by or general_by),
        )
        if marks != earlier.marks:
            queries.mark_return(conn, earlier.id, *marks)
    # The views' summaries follow the marks, in the same transaction (issue 19).
    summaries.refresh_groups(conn, [group_id])


def replaced_by(conn: sqlite3.Connection, return_uuid: str) -> list[Replaced]:
    """The earlier returns ``return_uuid`` took something over from, and what."""
    result = []
    for other_id, other_uuid, reference, created, general_by in queries.returns_replaced_by(
        conn, return_uuid
    ):
        rows = queries.partnership_marks(conn, other_id)
        taken = tuple(name for name, by in rows if by == return_uuid)
        result.append(
            Replaced(
                other_uuid,
                reference,
                created,
                taken,
                len(taken) == len(rows) and general_by == return_uuid,
            )
        )
    return result
