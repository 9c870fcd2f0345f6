"""A partnership's plan in a return: aims and outputs, priorities with their steps,
stakeholders and the joining check, and the privacy pass that keeps names out.

Everything recorded on the partnership's Plan tab reaches the CVS. People appear by role
unless the group chose to include contact details: an owner box or a "who" typed as a
person's name is printed as that person's role, and any person's name typed into free
text is replaced too (``without_names``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import (
    Action,
    AimOutput,
    JoiningCheck,
    Partnership,
    Person,
    Priority,
    Stakeholder,
)

JOINING_FIELDS: tuple[str, ...] = (
    "done_already",
    "evidence",
    "done_elsewhere",
    "existing_host",
    "constraints",
    "why_join",
    "what_we_bring",
    "cost_notes",
)

SOMEONE = "Someone in our group"
# Keys whose values are identifiers or fixed choices, never typed text.
_NOT_TEXT = frozenset({"id", "return_id", "reference", "sha256", "schema", "framework_id"})


def load_plans(session: Session, ids: list[int]) -> dict[str, dict[int, list[Any]]]:
    """The plan rows of the chosen partnerships, one query per table."""
    queries: dict[str, Any] = {
        "aims": select(AimOutput).order_by(AimOutput.position, AimOutput.id),
        "priorities": select(Priority).order_by(Priority.position, Priority.id),
        "stakeholders": select(Stakeholder).order_by(Stakeholder.category_ref, Stakeholder.id),
        "joining": select(JoiningCheck),
    }
    found: dict[str, dict[int, list[Any]]] = {}
    for name, query in queries.items():
        model = query.column_descriptions[0]["entity"]
        grouped: dict[int, list[Any]] = defaultdict(list)
        for row in session.scalars(query.where(model.partnership_id.in_(ids))):
            grouped[row.partnership_id].append(row)
        found[name] = grouped
    return found


def plan_entry(
    p: Partnership,
    plans: dict[str, dict[int, list[Any]]],
    actions: list[Action],
    owner_of: Any,
) -> dict[str, Any]:
    """The partnership's whole plan; ``owner_of(action)`` gives an action's "who"."""
    steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for action in actions:
        if action.priority_id is None:
            continue
        steps[action.priority_id].append(
            {
                "id": action.uuid,
                "step": action.step,
                "description": action.description,
                "owner": owner_of(action),
                "due_date": action.due_date.isoformat() if action.due_date else None,
                "status": action.status,
                "done_date": action.done_date.isoformat() if action.done_date else None,
            }
        )
    joining = plans["joining"].get(p.id, [])
    check = joining[0] if joining else None
    return {
        "aims_outputs": [
            {
                "id": a.uuid,
                "area_for_action": a.area_for_action,
                "aims": a.aims,
                "outputs": a.outputs,
                "use_of_funding": a.use_of_funding,
                "use_of_support": a.use_of_support,
                "build_on": a.build_on,
            }
            for a in plans["aims"].get(p.id, [])
        ],
        "priorities": [
            {
                "id": pr.uuid,
                "title": pr.title,
                "notes": pr.notes,
                "steps": sorted(steps.get(pr.id, []), key=lambda s: s["step"] != "immediate"),
            }
            for pr in plans["priorities"].get(p.id, [])
        ],
        "stakeholders": [
            {
                "id": s.uuid,
                "category_ref": s.category_ref,
                "name": s.name,
                "involved": s.involved,
                "notes": s.notes,
            }
            for s in plans["stakeholders"].get(p.id, [])
        ],
        "joining_check": None
        if check is None
        else {
            **{name: getattr(check, name) for name in JOINING_FIELDS},
            "decision": check.decision,
            "decision_date": check.decision_date.isoformat() if check.decision_date else None,
        },
    }


def person_names(people: dict[int, Person]) -> list[str]:
    """Every name a person record holds, longest first so "Ann Lee" goes before "Ann"."""
    names = {
        person.full_name.strip()
        for person in people.values()
        if person.forgotten_at is None and len(person.full_name.strip()) >= 3
    }
    return sorted(names, key=len, reverse=True)


def without_names(payload: Any, names: list[str], role_of: dict[str, str]) -> Any:
    """The payload with every person's name in typed text replaced by their role (or
    "someone in our group"): used when contact details are left out."""
    if not names:
        return payload
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
    )

    def swap(match: re.Match[str]) -> str:
        role = role_of.get(match.group(0).casefold())
        if match.start() == 0 and match.end() == len(match.string):
            return role or SOMEONE  # the whole box: "Lead representative"
        # Within a sentence: "talk to our lead representative about it".
        return f"our {role[0].lower()}{role[1:]}" if role else SOMEONE.lower()

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, str):
            if key in _NOT_TEXT:
                return value
            return pattern.sub(swap, value)
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        return value

    return walk(payload)
