"""An action "in progress" is still to do: when report backs join What's due, it keeps its
place among the open ones (overdue first), never sinking among the done."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.governance.due import with_report_backs
from desktop.services.whats_due import DueAction
from desktop.store import sqlite
from tests.conftest import FIXED_TODAY


def action(id_: int, status: str, due: date, done: date | None = None) -> DueAction:
    return DueAction(id_, f"Action {id_}", "meeting", "", None, "", due, status, done)


def test_in_progress_sorts_with_the_open_ones(demo_database) -> None:  # type: ignore[no-untyped-def]
    today = FIXED_TODAY
    actions = [
        action(1, "done", today - timedelta(days=30), today - timedelta(days=29)),
        action(2, "in_progress", today - timedelta(days=10)),
        action(3, "open", today + timedelta(days=5)),
    ]
    conn = sqlite.connect(demo_database.path)
    try:
        merged = [a for a in with_report_backs(conn, today, actions) if a.id > 0]
    finally:
        conn.close()
    assert [a.id for a in merged] == [2, 3, 1]
    assert merged[0].days_overdue(today) == 10
