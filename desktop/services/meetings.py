"""Meetings of a partnership: when, who from us attended or sent apologies, notes, actions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.domain.record_rules import attendance_problem
from desktop.domain.vocab import AttendanceStatus
from desktop.services.partnerships import InvalidInput
from desktop.services.rows import add_row
from desktop.store.models import Attendance, Meeting, Person, Representative, Seat


@dataclass(frozen=True)
class AttendanceRate:
    """Code 4.8(a): how many of the meetings held so far someone from us attended.

    ``held`` counts only meetings whose attendance has been entered (anyone marked
    attended, apologies or absent): a meeting just added, with nothing filled in yet, is
    not a meeting we missed. ``not_entered`` says how many were left out for that reason.
    """

    attended: int
    held: int
    not_entered: int = 0

    @property
    def percent(self) -> int | None:
        return round(100 * self.attended / self.held) if self.held else None


# Leads before deputies, whatever the words sort as.
_LEAD_FIRST = case((Representative.role == "lead", 0), else_=1)


def record_meeting(
    session: Session,
    partnership_id: int,
    meeting_date: date,
    title: str = "",
    notes: str = "",
    attendance: Mapping[int, str] | None = None,
) -> int:
    """A meeting, with each of our people's attendance (person id -> status)."""
    values = {"meeting_date": meeting_date, "title": title, "notes": notes}
    meeting_id = add_row(session, "meeting", partnership_id, values)
    for person_id, status in (attendance or {}).items():
        set_attendance(session, meeting_id, person_id, status)
    return meeting_id


def set_attendance(session: Session, meeting_id: int, person_id: int, status: str | None) -> None:
    """Say whether one of our people attended; None forgets what was recorded."""
    problem = attendance_problem(status)
    if problem:
        raise InvalidInput([problem])
    row = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    ).first()
    if status is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status))
    else:
        row.status = status
    session.flush()


def attendance_of(session: Session, meeting_id: int) -> dict[int, str]:
    rows = session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    return {row.person_id: row.status for row in rows}


def attendance_rate(session: Session, partnership_id: int, today: date) -> AttendanceRate:
    """Meetings held up to today with attendance entered, and how many of them at least
    one of us attended (a meeting with no attendance entered is counted apart)."""
    past = (Meeting.partnership_id == partnership_id, Meeting.meeting_date <= today)
    all_held = session.scalar(select(func.count()).select_from(Meeting).where(*past))
    held = session.scalar(
        select(func.count(func.distinct(Meeting.id)))
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(*past)
    )
    attended = session.scalar(
        select(func.count(func.distinct(Meeting.id)))
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(
            Meeting.partnership_id == partnership_id,
            Meeting.meeting_date <= today,
            Attendance.status == AttendanceStatus.ATTENDED.value,
        )
    )
    return AttendanceRate(int(attended or 0), int(held or 0), int(all_held or 0) - int(held or 0))


def people_for_attendance(session: Session, partnership_id: int, meeting_id: int) -> dict[int, str]:
    """Our representatives now, and anyone recorded at this meeting who has since left."""
    reps = session.execute(
        select(Person.id, Person.full_name)
        .join(Representative, Representative.person_id == Person.id)
        .join(Seat, Seat.id == Representative.seat_id)
        .where(Seat.partnership_id == partnership_id)
        .order_by(_LEAD_FIRST, Representative.id)
    )
    people = {int(pid): str(name) for pid, name in reps}
    earlier = session.execute(
        select(Person.id, Person.full_name)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id == meeting_id)
    )
    for pid, name in earlier:
        people.setdefault(int(pid), str(name))
    return people
