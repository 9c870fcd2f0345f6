"""Withdrawing a return from a collection: the officer's word that it should not count.

The return is kept (marked "withdrawn", with the reason and the time), never deleted; a
checked backup is made first (of a file: a server's backups are its own); the withdrawal
is written to the import log; and whatever the return had replaced has the latest word
again (currency.recompute_group).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.problems import UserError
from desktop.services.collection.currency import recompute_group
from desktop.store.collection.db import serialise
from desktop.store.collection.location import is_server
from desktop.store.collection.queries import withdraw as queries
from desktop.store.collection.queries.transaction import begin, commit, rollback

__all__ = ["WITHDRAWN", "WithdrawError", "Withdrawn", "withdraw_return"]

WITHDRAWN = "withdrawn"


class WithdrawError(UserError, ValueError):
    """A return that cannot be withdrawn; the message says why and what to do."""


@dataclass(frozen=True)
class Withdrawn:
    reference: str
    group: str
    period: str
    # Earlier returns current again, each with the partnerships it speaks for again.
    current_again: tuple[tuple[str, tuple[str, ...]], ...]
    backup: Path | None
    backup_problem: str | None = None

    def said(self) -> str:
        """What the log and the command line say about it (English)."""
        if not self.current_again:
            return "no earlier return takes its place"
        return "; ".join(
            f"{reference} counts again"
            + (f" for {', '.join(names)}" if names else " for the group's general needs")
            for reference, names in self.current_again
        )


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def find_return(conn: sqlite3.Connection, reference: str) -> tuple[int, str, int, str, str, str]:
    """The return with this reference (or id); WithdrawError names what was typed."""
    typed = " ".join(reference.split())
    rows = queries.returns_called(conn, typed)
    if not rows:
        raise WithdrawError(
            "There is no return “{reference}” in this collection. Copy its reference from "
            "the Groups page or from `collect summary`.",
            reference=typed,
        )
    row = rows[0]
    if row[6] == WITHDRAWN:
        raise WithdrawError("The return {reference} was withdrawn already.", reference=str(row[3]))
    return row[0], row[1], row[2], row[3], row[4], row[5]


def withdraw_return(
    conn: sqlite3.Connection,
    collection: Path | str,
    reference: str,
    reason: str,
    *,
    second_folder: Callable[[], Path | None] | None = None,
) -> Withdrawn:
    """Withdraw the return ``reference`` (backed up first, logged with ``reason``)."""
    from desktop.services.collection.safety import collection_target

    why = " ".join(reason.split())
    if not why:
        raise WithdrawError("Say why the return is withdrawn: the reason is kept in the log.")
    return_id, uuid, group_id, found_reference, group, period = find_return(conn, reference)
    backup, backup_problem = None, None
    if not is_server(collection):  # a server's backups are its own (pg_dump)
        outcome = collection_target(Path(collection), second_folder).back_up("before-withdraw")
        backup, backup_problem = outcome.path, outcome.second_problem
    before = _current_rows(conn, group_id, uuid)
    begin(conn)
    try:
        serialise(conn, f"group-id:{group_id}")  # as an import into this group does
        changed = queries.mark_withdrawn(conn, return_id, WITHDRAWN, why, _now())
        if changed == 0:  # another officer withdrew it a moment ago
            raise WithdrawError(
                "The return {reference} was withdrawn already.", reference=found_reference
            )
        recompute_group(conn, group_id)
        after = _current_rows(conn, group_id, uuid)
        again: dict[str, list[str]] = {}
        for ref, name, kind in sorted(after - before):
            names = again.setdefault(ref, [])
            if kind == "p":
                names.append(name)
        result = Withdrawn(
            found_reference,
            group,
            period,
            tuple((ref, tuple(names)) for ref, names in again.items()),
            backup,
            backup_problem,
        )
        queries.log_withdrawal(
            conn,
            _now(),
            found_reference,
            WITHDRAWN,
            f"withdrawn by the officer: {why}; {result.said()}",
            uuid,
        )
        commit(conn)
    except BaseException:
        if conn.in_transaction:
            rollback(conn)
        raise
    return result


def _current_rows(
    conn: sqlite3.Connection, group_id: int, leaving: str
) -> set[tuple[str, str, str]]:
    """(reference, partnership name or '', 'p' or 'g') for every current word of the group
    but the return ``leaving``."""
    rows = queries.current_words(conn, group_id, leaving)
    return {(str(a), str(b), str(c)) for a, b, c in rows}
