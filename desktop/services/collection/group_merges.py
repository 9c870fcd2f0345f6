"""The officer's word that two group ids are the same group (the app reinstalled on a new
laptop gives the group a new id), kept for later imports.

As partnerships are merged by name (merges.py), groups are merged by id: ``group_merge``
maps the id a return was sent under to the group it counts as, the returns already here
move to that group, and a later return sent under either id lands in the same group (see
importer._group_id). Which return has the latest word is then worked out again for the
merged group, so the newer laptop's return replaces the older one's as it should.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from desktop.domain.problems import UserError
from desktop.services.collection.currency import recompute_group
from desktop.store.collection.db import serialise
from desktop.store.collection.queries import group_merges as queries
from desktop.store.collection.queries import summaries
from desktop.store.collection.queries.transaction import begin, commit, rollback

__all__ = [
    "GroupMergeError",
    "GroupRow",
    "GroupSuggestion",
    "find_group",
    "group_rows",
    "merge_groups",
    "suggest_group_merges",
]


Row = TypeVar("Row")


class GroupMergeError(UserError, ValueError):
    """Two groups that cannot be merged; the message says why."""


@dataclass(frozen=True)
class GroupRow:
    id: int
    uuid: str
    name: str
    returns: int
    first_seen: str
    last_sent: str


@dataclass(frozen=True)
class GroupSuggestion:
    """Two ids whose groups have the same name: likely one group, for the officer to say."""

    alias: GroupRow  # the one seen later
    into: GroupRow


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def group_rows(conn: sqlite3.Connection) -> list[GroupRow]:
    return [GroupRow(*row) for row in queries.groups(conn)]


def _pairs(
    groups: Iterable[tuple[str, Row]], seen: Callable[[Row], tuple[str, int]], limit: int | None
) -> list[tuple[Row, Row]]:
    """(later, first seen) for each group whose name's key an earlier-seen group has, names in
    the order ``groups`` first gives them; ``seen`` is a group's (first seen, id). Stops once
    ``limit`` pairs are found."""
    by_key: dict[str, list[Row]] = {}
    for key, row in groups:
        by_key.setdefault(key, []).append(row)
    pairs: list[tuple[Row, Row]] = []
    for rows in by_key.values():
        rows.sort(key=seen)
        pairs += [(later, rows[0]) for later in rows[1:]]
        if limit is not None and len(pairs) >= limit:
            return pairs[:limit]
    return pairs


def suggest_group_merges(
    conn: sqlite3.Connection, limit: int | None = None
) -> list[GroupSuggestion]:
    """Pairs of group ids whose names match (as names are compared everywhere here); the
    first ``limit`` pairs only when given."""
    if limit is None:  # every pair: one pass counting every group's returns
        keys = queries.group_name_keys(conn)
        every = ((keys[row.id], row) for row in group_rows(conn))
        return [GroupSuggestion(*pair) for pair in _pairs(every, _first_seen, None)]
    # The window shows a few pairs: find them from the groups alone (plain rows: making
    # 50,000 GroupRows to keep 400 cost a tenth of a second) and count only their returns
    # (counting every group's took most of a second at 100,000 returns).
    found = _pairs(
        ((row[1], row) for row in queries.groups_sharing_a_name(conn)),
        lambda row: (str(row[2]), int(row[0])),
        limit,
    )
    counts = queries.group_counts(conn, sorted({int(row[0]) for pair in found for row in pair}))

    def counted(row: tuple[Any, ...]) -> GroupRow:
        group_id, _key, first_seen = row
        uuid, name, returns, last_sent = counts[int(group_id)]
        return GroupRow(int(group_id), uuid, name, returns, str(first_seen), last_sent)

    return [GroupSuggestion(counted(later), counted(first)) for later, first in found]


def _first_seen(row: GroupRow) -> tuple[str, int]:
    return (row.first_seen, row.id)


def find_group(conn: sqlite3.Connection, typed: str) -> GroupRow:
    """A group by its id, or the start of its id (at least 4 characters) when only one fits."""
    text = typed.strip().lower()
    matches = [
        row
        for row in group_rows(conn)
        if row.uuid == text or (len(text) >= 4 and row.uuid.startswith(text))
    ]
    if len(matches) != 1:
        raise GroupMergeError(
            "There is no group with the id “{typed}” in this collection. "
            "`partnerbook collect groups` lists them."
            if not matches
            else "More than one group's id starts with “{typed}”: type more of it.",
            typed=typed,
        )
    return matches[0]


def merge_groups(conn: sqlite3.Connection, alias_uuid: str, into_uuid: str) -> int:
    """Count every return sent under ``alias_uuid`` as ``into_uuid``'s, now and in later
    imports; returns how many returns moved. Runs in its own transaction."""
    begin(conn)
    try:
        # Looked up inside the transaction, one merge at a time on a server: if another
        # officer merged one of these groups a moment ago, this one sees it and says so.
        serialise(conn, "group-merges")
        alias, into = find_group(conn, alias_uuid), find_group(conn, into_uuid)
        if alias.id == into.id:
            raise GroupMergeError("A group cannot be merged with itself.")
        for group in sorted((alias.id, into.id)):
            serialise(conn, f"group-id:{group}")
        moved = queries.move_group(
            conn, (alias.id, alias.uuid, alias.first_seen), (into.id, into.uuid), _now()
        )
        # The group's name follows its newest return, whichever id sent it.
        newest = queries.newest_payload(conn, into.id)
        if newest is not None:
            import json

            from desktop.services.collection.names import name_key

            name = str(json.loads(newest)["group"]["name"])
            queries.rename_group(conn, into.id, name, name_key(name))
        summaries.refresh_groups(conn, [alias.id])  # its rows now count as ``into``'s
        recompute_group(conn, into.id)
        commit(conn)
    except BaseException:
        if conn.in_transaction:
            rollback(conn)
        raise
    return int(moved)
