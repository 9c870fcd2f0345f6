"""Ticking an action done, or taking the tick back, from the What's due list."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.store.models import Action


def mark_action_done(session: Session, action_id: int, today: date | None = None) -> Action:
    """Done today (or on ``today``). Ticking one already done keeps its first done date."""
    action = session.get_one(Action, action_id)
    if action.status != "done":
        action.status = "done"
        action.done_date = today or date.today()
    session.flush()
    return action


def reopen_action(session: Session, action_id: int) -> Action:
    """Back on the list: the tick was a slip, or the job needs doing again."""
    action = session.get_one(Action, action_id)
    action.status = "open"
    action.done_date = None
    session.flush()
    return action
