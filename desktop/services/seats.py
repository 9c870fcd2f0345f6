"""Our seat in a partnership (Code 4.5) and the people who fill it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.record_rules import row_problems, seat_problems
from desktop.domain.vocab import RepresentativeRole
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Person, Representative, Seat

SEAT_FIELDS = (
    "our_role",
    "represents",
    "report_back_duty",
    "report_back_to",
    "induction_received",
    "induction_date",
    "induction_notes",
)
PERSON_FIELDS = ("full_name", "email", "phone")
REPRESENTATIVE_FIELDS = ("role", "term_start", "term_end")


# Leads before deputies, whatever the words sort as.
_LEAD_FIRST = case((Representative.role == "lead", 0), else_=1)


def seat_of(session: Session, partnership_id: int) -> Seat:
    """The partnership's seat, made if an older record has none."""
    seat = session.scalars(select(Seat).where(Seat.partnership_id == partnership_id)).first()
    if seat is None:
        seat = Seat(partnership_id=partnership_id)
        session.add(seat)
        session.flush()
    return seat


def seat_values(session: Session, partnership_id: int) -> dict[str, Any]:
    seat = seat_of(session, partnership_id)
    return {name: getattr(seat, name) for name in SEAT_FIELDS}


def update_seat(session: Session, partnership_id: int, changes: Mapping[str, Any]) -> None:
    """Change what we record about our seat: our role, whom we speak for, report-back."""
    unknown = [name for name in changes if name not in SEAT_FIELDS]
    if unknown:
        raise InvalidInput([Problem(unknown[0], "Our seat has no such field.")])
    seat = seat_of(session, partnership_id)
    merged = {name: getattr(seat, name) for name in SEAT_FIELDS} | dict(changes)
    problems = seat_problems(merged)
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        setattr(seat, name, value)
    session.flush()


def _representative_values(rep: Representative, person: Person) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(rep, name) for name in REPRESENTATIVE_FIELDS}
    values |= {name: getattr(person, name) for name in PERSON_FIELDS}
    values["id"] = rep.id
    values["person_id"] = person.id
    return values


def add_representative(
    session: Session,
    partnership_id: int,
    full_name: str,
    role: str = RepresentativeRole.LEAD.value,
    term_start: date | None = None,
    term_end: date | None = None,
    email: str = "",
    phone: str = "",
) -> int:
    """One of our people who sits in our seat, with their term (names live in Person)."""
    values = {
        "full_name": " ".join(full_name.split()),
        "role": role,
        "term_start": term_start,
        "term_end": term_end,
    }
    problems = row_problems("representative", values)
    if problems:
        raise InvalidInput(problems)
    seat = seat_of(session, partnership_id)
    person = Person(full_name=values["full_name"], email=email.strip(), phone=phone.strip())
    session.add(person)
    session.flush()
    rep = Representative(
        seat_id=seat.id, person_id=person.id, role=role, term_start=term_start, term_end=term_end
    )
    session.add(rep)
    session.flush()
    return int(rep.id)


def update_representative(session: Session, rep_id: int, changes: Mapping[str, Any]) -> None:
    """Change a representative's term or role, or the person's name and contact details."""
    rep = session.get_one(Representative, rep_id)
    person = session.get_one(Person, rep.person_id)
    merged = _representative_values(rep, person) | dict(changes)
    for name in changes:
        if name not in PERSON_FIELDS + REPRESENTATIVE_FIELDS:
            raise InvalidInput([Problem(name, "A representative has no such field.")])
    problems = [
        p
        for p in row_problems("representative", merged)
        if p.field in changes or p.field == "term_end"
    ]
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        target = person if name in PERSON_FIELDS else rep
        setattr(target, name, value.strip() if isinstance(value, str) else value)
    session.flush()


def remove_representative(session: Session, rep_id: int) -> None:
    """Take someone off our seat; the person stays, as meetings may name them."""
    rep = session.get(Representative, rep_id)
    if rep is not None:
        session.delete(rep)
        session.flush()


def representatives(session: Session, partnership_id: int) -> list[dict[str, Any]]:
    seat = seat_of(session, partnership_id)
    rows = session.execute(
        select(Representative, Person)
        .join(Person, Person.id == Representative.person_id)
        .where(Representative.seat_id == seat.id)
        .order_by(_LEAD_FIRST, Representative.id)
    )
    return [_representative_values(rep, person) for rep, person in rows]
