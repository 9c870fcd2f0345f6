"""How a partnership is run: its terms of reference and key rules, and its offices.

The rules are one row per partnership, made the first time anything in them is saved, so
reading a partnership never writes. Office holders are people records (``person``): their
names stay out of a return without contact details and go when the person is forgotten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.how_run import (
    ELECTION_NOTICE_DAYS,
    OfficeKind,
    QuorumRule,
    office_problems,
    quorum_rule,
    rules_problems,
)
from desktop.domain.problems import Problem
from desktop.services.partnerships import InvalidInput
from desktop.store.models import GovernanceRules, Meeting, Office, Partnership, Person

RULE_FIELDS = (
    "has_terms",
    "terms_date",
    "terms_review_date",
    "terms_covers",
    "quorum_kind",
    "quorum_value",
    "decision_method",
    "meetings_a_year",
    "membership_rule",
)
OFFICE_FIELDS = ("kind", "title", "organisation", "from_date", "to_date", "how_chosen")
OFFICE_FIELDS += ("next_election",)
HOLDER_FIELDS = {"holder_name": "full_name", "holder_email": "email", "holder_phone": "phone"}

_EMPTY_RULES: dict[str, Any] = {
    "has_terms": None,
    "terms_date": None,
    "terms_review_date": None,
    "terms_covers": "",
    "quorum_kind": "",
    "quorum_value": None,
    "decision_method": "",
    "meetings_a_year": None,
    "membership_rule": "",
}


def _rules_row(session: Session, partnership_id: int) -> GovernanceRules | None:
    return session.scalars(
        select(GovernanceRules).where(GovernanceRules.partnership_id == partnership_id)
    ).first()


def rules_of(session: Session, partnership_id: int) -> dict[str, Any]:
    """The rules as stored (empty values when none are recorded yet)."""
    row = _rules_row(session, partnership_id)
    if row is None:
        return dict(_EMPTY_RULES)
    return {name: getattr(row, name) for name in RULE_FIELDS}


def meetings_in_year_to(session: Session, partnership_id: int, today: date) -> int:
    """Meetings held in the twelve months up to ``today`` (to set against the rules)."""
    since = today - timedelta(days=365)
    return int(
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .where(
                Meeting.partnership_id == partnership_id,
                Meeting.meeting_date > since,
                Meeting.meeting_date <= today,
            )
        )
        or 0
    )


def quorum_of(session: Session, partnership_id: int) -> QuorumRule | None:
    rules = rules_of(session, partnership_id)
    return quorum_rule(rules["quorum_kind"], rules["quorum_value"])


def update_rules(session: Session, partnership_id: int, changes: Mapping[str, Any]) -> None:
    """Change some of the rules; each change is judged with the rules already stored."""
    unknown = [name for name in changes if name not in RULE_FIELDS]
    if unknown:
        raise InvalidInput([Problem(unknown[0], "The rules have no such field.")])
    session.get_one(Partnership, partnership_id)
    merged = rules_of(session, partnership_id) | dict(changes)
    problems = [
        p
        for p in rules_problems(merged)
        if p.field in changes or (p.field == "terms_review_date" and "terms_date" in changes)
    ]
    if problems:
        raise InvalidInput(problems)
    row = _rules_row(session, partnership_id)
    if row is None:
        row = GovernanceRules(partnership_id=partnership_id, **_EMPTY_RULES)
        session.add(row)
    for name, value in changes.items():
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    session.flush()


# Offices ----------------------------------------------------------------------------------
def _office_values(office: Office, person: Person | None) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(office, name) for name in OFFICE_FIELDS}
    values["id"] = office.id
    values["person_id"] = office.person_id
    for key, column in HOLDER_FIELDS.items():
        values[key] = getattr(person, column) if person is not None else ""
    return values


def offices_of(session: Session, partnership_id: int) -> list[dict[str, Any]]:
    """Offices, those held now first (chair before vice-chair), then past holders."""
    order = {code: i for i, code in enumerate(OfficeKind.codes())}
    rows = session.execute(
        select(Office, Person)
        .outerjoin(Person, Person.id == Office.person_id)
        .where(Office.partnership_id == partnership_id)
    ).all()
    values = [_office_values(office, person) for office, person in rows]
    today = date.today()
    return sorted(
        values,
        key=lambda v: (
            v["to_date"] is not None and v["to_date"] < today,
            order.get(v["kind"], len(order)),
            -(v["from_date"] or date.min).toordinal(),
            v["id"],
        ),
    )


def office_label(values: Mapping[str, Any]) -> str:
    """The office's name: its title for "another office", else the kind's label."""
    if values.get("kind") == OfficeKind.OTHER or values.get("title"):
        return str(values.get("title") or OfficeKind.label_of(str(values.get("kind"))))
    return OfficeKind.label_of(str(values.get("kind")))


def add_office(
    session: Session,
    partnership_id: int,
    kind: str = OfficeKind.CHAIR.value,
    organisation: str = "",
    holder_name: str = "",
    **rest: Any,
) -> int:
    """An office (chair by default) and, when a name is given, the person holding it."""
    values = {"kind": kind, "organisation": organisation.strip(), **rest}
    values.setdefault("title", "")
    values.setdefault("how_chosen", "")
    problems = office_problems(values)
    if problems:
        raise InvalidInput(problems)
    office = Office(partnership_id=partnership_id, **values)
    session.add(office)
    session.flush()
    if holder_name.strip():
        update_office(session, office.id, {"holder_name": holder_name})
    return int(office.id)


def update_office(session: Session, office_id: int, changes: Mapping[str, Any]) -> None:
    """Change an office, or the name and contact details of the person holding it.

    A name typed for an office with no holder makes a person record; clearing the name
    takes the person off the office (the person stays, for the meetings that name them).
    """
    office = session.get_one(Office, office_id)
    person = session.get(Person, office.person_id) if office.person_id else None
    for name in changes:
        if name not in OFFICE_FIELDS and name not in HOLDER_FIELDS:
            raise InvalidInput([Problem(name, "An office has no such field.")])
    merged = _office_values(office, person) | dict(changes)
    problems = [p for p in office_problems(merged) if p.field in changes or p.field == "to_date"]
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        clean = " ".join(value.split()) if isinstance(value, str) else value
        if name in OFFICE_FIELDS:
            setattr(office, name, clean)
            continue
        if name == "holder_name" and not clean:
            office.person_id = None
            person = None
            continue
        if person is None:
            if name != "holder_name":
                raise InvalidInput([Problem(name, "Give the name of whoever holds the office.")])
            person = Person(full_name=clean)
            session.add(person)
            session.flush()
            office.person_id = person.id
        setattr(person, HOLDER_FIELDS[name], clean)
    session.flush()


def set_office_holder(session: Session, office_id: int, person_id: int | None) -> None:
    """Give an office to someone already held as a person (one of our representatives, say),
    rather than making a second record of them; None leaves it unfilled."""
    office = session.get_one(Office, office_id)
    if person_id is not None:
        session.get_one(Person, person_id)
    office.person_id = person_id
    session.flush()


def remove_office(session: Session, office_id: int) -> None:
    office = session.get(Office, office_id)
    if office is not None:
        session.delete(office)
        session.flush()


def current_chair(session: Session, partnership_id: int, today: date) -> dict[str, Any] | None:
    """The chair now (the latest begun, not ended), or None."""
    for values in offices_of(session, partnership_id):
        if values["kind"] != OfficeKind.CHAIR:
            continue
        started = values["from_date"] is None or values["from_date"] <= today
        ended = values["to_date"] is not None and values["to_date"] < today
        if started and not ended:
            return values
    return None


@dataclass(frozen=True)
class ElectionDue:
    partnership_id: int
    partnership: str
    office: str
    when: date
    overdue: bool


def elections_due(
    session: Session, today: date, within_days: int = ELECTION_NOTICE_DAYS
) -> list[ElectionDue]:
    """Elections for an office due within ``within_days`` (or already past and not yet
    moved on), for Home, soonest first; archived partnerships are left out."""
    horizon = today + timedelta(days=within_days)
    rows = session.execute(
        select(Office, Partnership.name)
        .join(Partnership, Partnership.id == Office.partnership_id)
        .where(
            Office.next_election.is_not(None),
            Office.next_election <= horizon,
            Partnership.archived_at.is_(None),
            Partnership.status != "ended",
        )
        .order_by(Office.next_election, Office.id)
    ).all()
    return [
        ElectionDue(
            partnership_id=office.partnership_id,
            partnership=name,
            office=office_label(_office_values(office, None)),
            when=office.next_election,
            overdue=office.next_election < today,
        )
        for office, name in rows
    ]
