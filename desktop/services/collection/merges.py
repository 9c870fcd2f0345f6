"""The officer's own decisions: which names are the same partnership, which groups to expect.

Merges are stored by normalised name (``alias_key -> canonical_key``), so they hold for
every later import: a new return that calls the partnership by the merged name lands under
the confirmed one straight away (see normalise.store_rows).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.problems import UserError
from desktop.services.collection.names import initials, name_key
from desktop.store.collection.db import serialise

__all__ = [
    "MergeSuggestion",
    "add_expected_group",
    "merge_partnerships",
    "remove_expected_group",
    "separate_partnership",
    "suggest_merges",
]


class MergeError(UserError, ValueError):
    """A merge that cannot be made; the message says why."""


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _display_name(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute(
        "SELECT canonical_name FROM partnership_merge WHERE canonical_key = ? LIMIT 1", (key,)
    ).fetchone()
    if row and row[0]:
        return str(row[0])
    row = conn.execute(
        "SELECT name FROM collected_partnership WHERE canonical_key = ?"
        " GROUP BY name ORDER BY count(*) DESC, name LIMIT 1",
        (key,),
    ).fetchone()
    return str(row[0]) if row else key


def merge_partnerships(conn: sqlite3.Connection, alias_key: str, into_key: str) -> int:
    """Treat partnership ``alias_key`` as ``into_key`` from now on; return rows moved.

    Both are keys as listed in the partnerships view. Earlier merges into the alias move
    with it, so chains never form.
    """
    if alias_key == into_key:
        raise MergeError("A partnership cannot be merged with itself.")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # One merge at a time on a server, checked inside the transaction: if another
        # officer merged either name a moment ago, this one is told instead of undoing it.
        serialise(conn, "partnership-merges")
        into_name = _display_name(conn, into_key)
        alias_name = _display_name(conn, alias_key)
        for key, name in ((alias_key, alias_name), (into_key, into_name)):
            if not conn.execute(
                "SELECT 1 FROM collected_partnership WHERE canonical_key = ? LIMIT 1", (key,)
            ).fetchone():
                raise MergeError(
                    "“{name}” is not in the list any more: someone else merged it a moment "
                    "ago. Nothing was changed; look at the list again as it is now.",
                    name=name,
                )
        conn.execute(
            "UPDATE partnership_merge SET canonical_key = ?, canonical_name = ?"
            " WHERE canonical_key IN (?, ?)",
            (into_key, into_name, alias_key, into_key),
        )
        conn.execute(
            "INSERT INTO partnership_merge (alias_key, canonical_key, alias_name,"
            " canonical_name, merged_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (alias_key) DO UPDATE SET canonical_key = excluded.canonical_key,"
            " canonical_name = excluded.canonical_name, merged_at = excluded.merged_at",
            (alias_key, into_key, alias_name, into_name, _now()),
        )
        moved = conn.execute(
            "UPDATE collected_partnership SET canonical_key = ? WHERE canonical_key = ?",
            (into_key, alias_key),
        ).rowcount
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(moved)


def separate_partnership(conn: sqlite3.Connection, alias_key: str) -> int:
    """Undo a merge: rows called by ``alias_key`` (and names merged into it) stand alone."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM partnership_merge WHERE alias_key = ?", (alias_key,))
        moved = conn.execute(
            "UPDATE collected_partnership SET canonical_key = name_key WHERE name_key = ?",
            (alias_key,),
        ).rowcount
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(moved)


@dataclass(frozen=True)
class MergeSuggestion:
    alias_key: str
    alias_name: str
    into_key: str
    into_name: str


def suggest_merges(conn: sqlite3.Connection) -> list[MergeSuggestion]:
    """Likely pairs for the officer to confirm: a name that is another's initials or short
    name ("NDHWP" and "North Devon Health and Wellbeing Partnership")."""
    shorts: dict[str, set[str]] = {}
    for key, short in conn.execute(
        "SELECT DISTINCT canonical_key, short_name FROM collected_partnership"
    ):
        shorts.setdefault(key, set())
        if short:
            shorts[key].add(name_key(short))
    suggestions = []
    for key, short_keys in shorts.items():
        name = _display_name(conn, key)
        for candidate in {initials(name), *short_keys}:
            if candidate and candidate != key and candidate in shorts:
                suggestions.append(
                    MergeSuggestion(candidate, _display_name(conn, candidate), key, name)
                )
    unique = {(s.alias_key, s.into_key): s for s in suggestions}
    return sorted(unique.values(), key=lambda s: s.into_name.casefold())


def add_expected_group(conn: sqlite3.Connection, name: str, note: str = "") -> None:
    name = " ".join(name.split())
    if not name:
        raise MergeError("Type the group's name.")
    conn.execute(
        "INSERT INTO expected_group (name, name_key, note) VALUES (?, ?, ?)"
        " ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, note = excluded.note",
        (name, name_key(name), note),
    )


def remove_expected_group(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM expected_group WHERE name_key = ?", (name_key(name),))
