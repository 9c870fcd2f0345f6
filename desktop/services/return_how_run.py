"""The ``governance`` part of each partnership in a return (issue 17, items 1-5): the rules,
offices, membership over time, the period's meetings with partners' attendance and quorum,
attendance rates per partner, and the period's decisions.

Read for all chosen partnerships in a few queries (a return of 25 partnerships stays fast).
People (office holders, contacts at partners) appear only when contact details are
included; otherwise their names are scrubbed from free text with everyone else's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.how_run import (
    PartnerPresence,
    member_on,
    overall_rate,
    partner_rates,
    quorum_rule,
)
from desktop.domain.periods import Period
from desktop.domain.vocab import ActionStatus
from desktop.services.partner_attendance import quorum_at
from desktop.services.partner_contacts import contacts_by_partner
from desktop.store.models import (
    Action,
    Decision,
    DecisionAction,
    GovernanceRules,
    Meeting,
    Office,
    Organisation,
    Partner,
    PartnerAttendance,
    Person,
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _overlaps(start: date | None, end: date | None, period: Period) -> bool:
    return (start is None or start <= period.end) and (end is None or end >= period.start)


def member_in_period(partner: Partner, period: Period) -> bool:
    """Whether a partner was a member at any time in the period."""
    return _overlaps(partner.joined_on, partner.left_on, period)


def quorum_words(kind: str, value: int | None) -> str:
    rule = quorum_rule(kind, value)
    return rule.describe() if rule is not None else ""


@dataclass
class HowRunRows:
    session: Session
    period: Period
    include_contacts: bool
    rules: dict[int, GovernanceRules] = field(default_factory=dict)
    offices: dict[int, list[Office]] = field(default_factory=lambda: defaultdict(list))
    partners: dict[int, list[tuple[Partner, Organisation]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    meetings: dict[int, list[Meeting]] = field(default_factory=lambda: defaultdict(list))
    marks: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    decisions: dict[int, list[tuple[Decision, Meeting]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    action_counts: dict[int, list[int]] = field(default_factory=dict)
    contacts: dict[int, list[dict]] = field(default_factory=dict)
    people: dict[int, Person] = field(default_factory=dict)

    @classmethod
    def load(
        cls, session: Session, ids: list[int], period: Period, include_contacts: bool
    ) -> HowRunRows:
        rows = cls(session, period, include_contacts)
        for rule in session.scalars(
            select(GovernanceRules).where(GovernanceRules.partnership_id.in_(ids))
        ):
            rows.rules[rule.partnership_id] = rule
        for office in session.scalars(
            select(Office).where(Office.partnership_id.in_(ids)).order_by(Office.id)
        ):
            rows.offices[office.partnership_id].append(office)
        for partner, org in session.execute(
            select(Partner, Organisation)
            .join(Organisation, Organisation.id == Partner.organisation_id)
            .where(Partner.partnership_id.in_(ids))
            .order_by(Organisation.name, Partner.id)
        ).all():
            rows.partners[partner.partnership_id].append((partner, org))
        meetings = session.scalars(
            select(Meeting)
            .where(
                Meeting.partnership_id.in_(ids),
                Meeting.meeting_date.between(period.start, period.end),
            )
            .order_by(Meeting.meeting_date, Meeting.id)
        ).all()
        for meeting in meetings:
            rows.meetings[meeting.partnership_id].append(meeting)
        meeting_ids = [m.id for m in meetings]
        if meeting_ids:
            # Plain columns, not objects: a busy year has thousands of marks.
            for meeting_id, partner_id, status in session.execute(
                select(
                    PartnerAttendance.meeting_id,
                    PartnerAttendance.partner_id,
                    PartnerAttendance.status,
                ).where(PartnerAttendance.meeting_id.in_(meeting_ids))
            ):
                rows.marks[meeting_id][partner_id] = status
        for decision, meeting in session.execute(
            select(Decision, Meeting)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .where(
                Decision.partnership_id.in_(ids),
                Meeting.meeting_date.between(period.start, period.end),
            )
            .order_by(Meeting.meeting_date, Decision.id)
        ).all():
            rows.decisions[decision.partnership_id].append((decision, meeting))
        decision_ids = [d.id for pairs in rows.decisions.values() for d, _m in pairs]
        if decision_ids:
            for decision_id, status in session.execute(
                select(DecisionAction.decision_id, Action.status)
                .join(Action, Action.id == DecisionAction.action_id)
                .where(DecisionAction.decision_id.in_(decision_ids))
            ).all():
                slot = rows.action_counts.setdefault(int(decision_id), [0, 0])
                slot[1 if status == ActionStatus.DONE else 0] += 1
        if include_contacts:
            partner_ids = [p.id for pairs in rows.partners.values() for p, _o in pairs]
            rows.contacts = contacts_by_partner(session, partner_ids)
            person_ids = [o.person_id for os in rows.offices.values() for o in os if o.person_id]
            if person_ids:
                rows.people = {
                    p.id: p
                    for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))
                }
        return rows

    # Entry -----------------------------------------------------------------------------
    def entry(self, partnership_id: int) -> dict[str, Any]:
        partners = self.partners.get(partnership_id, [])
        meetings = self.meetings.get(partnership_id, [])
        names = {partner.id: org.name for partner, org in partners}
        rates = partner_rates(
            [
                (org.name, partner.joined_on, partner.left_on)
                for partner, org in partners
                if member_in_period(partner, self.period)
            ],
            [
                (m.meeting_date, {names[p]: s for p, s in self.marks.get(m.id, {}).items()})
                for m in meetings
            ],
        )
        return {
            "terms": self._terms(partnership_id),
            "offices": self._offices(partnership_id),
            "membership": [
                self._member(partner, org)
                for partner, org in partners
                if member_in_period(partner, self.period)
            ],
            "meetings": [self._meeting(m, partnership_id, partners) for m in meetings],
            "attendance_rates": [
                {
                    "partner": rate.partner,
                    "meetings": rate.meetings,
                    "present": rate.present,
                    "apologies": rate.apologies,
                    "absent": rate.absent,
                    "rate_percent": rate.percent,
                }
                for rate in rates
            ],
            "overall_attendance_percent": overall_rate(rates),
            "decisions": [
                {
                    "date": meeting.meeting_date.isoformat(),
                    "meeting": meeting.title,
                    "what": decision.what,
                    "how": decision.how,
                    "responsible": decision.responsible,
                    "actions_open": self.action_counts.get(decision.id, [0, 0])[0],
                    "actions_done": self.action_counts.get(decision.id, [0, 0])[1],
                }
                for decision, meeting in self.decisions.get(partnership_id, [])
            ],
        }

    def _terms(self, partnership_id: int) -> dict[str, Any]:
        rule = self.rules.get(partnership_id)
        if rule is None:
            return {
                "exists": None,
                "date": None,
                "review_date": None,
                "covers": "",
                "quorum_kind": "",
                "quorum_value": None,
                "quorum_text": "",
                "decision_method": "",
                "meetings_a_year": None,
                "membership_rule": "",
            }
        return {
            "exists": rule.has_terms,
            "date": _iso(rule.terms_date),
            "review_date": _iso(rule.terms_review_date),
            "covers": rule.terms_covers,
            "quorum_kind": rule.quorum_kind,
            "quorum_value": rule.quorum_value,
            "quorum_text": quorum_words(rule.quorum_kind, rule.quorum_value),
            "decision_method": rule.decision_method,
            "meetings_a_year": rule.meetings_a_year,
            "membership_rule": rule.membership_rule,
        }

    def _offices(self, partnership_id: int) -> list[dict[str, Any]]:
        result = []
        for office in self.offices.get(partnership_id, []):
            if not _overlaps(office.from_date, office.to_date, self.period):
                continue
            person = self.people.get(office.person_id) if office.person_id else None
            contact = None
            if self.include_contacts and person is not None and person.forgotten_at is None:
                contact = {"name": person.full_name, "email": person.email, "phone": person.phone}
            result.append(
                {
                    "office": office.kind,
                    "title": office.title,
                    "organisation": office.organisation,
                    "person": contact,
                    "from": _iso(office.from_date),
                    "to": _iso(office.to_date),
                    "how_chosen": office.how_chosen,
                    "next_election": _iso(office.next_election),
                }
            )
        return result

    def _member(self, partner: Partner, org: Organisation) -> dict[str, Any]:
        contacts = [
            {
                "name": c["full_name"],
                "role": c["role"],
                "email": c["email"],
                "phone": c["phone"],
            }
            for c in self.contacts.get(partner.id, [])
            if not c["forgotten"]
        ]
        return {
            "organisation": org.name,
            "sector": org.sector,
            "role": partner.role,
            "joined_on": _iso(partner.joined_on),
            "joined_reason": partner.joined_reason,
            "left_on": _iso(partner.left_on),
            "left_reason": partner.left_reason,
            "current": partner.left_on is None or partner.left_on >= self.period.end,
            "contacts": contacts,
        }

    def _meeting(
        self, meeting: Meeting, partnership_id: int, partners: list[tuple[Partner, Organisation]]
    ) -> dict[str, Any]:
        rule = self.rules.get(partnership_id)
        marks = self.marks.get(meeting.id, {})
        members = sum(
            1
            for partner, _org in partners
            if member_on(partner.joined_on, partner.left_on, meeting.meeting_date)
        )
        quorum = quorum_at(
            quorum_rule(rule.quorum_kind, rule.quorum_value) if rule else None,
            members,
            [s for s in marks.values() if s in PartnerPresence.codes()],
        )
        return {
            "date": meeting.meeting_date.isoformat(),
            "title": meeting.title,
            "members": quorum.members,
            "present": quorum.present,
            "apologies": quorum.apologies,
            "absent": quorum.absent,
            "quorum_needed": quorum.needed,
            "quorate": quorum.quorate,
        }
