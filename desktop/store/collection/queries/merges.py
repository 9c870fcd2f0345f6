"""The rows ``services.collection.merges`` reads and writes: the officer's partnership merges
(by normalised name) and the groups expected to send a return."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "add_expected_group",
    "has_partnership",
    "merge_into",
    "merged_display_name",
    "most_used_name",
    "partnership_names",
    "remove_expected_group",
    "separate",
    "short_names",
]


def merged_display_name(conn: Connection, key: str) -> str | None:
    """The name a merge gave the partnership ``key``, if any."""
    row = conn.execute(
        "SELECT canonical_name FROM partnership_merge WHERE canonical_key = ? LIMIT 1", (key,)
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def most_used_name(conn: Connection, key: str) -> str | None:
    """The name the returns give the partnership ``key`` most often (then the first)."""
    row = conn.execute(
        "SELECT name FROM collected_partnership WHERE canonical_key = ?"
        " GROUP BY name ORDER BY count(*) DESC, name LIMIT 1",
        (key,),
    ).fetchone()
    return str(row[0]) if row else None


def has_partnership(conn: Connection, key: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM collected_partnership WHERE canonical_key = ? LIMIT 1", (key,)
        ).fetchone()
        is not None
    )


def merge_into(
    conn: Connection, alias_key: str, into_key: str, alias_name: str, into_name: str, when: str
) -> int:
    """Record ``alias_key`` as ``into_key`` (earlier merges into either follow) and move the
    rows called by the alias; how many rows moved."""
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
        (alias_key, into_key, alias_name, into_name, when),
    )
    return int(
        conn.execute(
            "UPDATE collected_partnership SET canonical_key = ? WHERE canonical_key = ?",
            (into_key, alias_key),
        ).rowcount
    )


def separate(conn: Connection, alias_key: str) -> int:
    """Forget the merge of ``alias_key``: its rows stand alone again; how many moved."""
    conn.execute("DELETE FROM partnership_merge WHERE alias_key = ?", (alias_key,))
    return int(
        conn.execute(
            "UPDATE collected_partnership SET canonical_key = name_key WHERE name_key = ?",
            (alias_key,),
        ).rowcount
    )


def short_names(conn: Connection) -> list[tuple[Any, ...]]:
    """(canonical_key, short_name) pairs, each once."""
    return conn.execute(
        "SELECT DISTINCT canonical_key, short_name FROM collected_partnership"
    ).fetchall()


def partnership_names(conn: Connection) -> list[tuple[Any, ...]]:
    """(canonical_key, short_name, merged name or None, most used name) for every partnership
    and each short name it is given, by key: what ``merged_display_name`` and
    ``most_used_name`` say for every key at once, in one pass over the table (one query per
    key took a second at 100,000 returns)."""
    return conn.execute(
        # Counted in the order of ix_collected_partnership_names (c0010), from the index
        # alone: a pass over the rows themselves read their JSON too (0.2-0.3 s at 100,000
        # returns on either back end).
        "WITH triples AS (SELECT canonical_key, name, short_name,"
        " count(*) AS uses FROM collected_partnership GROUP BY canonical_key, name, short_name),"
        " names AS (SELECT canonical_key, name, sum(uses) AS uses FROM triples"
        " GROUP BY canonical_key, name),"
        " ranked AS (SELECT canonical_key, name, row_number() OVER"
        " (PARTITION BY canonical_key ORDER BY uses DESC, name) AS place FROM names)"
        " SELECT s.canonical_key, s.short_name,"
        " (SELECT m.canonical_name FROM partnership_merge m"
        " WHERE m.canonical_key = s.canonical_key LIMIT 1), r.name"
        " FROM (SELECT DISTINCT canonical_key, short_name FROM triples) s"
        " JOIN ranked r ON r.canonical_key = s.canonical_key AND r.place = 1"
        " ORDER BY s.canonical_key, s.short_name"
    ).fetchall()


def add_expected_group(conn: Connection, name: str, key: str, note: str) -> None:
    conn.execute(
        "INSERT INTO expected_group (name, name_key, note) VALUES (?, ?, ?)"
        " ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, note = excluded.note",
        (name, key, note),
    )


def remove_expected_group(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM expected_group WHERE name_key = ?", (key,))
