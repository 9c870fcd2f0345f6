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
from desktop.store.collection.queries import merges as queries
from desktop.store.collection.queries.transaction import begin, commit, rollback

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
    merged = queries.merged_display_name(conn, key)
    if merged:
        return merged
    used = queries.most_used_name(conn, key)  # "" is a name too (a return left it blank)
    return key if used is None else used


def merge_partnerships(conn: sqlite3.Connection, alias_key: str, into_key: str) -> int:
    """Treat partnership ``alias_key`` as ``into_key`` from now on; return rows moved.

    Both are keys as listed in the partnerships view. Earlier merges into the alias move
    with it, so chains never form.
    """
    if alias_key == into_key:
        raise MergeError("A partnership cannot be merged with itself.")
    begin(conn)
    try:
        # One merge at a time on a server, checked inside the transaction: if another
        # officer merged either name a moment ago, this one is told instead of undoing it.
        serialise(conn, "partnership-merges")
        into_name = _display_name(conn, into_key)
        alias_name = _display_name(conn, alias_key)
        for key, name in ((alias_key, alias_name), (into_key, into_name)):
            if not queries.has_partnership(conn, key):
                raise MergeError(
                    "“{name}” is not in the list any more: someone else merged it a moment "
                    "ago. Nothing was changed; look at the list again as it is now.",
                    name=name,
                )
        moved = queries.merge_into(conn, alias_key, into_key, alias_name, into_name, _now())
        commit(conn)
    except BaseException:
        rollback(conn)
        raise
    return int(moved)


def separate_partnership(conn: sqlite3.Connection, alias_key: str) -> int:
    """Undo a merge: rows called by ``alias_key`` (and names merged into it) stand alone."""
    begin(conn)
    try:
        moved = queries.separate(conn, alias_key)
        commit(conn)
    except BaseException:
        rollback(conn)
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
    # Every name and short name read at once (not per partnership), then compared in memory.
    shorts: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for key, short, merged, used in queries.partnership_names(conn):
        shorts.setdefault(key, set())
        if short:
            shorts[key].add(name_key(short))
        # As _display_name: the merge's name, else the most used ("" is a name too).
        names[key] = str(merged) if merged else str(used)
    suggestions = []
    for key, short_keys in shorts.items():
        name = names[key]
        for candidate in {initials(name), *short_keys}:
            if candidate and candidate != key and candidate in shorts:
                suggestions.append(MergeSuggestion(candidate, names[candidate], key, name))
    unique = {(s.alias_key, s.into_key): s for s in suggestions}
    return sorted(unique.values(), key=lambda s: s.into_name.casefold())


def add_expected_group(conn: sqlite3.Connection, name: str, note: str = "") -> None:
    name = " ".join(name.split())
    if not name:
        raise MergeError("Type the group's name.")
    queries.add_expected_group(conn, name, name_key(name), note)


def remove_expected_group(conn: sqlite3.Connection, name: str) -> None:
    queries.remove_expected_group(conn, name_key(name))
