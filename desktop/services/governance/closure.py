"""Closing a partnership, or our part in it: why, when, what happens to its work, money and
records, and what we learned. The record stays whole and readable; the window shows it
read-only (but the closing note and the learning log stay open), and it is still in the
list, the return and the exports. Reopening puts the status back as it was."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Choices, Problem
from desktop.domain.record_rules import choice_labels
from desktop.domain.run_registers import ClosureScope
from desktop.domain.vocab import PartnershipStatus
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Closure, Partnership

TEXT_FIELDS = ("reason", "work_after", "money_after", "records_after", "lessons")
FIELDS = ("scope", "closed_on", *TEXT_FIELDS)


def closure_of(session: Session, partnership_id: int) -> dict[str, Any] | None:
    obj = session.scalars(select(Closure).where(Closure.partnership_id == partnership_id)).first()
    if obj is None:
        return None
    return {name: getattr(obj, name) for name in FIELDS}


def _problems(values: Mapping[str, Any], started: date | None) -> list[Problem]:
    problems: list[Problem] = []
    scope = values.get("scope")
    if scope not in ClosureScope.codes():
        problems.append(
            Problem(
                "scope",
                "Choose one of: {allowed}.",
                allowed=Choices(choice_labels(ClosureScope)),
            )
        )
    closed_on = values.get("closed_on")
    if not isinstance(closed_on, date):
        problems.append(Problem("closed_on", "Give the date it closed."))
    elif started is not None and closed_on < started:
        problems.append(Problem("closed_on", "It cannot close before it started."))
    if not str(values.get("reason") or "").strip():
        problems.append(Problem("reason", "Say why it closed."))
    for name in TEXT_FIELDS:
        if len(str(values.get(name) or "")) > 20_000:
            problems.append(Problem(name, "That is too long to keep here; shorten it."))
    return problems


def _apply_status(partnership: Partnership, closure: Closure) -> None:
    partnership.status = PartnershipStatus.ENDED.value
    if closure.scope == ClosureScope.PARTNERSHIP:
        # The whole partnership ended that day; when only we left, its own dates stand.
        partnership.end_date = closure.closed_on


def close_partnership(session: Session, partnership_id: int, values: Mapping[str, Any]) -> None:
    """Close it (or our part in it): refuses without a reason and a date, and never twice."""
    partnership = session.get_one(Partnership, partnership_id)
    if closure_of(session, partnership_id) is not None:
        raise InvalidInput([Problem("closed_on", "This partnership is already closed.")])
    clean = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    clean.setdefault("scope", ClosureScope.PARTNERSHIP.value)
    unknown = [name for name in clean if name not in FIELDS]
    if unknown:
        raise InvalidInput(
            [Problem(unknown[0], "A closure has no field called {name}.", name=unknown[0])]
        )
    problems = _problems(clean, partnership.start_date)
    if problems:
        raise InvalidInput(problems)
    closure = Closure(
        partnership_id=partnership_id, status_before=partnership.status or "active", **clean
    )
    session.add(closure)
    _apply_status(partnership, closure)
    session.flush()


def update_closure(session: Session, partnership_id: int, changes: Mapping[str, Any]) -> None:
    """Change the closing note one field at a time (lessons often come later)."""
    partnership = session.get_one(Partnership, partnership_id)
    obj = session.scalars(select(Closure).where(Closure.partnership_id == partnership_id)).first()
    if obj is None:
        raise InvalidInput([Problem("closed_on", "This partnership is not closed.")])
    clean = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
    merged = {name: getattr(obj, name) for name in FIELDS} | clean
    problems = [p for p in _problems(merged, partnership.start_date) if p.field in clean]
    if problems:
        raise InvalidInput(problems)
    for name, value in clean.items():
        setattr(obj, name, value)
    if {"scope", "closed_on"} & set(clean):
        _apply_status(partnership, obj)
    session.flush()


def reopen_partnership(session: Session, partnership_id: int) -> None:
    """Undo a closing made by mistake: the status it had comes back; the end date a
    whole-partnership closing set is cleared."""
    partnership = session.get_one(Partnership, partnership_id)
    obj = session.scalars(select(Closure).where(Closure.partnership_id == partnership_id)).first()
    if obj is None:
        return
    partnership.status = obj.status_before or PartnershipStatus.ACTIVE.value
    if obj.scope == ClosureScope.PARTNERSHIP and partnership.end_date == obj.closed_on:
        partnership.end_date = None
    session.delete(obj)
    session.flush()
