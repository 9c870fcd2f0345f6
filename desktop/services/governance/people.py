"""People in the registers of how a partnership is run (issue 17): for the person export.

The registers hold what the group typed ("declared by", "owner", "between", "shared with",
"to whom", notes), not links to person records, so a person shows up there only by name.
The export lists every row that names them; forgetting a person already replaces their
name in every text column of every table (services.privacy._replace_mentions), these too.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, Text, func, or_, select
from sqlalchemy.orm import Session

from desktop.store.models import (
    Closure,
    Disagreement,
    EqualityNote,
    InterestDeclaration,
    LearningEntry,
    Partnership,
    ReportBack,
    Risk,
)

# Each register, the words a person knows it by, and the column that says what the row is.
REGISTERS: tuple[tuple[Any, str, str], ...] = (
    (Risk, "Risk", "description"),
    (InterestDeclaration, "Conflict of interest declared", "about"),
    (Disagreement, "Disagreement", "about"),
    (EqualityNote, "Equality impact note", "left_out"),
    (LearningEntry, "Learning log", "learned"),
    (ReportBack, "Report back", "note"),
    (Closure, "Closing", "reason"),
)
_DATES = ("review_date", "declared_on", "raised_on", "noted_on", "reported_on", "closed_on")


def register_mentions(session: Session, full_name: str) -> list[dict[str, Any]]:
    """Every register row whose text names the person (case aside), by partnership."""
    name = full_name.strip().casefold()
    if len(name) < 3:  # too short to find safely, as when forgetting
        return []
    found: list[dict[str, Any]] = []
    for model, label, what in REGISTERS:
        columns = [
            c
            for c in model.__table__.columns
            if isinstance(c.type, String | Text) and c.name != "uuid"
        ]
        query = (
            select(model, Partnership.name)
            .join(Partnership, Partnership.id == model.partnership_id)
            .where(or_(*(func.lower(c).contains(name) for c in columns)))
            .order_by(Partnership.name, model.id)
        )
        for row, partnership in session.execute(query):
            day = next((getattr(row, d) for d in _DATES if getattr(row, d, None)), None)
            found.append(
                {
                    "partnership": partnership,
                    "register": label,
                    "what": getattr(row, what),
                    "date": day.isoformat() if day else None,
                }
            )
    return found


def forget_in_registers(session: Session, full_name: str, replacement: str) -> int:
    """Replace the name, whatever its case ("priya shah"), in every register row that has it;
    the count of rows changed. (The general forgetting matches the exact spelling only.)"""
    name = full_name.strip()
    if len(name) < 3:
        return 0
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    changed = 0
    for model, _label, _what in REGISTERS:
        columns = _text_columns(model)
        query = select(model).where(
            or_(*(func.lower(c).contains(name.casefold()) for c in columns))
        )
        for row in session.scalars(query):
            for column in columns:
                value = getattr(row, column.key)
                if value and pattern.search(value):
                    setattr(row, column.key, pattern.sub(replacement, value))
            changed += 1
    session.flush()
    return changed


def _text_columns(model: Any) -> list[Any]:
    return [
        c for c in model.__table__.columns if isinstance(c.type, String | Text) and c.name != "uuid"
    ]
