"""Evidence for the health check's question on attendance (Code 4.8(a)): each partner's
attendance rate over the last year's meetings, from the partners' attendance recorded
meeting by meeting."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.domain.how_run import PartnerRate, asks_about_attendance
from desktop.services.partner_attendance import rates_for

# A review looks back over a year of meetings.
LOOK_BACK_DAYS = 365


def attendance_evidence(session: Session, partnership_id: int, today: date) -> list[PartnerRate]:
    """Rates of the partners with attendance marked in the year to ``today``."""
    since = today - timedelta(days=LOOK_BACK_DAYS)
    return [
        rate
        for rate in rates_for(session, partnership_id, until=today, since=since)
        if rate.recorded
    ]


def attendance_question_refs(items: list) -> list[str]:  # type: ignore[type-arg]
    """The refs of the questions (framework items) that ask about attendance."""
    return [i.ref for i in items if asks_about_attendance(i.ref, i.title, i.text)]
