"""Where a collection operation's one transaction begins and ends.

A file's ``BEGIN IMMEDIATE`` takes the writer's lock at once, so two writers never both
read and then both write; a server connection turns it into a plain ``BEGIN`` (PostgreSQL
keeps officers apart itself, with ``db.serialise`` where the order matters).
"""

from __future__ import annotations

from desktop.store.collection.db import Connection

__all__ = ["begin", "commit", "rollback"]


def begin(conn: Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")


def commit(conn: Connection) -> None:
    conn.execute("COMMIT")


def rollback(conn: Connection) -> None:
    conn.execute("ROLLBACK")
