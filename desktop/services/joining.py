"""The joining check (Code 4.1 and 3.1 e): the questions to ask before joining a partnership.

One check per partnership. It is saved field by field as the person leaves each box, so
``save_joining_check`` takes only the fields that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.review_checks import MAX_FREE_TEXT_CHARS
from desktop.domain.vocab import JoiningDecision
from desktop.services.frameworks import framework_for_partnership
from desktop.services.reviews import ReviewError
from desktop.store.models import JoiningCheck, Partnership
from desktop.store.models.compact import ResourceNeed

TEXT_FIELDS: tuple[str, ...] = (
    "done_already",
    "evidence",
    "done_elsewhere",
    "existing_host",
    "constraints",
    "why_join",
    "what_we_bring",
    "cost_notes",
)


@dataclass(frozen=True)
class JoiningPoint:
    """One thing the framework asks a group to think about before joining: for the Devon
    Code, the items of 4.1, 4.3 and 4.5 (the sections its file uses for the joining check)."""

    section: str  # the section's title
    clause: str
    ref: str
    title: str
    text: str


@dataclass(frozen=True)
class JoiningGuide:
    """The joining check's questions from the partnership's framework."""

    framework: str  # the framework's short title, for "(Devon Partnership Code)"
    refs: frozenset[str]  # every item ref the framework has, so a clause is cited only if real
    points: tuple[JoiningPoint, ...]


def joining_guide(session: Session, partnership_id: int) -> JoiningGuide:
    """What the partnership's (commitments) framework asks before joining."""
    framework = framework_for_partnership(session, partnership_id)
    points = tuple(
        JoiningPoint(section.title, section.clause, item.ref, item.title, item.text)
        for section in framework.joining_sections
        for item in section.items
    )
    refs = frozenset(item.ref for item in framework.all_items())
    return JoiningGuide(framework.short_title, refs, points)


@dataclass(frozen=True)
class JoiningCheckData:
    """A plain copy of the check for a form (no ORM object leaves the session)."""

    partnership_id: int
    texts: dict[str, str]
    decision: str
    decision_date: date | None
    resource_needs: int  # how many resource needs are recorded for this partnership
    resource_pence: int  # and their estimated cost, for "what would it cost us"


def check_joining(decision: str, decision_date: date | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if decision not in {choice.value for choice in JoiningDecision}:
        problems.append(
            Problem(
                "decision", '"{decision}" is not a decision Partnerbook knows.', decision=decision
            )
        )
    if decision_date is not None and decision_date > today:
        problems.append(
            Problem(
                "decision_date", "The decision date is in the future. Use the date it was made."
            )
        )
    if decision in (JoiningDecision.JOIN, JoiningDecision.DO_NOT_JOIN) and decision_date is None:
        problems.append(Problem("decision_date", "Give the date the decision was made."))
    return problems


def load_joining_check(session: Session, partnership_id: int) -> JoiningCheckData:
    """The check for a partnership (blank when none has been started)."""
    check = session.scalar(
        select(JoiningCheck).where(JoiningCheck.partnership_id == partnership_id)
    )
    count, pence = session.execute(
        select(func.count(), func.coalesce(func.sum(ResourceNeed.estimated_pence), 0)).where(
            ResourceNeed.partnership_id == partnership_id
        )
    ).one()
    return JoiningCheckData(
        partnership_id=partnership_id,
        texts={name: getattr(check, name) if check else "" for name in TEXT_FIELDS},
        decision=check.decision if check else JoiningDecision.UNDECIDED.value,
        decision_date=check.decision_date if check else None,
        resource_needs=int(count),
        resource_pence=int(pence),
    )


_UNSET = object()


def save_joining_check(
    session: Session,
    partnership_id: int,
    today: date,
    *,
    decision: str | None = None,
    decision_date: date | object | None = _UNSET,
    **texts: str,
) -> JoiningCheck:
    """Create or update the check; only the fields passed change. Refuses bad ones whole."""
    if session.get(Partnership, partnership_id) is None:
        raise ReviewError([Problem("partnership", "This partnership no longer exists.")])
    unknown = [name for name in texts if name not in TEXT_FIELDS]
    if unknown:
        raise TypeError(f"unknown joining check fields: {unknown}")
    problems = [
        Problem(name, "This is limited to {limit:,} characters.", limit=MAX_FREE_TEXT_CHARS)
        for name, value in texts.items()
        if len(value) > MAX_FREE_TEXT_CHARS
    ]
    check = session.scalar(
        select(JoiningCheck).where(JoiningCheck.partnership_id == partnership_id)
    )
    new_decision = decision if decision is not None else (check.decision if check else "undecided")
    new_date = (
        decision_date if decision_date is not _UNSET else (check.decision_date if check else None)
    )
    assert new_date is None or isinstance(new_date, date)
    problems += check_joining(new_decision, new_date, today)
    if problems:
        raise ReviewError(problems)
    if check is None:
        check = JoiningCheck(partnership_id=partnership_id)
        session.add(check)
    for name, value in texts.items():
        setattr(check, name, value.replace("\r\n", "\n").strip())
    check.decision = new_decision
    check.decision_date = new_date
    session.flush()
    return check
