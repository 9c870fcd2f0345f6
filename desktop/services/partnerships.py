"""Creating and changing partnerships and their partners."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.partnership_rules import (
    PartnershipInput,
    normalise_name,
    validate_partnership,
)
from desktop.domain.problems import Problem, ProblemsError
from desktop.domain.vocab import Sector
from desktop.store.models import Organisation, Partner, Partnership, PartnershipTheme, Seat


class InvalidInput(ProblemsError):
    """What was typed cannot be saved; ``problems`` say which field and why."""


def other_partnership_names(session: Session, exclude_id: int | None = None) -> list[str]:
    query = select(Partnership.name)
    if exclude_id is not None:
        query = query.where(Partnership.id != exclude_id)
    return list(session.scalars(query))


def _apply(partnership: Partnership, data: PartnershipInput) -> None:
    for f in fields(PartnershipInput):
        if f.name == "themes":
            continue
        value = getattr(data, f.name)
        setattr(partnership, f.name, " ".join(value.split()) if f.name == "name" else value)
    wanted = list(dict.fromkeys(t.strip() for t in data.themes if t.strip()))
    current = {t.theme: t for t in partnership.themes}
    partnership.themes = [current.get(t) or PartnershipTheme(theme=t) for t in wanted]


def create_partnership(session: Session, data: PartnershipInput) -> Partnership:
    problems = validate_partnership(data, other_partnership_names(session))
    if problems:
        raise InvalidInput(problems)
    partnership = Partnership(name=data.name)
    _apply(partnership, data)
    partnership.seat = Seat()
    session.add(partnership)
    session.flush()
    return partnership


def update_partnership(
    session: Session, partnership_id: int, data: PartnershipInput
) -> Partnership:
    partnership = session.get_one(Partnership, partnership_id)
    problems = validate_partnership(data, other_partnership_names(session, partnership_id))
    if problems:
        raise InvalidInput(problems)
    _apply(partnership, data)
    session.flush()
    return partnership


@dataclass
class FieldsSaved:
    """What ``save_valid_fields`` did: the fields saved, and why each other one was not."""

    saved: list[str] = field(default_factory=list)
    refused: dict[str, list[Problem]] = field(default_factory=dict)


def save_valid_fields(
    session: Session, partnership_id: int, changes: Mapping[str, object]
) -> FieldsSaved:
    """Save every changed overview field the rules accept, each on its own.

    A field whose new value breaks a rule (on its own, or with the others, such as
    "time-limited" with no end date) is left as stored and reported with the problems it
    would bring; the other fields are saved all the same. A refused field is tried again
    once another is accepted, so giving the end date lets "time-limited" in too.
    """
    partnership = session.get_one(Partnership, partnership_id)
    stored = partnership_input_of(session, partnership_id)
    others = other_partnership_names(session, partnership_id)
    already = set(validate_partnership(stored, others))  # old records may break a rule
    pending = {k: v for k, v in changes.items() if getattr(stored, k) != v}
    accepted = stored
    result = FieldsSaved()
    progress = True
    while pending and progress:
        progress = False
        result.refused = {}
        for key, value in list(pending.items()):
            trial = replace(accepted, **{key: value})
            new = [p for p in validate_partnership(trial, others) if p not in already]
            if new:
                result.refused[key] = new
            else:
                accepted = trial
                result.saved.append(key)
                del pending[key]
                progress = True
    if result.saved:
        _apply(partnership, accepted)
        session.flush()
    return result


# Sectors that say nothing yet, so a sector given later may fill them in.
_UNSAID = frozenset({Sector.OTHER.value, Sector.NOT_KNOWN.value})


def organisation_named(session: Session, name: str, sector: str = "") -> Organisation:
    """The organisation with this name (ignoring case and spacing), made if new."""
    clean = " ".join(name.split())
    wanted = normalise_name(clean)
    for org in session.scalars(select(Organisation)):
        if normalise_name(org.name) == wanted:
            if sector and org.sector in _UNSAID and sector not in _UNSAID:
                org.sector = sector
            return org
    # No sector given is "Not known" (printed so), never "Other" (issue 21).
    org = Organisation(name=clean, sector=sector or Sector.NOT_KNOWN.value)
    session.add(org)
    session.flush()
    return org


def add_partner(
    session: Session, partnership_id: int, name: str, sector: str = "", role: str = ""
) -> Partner:
    """Add an organisation to a partnership; adding one already there updates its role."""
    if not name.strip():
        raise InvalidInput([Problem("name", "Give the partner organisation's name.")])
    if sector and sector not in Sector.codes():
        raise InvalidInput([Problem("sector", "Choose a sector from the list.")])
    org = organisation_named(session, name, sector)
    existing = session.scalars(
        select(Partner).where(
            Partner.partnership_id == partnership_id, Partner.organisation_id == org.id
        )
    ).first()
    if existing is not None:
        if role:
            existing.role = role
        return existing
    partner = Partner(partnership_id=partnership_id, organisation=org, role=role)
    session.add(partner)
    session.flush()
    return partner


def partnership_input_of(session: Session, partnership_id: int) -> PartnershipInput:
    """The overview fields as stored, for a form to show and change."""
    partnership = session.get_one(Partnership, partnership_id)
    values = {
        f.name: getattr(partnership, f.name) for f in fields(PartnershipInput) if f.name != "themes"
    }
    return PartnershipInput(**values, themes=[t.theme for t in partnership.themes])


def set_vcs_budget(
    session: Session,
    partnership_id: int,
    has_budget: bool | None,
    amount_pence: int | None = None,
    notes: str | None = None,
) -> None:
    """Code 4.4: is there a budget for voluntary sector involvement, and how much."""
    if amount_pence is not None and amount_pence < 0:
        raise InvalidInput([Problem("vcs_budget_pence", "The amount cannot be negative.")])
    partnership = session.get_one(Partnership, partnership_id)
    partnership.has_vcs_budget = has_budget
    partnership.vcs_budget_pence = amount_pence if has_budget else None
    if notes is not None:
        partnership.vcs_budget_notes = notes.strip()
    session.flush()


def vcs_budget_of(session: Session, partnership_id: int) -> dict[str, object]:
    """Code 4.4 fields as stored, for the plan's budget form."""
    partnership = session.get_one(Partnership, partnership_id)
    return {
        "has_vcs_budget": partnership.has_vcs_budget,
        "vcs_budget_pence": partnership.vcs_budget_pence,
        "vcs_budget_notes": partnership.vcs_budget_notes,
    }
