"""The people we deal with at each partner organisation: name, role, contact details.

Each is a ``person`` row (so the People window lists them, exports everything about them
and forgets them like our own representatives) tied to the partner by ``partner_contact``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.record_rules import EMAIL
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Partner, PartnerContact, Person

PERSON_FIELDS = ("full_name", "email", "phone")


def _values(contact: PartnerContact, person: Person) -> dict[str, Any]:
    return {
        "id": contact.id,
        "person_id": person.id,
        "role": contact.role,
        **{name: getattr(person, name) for name in PERSON_FIELDS},
    }


def contacts_of(session: Session, partner_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(PartnerContact, Person)
        .join(Person, Person.id == PartnerContact.person_id)
        .where(PartnerContact.partner_id == partner_id)
        .order_by(PartnerContact.id)
    ).all()
    return [_values(contact, person) for contact, person in rows]


def contacts_by_partner(session: Session, partner_ids: list[int]) -> dict[int, list[dict]]:
    """Everyone at each of ``partner_ids``, in one query (for a return)."""
    rows = session.execute(
        select(PartnerContact, Person)
        .join(Person, Person.id == PartnerContact.person_id)
        .where(PartnerContact.partner_id.in_(partner_ids))
        .order_by(PartnerContact.id)
    ).all()
    result: dict[int, list[dict]] = {}
    for contact, person in rows:
        result.setdefault(contact.partner_id, []).append(
            _values(contact, person) | {"forgotten": person.forgotten_at is not None}
        )
    return result


def _problems(values: Mapping[str, Any]) -> list[Problem]:
    problems = []
    if "full_name" in values and not str(values["full_name"] or "").strip():
        problems.append(Problem("full_name", "Give the person's name."))
    email = str(values.get("email") or "").strip()
    if email and not EMAIL.match(email):
        problems.append(Problem("email", "That does not look like an email address."))
    return problems


def add_contact(
    session: Session,
    partner_id: int,
    full_name: str,
    role: str = "",
    email: str = "",
    phone: str = "",
) -> int:
    """Someone at a partner organisation; their name and details go in a person record."""
    values = {"full_name": " ".join(full_name.split()), "email": email.strip()}
    problems = _problems(values)
    if problems:
        raise InvalidInput(problems)
    session.get_one(Partner, partner_id)
    person = Person(full_name=values["full_name"], email=values["email"], phone=phone.strip())
    session.add(person)
    session.flush()
    contact = PartnerContact(partner_id=partner_id, person_id=person.id, role=role.strip())
    session.add(contact)
    session.flush()
    return int(contact.id)


def update_contact(session: Session, contact_id: int, changes: Mapping[str, Any]) -> None:
    contact = session.get_one(PartnerContact, contact_id)
    person = session.get_one(Person, contact.person_id)
    for name in changes:
        if name not in PERSON_FIELDS and name != "role":
            raise InvalidInput([Problem(name, "A contact has no such field.")])
    problems = _problems(changes)
    if problems:
        raise InvalidInput(problems)
    for name, value in changes.items():
        clean = " ".join(str(value).split()) if name == "full_name" else str(value).strip()
        setattr(person if name in PERSON_FIELDS else contact, name, clean)
    session.flush()


def remove_contact(session: Session, contact_id: int) -> None:
    """No longer someone we deal with there; the person record stays (People can forget
    it), as our own representatives' do."""
    contact = session.get(PartnerContact, contact_id)
    if contact is not None:
        session.delete(contact)
        session.flush()
