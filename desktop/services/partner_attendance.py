"""Every partner's attendance at each meeting, whether each meeting was quorate, and each
partner's attendance rate (Code 4.8(a): do all partners attend?).

Who counts as a member at a meeting is every partner that had joined and not yet left on
its date; the quorum rule comes from the partnership's rules (services.how_run).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.how_run import (
    PartnerPresence,
    PartnerRate,
    QuorumRule,
    is_quorate,
    member_on,
    partner_rates,
    presence_problem,
)
from desktop.domain.problems import Problem
from desktop.services.how_run import quorum_of
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Meeting, Organisation, Partner, PartnerAttendance


@dataclass(frozen=True)
class MeetingQuorum:
    """How many partners were members on the day, how many were there, and the verdict."""

    members: int
    present: int
    apologies: int
    absent: int
    needed: int | None
    quorate: bool | None  # None: no quorum rule, or nobody's attendance recorded

    @property
    def recorded(self) -> int:
        return self.present + self.apologies + self.absent


def _partners(session: Session, partnership_id: int) -> list[tuple[Partner, str]]:
    rows = session.execute(
        select(Partner, Organisation.name)
        .join(Organisation, Organisation.id == Partner.organisation_id)
        .where(Partner.partnership_id == partnership_id)
        .order_by(Organisation.name, Partner.id)
    ).all()
    return [(partner, str(name)) for partner, name in rows]


def statuses_of(session: Session, meeting_id: int) -> dict[int, str]:
    rows = session.scalars(
        select(PartnerAttendance).where(PartnerAttendance.meeting_id == meeting_id)
    )
    return {row.partner_id: row.status for row in rows}


def partners_at_meeting(session: Session, meeting_id: int) -> list[tuple[int, str, str | None]]:
    """(partner id, name, status or None) for every partner that was a member on the
    meeting's date, and any other with attendance recorded there."""
    meeting = session.get_one(Meeting, meeting_id)
    recorded = statuses_of(session, meeting_id)
    return [
        (partner.id, name, recorded.get(partner.id))
        for partner, name in _partners(session, meeting.partnership_id)
        if partner.id in recorded
        or member_on(partner.joined_on, partner.left_on, meeting.meeting_date)
    ]


def set_partner_attendance(
    session: Session, meeting_id: int, partner_id: int, status: str | None
) -> None:
    """Say whether a partner organisation was at a meeting; None forgets what was said."""
    problem = presence_problem(status)
    if problem:
        raise InvalidInput([problem])
    meeting = session.get_one(Meeting, meeting_id)
    partner = session.get_one(Partner, partner_id)
    if partner.partnership_id != meeting.partnership_id:
        raise InvalidInput(
            [Problem("status", "That organisation is not a partner in this partnership.")]
        )
    row = session.scalars(
        select(PartnerAttendance).where(
            PartnerAttendance.meeting_id == meeting_id, PartnerAttendance.partner_id == partner_id
        )
    ).first()
    if status is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(PartnerAttendance(meeting_id=meeting_id, partner_id=partner_id, status=status))
    else:
        row.status = status
    session.flush()


def quorum_at(rule: QuorumRule | None, members: int, statuses: list[str | None]) -> MeetingQuorum:
    counts = {code: 0 for code in PartnerPresence.codes()}
    for status in statuses:
        if status in counts:
            counts[status] += 1
    recorded = sum(counts.values())
    needed = rule.needed(members) if rule is not None and members else None
    quorate = is_quorate(rule, members, counts["present"]) if recorded else None
    return MeetingQuorum(
        members, counts["present"], counts["apologies"], counts["absent"], needed, quorate
    )


def meeting_quorum(session: Session, meeting_id: int) -> MeetingQuorum:
    meeting = session.get_one(Meeting, meeting_id)
    rule = quorum_of(session, meeting.partnership_id)
    at = partners_at_meeting(session, meeting_id)
    day = meeting.meeting_date
    members = sum(
        1
        for partner, _name in _partners(session, meeting.partnership_id)
        if member_on(partner.joined_on, partner.left_on, day)
    )
    return quorum_at(rule, members, [status for _pid, _name, status in at])


def rates_for(
    session: Session,
    partnership_id: int,
    until: date | None = None,
    since: date | None = None,
) -> list[PartnerRate]:
    """Each partner's attendance over the meetings held between ``since`` and ``until``
    (today by default), current partners and those that have left alike."""
    until = until or date.today()
    query = select(Meeting).where(
        Meeting.partnership_id == partnership_id, Meeting.meeting_date <= until
    )
    if since is not None:
        query = query.where(Meeting.meeting_date >= since)
    meetings = list(session.scalars(query.order_by(Meeting.meeting_date, Meeting.id)))
    partners = _partners(session, partnership_id)
    names = {partner.id: name for partner, name in partners}
    statuses: dict[int, dict[str, str]] = {m.id: {} for m in meetings}
    if meetings:
        for row in session.scalars(
            select(PartnerAttendance).where(PartnerAttendance.meeting_id.in_(list(statuses)))
        ):
            statuses[row.meeting_id][names.get(row.partner_id, "")] = row.status
    # Names are unique within a partnership (one partner per organisation).
    return partner_rates(
        [(name, partner.joined_on, partner.left_on) for partner, name in partners],
        [(m.meeting_date, statuses[m.id]) for m in meetings],
    )
