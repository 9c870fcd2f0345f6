"""The organisations in a partnership: quick entry from a typed list, changes, removal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def partners_of(session: Session, partnership_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Partner, Organisation)
        .join(Organisation, Organisation.id == Partner.organisation_id)
        .where(Partner.partnership_id == partnership_id)
        .order_by(Organisation.name)
    )
    return [{"id": p.id, "name": o.name, "sector": o.sector, "role": p.role} for p, o in rows.all()]


def update_partner(session: Session, partner_id: int, changes: Mapping[str, Any]) -> None:
    """Change a partner's role, its organisation's sector, or which organisation it is.

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
    session.flush()


def remove_partner(session: Session, partner_id: int) -> None:
    partner = session.get(Partner, partner_id)
    if partner is not None:
        session.delete(partner)
        session.flush()
