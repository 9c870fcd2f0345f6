"""The rows ``services.collection.trust`` reads and writes: the keys groups sign with, and
returns held for a different key until the officer confirms or refuses them (issue 20)."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "add_group_key",
    "decide_held",
    "decided_status",
    "group_key_rows",
    "held_rows",
    "hold",
    "known_keys",
    "log_fingerprints",
    "signature_rows",
    "waiting_row",
]


def known_keys(conn: Connection, group_uuid: str) -> dict[str, str]:
    """public key -> fingerprint for the group and every id merged into it, oldest first."""
    # Two halves, each found through group_key's index on its group: one OR over both read
    # every key in the collection for each file imported (0.8 ms a return at 10,000).
    return dict(
        conn.execute(
            "SELECT public_key, fingerprint FROM (SELECT id, public_key, fingerprint"
            " FROM group_key WHERE group_uuid = ? UNION SELECT k.id, k.public_key,"
            " k.fingerprint FROM group_merge m JOIN group_key k ON k.group_uuid = m.alias_uuid"
            " WHERE m.canonical_uuid = ?) AS known ORDER BY id",
            (group_uuid, group_uuid),
        ).fetchall()
    )


def add_group_key(
    conn: Connection, group_uuid: str, public_key: str, fingerprint: str, when: str, how: str
) -> None:
    """Record a key for the group (nothing if it is recorded already)."""
    conn.execute(
        "INSERT INTO group_key (group_uuid, public_key, fingerprint, first_seen, how)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (group_uuid, public_key) DO NOTHING",
        (group_uuid, public_key, fingerprint, when, how),
    )


def decided_status(conn: Connection, return_uuid: str) -> str | None:
    """'held' or 'refused' when the return was held before (the newest such), else None."""
    row = conn.execute(
        "SELECT status FROM held_return WHERE return_uuid = ? AND status IN ('held', 'refused')"
        " ORDER BY id DESC",
        (return_uuid,),
    ).fetchone()
    return str(row[0]) if row else None


def hold(conn: Connection, values: tuple[Any, ...]) -> None:
    """A held_return row from (offered_at, path, file_sha256, return_uuid, group_uuid,
    group_name, period_label, public_key, fingerprint, known_fingerprints, payload)."""
    conn.execute(
        "INSERT INTO held_return (offered_at, path, file_sha256, return_uuid, group_uuid,"
        " group_name, period_label, public_key, fingerprint, known_fingerprints, payload,"
        " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'held')",
        values,
    )


def held_rows(conn: Connection, status: str | None) -> list[tuple[Any, ...]]:
    """(id, offered_at, path, group_name, period_label, fingerprint, known_fingerprints,
    status) of the held returns with this status (None: all), by number."""
    query = (
        "SELECT id, offered_at, path, group_name, period_label, fingerprint,"
        " known_fingerprints, status FROM held_return"
    )
    return (
        conn.execute(query + " WHERE status = ? ORDER BY id", (status,))
        if status
        else conn.execute(query + " ORDER BY id")
    ).fetchall()


def waiting_row(conn: Connection, held_id: int) -> tuple[Any, ...] | None:
    """(path, file_sha256, group_uuid, public_key, fingerprint, payload) of held return
    ``held_id`` if it is still waiting."""
    row = conn.execute(
        "SELECT path, file_sha256, group_uuid, public_key, fingerprint, payload FROM"
        " held_return WHERE id = ? AND status = 'held'",
        (held_id,),
    ).fetchone()
    return None if row is None else tuple(row)


def decide_held(conn: Connection, held_id: int, status: str, when: str) -> None:
    """Mark the held return confirmed or refused."""
    conn.execute(
        "UPDATE held_return SET status = ?, decided_at = ? WHERE id = ?",
        (status, when, held_id),
    )


def group_key_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """(group's name or '?', fingerprint, how, first_seen) of every group key, by group."""
    return conn.execute(
        "SELECT coalesce(g.latest_name, '?'), k.fingerprint, k.how, k.first_seen"
        " FROM group_key k LEFT JOIN group_merge m ON m.alias_uuid = k.group_uuid"
        " LEFT JOIN collected_group g ON g.uuid = coalesce(m.canonical_uuid, k.group_uuid)"
        " ORDER BY g.latest_name COLLATE NOCASE, k.id"
    ).fetchall()


def log_fingerprints(conn: Connection) -> list[Any]:
    """The key fingerprint (or None) of each import log entry, newest first."""
    return [r[0] for r in conn.execute("SELECT key_fingerprint FROM import_log ORDER BY id DESC")]


def signature_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """(reference, signature_state, key_fingerprint) of every return."""
    return conn.execute(
        "SELECT reference, signature_state, key_fingerprint FROM collected_return"
    ).fetchall()
