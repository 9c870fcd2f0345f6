"""What a representative needs before a partnership's next meeting, in one dict.

The brief stays with the group (it is not sent to the CVS), so it names our own people:
the person going needs to know who else is going and who owes which action.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.frameworks import Framework, FrameworkError
from desktop.domain.problems import UserError
from desktop.domain.scoring import AnswerNotOnScale, score_review, suggest_actions
from desktop.domain.vocab import STILL_TO_DO, ReviewStatus
from desktop.services.brief_how_run import brief_how_run
from desktop.services.frameworks import framework_version
from desktop.services.governance.brief_fields import brief_run
from desktop.store.models import (
    Action,
    CommitmentRating,
    Meeting,
    Partnership,
    Person,
    ResourceNeed,
    Review,
)

PENDING_NEEDS = ("identified", "requested")
ATTENDANCE_MEETINGS = 6

__all__ = ["BriefError", "build_brief"]


class BriefError(UserError, LookupError):
    """The partnership asked for does not exist; the message says so plainly."""


def _name(people: dict[int, Person], person_id: int | None, fallback: str = "") -> str:
    person = people.get(person_id) if person_id is not None else None
    if person is None or person.forgotten_at is not None:
        return fallback or ("Someone in our group" if person_id is not None else "")
    return person.full_name


def _framework(
    session: Session, framework_id: str, version: str, cache: dict[tuple[str, str], Any]
) -> Framework | None:
    """The framework a record was made with (built in or a file the group holds)."""
    key = (framework_id, version)
    if key not in cache:
        try:
            cache[key] = framework_version(session, framework_id, version)
        except FrameworkError:
            cache[key] = None
    return cache[key]


def _points_to_raise(session: Session, partnership_id: int, today: date) -> dict[str, Any]:
    """The weak answers of the last finished review, found as the review screen finds
    them (``suggest_actions`` on the framework the review was made with), each with the
    next step its own band suggests; and the review's overall score and band."""
    review = session.scalars(
        select(Review)
        .where(
            Review.partnership_id == partnership_id,
            Review.status == ReviewStatus.COMPLETE,
            Review.review_date <= today,
        )
        .options(selectinload(Review.answers))
        .order_by(Review.review_date.desc(), Review.id.desc())
    ).first()
    if review is None:
        return {"review_date": None, "framework": "", "overall": None, "points": []}
    framework = _framework(session, review.framework_id, review.framework_version, {})
    found: dict[str, Any] = {
        "review_date": review.review_date.isoformat(),
        "framework": framework.short_title if framework else "",
        "overall": None,
        "points": [],
    }
    if framework is None:
        return found
    given: dict[int, dict[str, str]] = defaultdict(dict)
    for answer in review.answers:
        given[answer.respondent_key][answer.question_ref] = answer.answer
    try:
        result = score_review(framework, given)
    except AnswerNotOnScale:
        return found
    if result.overall is not None:
        found["overall"] = {
            "score": result.overall,
            "band": result.band.label if result.band else "",
            "next_step": result.band.next_step if result.band else "",
        }
    found["points"] = [
        {
            "ref": action.ref,
            "title": action.title,
            "question": framework.item(action.ref).text,
            "score": action.score,
            "band": action.band.label,
            "hint": action.band.next_step,
        }
        for action in suggest_actions(framework, result)
    ]
    return found


def build_brief(session: Session, partnership_id: int, today: date) -> dict[str, Any]:
    """The brief's content for the partnership's next meeting, as of ``today``."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise BriefError("There is no partnership with the id {ids}.", ids=partnership_id)
    people = {p.id: p for p in session.scalars(select(Person))}
    seat = partnership.seat
    going = [
        {"name": _name(people, rep.person_id), "role": rep.role}
        for rep in (seat.representatives if seat else [])
        if rep.term_end is None or rep.term_end >= today
    ]
    meetings = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.partnership_id == partnership_id, Meeting.meeting_date <= today)
            .options(selectinload(Meeting.attendance))
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
            .limit(ATTENDANCE_MEETINGS)
        )
    )
    last = meetings[0] if meetings else None
    actions = list(
        session.scalars(
            select(Action)
            .where(Action.partnership_id == partnership_id)
            .order_by(Action.due_date, Action.id)
        )
    )

    def action_entry(a: Action) -> dict[str, Any]:
        return {
            "description": a.description,
            "owner": _name(people, a.owner_person_id, a.owner_label) or a.owner_label,
            "due_date": a.due_date.isoformat() if a.due_date else None,
            "status": a.status,
            "overdue": a.status in STILL_TO_DO and a.due_date is not None and a.due_date < today,
        }

    # Open actions carrying out a decision are listed under that decision instead.
    how_run, under_decisions = brief_how_run(
        session, partnership_id, today, lambda a: action_entry(a)["owner"]
    )
    actions = [a for a in actions if a.id not in under_decisions]
    from_last = [action_entry(a) for a in actions if last is not None and a.meeting_id == last.id]
    other_open = [
        action_entry(a)
        for a in actions
        if a.status in STILL_TO_DO and (last is None or a.meeting_id != last.id)
    ]
    # "Need help" is whichever rating option the rating's own framework says means it
    # (or none), and the clause title is read from that framework and version.
    frameworks: dict[tuple[str, str], Any] = {}
    need_help = []
    for r in session.scalars(
        select(CommitmentRating)
        .where(CommitmentRating.partnership_id == partnership_id)
        .order_by(CommitmentRating.id)
    ):
        framework = _framework(session, r.framework_id, r.framework_version, frameworks)
        if framework is None or not r.rating or r.rating != framework.need_help_key:
            continue
        title = ""
        with contextlib.suppress(KeyError):
            title = framework.item(r.clause_ref).title
        need_help.append(
            {
                "clause_ref": r.clause_ref,
                "next_action": r.next_action,
                "framework_id": r.framework_id,
                "title": title,
            }
        )
    pending = [
        {
            "description": n.description,
            "category": n.category,
            "status": n.status,
            "estimated_pence": n.estimated_pence,
            "asked_of": n.asked_of,
            "requested_date": n.requested_date.isoformat() if n.requested_date else None,
        }
        for n in session.scalars(
            select(ResourceNeed)
            .where(
                ResourceNeed.partnership_id == partnership_id,
                ResourceNeed.status.in_(PENDING_NEEDS),
            )
            .order_by(ResourceNeed.id)
        )
    ]
    attendance = [
        {
            "date": m.meeting_date.isoformat(),
            "title": m.title,
            "people": [
                {"name": _name(people, a.person_id), "status": a.status} for a in m.attendance
            ],
        }
        for m in meetings
    ]
    return {
        "name": partnership.name,
        "purpose": partnership.purpose,
        "current_focus": partnership.current_focus,
        "next_meeting": partnership.next_meeting.isoformat() if partnership.next_meeting else None,
        "meeting_frequency": partnership.meeting_frequency,
        "papers_location": partnership.papers_location,
        "our_role": seat.our_role if seat else "",
        "represents": seat.represents if seat else "",
        "report_back_to": seat.report_back_to if seat else "",
        "going": going,
        "last_meeting": (
            {"date": last.meeting_date.isoformat(), "title": last.title} if last else None
        ),
        "actions_from_last_meeting": from_last,
        "other_open_actions": other_open,
        "need_help": need_help,
        "pending_needs": pending,
        "review": _points_to_raise(session, partnership_id, today),
        "attendance": attendance,
        "how_run": how_run,
        "run": brief_run(session, partnership_id, today),  # issue 17, items 7-9
        "today": today.isoformat(),
    }
