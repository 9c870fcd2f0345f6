"""The rows ``services.collection.packs`` reads and writes: the CVS's key pairs (current and
retired, private halves locked) and the return packs made with them."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "add_key",
    "add_pack",
    "current_key",
    "key_rows",
    "keys_for_export",
    "keys_to_open",
    "rename_key",
    "restore_key",
    "retire_key",
    "sealed_contact_returns",
    "sign_publics",
]


def key_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """(id, fingerprint, created_at, retired_at, cvs_name) of every key pair, newest first."""
    return conn.execute(
        "SELECT id, fingerprint, created_at, retired_at, cvs_name FROM cvs_key ORDER BY id DESC"
    ).fetchall()


def current_key(conn: Connection) -> tuple[Any, ...] | None:
    """(id, private_keys, sign_public, seal_public, endorsed_by, endorsement, cvs_name,
    cvs_contact) of the newest key pair not retired, if any."""
    return conn.execute(
        "SELECT id, private_keys, sign_public, seal_public, endorsed_by, endorsement, cvs_name,"
        " cvs_contact FROM cvs_key WHERE retired_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()


def add_key(conn: Connection, values: tuple[Any, ...]) -> int:
    """A new cvs_key row from (sign_public, seal_public, fingerprint, private_keys, cvs_name,
    cvs_contact, endorsed_by, endorsement, created_at); its id."""
    cursor = conn.execute(
        "INSERT INTO cvs_key (sign_public, seal_public, fingerprint, private_keys, cvs_name,"
        " cvs_contact, endorsed_by, endorsement, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    return int(cursor.lastrowid or 0)


def rename_key(conn: Connection, key_id: int, name: str, contact: str) -> None:
    """The CVS's name and contact kept with the key pair (and put in its next packs)."""
    conn.execute(
        "UPDATE cvs_key SET cvs_name = ?, cvs_contact = ? WHERE id = ?",
        (name, contact, key_id),
    )


def retire_key(conn: Connection, key_id: int, when: str) -> None:
    conn.execute("UPDATE cvs_key SET retired_at = ? WHERE id = ?", (when, key_id))


def add_pack(conn: Connection, values: tuple[Any, ...]) -> None:
    """A return_pack row from (pack_id, key_id, period_label, period_start, period_end,
    deadline, message, made_at, content)."""
    conn.execute(
        "INSERT INTO return_pack (pack_id, key_id, period_label, period_start, period_end,"
        " deadline, message, made_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def keys_for_export(conn: Connection) -> list[tuple[Any, ...]]:
    """(fingerprint, sign_public, seal_public, private_keys, created_at, retired_at,
    cvs_name, cvs_contact, endorsed_by, endorsement) of every key pair, oldest first."""
    return conn.execute(
        "SELECT fingerprint, sign_public, seal_public, private_keys, created_at, retired_at,"
        " cvs_name, cvs_contact, endorsed_by, endorsement FROM cvs_key ORDER BY id"
    ).fetchall()


def sign_publics(conn: Connection) -> set[Any]:
    """The signing public keys the collection holds."""
    return {r[0] for r in conn.execute("SELECT sign_public FROM cvs_key")}


def restore_key(conn: Connection, values: tuple[Any, ...]) -> None:
    """A saved cvs_key row put back, from (sign_public, seal_public, fingerprint,
    private_keys, cvs_name, cvs_contact, endorsed_by, endorsement, created_at, retired_at)."""
    conn.execute(
        "INSERT INTO cvs_key (sign_public, seal_public, fingerprint, private_keys,"
        " cvs_name, cvs_contact, endorsed_by, endorsement, created_at, retired_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def keys_to_open(conn: Connection) -> list[tuple[Any, ...]]:
    """(private_keys, seal_public) of every key pair, newest first."""
    return conn.execute("SELECT private_keys, seal_public FROM cvs_key ORDER BY id DESC").fetchall()


def sealed_contact_returns(conn: Connection, group_uuid: str | None) -> list[tuple[Any, ...]]:
    """(group name, reference, payload) of current returns carrying sealed contacts: of every
    group by name, or of one group newest first."""
    query = (
        "SELECT g.latest_name, r.reference, r.payload FROM collected_return r"
        " JOIN collected_group g ON g.id = r.group_id WHERE r.status = 'current'"
        " AND r.payload LIKE '%\"sealed_contacts\":{%'"
    )
    if group_uuid is None:
        return [tuple(r) for r in conn.execute(query + " ORDER BY g.latest_name")]
    rows = conn.execute(query + " AND g.uuid = ? ORDER BY r.created_at DESC", (group_uuid,))
    return [tuple(r) for r in rows]
