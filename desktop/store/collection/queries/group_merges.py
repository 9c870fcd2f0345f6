"""The rows ``services.collection.group_merges`` reads and writes: the groups as received, and
the officer's word that two group ids are one group (``group_merge``)."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "group_counts",
    "group_name_keys",
    "groups",
    "groups_sharing_a_name",
    "merged_into",
    "move_group",
    "newest_payload",
    "rename_group",
]


def groups(conn: Connection) -> list[tuple[Any, ...]]:
    """(id, uuid, latest_name, returns, first seen to the second, newest return's date or '')
    for every group, by name then first seen."""
    return conn.execute(
        "SELECT g.id, g.uuid, g.latest_name, count(r.id), substr(g.first_seen, 1, 19),"
        " coalesce(substr(max(r.created_at), 1, 10), '')"
        " FROM collected_group g LEFT JOIN collected_return r ON r.group_id = g.id"
        " GROUP BY g.id ORDER BY g.latest_name COLLATE NOCASE, g.first_seen"
    ).fetchall()


def groups_sharing_a_name(conn: Connection) -> list[tuple[Any, ...]]:
    """(id, name_key, first seen to the second) of the groups whose name's key another
    group has too, in ``groups``' order; read from the groups alone, so without counting
    every group's returns, and only what the order and the pairing need (sorting 50,000
    whole rows spilled to disk on a server: 0.28 s)."""
    return conn.execute(
        "SELECT g.id, g.name_key, substr(g.first_seen, 1, 19)"
        " FROM collected_group g WHERE g.name_key IN"
        " (SELECT name_key FROM collected_group GROUP BY name_key HAVING count(*) > 1)"
        " ORDER BY g.latest_name COLLATE NOCASE, g.first_seen, g.id"
    ).fetchall()


def group_counts(conn: Connection, ids: list[int]) -> dict[int, tuple[str, str, int, str]]:
    """Group id -> (uuid, latest name, returns, newest return's date or '') for the groups
    ``ids``, as ``groups`` gives and counts them."""
    counts: dict[int, tuple[str, str, int, str]] = {}
    for start in range(0, len(ids), 500):  # well under every back end's parameter limit
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for group_id, uuid, name, returns, last_sent in conn.execute(
            "SELECT g.id, g.uuid, g.latest_name, count(r.id),"
            " coalesce(substr(max(r.created_at), 1, 10), '')"
            " FROM collected_group g LEFT JOIN collected_return r ON r.group_id = g.id"
            f" WHERE g.id IN ({marks}) GROUP BY g.id, g.uuid, g.latest_name",
            chunk,
        ):
            counts[int(group_id)] = (str(uuid), str(name), int(returns), str(last_sent))
    return counts


def group_name_keys(conn: Connection) -> dict[int, str]:
    """Group id -> its name's key."""
    return dict(conn.execute("SELECT id, name_key FROM collected_group"))


def merged_into(conn: Connection, uuid: str) -> str | None:
    """The group id ``uuid`` was merged into, if the officer merged it."""
    row = conn.execute(
        "SELECT canonical_uuid FROM group_merge WHERE alias_uuid = ?", (uuid,)
    ).fetchone()
    return None if row is None else str(row[0])


def move_group(
    conn: Connection,
    alias: tuple[int, str, str],
    into: tuple[int, str],
    when: str,
) -> int:
    """Count group ``alias`` (id, uuid, first_seen) as ``into`` (id, uuid) from now on: the
    merge is kept for later imports, its returns move, the alias's row goes and ``into``
    keeps the earlier first_seen. How many returns moved."""
    alias_id, alias_uuid, alias_first_seen = alias
    into_id, into_uuid = into
    conn.execute(
        "UPDATE group_merge SET canonical_uuid = ? WHERE canonical_uuid = ?",
        (into_uuid, alias_uuid),
    )
    conn.execute(
        "INSERT INTO group_merge (alias_uuid, canonical_uuid, merged_at) VALUES (?, ?, ?)"
        " ON CONFLICT (alias_uuid) DO UPDATE SET canonical_uuid = excluded.canonical_uuid,"
        " merged_at = excluded.merged_at",
        (alias_uuid, into_uuid, when),
    )
    moved = conn.execute(
        "UPDATE collected_return SET group_id = ? WHERE group_id = ?", (into_id, alias_id)
    ).rowcount
    conn.execute(
        "UPDATE collected_group SET first_seen = CASE WHEN first_seen <= ? THEN first_seen"
        " ELSE ? END WHERE id = ?",
        (alias_first_seen, alias_first_seen, into_id),
    )
    conn.execute("DELETE FROM collected_group WHERE id = ?", (alias_id,))
    return int(moved)


def newest_payload(conn: Connection, group_id: int) -> str | None:
    """The data (JSON text) of the group's newest return, if it has one."""
    row = conn.execute(
        "SELECT payload FROM collected_return WHERE group_id = ? ORDER BY created_at DESC LIMIT 1",
        (group_id,),
    ).fetchone()
    return None if row is None else row[0]


def rename_group(conn: Connection, group_id: int, name: str, key: str) -> None:
    conn.execute(
        "UPDATE collected_group SET latest_name = ?, name_key = ? WHERE id = ?",
        (name, key, group_id),
    )
