"""Every partnership with every field and its partners, as plain data (for ``list --json``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from desktop.store.models import Partner, Partnership, Seat


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
        record["seat"] = _columns(seat, ("id", "partnership_id")) if seat else None
        record["partners"] = [
            {
                "name": partner.organisation.name,
                "sector": partner.organisation.sector,
                "role": partner.role,
                "organisation_uuid": partner.organisation.uuid,
                "uuid": partner.uuid,
            }
            for partner in partnership.partners
        ]
        records.append(record)
    return records
