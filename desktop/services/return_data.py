"""Build a return's data: the JSON the PDF carries and the CVS imports.

``build_return`` reads the database and returns a plain dict that matches
``resources/schemas/partnerbook-return-2.schema.json``. The PDF, HTML and CSV are all drawn
from this dict, never from the database, so every copy of a return says the same thing.

Privacy: people's names and contact details leave the laptop only when
``include_contacts`` is true; otherwise representatives and action owners appear by role.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import APP_NAME, __version__
from desktop.domain.canonical import with_hash
from desktop.domain.frameworks import FrameworkError, load_builtin
from desktop.domain.periods import Period
from desktop.domain.problems import UserError
from desktop.domain.return_period import period_kind
from desktop.domain.vocab import RepresentativeRole
from desktop.services.governance.return_fields import add_run_fields
from desktop.services.return_how_run import HowRunRows
from desktop.services.return_plan import person_names, without_names
from desktop.services.return_sections import PartnershipRows, need_totals, partnership_entry
from desktop.store.models import (
    GroupProfile,
    Partnership,
    Person,
    Representative,
    ResourceNeed,
)

SCHEMA_NAME = "partnerbook-return"
SCHEMA_VERSION = 2

# Return ids are UUIDs derived from what makes a return unique, so the same data and the
# same clock give the same file byte for byte (a test relies on it), while two exports at
# different moments never share an id.
_RETURN_NAMESPACE = uuid.UUID("6f1d1d2e-7b55-4c52-9a8e-6b2f3e0c9a11")

__all__ = ["SCHEMA_NAME", "SCHEMA_VERSION", "ReturnEmpty", "build_return", "chosen_partnerships"]


class ReturnEmpty(UserError, ValueError):
    """There is nothing to put in a return for this period and choice of partnerships."""


def _utc(now: datetime | None) -> datetime:
    moment = now or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def chosen_partnerships(
    session: Session, period: Period, partnership_ids: Sequence[int] | None = None
) -> list[Partnership]:
    """The partnerships a return covers, ordered by name.

    With no choice made: every partnership that had begun by the end of the period and was
    not archived before it began. Chosen ids are taken as asked, whatever their dates.
    """
    query = select(Partnership).order_by(Partnership.name, Partnership.id)
    if partnership_ids is not None:
        query = query.where(Partnership.id.in_(list(partnership_ids)))
        found = list(session.scalars(query))
        missing = sorted(set(partnership_ids) - {p.id for p in found})
        if missing:
            raise ReturnEmpty(
                "There is no partnership with the id {ids}. Check the list of partnerships.",
                ids=", ".join(str(m) for m in missing),
            )
        return found
    result = []
    for partnership in session.scalars(query):
        if partnership.start_date and partnership.start_date > period.end:
            continue
        if partnership.archived_at and partnership.archived_at.date() < period.start:
            continue
        result.append(partnership)
    return result


def _contact(person: Person | None) -> dict[str, str] | None:
    if person is None or person.forgotten_at is not None:
        return None
    return {"name": person.full_name, "email": person.email, "phone": person.phone}


def _group(session: Session, include_contacts: bool) -> dict[str, Any]:
    group = session.scalars(select(GroupProfile).order_by(GroupProfile.id)).first()
    if group is None:
        raise ReturnEmpty(
            "Say who your group is first (its name), so the CVS knows whose return this is."
        )
    entry: dict[str, Any] = {
        "id": group.uuid,
        "name": group.name,
        "charity_number": group.charity_number,
        "area_served": group.area_served,
        "cvs_name": group.cvs_name,
        "size_band": group.size_band,
        "setting": group.setting,
        "main_contact": None,
    }
    if include_contacts and group.main_contact_id is not None:
        entry["main_contact"] = _contact(session.get(Person, group.main_contact_id))
    return entry


def _frameworks(
    ids_and_versions: Iterable[tuple[str, str]], rows: PartnershipRows
) -> list[dict[str, str]]:
    """Every framework the return's records were made with, by title: built in or a file
    the group holds (an imported tool has a title too)."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for framework_id, version in ids_and_versions:
        if (framework_id, version) in seen:
            continue
        framework = rows.framework(framework_id, version)
        title = framework.title if framework is not None else ""
        seen[(framework_id, version)] = {"id": framework_id, "version": version, "title": title}
    return [seen[key] for key in sorted(seen)]


def _partnership_frameworks(partnerships: list[dict[str, Any]]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for entry in partnerships:
        framework_id = entry["framework_id"]
        with contextlib.suppress(FrameworkError):
            pairs.append((framework_id, load_builtin(framework_id).version))
        for rating in entry["commitments"] + entry["undertakings"]:
            pairs.append((rating["framework_id"], rating["framework_version"]))
        for review in (entry["latest_review"], entry["previous_review"]):
            if review:
                pairs.append((review["framework_id"], review["framework_version"]))
    return pairs


def _signoff(signoff: dict[str, Any] | None, include_contacts: bool) -> dict[str, Any]:
    """Who signed off. With contact details left out, by role only, as on page 1."""
    signoff = signoff or {}
    day = signoff.get("date")
    return {
        "name": ((signoff.get("name") or "").strip() or None) if include_contacts else None,
        "role": (signoff.get("role") or "").strip(),
        "date": day.isoformat() if isinstance(day, date) else (day or None),
    }


def _roles(session: Session, rows: PartnershipRows) -> dict[str, str]:
    """Each person's name (folded) and the role the return gives them instead."""
    roles: dict[str, str] = {}
    for rep in session.scalars(select(Representative).order_by(Representative.id)):
        person = rows.people.get(rep.person_id)
        if person is not None:
            label = f"{RepresentativeRole.label_of(rep.role)} representative"
            roles.setdefault(person.full_name.strip().casefold(), label)
    return roles


def reference_for(period: Period, return_id: str) -> str:
    """A short reference people can read out on the phone: PB-2026-27-1A2B3C4D."""
    label = "".join(c if c.isalnum() else "-" for c in period.label).strip("-")
    while "--" in label:
        label = label.replace("--", "-")
    return f"PB-{label}-{return_id[:8].upper()}"


def build_return(
    session: Session,
    period: Period,
    partnership_ids: Sequence[int] | None = None,
    include_contacts: bool = False,
    supersedes: str | None = None,
    now: datetime | None = None,
    *,
    signoff: dict[str, Any] | None = None,
    allow_empty: bool = False,
    return_id: str | None = None,
) -> dict[str, Any]:
    """The return for ``period`` as a dict matching the schema, with its SHA-256 filled in.

    ``signoff`` is ``{"name", "role", "date"}`` as typed before export; the name is kept
    only with contact details included (otherwise the return names people by role).
    Raises ReturnEmpty when there is nothing to report, unless ``allow_empty``.
    """
    created = _utc(now)
    group = _group(session, include_contacts)
    chosen = chosen_partnerships(session, period, partnership_ids)
    if not chosen and not allow_empty:
        raise ReturnEmpty(
            "There are no partnerships to report for {period}. Pick another period, "
            "or export an empty return on purpose.",
            period=period.label,
        )
    rows = PartnershipRows.load(session, [p.id for p in chosen], period, include_contacts)
    partnerships = [partnership_entry(p, rows) for p in chosen]
    # How each is run (rules, offices, membership, partners' attendance, decisions).
    how_run = HowRunRows.load(session, [p.id for p in chosen], period, include_contacts)
    for partnership, entry in zip(chosen, partnerships, strict=True):
        entry["governance"] = how_run.entry(partnership.id)
    add_run_fields(session, chosen, partnerships, period, created.date())  # issue 17
    general = [
        rows.need_entry(need)
        for need in session.scalars(
            select(ResourceNeed)
            .where(ResourceNeed.partnership_id.is_(None))
            .order_by(ResourceNeed.id)
        )
        if rows.need_in_period(need)
    ]
    if return_id is None:
        seed = "|".join(
            [
                group["id"],
                period.label,
                created.isoformat(),
                ",".join(p["id"] for p in partnerships),
                str(include_contacts),
                supersedes or "",
            ]
        )
        return_id = str(uuid.uuid5(_RETURN_NAMESPACE, seed))
    payload: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "return_id": return_id,
        "reference": reference_for(period, return_id),
        "created_at": created.isoformat() + "Z",
        "app": {"name": APP_NAME, "version": __version__},
        "supersedes": supersedes,
        # Which partnerships this return speaks for: a later return replaces an earlier one
        # at the CVS only for these (all of the group's, when it is for the whole group).
        "scope": {
            "whole_group": partnership_ids is None,
            "partnerships": [p["id"] for p in partnerships],
        },
        "include_contacts": include_contacts,
        "group": group,
        "period": {
            "label": period.label,
            "kind": period_kind(period),
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
        },
        "frameworks": _frameworks(_partnership_frameworks(partnerships), rows),
        "signoff": _signoff(signoff, include_contacts),
        "partnerships": partnerships,
        "general_resource_needs": general,
        "resource_totals": need_totals(
            [need for entry in partnerships for need in entry["resource_needs"]] + general
        ),
    }
    if not include_contacts:
        payload = without_names(payload, person_names(rows.people), _roles(session, rows))
    return with_hash(payload)
