"""One person, one record: find people by name, link a role to someone already known, and
merge records that turn out to be the same person.

Adding the same representative to three partnerships used to make three people (issue 21),
so exporting or forgetting "Sam Okafor" reached one of them only. Now:

- ``people_named`` says who is already known by a name, so the window can ask "the same
  person, or a new one?" before a second record is made;
- ``link_representative`` points a seat at someone already known (the placeholder record
  made for the new row goes, when nothing else refers to it);
- ``possible_duplicates`` lists records that are probably one person (the same name as a
  person reads it, or the same email address), and ``merge_people`` makes them one: every
  row that refers to any of them (found from the database's own foreign keys, so a table
  added later is covered too) then refers to the one kept, and contact details missing
  from it are taken from the others.

The SQL that finds and moves those rows is ``store/queries/people.py``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.person_names import name_key
from desktop.domain.problems import Problem
from desktop.services.partnerships import InvalidInput
from desktop.store.models import (
    PartnerContact,
    Partnership,
    Person,
    Representative,
    Seat,
)
from desktop.store.queries.people import delete_person_row, is_referenced, move_references

__all__ = [
    "KnownPerson",
    "link_contact",
    "link_representative",
    "merge_people",
    "people_named",
    "possible_duplicates",
]


@dataclass(frozen=True)
class KnownPerson:
    """Someone already in the records, with enough to tell namesakes apart."""

    id: int
    full_name: str
    email: str
    seats: tuple[str, ...]  # the partnerships they represent us on

    def description(self) -> str:
        where = ", ".join(self.seats) if self.seats else "no partnership yet"
        contact = f" ({self.email})" if self.email else ""
        return f"{self.full_name}{contact}: {where}"


def _known(session: Session, people: list[Person]) -> list[KnownPerson]:
    seats: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Representative.person_id, Partnership.name)
        .join(Seat, Seat.id == Representative.seat_id)
        .join(Partnership, Partnership.id == Seat.partnership_id)
        .where(Representative.person_id.in_([p.id for p in people]))
        .order_by(Partnership.name)
    )
    for person_id, name in rows:
        seats[person_id].append(name)
    return [KnownPerson(p.id, p.full_name, p.email, tuple(seats[p.id])) for p in people]


def people_named(
    session: Session, full_name: str, exclude_id: int | None = None
) -> list[KnownPerson]:
    """People not forgotten whose name is ``full_name`` as a person reads it."""
    wanted = name_key(full_name)
    if not wanted:
        return []
    people = [
        p
        for p in session.scalars(
            select(Person).where(Person.forgotten_at.is_(None)).order_by(Person.id)
        )
        if p.id != exclude_id and name_key(p.full_name) == wanted
    ]
    return _known(session, people)


def link_representative(session: Session, rep_id: int, person_id: int) -> None:
    """This seat is held by someone already known; the record made for the new row goes
    when nothing else refers to it."""
    rep = session.get_one(Representative, rep_id)
    chosen = session.get(Person, person_id)
    if chosen is None or chosen.forgotten_at is not None:
        raise InvalidInput([Problem("full_name", "That person is no longer in your records.")])
    clash = session.scalars(
        select(Representative).where(
            Representative.seat_id == rep.seat_id,
            Representative.person_id == person_id,
            Representative.id != rep.id,
        )
    ).first()
    if clash is not None:
        raise InvalidInput(
            [Problem("full_name", "{name} already sits in this seat.", name=chosen.full_name)]
        )
    old = rep.person_id
    rep.person_id = person_id
    session.flush()
    _drop_if_unused(session, old, person_id)


def link_contact(session: Session, contact_id: int, person_id: int) -> None:
    """This contact at a partner is someone already known (as ``link_representative``)."""
    contact = session.get_one(PartnerContact, contact_id)
    chosen = session.get(Person, person_id)
    if chosen is None or chosen.forgotten_at is not None:
        raise InvalidInput([Problem("full_name", "That person is no longer in your records.")])
    clash = session.scalars(
        select(PartnerContact).where(
            PartnerContact.partner_id == contact.partner_id,
            PartnerContact.person_id == person_id,
            PartnerContact.id != contact.id,
        )
    ).first()
    if clash is not None:
        raise InvalidInput(
            [Problem("full_name", "{name} is already a contact here.", name=chosen.full_name)]
        )
    old = contact.person_id
    contact.person_id = person_id
    session.flush()
    _drop_if_unused(session, old, person_id)


def _drop_if_unused(session: Session, old: int, new: int) -> None:
    """The record made for a new row goes once nothing refers to it."""
    if old != new and not is_referenced(session, old):
        placeholder = session.get(Person, old)
        if placeholder is not None:
            session.delete(placeholder)
            session.flush()


def possible_duplicates(session: Session) -> list[list[KnownPerson]]:
    """Groups of records that are probably one person: the same name as a person reads it,
    or the same email address. Forgotten people are left out."""
    people = list(
        session.scalars(select(Person).where(Person.forgotten_at.is_(None)).order_by(Person.id))
    )
    parent = {p.id: p.id for p in people}

    def root(pid: int) -> int:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    by_key: dict[str, int] = {}
    for person in people:
        for key in (
            "name:" + name_key(person.full_name),
            "email:" + person.email.strip().casefold() if person.email.strip() else "",
        ):
            if not key or key == "name:":
                continue
            if key in by_key:
                parent[root(person.id)] = root(by_key[key])
            else:
                by_key[key] = person.id
    groups: dict[int, list[Person]] = defaultdict(list)
    for person in people:
        groups[root(person.id)].append(person)
    return [_known(session, group) for group in groups.values() if len(group) > 1]


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged: int  # records merged into the kept one
    links_moved: int  # rows that now refer to the kept person


def merge_people(session: Session, keep_id: int, other_ids: list[int]) -> MergeResult:
    """Make ``other_ids`` one person with ``keep_id``: every link moves to the one kept.

    Where the kept person already has the same link (both records marked at one meeting,
    say), the kept person's own is the one that stays. Contact details the kept record
    lacks are filled in from the others; then the other records are deleted.
    """
    others = sorted({i for i in other_ids if i != keep_id})
    keep = session.get(Person, keep_id)
    if keep is None or keep.forgotten_at is not None or not others:
        raise InvalidInput([Problem("people", "Choose two or more people to merge.")])
    merging = [session.get_one(Person, i) for i in others]
    if any(p.forgotten_at is not None for p in merging):
        raise InvalidInput([Problem("people", "A forgotten person cannot be merged.")])
    session.flush()
    # A link the kept person already has (the same meeting, say) stays theirs; the other
    # record's copy goes.
    moved = move_references(session, keep_id, others)
    for person in merging:
        for field in ("email", "phone", "address"):
            if hasattr(keep, field) and not getattr(keep, field) and getattr(person, field):
                setattr(keep, field, getattr(person, field))
        if getattr(person, "notes", "") and person.notes not in (keep.notes or ""):
            keep.notes = "\n".join(filter(None, [keep.notes, person.notes]))
    session.flush()
    session.expire_all()
    for person_id in others:
        delete_person_row(session, person_id)
    session.flush()
    return MergeResult(keep_id, len(others), moved)
