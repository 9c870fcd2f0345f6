"""The groups an officer expects returns from: added and taken off the list, each change
one transaction, the same for the window and ``partnerbook collect expect``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from desktop.services.collection.merges import add_expected_group, remove_expected_group
from desktop.store.collection.queries.transaction import begin, commit, rollback

if TYPE_CHECKING:
    from desktop.store.collection.db import Connection

__all__ = ["expect_groups", "stop_expecting"]

T = TypeVar("T")


def expect_groups(conn: Connection, names: Sequence[str]) -> int:
    """Put every group named on the expected list, all or none (a blank name refuses the
    lot with MergeError). Returns how many names were put on it."""

    def add() -> int:
        for name in names:
            add_expected_group(conn, name)  # type: ignore[arg-type]
        return len(names)

    return _in_one_transaction(conn, add)


def stop_expecting(conn: Connection, name: str) -> None:
    """Take the group named off the expected list (nothing happens if it is not there)."""
    _in_one_transaction(conn, lambda: remove_expected_group(conn, name))  # type: ignore[arg-type]


def _in_one_transaction(conn: Connection, work: Callable[[], T]) -> T:
    begin(conn)
    try:
        result = work()
        commit(conn)
    except BaseException:
        if conn.in_transaction:
            rollback(conn)
        raise
    return result
