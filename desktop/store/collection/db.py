"""One way in to a collection, wherever it lives: a SQLite file or a PostgreSQL server.

``connect(location)`` gives a connection the services use the same way on both back ends:
``conn.execute(sql, params)`` with ``?`` placeholders, ``BEGIN IMMEDIATE`` … ``COMMIT``,
``cursor.lastrowid``, and sqlite3's exception classes (see server.py for the few SQLite
spellings a server connection rewrites). Write SQL both understand; see
/tmp/prompts/19-store-api.md (and the README) for the short list of rules.
"""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path
from typing import Any

from desktop.store.collection.location import Location, is_server
from desktop.store.collection.server import ServerConnection, connect_server

__all__ = [
    "OFFICER",
    "OWNER",
    "READER",
    "Connection",
    "change_mark",
    "connect",
    "is_server",
    "on_server",
    "plans_made_again",
    "role",
    "serialise",
]

Connection = sqlite3.Connection | ServerConnection

OWNER, OFFICER, READER = "owner", "officer", "reader"


def connect(location: Location, *, read_only: bool = False) -> Connection:
    """A connection to the collection at ``location`` (a file path or a server's name).

    A file gets sqlite3 with every pragma set (the caller holds the file's lock when it
    writes); a server gets psycopg in autocommit, timeouts set, no lock needed: PostgreSQL
    keeps several officers apart itself.
    """
    if is_server(location):
        return connect_server(str(location))
    from desktop.store import sqlite

    return sqlite.connect(Path(location), read_only=read_only)


def on_server(conn: Any) -> bool:
    return isinstance(conn, ServerConnection)


def serialise(conn: Any, key: str) -> None:
    """Inside a transaction: wait until no one else is working on ``key`` (a group, say).

    A file needs nothing (BEGIN IMMEDIATE already lets one writer in at a time); on a
    server two officers importing returns from the same group at once take turns, so the
    group's "latest word" marks are worked out from everything committed before.
    """
    if on_server(conn):
        conn.execute("SELECT pg_advisory_xact_lock(?)", (zlib.crc32(key.encode("utf-8")),))


def plans_made_again(conn: Any, files_done: int) -> None:
    """On a server: after an import's 8th, 16th, 32nd … file, make every plan afresh.

    PostgreSQL keeps a plan it made for a statement run often, foreign-key checks included,
    until the tables' statistics change, which an officer's import cannot ask for (only the
    owner may ANALYZE) and autovacuum does a minute or more later. Into a new collection
    that plan was made for empty tables: a scan of every partnership for each rating stored,
    ever slower as the import goes on (2,000 returns by four officers: 115 s of the server's
    time). Planning every statement every time cured that but cost the server 40% of its
    work (6.1 against 3.6 ms a return, one import of 2,000 returns: the summaries' long query
    and each return's 90 foreign-key checks planned again each time). Dropping the plans
    each time the import has doubled keeps them made for tables of about the size they are,
    at a cost of a few dozen plans each time. A file needs nothing: SQLite plans each
    statement anew, cheaply.
    """
    if files_done >= 8 and files_done & (files_done - 1) == 0 and on_server(conn):
        conn.execute("DISCARD PLANS")


def role(conn: Any) -> str:
    """What this connection may do: the file's owner, a server's officer or its reader."""
    if not on_server(conn):
        return OWNER
    row = conn.execute("SELECT has_table_privilege('collected_return', 'INSERT')").fetchone()
    return OFFICER if row and row[0] else READER


def change_mark(conn: Any) -> tuple[Any, ...]:
    """A cheap value that changes whenever anyone changes the collection.

    Windows poll it every few seconds and reload when it moves. A file: SQLite's own
    data_version (bumped by another connection's commit) plus the import log's newest row.
    A server: the next transaction id PostgreSQL will hand out, which moves as soon as
    anyone commits a change (to any database on that server: at worst a needless reload).
    """
    if on_server(conn):
        row = conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()
        return (row[0] if row else "",)
    version = conn.execute("PRAGMA data_version").fetchone()
    newest = conn.execute("SELECT max(id) FROM import_log").fetchone()
    return (version[0] if version else 0, newest[0] if newest else 0)
