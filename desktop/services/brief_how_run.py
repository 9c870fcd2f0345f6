"""What the meeting brief says about how the partnership is run: who chairs it, what makes
a quorum now, and the decisions still being carried out with their open actions (so those
actions are listed under their decision, not twice)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.how_run import member_on
from desktop.services.how_run import current_chair, quorum_of
from desktop.store.models import Action, Decision, DecisionAction, Meeting, Partner


def _quorum_now(session: Session, partnership_id: int, today: date) -> str:
    rule = quorum_of(session, partnership_id)
    if rule is None:
        return ""
    members = sum(
        1
        for partner in session.scalars(
            select(Partner).where(Partner.partnership_id == partnership_id)
        )
        if member_on(partner.joined_on, partner.left_on, today)
    )
    if not members:
        return rule.describe()
    return f"{rule.describe()}: {rule.needed(members)} of the {members} members now"


def _chair(session: Session, partnership_id: int, today: date) -> tuple[str, str | None]:
    """Who chairs it now ("" if nobody is recorded), and the next election's date."""
    chair = current_chair(session, partnership_id, today)
    if chair is None:
        return "", None
    org, person = chair["organisation"], chair["holder_name"]
    who = f"{org} ({person})" if org and person else (org or person or "not filled")
    election = chair["next_election"]
    return who, election.isoformat() if election else None


def brief_how_run(
    session: Session, partnership_id: int, today: date, owner_name: Any
) -> tuple[dict[str, Any], set[int]]:
    """The brief's "how it is run" part, and the ids of the actions it lists (under their
    decisions), which the brief's other action lists then leave out.

    ``owner_name(action)`` says who does an action, as the rest of the brief says it.
    """
    rows = session.execute(
        select(Decision, Meeting, Action)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .join(DecisionAction, DecisionAction.decision_id == Decision.id)
        .join(Action, Action.id == DecisionAction.action_id)
        .where(Decision.partnership_id == partnership_id, Action.status == "open")
        .order_by(Meeting.meeting_date.desc(), Decision.id, Action.due_date, Action.id)
    ).all()
    decisions: dict[int, dict[str, Any]] = {}
    listed: set[int] = set()
    for decision, meeting, action in rows:
        entry = decisions.setdefault(
            decision.id,
            {
                "date": meeting.meeting_date.isoformat(),
                "what": decision.what,
                "responsible": decision.responsible,
                "actions": [],
            },
        )
        entry["actions"].append(
            {
                "description": action.description,
                "owner": owner_name(action),
                "due_date": action.due_date.isoformat() if action.due_date else None,
                "overdue": action.due_date is not None and action.due_date < today,
            }
        )
        listed.add(action.id)
    chair, election = _chair(session, partnership_id, today)
    return (
        {
            "chair": chair,
            "chair_next_election": election,
            "quorum": _quorum_now(session, partnership_id, today),
            "open_decisions": list(decisions.values()),
        },
        listed,
    )
