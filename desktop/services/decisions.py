"""The decision log: what each meeting decided, how, who is responsible, and the actions
that carry each decision out (actions arising from the meeting, so What's due lists them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.how_run import decision_problems
from desktop.domain.problems import Problem
from desktop.domain.vocab import ActionStatus
from desktop.services.partnerships import InvalidInput
from desktop.services.rows import add_meeting_action
from desktop.store.models import Action, Decision, DecisionAction, Meeting

DECISION_FIELDS = ("what", "how", "responsible")


def _values(decision: Decision, meeting: Meeting, counts: Mapping[int, tuple[int, int]]):
    open_, done = counts.get(decision.id, (0, 0))
    return {
        "id": decision.id,
        "meeting_id": meeting.id,
        "meeting_date": meeting.meeting_date,
        "meeting_title": meeting.title,
        "what": decision.what,
        "how": decision.how,
        "responsible": decision.responsible,
        "actions_open": open_,
        "actions_done": done,
    }


def _action_counts(session: Session, decision_ids: list[int]) -> dict[int, tuple[int, int]]:
    if not decision_ids:
        return {}
    rows = session.execute(
        select(DecisionAction.decision_id, Action.status, func.count())
        .join(Action, Action.id == DecisionAction.action_id)
        .where(DecisionAction.decision_id.in_(decision_ids))
        .group_by(DecisionAction.decision_id, Action.status)
    ).all()
    counts: dict[int, list[int]] = {}
    for decision_id, status, n in rows:
        slot = counts.setdefault(int(decision_id), [0, 0])
        slot[1 if status == ActionStatus.DONE else 0] += int(n)
    return {key: (value[0], value[1]) for key, value in counts.items()}


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def decisions_of(
    session: Session,
    partnership_id: int,
    *,
    meeting_id: int | None = None,
    search: str = "",
) -> list[dict[str, Any]]:
    """Decisions, newest meeting first; ``search`` finds words in what was decided, who is
    responsible or the meeting's title, ignoring case (each word must be found)."""
    query = (
        select(Decision, Meeting)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Decision.partnership_id == partnership_id)
    )
    if meeting_id is not None:
        query = query.where(Decision.meeting_id == meeting_id)
    for word in search.split():
        pattern = _like(word.casefold())
        query = query.where(
            or_(
                func.lower(Decision.what).like(pattern, escape="\\"),
                func.lower(Decision.responsible).like(pattern, escape="\\"),
                func.lower(Meeting.title).like(pattern, escape="\\"),
            )
        )
    rows = session.execute(query.order_by(Meeting.meeting_date.desc(), Decision.id)).all()
    counts = _action_counts(session, [decision.id for decision, _m in rows])
    return [_values(decision, meeting, counts) for decision, meeting in rows]


def decisions_of_meeting(session: Session, meeting_id: int) -> list[dict[str, Any]]:
    meeting = session.get_one(Meeting, meeting_id)
    return decisions_of(session, meeting.partnership_id, meeting_id=meeting_id)


def add_decision(
    session: Session, meeting_id: int, what: str, how: str = "", responsible: str = ""
) -> int:
    values = {"what": what.strip(), "how": how, "responsible": responsible.strip()}
    problems = decision_problems(values)
    if problems:
        raise InvalidInput(problems)
    meeting = session.get_one(Meeting, meeting_id)
    decision = Decision(partnership_id=meeting.partnership_id, meeting_id=meeting_id, **values)
    session.add(decision)
    session.flush()
    return int(decision.id)


def update_decision(session: Session, decision_id: int, changes: Mapping[str, Any]) -> None:
    decision = session.get_one(Decision, decision_id)
    for name in changes:
        if name not in DECISION_FIELDS:
            raise InvalidInput([Problem(name, "A decision has no such field.")])
    merged = {name: getattr(decision, name) for name in DECISION_FIELDS} | dict(changes)
    problems = [p for p in decision_problems(merged) if p.field in changes]
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        setattr(decision, name, value.strip() if isinstance(value, str) else value)
    session.flush()


def remove_decision(session: Session, decision_id: int) -> None:
    """The decision goes; its actions stay (as actions arising from the meeting)."""
    decision = session.get(Decision, decision_id)
    if decision is not None:
        session.delete(decision)
        session.flush()


def add_decision_action(session: Session, decision_id: int, description: str) -> int:
    """An action carrying out the decision: an action arising from the decision's
    meeting (What's due lists it), owned by whoever is responsible for the decision."""
    decision = session.get_one(Decision, decision_id)
    action_id = add_meeting_action(
        session, decision.meeting_id, description, owner_label=decision.responsible
    )
    session.add(DecisionAction(decision_id=decision_id, action_id=action_id))
    session.flush()
    return action_id


def actions_of_decision(session: Session, decision_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Action)
        .join(DecisionAction, DecisionAction.action_id == Action.id)
        .where(DecisionAction.decision_id == decision_id)
        .order_by(Action.id)
    )
    return [
        {
            "id": a.id,
            "description": a.description,
            "owner_label": a.owner_label,
            "due_date": a.due_date,
            "status": a.status,
        }
        for a in rows
    ]
