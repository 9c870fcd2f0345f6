"""The rows ``services.collection.withdraw`` reads and writes: a return found by its
reference, marked withdrawn (kept, never deleted), and the group's current words."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = ["current_words", "log_withdrawal", "mark_withdrawn", "returns_called"]


def returns_called(conn: Connection, typed: str) -> list[tuple[Any, ...]]:
    """(id, uuid, group_id, reference, group's latest name, period_label, status) of the
    returns whose reference (any case) or uuid is ``typed``."""
    return conn.execute(
        "SELECT r.id, r.uuid, r.group_id, r.reference, g.latest_name, r.period_label, r.status"
        " FROM collected_return r JOIN collected_group g ON g.id = r.group_id"
        " WHERE upper(r.reference) = upper(?) OR r.uuid = lower(?)",
        (typed, typed),
    ).fetchall()


def mark_withdrawn(conn: Connection, return_id: int, status: str, reason: str, when: str) -> int:
    """Mark the return ``status`` (withdrawn) unless it is already; how many rows changed."""
    return int(
        conn.execute(
            "UPDATE collected_return SET status = ?, withdrawn_reason = ?, withdrawn_at = ?,"
            " superseded_by = NULL WHERE id = ? AND status != ?",
            (status, reason, when, return_id, status),
        ).rowcount
    )


def log_withdrawal(
    conn: Connection, when: str, reference: str, outcome: str, reason: str, return_uuid: str
) -> None:
    conn.execute(
        "INSERT INTO import_log (offered_at, path, size, file_sha256, outcome, reason,"
        " return_uuid) VALUES (?, ?, 0, '', ?, ?, ?)",
        (when, reference, outcome, reason, return_uuid),
    )


def current_words(conn: Connection, group_id: int, leaving: str) -> list[tuple[Any, ...]]:
    """(reference, partnership name or '', 'p' or 'g') for every current word of the group
    but the return ``leaving``."""
    return conn.execute(
        "SELECT r.reference, p.name, 'p' FROM collected_partnership p"
        " JOIN collected_return r ON r.id = p.return_id"
        " WHERE r.group_id = ? AND r.uuid != ? AND r.status = 'current'"
        " AND p.superseded_by IS NULL"
        " UNION SELECT r.reference, '', 'g' FROM collected_return r"
        " WHERE r.group_id = ? AND r.uuid != ? AND r.status = 'current'"
        " AND r.general_superseded_by IS NULL",
        (group_id, leaving, group_id, leaving),
    ).fetchall()
