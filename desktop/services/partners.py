"""The organisations in a partnership: quick entry from a typed list, changes, removal."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.how_run import is_current, membership_problems
from desktop.domain.problems import Problem
from desktop.domain.record_rules import parse_partner_lines
from desktop.domain.vocab import Sector
from desktop.services.partnerships import InvalidInput, add_partner, organisation_named
from desktop.store.models import Organisation, Partner


def add_partners_from_text(session: Session, partnership_id: int, text: str) -> list[int]:
    """Add every organisation typed one per line ("Name - sector"); all or nothing."""
    lines, problems = parse_partner_lines(text)
    if problems:
        raise InvalidInput(problems)
    if not lines:
        raise InvalidInput([Problem("partners", "Type at least one organisation's name.")])
    return [add_partner(session, partnership_id, line.name, line.sector).id for line in lines]


MEMBERSHIP_FIELDS = ("joined_on", "joined_reason", "left_on", "left_reason")


def partners_of(
    session: Session,
    partnership_id: int,
    *,
    include_former: bool = True,
    today: date | None = None,
) -> list[dict[str, Any]]:
    """The partners, by name; ``include_former=False`` leaves out those that have left
    (a partner is a member up to and including the day it leaves)."""
    rows = session.execute(
        select(Partner, Organisation)
        .join(Organisation, Organisation.id == Partner.organisation_id)
        .where(Partner.partnership_id == partnership_id)
        .order_by(Organisation.name)
    )
    today = today or date.today()
    result = []
    for p, o in rows.all():
        current = is_current(p.left_on, today)
        if include_former or current:
            entry = {"id": p.id, "name": o.name, "sector": o.sector, "role": p.role}
            entry["is_kind"] = o.is_kind
            entry |= {name: getattr(p, name) for name in MEMBERSHIP_FIELDS}
            result.append(entry | {"current": current})
    return result


def update_partner(session: Session, partner_id: int, changes: Mapping[str, Any]) -> None:
    """Change a partner's role, its organisation's sector (or whether it is a kind of
    organisation), or which organisation it is.

    A new name points this partner at the organisation of that name, rather than renaming
    an organisation other partnerships share.
    """
    partner = session.get_one(Partner, partner_id)
    if "name" in changes:
        name = " ".join(str(changes["name"]).split())
        if not name:
            raise InvalidInput([Problem("name", "Give the partner organisation's name.")])
        org = organisation_named(session, name)
        clash = session.scalars(
            select(Partner).where(
                Partner.partnership_id == partner.partnership_id,
                Partner.organisation_id == org.id,
                Partner.id != partner.id,
            )
        ).first()
        if clash is not None:
            raise InvalidInput(
                [Problem("name", "{name} is already a partner here.", name=org.name)]
            )
        partner.organisation_id = org.id
        session.flush()
    if "sector" in changes:
        sector = str(changes["sector"])
        if sector not in Sector.codes():
            raise InvalidInput([Problem("sector", "Choose a sector from the list.")])
        session.get_one(Organisation, partner.organisation_id).sector = sector
    if "role" in changes:
        partner.role = str(changes["role"]).strip()
    if "is_kind" in changes:  # "GP practices" rather than one named practice
        session.get_one(Organisation, partner.organisation_id).is_kind = bool(changes["is_kind"])
    membership = {name: changes[name] for name in MEMBERSHIP_FIELDS if name in changes}
    if membership:
        merged = {name: getattr(partner, name) for name in MEMBERSHIP_FIELDS} | membership
        problems = membership_problems(merged)
        if problems:
            raise InvalidInput(problems)
        for name, value in membership.items():
            setattr(partner, name, value.strip() if isinstance(value, str) else value)
    session.flush()


def remove_partner(session: Session, partner_id: int) -> None:
    partner = session.get(Partner, partner_id)
    if partner is not None:
        session.delete(partner)
        session.flush()
