"""The rows ``services.collection.importer`` reads and writes for each file offered: the
import log, the return itself and its group. The import is the hot path (hundreds of files,
several officers at once on a server), so each statement is one short round trip, run as it
always was; the rows of the return's partnerships are written by ``normalise``."""

from __future__ import annotations

from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "add_group",
    "add_return",
    "group_row_id",
    "known_files",
    "log_is_empty",
    "log_offer",
    "newest_return_date",
    "return_by_uuid",
    "return_status_and_replaced",
]


def log_is_empty(conn: Connection) -> bool:
    """Nothing was ever offered to the collection (so it holds nothing to lose)."""
    return conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0


def known_files(conn: Connection) -> list[tuple[Any, ...]]:
    """(file_sha256, return uuid, group's latest name, period_label, status) of every file
    whose return was stored (imported, duplicate or superseding)."""
    return conn.execute(
        "SELECT l.file_sha256, r.uuid, g.latest_name, r.period_label, r.status"
        " FROM import_log l"
        " JOIN collected_return r ON r.uuid = l.return_uuid"
        " JOIN collected_group g ON g.id = r.group_id"
        " WHERE l.outcome IN ('imported', 'duplicate', 'supersedes') AND l.file_sha256 != ''"
    ).fetchall()


def log_offer(conn: Connection, values: tuple[Any, ...]) -> None:
    """An import_log row from (offered_at, path, size, file_sha256, outcome, reason,
    return_uuid, key_fingerprint)."""
    conn.execute(
        "INSERT INTO import_log (offered_at, path, size, file_sha256, outcome, reason,"
        " return_uuid, key_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def return_by_uuid(conn: Connection, uuid: str) -> tuple[Any, ...] | None:
    """(payload_sha256, status) of the return with this id, if it is here."""
    return conn.execute(
        "SELECT payload_sha256, status FROM collected_return WHERE uuid = ?", (uuid,)
    ).fetchone()


def add_return(conn: Connection, values: tuple[Any, ...]) -> int:
    """A collected_return row from its 18 values (in the order below); its id."""
    cursor = conn.execute(
        "INSERT INTO collected_return (uuid, group_id, reference, period_label, period_start,"
        " period_end, created_at, app_version, payload_sha256, supersedes, superseded_by,"
        " status, whole_group, imported_at, payload, signature_state, key_fingerprint, pack_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    return int(cursor.lastrowid or 0)


def return_status_and_replaced(conn: Connection, uuid: str) -> tuple[Any, ...]:
    """(status, names of its partnerships a later return has the word for, comma-separated,
    or None) of the return with this id."""
    return conn.execute(
        "SELECT status, (SELECT group_concat(name, ', ') FROM collected_partnership"
        " WHERE return_id = r.id AND superseded_by IS NOT NULL) FROM collected_return r"
        " WHERE uuid = ?",
        (uuid,),
    ).fetchone()


def group_row_id(conn: Connection, uuid: str) -> int | None:
    row = conn.execute("SELECT id FROM collected_group WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def add_group(conn: Connection, uuid: str, name: str, key: str, when: str) -> int:
    """A group seen for the first time; its row's id."""
    cursor = conn.execute(
        "INSERT INTO collected_group (uuid, name, latest_name, name_key, first_seen)"
        " VALUES (?, ?, ?, ?, ?)",
        (uuid, name, name, key, when),
    )
    return int(cursor.lastrowid or 0)


def newest_return_date(conn: Connection, group_id: int) -> Any:
    """When the group's newest return here was made (None: it has none)."""
    return conn.execute(
        "SELECT max(created_at) FROM collected_return WHERE group_id = ?", (group_id,)
    ).fetchone()[0]
