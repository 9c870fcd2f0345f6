"""The registers of how a partnership is run: risks, conflicts of interest declared,
disagreements and how they were resolved, equality impact notes, the learning log, and the
times we reported back. Each is a list of rows added, changed one field at a time as the
person leaves it, and removed, judged by desktop.domain.run_registers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.run_registers import REGISTER_RULES, register_problems
from desktop.services.partnerships import InvalidInput
from desktop.store.models import (
    Disagreement,
    EqualityNote,
    InterestDeclaration,
    LearningEntry,
    ReportBack,
    Risk,
)

MODELS: dict[str, Any] = {
    "risk": Risk,
    "interest_declaration": InterestDeclaration,
    "disagreement": Disagreement,
    "equality_note": EqualityNote,
    "learning_entry": LearningEntry,
    "report_back": ReportBack,
}

FIELDS: dict[str, tuple[str, ...]] = {
    "risk": (
        "description",
        "likelihood",
        "impact",
        "owner_label",
        "mitigation",
        "review_date",
        "status",
    ),
    "interest_declaration": ("declared_on", "declared_by", "about", "handled"),
    "disagreement": ("raised_on", "about", "between", "resolution", "resolved_on"),
    "equality_note": ("noted_on", "left_out", "action"),
    "learning_entry": ("noted_on", "learned", "do_differently", "shared_with"),
    "report_back": ("reported_on", "to_whom", "how", "note"),
}

# The order a person reads each list in: newest first for dated logs, risks by score.
_ORDER: dict[str, tuple[Any, ...]] = {
    "risk": (Risk.status == "closed", (Risk.likelihood * Risk.impact).desc(), Risk.id),
    "interest_declaration": (InterestDeclaration.declared_on.desc(), InterestDeclaration.id),
    "disagreement": (Disagreement.raised_on.desc(), Disagreement.id),
    "equality_note": (EqualityNote.noted_on.desc(), EqualityNote.id),
    "learning_entry": (LearningEntry.noted_on.desc(), LearningEntry.id),
    "report_back": (ReportBack.reported_on.desc(), ReportBack.id),
}

assert set(MODELS) == set(FIELDS) == set(_ORDER) == set(REGISTER_RULES)


def _unknown(kind: str, names: Any) -> None:
    for name in names:
        if name not in FIELDS[kind]:
            raise InvalidInput(
                [Problem(name, "A {kind} has no field called {name}.", kind=kind, name=name)]
            )


def _tidy(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def values_of(obj: Any, kind: str) -> dict[str, Any]:
    values = {name: getattr(obj, name) for name in FIELDS[kind]}
    values["id"] = obj.id
    values["uuid"] = obj.uuid
    return values


def add_register_row(
    session: Session, kind: str, partnership_id: int, values: Mapping[str, Any]
) -> int:
    values = _tidy(values)
    _unknown(kind, values)
    problems = register_problems(kind, values)
    if problems:
        raise InvalidInput(problems)
    obj = MODELS[kind](partnership_id=partnership_id, **values)
    session.add(obj)
    session.flush()
    return int(obj.id)


def update_register_row(
    session: Session, kind: str, row_id: int, changes: Mapping[str, Any]
) -> None:
    """Change some fields; the row is judged with its other stored values, and only the
    problems about what changed (or a date pair it is part of) refuse the change."""
    changes = _tidy(changes)
    _unknown(kind, changes)
    obj = session.get_one(MODELS[kind], row_id)
    merged = {name: getattr(obj, name) for name in FIELDS[kind]}
    merged.update(changes)
    pair = REGISTER_RULES[kind].date_pair or ()
    problems = [
        p
        for p in register_problems(kind, merged)
        if p.field in changes or (p.field in pair and set(pair[:2]) & set(changes))
    ]
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        setattr(obj, name, value)
    session.flush()


def remove_register_row(session: Session, kind: str, row_id: int) -> None:
    obj = session.get(MODELS[kind], row_id)
    if obj is not None:
        session.delete(obj)
        session.flush()


def list_register(session: Session, kind: str, partnership_id: int) -> list[dict[str, Any]]:
    model = MODELS[kind]
    query = select(model).where(model.partnership_id == partnership_id).order_by(*_ORDER[kind])
    return [values_of(obj, kind) for obj in session.scalars(query)]


def registers_for(
    session: Session, kind: str, partnership_ids: list[int]
) -> dict[int, list[dict[str, Any]]]:
    """Rows of ``kind`` for many partnerships in one query (returns, the collection)."""
    model = MODELS[kind]
    found: dict[int, list[dict[str, Any]]] = {pid: [] for pid in partnership_ids}
    if not partnership_ids:
        return found
    query = (
        select(model)
        .where(model.partnership_id.in_(partnership_ids))
        .order_by(model.partnership_id, *_ORDER[kind])
    )
    for obj in session.scalars(query):
        found[obj.partnership_id].append(values_of(obj, kind))
    return found
