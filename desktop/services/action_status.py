"""Ticking an action done, or taking the tick back, from the What's due list."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.store.models import Action


class ActionNotFound(LookupError):
    """The action is no longer there (removed in another window, or by an import)."""


def _action(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise ActionNotFound(action_id)
    return action


def mark_action_done(session: Session, action_id: int, today: date | None = None) -> Action:
    """Done today (or on ``today``). Ticking one already done keeps its first done date."""
    action = _action(session, action_id)
    if action.status != "done":
        action.status = "done"
        action.done_date = today or date.today()
    session.flush()
    return action


def reopen_action(session: Session, action_id: int) -> Action:
    """Back on the list: the tick was a slip, or the job needs doing again."""
    action = _action(session, action_id)
    action.status = "open"
    action.done_date = None
    session.flush()
    return action
