"""The per-partnership parts of a return, read in a few bulk queries.

A return of 25 partnerships must build in a fraction of a second on an old laptop, so each
table is read once for all chosen partnerships (``PartnershipRows.load``) and grouped here,
instead of one query per partnership per table.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.frameworks import Framework, FrameworkError, load_builtin, parse_framework
from desktop.domain.periods import Period
from desktop.domain.vocab import STILL_TO_DO, RepresentativeRole, ReviewStatus, Sector
from desktop.services.return_how_run import member_in_period
from desktop.services.return_plan import load_plans, plan_entry
from desktop.services.return_reviews import review_entry
from desktop.store.models import (
    Action,
    CommitmentRating,
    FrameworkFile,
    FundingLine,
    Meeting,
    Milestone,
    Outcome,
    Partner,
    Partnership,
    Person,
    ResourceNeed,
    Review,
    Seat,
)

# Ratings in the Devon Code's 3.2 and 3.3 are undertakings (the statutory partners' as we
# see them, and ours as a voluntary sector body); every other commitment section, of any
# framework, is what we promise.
COMMITMENT_SECTIONS = ("success_elements", "all_partners")
UNDERTAKING_SECTIONS = ("statutory", "voluntary")
REQUESTED_STATUSES = frozenset({"requested", "agreed", "partly_agreed", "declined", "received"})
AGREED_STATUSES = frozenset({"agreed", "partly_agreed", "received"})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class PartnershipRows:
    """Every row a return needs, for the chosen partnerships, grouped by partnership id."""

    session: Session
    period: Period
    include_contacts: bool
    people: dict[int, Person] = field(default_factory=dict)
    by_table: dict[str, dict[int, list[Any]]] = field(default_factory=dict)
    plans: dict[str, dict[int, list[Any]]] = field(default_factory=dict)
    _frameworks: dict[tuple[str, str], Framework | None] = field(default_factory=dict)

    @classmethod
    def load(
        cls, session: Session, ids: list[int], period: Period, include_contacts: bool
    ) -> PartnershipRows:
        rows = cls(session, period, include_contacts)
        rows.people = {p.id: p for p in session.scalars(select(Person))}
        queries: dict[str, Any] = {
            "meetings": select(Meeting)
            .where(Meeting.meeting_date.between(period.start, period.end))
            .options(selectinload(Meeting.attendance))
            .order_by(Meeting.meeting_date, Meeting.id),
            "ratings": select(CommitmentRating).order_by(CommitmentRating.id),
            "needs": select(ResourceNeed).order_by(ResourceNeed.id),
            "reviews": select(Review)
            .where(Review.status == ReviewStatus.COMPLETE, Review.review_date <= period.end)
            .options(selectinload(Review.answers))
            .order_by(Review.review_date.desc(), Review.id.desc()),
            "milestones": select(Milestone).order_by(Milestone.due_date, Milestone.id),
            "actions": select(Action).order_by(Action.due_date, Action.id),
            "outcomes": select(Outcome).order_by(Outcome.term, Outcome.id),
            "funding": select(FundingLine).order_by(FundingLine.start_date, FundingLine.id),
        }
        for name, query in queries.items():
            model = query.column_descriptions[0]["entity"]
            grouped: dict[int, list[Any]] = defaultdict(list)
            for row in session.scalars(query.where(model.partnership_id.in_(ids))):
                grouped[row.partnership_id].append(row)
            rows.by_table[name] = grouped
        rows.plans = load_plans(session, ids)
        # Warm the relationships the overview needs in one go, not one query each.
        list(
            session.scalars(
                select(Partnership)
                .where(Partnership.id.in_(ids))
                .options(
                    selectinload(Partnership.themes),
                    selectinload(Partnership.partners).selectinload(Partner.organisation),
                    selectinload(Partnership.seat).selectinload(Seat.representatives),
                )
            )
        )
        return rows

    def of(self, table: str, partnership_id: int) -> list[Any]:
        return self.by_table[table].get(partnership_id, [])

    def framework(self, framework_id: str, version: str) -> Framework | None:
        """The framework a record was made against: built in, or a file the group holds."""
        key = (framework_id, version)
        if key not in self._frameworks:
            found: Framework | None = None
            try:
                builtin = load_builtin(framework_id)
                found = builtin if builtin.version == version else None
            except FrameworkError:
                pass
            if found is None:
                stored = self.session.scalars(
                    select(FrameworkFile).where(
                        FrameworkFile.framework_id == framework_id,
                        FrameworkFile.version == version,
                    )
                ).first()
                if stored is not None:
                    try:
                        found = parse_framework(stored.content, f"{framework_id} {version}")
                    except FrameworkError:
                        found = None
            self._frameworks[key] = found
        return self._frameworks[key]

    def contact(self, person_id: int | None) -> dict[str, str] | None:
        person = self.people.get(person_id) if person_id is not None else None
        if not self.include_contacts or person is None or person.forgotten_at is not None:
            return None
        return {"name": person.full_name, "email": person.email, "phone": person.phone}

    # -- resource needs ------------------------------------------------------------------

    def need_in_period(self, need: ResourceNeed) -> bool:
        """A need belongs to a period when it was live at any time during it."""
        began = need.identified_date or need.requested_date or need.created_at.date()
        ended: date | None = None
        if need.status == "received":
            ended = need.received_date or need.decided_date
        elif need.status == "declined":
            ended = need.decided_date
        return began <= self.period.end and (ended is None or ended >= self.period.start)

    @staticmethod
    def need_entry(need: ResourceNeed) -> dict[str, Any]:
        return {
            "id": need.uuid,
            "category": need.category,
            "description": need.description,
            "quantity": float(need.quantity),
            "unit": need.unit,
            "unit_cost_pence": need.unit_cost_pence,
            "estimated_pence": need.estimated_pence,
            "agreed_pence": need.agreed_pence,
            "received_pence": need.received_pence,
            "asked_of": need.asked_of,
            "status": need.status,
            "identified_date": _iso(need.identified_date),
            "requested_date": _iso(need.requested_date),
            "decided_date": _iso(need.decided_date),
            "received_date": _iso(need.received_date),
        }


def need_totals(needs: list[dict[str, Any]]) -> dict[str, int]:
    """Sums in pence. Unmet is what was asked for and has not (yet) been received."""
    totals = {
        "count": len(needs),
        "identified_pence": 0,
        "requested_pence": 0,
        "agreed_pence": 0,
        "received_pence": 0,
        "unmet_pence": 0,
    }
    for need in needs:
        status, estimated = need["status"], need["estimated_pence"]
        if status == "identified":
            totals["identified_pence"] += estimated
            continue
        agreed = need["agreed_pence"]
        if agreed is None:
            agreed = estimated if status in AGREED_STATUSES else 0
        received = need["received_pence"]
        if received is None:
            received = agreed if status == "received" else 0
        totals["requested_pence"] += estimated
        totals["agreed_pence"] += agreed
        totals["received_pence"] += received
        totals["unmet_pence"] += max(0, estimated - received)
    return totals


def _overview(p: Partnership) -> dict[str, Any]:
    return {
        "id": p.uuid,
        "name": p.name,
        "short_name": p.short_name,
        "purpose": p.purpose,
        "current_focus": p.current_focus,
        "scale": p.scale,
        "area": p.area,
        "formality": p.formality,
        "basis": p.basis,
        "duration": p.duration,
        "status": p.status,
        "start_date": _iso(p.start_date),
        "end_date": _iso(p.end_date),
        "lead_body": p.lead_body,
        "fundholder": p.fundholder,
        "meeting_frequency": p.meeting_frequency,
        "next_meeting": _iso(p.next_meeting),
        "has_vcs_budget": p.has_vcs_budget,
        "vcs_budget_pence": p.vcs_budget_pence,
        "framework_id": p.framework_id,
        "archived": p.archived_at is not None,
        "themes": [t.theme for t in p.themes],
    }


def _seat(p: Partnership, rows: PartnershipRows) -> dict[str, Any] | None:
    seat = p.seat
    if seat is None:
        return None
    period = rows.period
    representatives = [
        {
            "role": rep.role,
            "term_start": _iso(rep.term_start),
            "term_end": _iso(rep.term_end),
            "contact": rows.contact(rep.person_id),
        }
        for rep in seat.representatives
        if (rep.term_start is None or rep.term_start <= period.end)
        and (rep.term_end is None or rep.term_end >= period.start)
    ]
    return {
        "our_role": seat.our_role,
        "represents": seat.represents,
        "report_back_to": seat.report_back_to,
        "induction_received": seat.induction_received,
        "representatives": representatives,
    }


def _attendance(meetings: list[Meeting]) -> dict[str, Any]:
    entries = []
    for meeting in meetings:
        counts = {"attended": 0, "apologies": 0, "absent": 0}
        for row in meeting.attendance:
            if row.status in counts:
                counts[row.status] += 1
        entries.append({"date": meeting.meeting_date.isoformat(), "title": meeting.title, **counts})
    went = sum(1 for e in entries if e["attended"])
    # A meeting with no attendance entered yet is not one we missed: the rate is over the
    # meetings whose attendance was entered (the list still shows every meeting).
    entered = sum(1 for e in entries if e["attended"] or e["apologies"] or e["absent"])
    return {
        "meetings": len(entries),
        "meetings_attended": went,
        "rate_percent": int(100 * went / entered + 0.5) if entered else None,
        "meeting_list": entries,
    }


def _partners_by_sector(p: Partnership, period: Period) -> list[dict[str, Any]]:
    """The partners who were members at some time in the period, by sector."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for partner in p.partners:
        if not member_in_period(partner, period):
            continue  # joined after the period, or left before it (issue 17, item 3)
        org = partner.organisation
        entry = {"name": org.name, "role": partner.role}
        if org.is_kind:  # "GP practices": a kind of organisation (issue 21)
            entry["kind"] = True
        grouped[org.sector].append(entry)
    order = {key: i for i, key in enumerate(m.value for m in Sector)}
    return [
        {"sector": sector, "count": len(grouped[sector]), "organisations": grouped[sector]}
        for sector in sorted(grouped, key=lambda s: (order.get(s, len(order)), s))
    ]


def _ratings(
    ratings: list[CommitmentRating], rows: PartnershipRows, undertakings: bool
) -> list[dict[str, Any]]:
    """Ratings of the Devon Code's undertakings (3.2, 3.3), or of every other commitment
    section (any framework's), each with the words its own framework gives: the clause
    title, the section title and the rating's label."""
    result = []
    for r in ratings:
        if (r.section in UNDERTAKING_SECTIONS) != undertakings or not r.rating:
            continue
        framework = rows.framework(r.framework_id, r.framework_version)
        title = section_title = rating_label = ""
        if framework is not None:
            with contextlib.suppress(KeyError):
                title = framework.item(r.clause_ref).title
            with contextlib.suppress(KeyError):
                section_title = framework.section(r.section).title
            with contextlib.suppress(KeyError):
                rating_label = framework.rating(r.rating).label
        result.append(
            {
                "framework_id": r.framework_id,
                "framework_version": r.framework_version,
                "section": r.section,
                "section_title": section_title,
                "clause_ref": r.clause_ref,
                "title": title,
                "rating": r.rating,
                "rating_label": rating_label,
                # The option its framework says means "we need help" (Devon: need_help).
                "need_help": r.rating
                == (framework.need_help_key if framework is not None else "need_help"),
                "evidence": r.evidence,
                "next_action": r.next_action,
                "due_date": _iso(r.due_date),
            }
        )
    return result


def _owner(action: Action, p: Partnership, rows: PartnershipRows) -> str:
    """Who does it: a name only with contacts included; otherwise a role."""
    if action.owner_person_id is None:
        return action.owner_label
    contact = rows.contact(action.owner_person_id)
    if contact:
        return contact["name"]
    for rep in p.seat.representatives if p.seat else []:
        if rep.person_id == action.owner_person_id:
            return f"{RepresentativeRole.label_of(rep.role)} representative"
    return "Someone in our group"


def _actions_due(p: Partnership, rows: PartnershipRows) -> list[dict[str, Any]]:
    period, result = rows.period, []
    for action in rows.of("actions", p.id):
        due = action.due_date
        if due is None or due > period.end:
            continue
        still_open = action.status in STILL_TO_DO
        if not (still_open or period.contains(action.done_date) or period.contains(due)):
            continue
        result.append(
            {
                "id": action.uuid,
                "description": action.description,
                "source": action.source,
                "owner": _owner(action, p, rows),
                "due_date": due.isoformat(),
                "status": action.status,
                "done_date": _iso(action.done_date),
            }
        )
    return result


def _milestones(p: Partnership, rows: PartnershipRows) -> list[dict[str, Any]]:
    period = rows.period
    return [
        {
            "id": m.uuid,
            "title": m.title,
            "due_date": _iso(m.due_date),
            "done_date": _iso(m.done_date),
        }
        for m in rows.of("milestones", p.id)
        if period.contains(m.due_date)
        or period.contains(m.done_date)
        or (m.done_date is None and (m.due_date is None or m.due_date <= period.end))
    ]


def _funding(p: Partnership, rows: PartnershipRows) -> list[dict[str, Any]]:
    period = rows.period
    return [
        {
            "id": f.uuid,
            "source": f.source,
            "amount_pence": f.amount_pence,
            "phase": f.phase,
            "period_label": f.period_label,
            "start_date": _iso(f.start_date),
            "end_date": _iso(f.end_date),
            "fundholder": f.fundholder,
            **({"in_kind": True} if f.in_kind else {}),  # amount is then an estimate
        }
        for f in rows.of("funding", p.id)
        if (f.start_date is None or f.start_date <= period.end)
        and (f.end_date is None or f.end_date >= period.start)
    ]


def partnership_entry(p: Partnership, rows: PartnershipRows) -> dict[str, Any]:
    ratings = rows.of("ratings", p.id)
    needs = [rows.need_entry(n) for n in rows.of("needs", p.id) if rows.need_in_period(n)]
    reviews = rows.of("reviews", p.id)
    entry = _overview(p)
    entry.update(
        {
            "seat": _seat(p, rows),
            "attendance": _attendance(rows.of("meetings", p.id)),
            "partners_by_sector": _partners_by_sector(p, rows.period),
            "commitments": _ratings(ratings, rows, undertakings=False),
            "undertakings": _ratings(ratings, rows, undertakings=True),
            "resource_needs": needs,
            "resource_totals": need_totals(needs),
            "latest_review": review_entry(reviews[0], rows) if reviews else None,
            "previous_review": review_entry(reviews[1], rows) if len(reviews) > 1 else None,
            "milestones": _milestones(p, rows),
            "actions_due": _actions_due(p, rows),
            "outcomes": [
                {
                    "id": o.uuid,
                    "term": o.term,
                    "description": o.description,
                    "measure": o.measure,
                    "achieved": o.achieved,
                }
                for o in rows.of("outcomes", p.id)
            ],
            "funding": _funding(p, rows),
            "plan": plan_entry(
                p, rows.plans, rows.of("actions", p.id), lambda a: _owner(a, p, rows)
            ),
        }
    )
    return entry
