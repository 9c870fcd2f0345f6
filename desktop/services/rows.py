"""Rows of a partnership's record, added, changed and removed one field at a time.

Stakeholders, meetings, milestones, aims and outputs, priorities, actions, outcomes and
funding lines all behave the same way for a form: add a row, change one field as the
person leaves it, remove a row. One checked path for all of them keeps the rules in one
place (desktop.domain.record_rules); the named functions below are what callers use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.record_rules import RULES, row_problems
from desktop.domain.vocab import ActionSource, ActionStatus, ActionStep
from desktop.services.partnerships import InvalidInput
from desktop.store.models import (
    Action,
    AimOutput,
    FundingLine,
    Meeting,
    Milestone,
    Outcome,
    Priority,
    Stakeholder,
)


@dataclass(frozen=True)
class RowKind:
    model: type[Any]
    fields: tuple[str, ...]


KINDS: dict[str, RowKind] = {
    "stakeholder": RowKind(Stakeholder, ("category_ref", "name", "involved", "notes")),
    "meeting": RowKind(Meeting, ("meeting_date", "title", "location", "notes", "hours")),
    "milestone": RowKind(Milestone, ("title", "due_date", "done_date", "notes")),
    "aim_output": RowKind(
        AimOutput,
        (
            "area_for_action",
            "aims",
            "outputs",
            "use_of_funding",
            "use_of_support",
            "build_on",
            "position",
        ),
    ),
    "priority": RowKind(Priority, ("title", "notes", "position")),
    "action": RowKind(
        Action, ("description", "step", "owner_label", "due_date", "status", "done_date")
    ),
    "outcome": RowKind(Outcome, ("term", "description", "measure", "achieved")),
    "funding_line": RowKind(
        FundingLine,
        (
            "source",
            "amount_pence",
            "in_kind",
            "phase",
            "period_label",
            "start_date",
            "end_date",
            "fundholder",
            "notes",
        ),
    ),
}

# How each list is shown: the order a person expects to read it in.
_ORDER: dict[str, tuple[Any, ...]] = {
    "stakeholder": (Stakeholder.category_ref, Stakeholder.id),
    "meeting": (Meeting.meeting_date.desc(), Meeting.id),
    "milestone": (Milestone.due_date.is_(None), Milestone.due_date, Milestone.id),
    "aim_output": (AimOutput.position, AimOutput.id),
    "priority": (Priority.position, Priority.id),
    "action": (Action.id,),
    "outcome": (Outcome.id,),
    "funding_line": (FundingLine.id,),
}


def values_of(obj: Any, kind: str) -> dict[str, Any]:
    values = {name: getattr(obj, name) for name in KINDS[kind].fields}
    values["id"] = obj.id
    return values


def _check(kind: str, values: Mapping[str, Any]) -> None:
    for name in values:
        if name not in KINDS[kind].fields:
            raise InvalidInput(
                [Problem(name, "A {kind} has no field called {name}.", kind=kind, name=name)]
            )
    problems = row_problems(kind, values)
    if problems:
        raise InvalidInput(problems)


def add_row(
    session: Session, kind: str, partnership_id: int, values: Mapping[str, Any], **links: Any
) -> int:
    """Add a row; ``links`` are the ids that tie it to its parent (meeting_id, ...)."""
    _check(kind, values)
    obj = KINDS[kind].model(partnership_id=partnership_id, **links, **dict(values))
    session.add(obj)
    session.flush()
    return int(obj.id)


def update_row(session: Session, kind: str, row_id: int, changes: Mapping[str, Any]) -> None:
    """Change some fields of a row; the row is judged with its other stored values."""
    obj = session.get_one(KINDS[kind].model, row_id)
    merged = {name: getattr(obj, name) for name in KINDS[kind].fields}
    merged.update(changes)
    for name in changes:
        if name not in KINDS[kind].fields:
            raise InvalidInput(
                [Problem(name, "A {kind} has no field called {name}.", kind=kind, name=name)]
            )
    problems = [p for p in row_problems(kind, merged) if p.field in changes or _pair(kind, p)]
    if problems:
        raise InvalidInput(problems)
    if kind == "action" and "status" in changes:
        # Ticking an action done records the day, so What's due can say when it was done;
        # the day can then be put right (it was really done last week).
        changes = dict(changes)
        if changes["status"] == ActionStatus.DONE:
            changes.setdefault("done_date", obj.done_date or date.today())
        else:
            changes["done_date"] = None
    elif kind == "action" and changes.get("done_date") and obj.status != ActionStatus.DONE:
        # Saying when it was done says that it is done.
        changes = {**changes, "status": ActionStatus.DONE.value}
    if kind == "action" and "owner_label" in changes:
        # The owner typed is one of our people when exactly one person has that name, so
        # their record (export, forget) reaches the actions they own (issue 21).
        changes = {**changes, "owner_person_id": _person_called(session, changes["owner_label"])}
    for name, value in changes.items():
        setattr(obj, name, value)
    session.flush()


def _person_called(session: Session, name: object) -> int | None:
    from desktop.services.people_merge import people_named

    known = people_named(session, str(name or ""))
    return known[0].id if len(known) == 1 else None


def _pair(kind: str, problem: Problem) -> bool:
    """Problems about a date pair belong to whichever end was just changed."""
    return any(problem.field in (start, end) for start, end, _ in RULES[kind].date_pairs)


def remove_row(session: Session, kind: str, row_id: int) -> None:
    obj = session.get(KINDS[kind].model, row_id)
    if obj is not None:
        session.delete(obj)
        session.flush()


def list_rows(session: Session, kind: str, partnership_id: int, **where: Any) -> list[dict]:
    model = KINDS[kind].model
    query = select(model).where(model.partnership_id == partnership_id)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return [values_of(obj, kind) for obj in session.scalars(query.order_by(*_ORDER[kind]))]


# Named operations ------------------------------------------------------------------------
def add_stakeholder(
    session: Session, partnership_id: int, category_ref: str, name: str, notes: str = ""
) -> int:
    """Someone with a stake in the partnership, under a Code 4.2 category (a-g)."""
    return add_row(
        session,
        "stakeholder",
        partnership_id,
        {"category_ref": category_ref, "name": name.strip(), "notes": notes},
    )


def add_milestone(
    session: Session, partnership_id: int, title: str, due_date: date | None = None
) -> int:
    return add_row(session, "milestone", partnership_id, {"title": title, "due_date": due_date})


def add_aim_output(session: Session, partnership_id: int, area_for_action: str, **rest: str) -> int:
    position = len(list_rows(session, "aim_output", partnership_id)) + 1
    values = {"area_for_action": area_for_action, "position": position, **rest}
    return add_row(session, "aim_output", partnership_id, values)


def add_priority(session: Session, partnership_id: int, title: str, notes: str = "") -> int:
    position = len(list_rows(session, "priority", partnership_id)) + 1
    values = {"title": title, "notes": notes, "position": position}
    return add_row(session, "priority", partnership_id, values)


def add_priority_action(
    session: Session,
    priority_id: int,
    description: str,
    step: str = ActionStep.IMMEDIATE.value,
    owner_label: str = "",
    due_date: date | None = None,
) -> int:
    """An immediate action or a future step under a priority; What's due lists them."""
    priority = session.get_one(Priority, priority_id)
    values = {"description": description, "step": step, "owner_label": owner_label}
    values["due_date"] = due_date  # type: ignore[assignment]
    return add_row(
        session,
        "action",
        priority.partnership_id,
        values,
        priority_id=priority_id,
        source=ActionSource.PRIORITY.value,
    )


def add_meeting_action(
    session: Session,
    meeting_id: int,
    description: str,
    owner_label: str = "",
    due_date: date | None = None,
) -> int:
    """An action arising from a meeting."""
    meeting = session.get_one(Meeting, meeting_id)
    values: dict[str, Any] = {
        "description": description,
        "owner_label": owner_label,
        "due_date": due_date,
    }
    return add_row(
        session,
        "action",
        meeting.partnership_id,
        values,
        meeting_id=meeting_id,
        source=ActionSource.MEETING.value,
    )


def add_outcome(
    session: Session, partnership_id: int, term: str, description: str, measure: str = ""
) -> int:
    values = {"term": term, "description": description, "measure": measure}
    return add_row(session, "outcome", partnership_id, values)


def add_funding_line(
    session: Session,
    partnership_id: int,
    source: str,
    amount_pence: int,
    phase: str = "other",
    period_label: str = "",
    fundholder: str = "",
    in_kind: bool = False,
) -> int:
    """A funding line; ``in_kind``: support in kind, ``amount_pence`` its estimated value."""
    values = {
        "source": source,
        "amount_pence": amount_pence,
        "in_kind": in_kind,
        "phase": phase,
        "period_label": period_label,
        "fundholder": fundholder,
    }
    return add_row(session, "funding_line", partnership_id, values)
