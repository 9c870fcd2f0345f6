"""People's data: see it, export it, forget it, and notice when it is time to.

Names and contact details live only in ``person``, so these few functions are the whole
story. Forgetting keeps the records a person took part in (meetings, roles, reviews) because
the group still needs them, but they then belong to "Former representative".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.how_run import OfficeKind
from desktop.domain.people_rules import (
    DEFAULT_RETENTION_YEARS,
    FORMER_REPRESENTATIVE,
    is_past_retention,
    retention_problem,
)
from desktop.store.models import (
    Action,
    Attendance,
    CommitmentRating,
    GroupProfile,
    Meeting,
    Office,
    Organisation,
    Partner,
    PartnerContact,
    Partnership,
    Person,
    Representative,
    ReturnRecord,
    Review,
    ReviewRespondent,
    Seat,
    SettingValue,
    utcnow,
)
from desktop.store.queries.people import overwrite_deleted_text, replace_in_free_text

RETENTION_KEY = "privacy.retention_years"
# Free-text columns that may mention a person by name. Framework files and settings are ours.
_SKIP_TABLES = {"person", "alembic_version", "setting", "framework_file"}


class PersonNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PersonRow:
    id: int
    uuid: str
    full_name: str
    email: str
    phone: str
    forgotten: bool
    last_term_end: date | None
    still_serving: bool


@dataclass(frozen=True)
class ForgetResult:
    person_id: int
    # Places in free text (notes, labels) where the name was replaced.
    mentions_replaced: int


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(f"There is no person with id {person_id}.")
    return person


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def list_people(session: Session) -> list[PersonRow]:
    """Everyone we hold, with when their last representative term ended."""
    terms = (
        select(
            Representative.person_id,
            func.max(Representative.term_end).label("last_end"),
            func.sum(func.iif(Representative.term_end.is_(None), 1, 0)).label("open_terms"),
        )
        .group_by(Representative.person_id)
        .subquery()
    )
    rows = session.execute(
        select(Person, terms.c.last_end, terms.c.open_terms)
        .outerjoin(terms, terms.c.person_id == Person.id)
        .order_by(Person.forgotten_at.is_not(None), func.lower(Person.full_name))
    ).all()
    return [
        PersonRow(
            id=p.id,
            uuid=p.uuid,
            full_name=p.full_name,
            email=p.email,
            phone=p.phone,
            forgotten=p.forgotten_at is not None,
            last_term_end=last_end,
            still_serving=bool(open_terms),
        )
        for p, last_end, open_terms in rows
    ]


def retention_years(session: Session) -> int:
    row = session.get(SettingValue, RETENTION_KEY)
    try:
        return int(row.value) if row else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, years: int) -> None:
    problem = retention_problem(years)
    if problem:
        raise ValueError(problem)
    row = session.get(SettingValue, RETENTION_KEY)
    if row is None:
        session.add(SettingValue(key=RETENTION_KEY, value=str(years)))
    else:
        row.value = str(years)


def people_past_retention(
    session: Session, today: date, years: int | None = None
) -> list[PersonRow]:
    """People (not yet forgotten) whose last term ended more than ``years`` years ago."""
    years = retention_years(session) if years is None else years
    return [
        row
        for row in list_people(session)
        if not row.forgotten
        and is_past_retention(row.last_term_end, row.still_serving, today, years)
    ]


def person_record(session: Session, person_id: int) -> dict[str, Any]:
    """Everything we hold about one person, as plain data (for JSON and the PDF)."""
    person = _get(session, person_id)
    roles = session.execute(
        select(
            Partnership.name,
            Representative.role,
            Representative.term_start,
            Representative.term_end,
        )
        .join(Seat, Seat.id == Representative.seat_id)
        .join(Partnership, Partnership.id == Seat.partnership_id)
        .where(Representative.person_id == person_id)
        .order_by(Representative.term_start)
    ).all()
    meetings = session.execute(
        select(
            Partnership.name,
            Meeting.meeting_date,
            Meeting.title,
            Attendance.status,
            Attendance.miles,
        )
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .join(Partnership, Partnership.id == Meeting.partnership_id)
        .where(Attendance.person_id == person_id)
        .order_by(Meeting.meeting_date)
    ).all()
    actions = session.execute(
        select(
            Partnership.name, Action.description, Action.due_date, Action.status, Action.done_date
        )
        .outerjoin(Partnership, Partnership.id == Action.partnership_id)
        .where(Action.owner_person_id == person_id)
        .order_by(Action.due_date)
    ).all()
    ratings = session.execute(
        select(
            Partnership.name,
            CommitmentRating.clause_ref,
            CommitmentRating.next_action,
            CommitmentRating.due_date,
        )
        .join(Partnership, Partnership.id == CommitmentRating.partnership_id)
        .where(CommitmentRating.owner_person_id == person_id)
    ).all()
    reviews = session.execute(
        select(
            Partnership.name,
            Review.review_date,
            ReviewRespondent.label,
            ReviewRespondent.organisation,
        )
        .join(Review, Review.id == ReviewRespondent.review_id)
        .join(Partnership, Partnership.id == Review.partnership_id)
        .where(ReviewRespondent.person_id == person_id)
    ).all()
    signed = session.execute(
        select(ReturnRecord.reference, ReturnRecord.period_label, ReturnRecord.signoff_date).where(
            ReturnRecord.signoff_person_id == person_id
        )
    ).all()
    offices = session.execute(
        select(
            Partnership.name,
            Office.kind,
            Office.title,
            Office.organisation,
            Office.from_date,
            Office.to_date,
        )
        .join(Partnership, Partnership.id == Office.partnership_id)
        .where(Office.person_id == person_id)
        .order_by(Office.from_date)
    ).all()
    contact_at = session.execute(
        select(Partnership.name, Organisation.name, PartnerContact.role)
        .join(Partner, Partner.id == PartnerContact.partner_id)
        .join(Partnership, Partnership.id == Partner.partnership_id)
        .join(Organisation, Organisation.id == Partner.organisation_id)
        .where(PartnerContact.person_id == person_id)
        .order_by(Partnership.name)
    ).all()
    main_contact = session.scalar(
        select(func.count())
        .select_from(GroupProfile)
        .where(GroupProfile.main_contact_id == person_id)
    )

    def rows(result: list[Any], *names: str) -> list[dict[str, object]]:
        return [{n: _iso(v) for n, v in zip(names, r, strict=True)} for r in result]

    return {
        "exported_at": _iso(utcnow()),
        "person": {
            "id": person.uuid,
            "full_name": person.full_name,
            "email": person.email,
            "phone": person.phone,
            "address": person.address,
            "notes": person.notes,
            "added": _iso(person.created_at),
            "last_changed": _iso(person.updated_at),
            "forgotten": _iso(person.forgotten_at),
        },
        "main_contact_for_our_group": bool(main_contact),
        "representative_roles": rows(roles, "partnership", "role", "term_start", "term_end"),
        "meetings": rows(meetings, "partnership", "date", "title", "attendance", "miles"),
        "actions": rows(actions, "partnership", "action", "due", "status", "done"),
        "commitment_actions": rows(ratings, "partnership", "clause", "next_action", "due"),
        "reviews": rows(reviews, "partnership", "review_date", "as", "organisation"),
        "returns_signed_off": rows(signed, "reference", "period", "signed_on"),
        # How partnerships are run (issue 17): offices held, and being our contact at a partner.
        "offices_held": [
            {
                "partnership": name,
                "office": title or OfficeKind.label_of(kind),
                "organisation": organisation,
                "from": _iso(start),
                "to": _iso(end),
            }
            for name, kind, title, organisation, start, end in offices
        ],
        "contact_at_partners": rows(contact_at, "partnership", "organisation", "role"),
        # Named in a register of how a partnership is run (typed text, not a link).
        "mentioned_in_registers": _register_mentions(
            session, "" if person.forgotten_at else person.full_name
        ),
    }


def _register_mentions(session: Session, name: str) -> list[dict[str, Any]]:
    from desktop.services.governance.people import register_mentions

    return register_mentions(session, name)


def _replace_mentions(session: Session, name: str) -> int:
    """Replace the person's full name wherever free text mentions it; count the places."""
    if len(name.strip()) < 3:  # too short to find safely ("Al" is in "Always")
        return 0
    return replace_in_free_text(session, name, FORMER_REPRESENTATIVE.lower(), _SKIP_TABLES)


def forget_person(session: Session, person_id: int, now: datetime | None = None) -> ForgetResult:
    """Remove a person's name and contact details everywhere; keep what they took part in.

    Runs with secure_delete on, so the old text is overwritten in the file, not just unlinked.
    Call through ``forget_person_everywhere`` in the app: it backs up first and clears the
    write-ahead log afterwards.
    """
    overwrite_deleted_text(session)
    person = _get(session, person_id)
    name = person.full_name
    mentions = 0 if person.forgotten_at else _replace_mentions(session, name)
    if not person.forgotten_at:  # the registers whatever the case of the name (issue 17)
        from desktop.services.governance.people import forget_in_registers

        forget_in_registers(session, name, FORMER_REPRESENTATIVE.lower())
    person.full_name = FORMER_REPRESENTATIVE
    person.email = person.phone = person.address = person.notes = ""
    person.forgotten_at = now or utcnow()
    return ForgetResult(person_id, mentions)
