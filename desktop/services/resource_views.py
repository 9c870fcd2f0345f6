"""What the Resource needs screens show: each need in full, and a meeting ready to cost.

Reads only. Kept apart from ``resources`` so the rules and the views each stay small.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.ledger import LedgerRow
from desktop.store.models import Attendance, Meeting, Partnership, ResourceNeed

# A partnership filter: every need, only general needs, or one partnership's.
ALL = "all"
GENERAL = "general"


@dataclass(frozen=True)
class NeedView:
    id: int
    partnership_id: int | None
    partnership_name: str
    meeting_id: int | None
    category: str
    description: str
    quantity: float
    unit: str
    unit_cost_pence: int | None
    estimated_pence: int
    asked_of: str
    status: str
    identified_date: date | None
    requested_date: date | None
    decided_date: date | None
    received_date: date | None
    agreed_pence: int | None
    received_pence: int | None
    notes: str

    def ledger_row(self) -> LedgerRow:
        return LedgerRow(
            id=self.id,
            status=self.status,
            category=self.category,
            estimated_pence=self.estimated_pence,
            agreed_pence=self.agreed_pence,
            received_pence=self.received_pence,
            partnership_id=self.partnership_id,
            partnership_name=self.partnership_name,
            identified_date=self.identified_date,
            requested_date=self.requested_date,
            decided_date=self.decided_date,
            received_date=self.received_date,
        )


_COLUMNS = (
    ResourceNeed.id,
    ResourceNeed.partnership_id,
    Partnership.name,
    ResourceNeed.meeting_id,
    ResourceNeed.category,
    ResourceNeed.description,
    ResourceNeed.quantity,
    ResourceNeed.unit,
    ResourceNeed.unit_cost_pence,
    ResourceNeed.estimated_pence,
    ResourceNeed.asked_of,
    ResourceNeed.status,
    ResourceNeed.identified_date,
    ResourceNeed.requested_date,
    ResourceNeed.decided_date,
    ResourceNeed.received_date,
    ResourceNeed.agreed_pence,
    ResourceNeed.received_pence,
    ResourceNeed.notes,
)


def list_needs(session: Session, scope: int | str = ALL) -> list[NeedView]:
    """Needs, newest first; ``scope`` is ALL, GENERAL or a partnership id.

    Plain columns rather than ORM objects: a ledger of thousands loads several times faster.
    """
    query = (
        select(*_COLUMNS)
        .outerjoin(Partnership, Partnership.id == ResourceNeed.partnership_id)
        .order_by(ResourceNeed.identified_date.desc(), ResourceNeed.id.desc())
    )
    if scope == GENERAL:
        query = query.where(ResourceNeed.partnership_id.is_(None))
    elif scope != ALL:
        query = query.where(ResourceNeed.partnership_id == int(scope))
    result: list[NeedView] = []
    for row in session.execute(query):
        values = list(row)
        values[2] = values[2] or ""
        result.append(NeedView(*values))
    return result


@dataclass(frozen=True)
class MeetingCostPreview:
    """A meeting as the "add its time and travel" dialog needs it."""

    meeting_id: int
    partnership_name: str
    title: str
    meeting_date: date
    hours: float | None
    attended: int
    recorded_miles: list[float | None]
    already_costed: bool


def meeting_cost_preview(session: Session, meeting_id: int) -> MeetingCostPreview | None:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    partnership = session.get(Partnership, meeting.partnership_id)
    miles = list(
        session.scalars(
            select(Attendance.miles)
            .where(Attendance.meeting_id == meeting_id, Attendance.status == "attended")
            .order_by(Attendance.id)
        )
    )
    costed = session.scalar(
        select(func.count()).select_from(ResourceNeed).where(ResourceNeed.meeting_id == meeting_id)
    )
    return MeetingCostPreview(
        meeting_id=meeting.id,
        partnership_name=partnership.name if partnership else "",
        title=meeting.title,
        meeting_date=meeting.meeting_date,
        hours=meeting.hours,
        attended=len(miles),
        recorded_miles=miles,
        already_costed=bool(costed),
    )
