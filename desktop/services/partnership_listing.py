"""Every partnership with every field and its partners, as plain data (for ``list --json``),
and the one way commands find the partnership the person named."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.partnership_rules import named_by
from desktop.domain.problems import UserError
from desktop.store.models import Partner, Partnership, Seat


class PartnershipNotFound(UserError, LookupError):
    """No partnership, or more than one, answers to what the person typed."""


def find_partnership(session: Session, text: str | int) -> Partnership:
    """The partnership with this id, this name (case and spacing aside), or the one whose
    name holds this text. Refuses plainly, listing the matches, when several do."""
    key = " ".join(str(text).split())
    if key.isdigit():
        found = session.get(Partnership, int(key))
        if found is not None:
            return found
    everyone = list(session.scalars(select(Partnership).order_by(Partnership.name)))
    matches = named_by(key, everyone, lambda p: p.name)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise PartnershipNotFound(
            "“{key}” could be any of these partnerships:\n{matches}\n"
            "Give its id, or more of its name.",
            key=key,
            matches="\n".join(f"  {p.id}  {p.name}" for p in matches),
        )
    raise PartnershipNotFound(
        "There is no partnership with the id or name “{key}”. "
        "'partnerbook list' shows each one with its id.",
        key=key,
    )


def _columns(record: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    mapper = inspect(type(record))
    return {
        column.key: getattr(record, column.key)
        for column in mapper.column_attrs
        if column.key not in skip
    }


def partnership_records(session: Session, *, include_archived: bool = True) -> list[dict[str, Any]]:
    """One dict per partnership: its columns, themes, our seat and its partners.

    Representatives are left out: they are people, and a listing is easily pasted into an
    email; people's details go only where the person chose to include contacts.
    """
    query = (
        select(Partnership)
        .options(
            selectinload(Partnership.themes),
            selectinload(Partnership.seat),
            selectinload(Partnership.partners).selectinload(Partner.organisation),
        )
        .order_by(Partnership.name)
    )
    if not include_archived:
        query = query.where(Partnership.archived_at.is_(None))
    records: list[dict[str, Any]] = []
    for partnership in session.scalars(query):
        record = _columns(partnership)
        record["themes"] = [t.theme for t in partnership.themes]
        seat: Seat | None = partnership.seat
        record["seat"] = _columns(seat, ("partnership_id",)) if seat else None
        record["partners"] = [
            {
                # Every column of the partner (joining and leaving too), by its organisation.
                **_columns(partner, ("partnership_id", "organisation_id")),
                "name": partner.organisation.name,
                "sector": partner.organisation.sector,
                "role": partner.role,
                "organisation_uuid": partner.organisation.uuid,
                "uuid": partner.uuid,
            }
            for partner in partnership.partners
        ]
        records.append(record)
    # Every other table of the record (meetings, plan, registers ...): issue 17, item 10.
    from desktop.services.governance.every_field import add_children, record_tables

    tables = record_tables(session, [r["id"] for r in records])
    for record in records:
        record.update(tables[record["id"]])
    # A partner's own rows (the people we deal with there): one level, as for the rest.
    add_children(session, "partner", {0: [p for r in records for p in r["partners"]]})
    # Our seat's representatives: their role and term, the person by id only.
    add_children(session, "seat", {0: [r["seat"] for r in records if r["seat"]]})
    return records
