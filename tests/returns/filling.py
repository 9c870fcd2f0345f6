"""Fill partnerships with every kind of record a return carries, for tests and timings.

The demo adds the example group; this adds ratings, resource needs of every status, two
finished reviews, meetings, milestones, actions, outcomes and funding, so every part of
the return has something in it.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import load_builtin
from desktop.store.models import (
    Action,
    Attendance,
    CommitmentRating,
    FundingLine,
    GroupProfile,
    Meeting,
    Milestone,
    Organisation,
    Outcome,
    Partner,
    Partnership,
    PartnershipTheme,
    Person,
    Representative,
    ResourceNeed,
    Review,
    ReviewAnswer,
    Seat,
)

RATINGS = ("we_do_this", "could_do_better", "need_help", "not_applicable")
ANSWERS_BEFORE = ("partly", "no", "mostly", "yes", "partly", "no", "partly", "mostly")
ANSWERS_NOW = ("yes", "partly", "mostly", "yes", "no", "partly", "mostly", "dont_know")


def fill_partnership(session: Session, partnership: Partnership, today: date) -> None:
    """Add one of everything (and a few of most things) to ``partnership``."""
    framework = load_builtin()
    pid = partnership.id
    people = list(session.scalars(select(Person).order_by(Person.id)))
    already = set(
        session.scalars(
            select(CommitmentRating.clause_ref).where(CommitmentRating.partnership_id == pid)
        )
    )
    for index, item in enumerate(framework.rated_items()):
        if item.ref in already:  # the demo may have rated some clauses itself
            continue
        session.add(
            CommitmentRating(
                partnership_id=pid,
                framework_id=framework.id,
                framework_version=framework.version,
                section=item.section_key,
                clause_ref=item.ref,
                rating=RATINGS[index % len(RATINGS)],
                evidence=f"Minutes of the board show this for {item.title.lower()}.",
                next_action="Raise it at the next board." if index % 4 == 2 else "",
            )
        )
    statuses = ("identified", "requested", "agreed", "partly_agreed", "declined", "received")
    categories = ("travel", "time", "care", "training", "equipment", "access")
    for index, status in enumerate(statuses):
        estimated = 12_000 + 2_500 * index
        session.add(
            ResourceNeed(
                partnership_id=pid,
                category=categories[index],
                description=f"Need {index + 1}: {categories[index]} to take part in meetings",
                quantity=2.5 + index,
                unit="hours" if index % 2 else "miles",
                estimated_pence=estimated,
                asked_of="The partnership board",
                status=status,
                identified_date=today - timedelta(days=100),
                requested_date=today - timedelta(days=90) if status != "identified" else None,
                decided_date=today - timedelta(days=60)
                if status in ("agreed", "partly_agreed", "declined", "received")
                else None,
                agreed_pence=estimated // 2 if status == "partly_agreed" else None,
                received_pence=estimated if status == "received" else None,
                received_date=today - timedelta(days=30) if status == "received" else None,
            )
        )
    questions = [
        item.ref for key in ("health_check", "evaluation") for item in framework.sections[key].items
    ]
    for days_ago, answers in ((400, ANSWERS_BEFORE), (50, ANSWERS_NOW)):
        review = Review(
            partnership_id=pid,
            framework_id=framework.id,
            framework_version=framework.version,
            review_date=today - timedelta(days=days_ago),
            status="complete",
            what_to_change="Send papers a week before each meeting.",
        )
        review.answers = [
            ReviewAnswer(respondent_key=0, question_ref=ref, answer=answers[i % len(answers)])
            for i, ref in enumerate(questions)
        ]
        session.add(review)
    for months_ago in (7, 5, 3, 1):
        meeting = Meeting(
            partnership_id=pid,
            meeting_date=today - timedelta(days=30 * months_ago),
            title="Board meeting",
        )
        for n, person in enumerate(people[:2]):
            status = "attended" if (months_ago + n) % 3 else "apologies"
            meeting.attendance.append(Attendance(person_id=person.id, status=status))
        session.add(meeting)
    session.add_all(
        [
            Milestone(partnership_id=pid, title="Plan agreed", due_date=today - timedelta(30)),
            Milestone(
                partnership_id=pid,
                title="Review of the year",
                due_date=today + timedelta(60),
                done_date=None,
            ),
            Action(
                partnership_id=pid,
                description="Write to the chair about travel costs.",
                owner_person_id=people[0].id if people else None,
                due_date=today - timedelta(days=3),
            ),
            Action(
                partnership_id=pid,
                description="Book the venue for the open day.",
                owner_label="Torridge District Council",
                due_date=today + timedelta(days=20),
            ),
            Outcome(partnership_id=pid, term="medium", description="More villages take part."),
            FundingLine(
                partnership_id=pid,
                source="Lottery Community Fund",
                amount_pence=1_250_000,
                phase="delivery",
                period_label="2026-27",
            ),
        ]
    )
    session.flush()


def add_partnerships(session: Session, count: int, today: date, *, name: str = "") -> list[int]:
    """Add ``count`` fully filled partnerships (with seats and partners); return their ids."""
    group = session.scalars(select(GroupProfile)).first()
    if group is None:
        session.add(GroupProfile(name="Benchmark Community Group"))
    people = list(session.scalars(select(Person).order_by(Person.id)))
    if not people:
        people = [Person(full_name="Alex Example"), Person(full_name="Sam Example")]
        session.add_all(people)
        session.flush()
    orgs = list(session.scalars(select(Organisation)))
    if not orgs:
        orgs = [
            Organisation(name=f"Organisation {n}", sector=sector)
            for n, sector in enumerate(("statutory", "voluntary", "education", "faith"))
        ]
        session.add_all(orgs)
        session.flush()
    ids = []
    for n in range(count):
        partnership = Partnership(
            name=name or f"Partnership number {n + 1} for the villages",
            purpose="Work together on transport and health. " * 8,
            status="active",
            start_date=date(2020, 4, 1),
            next_meeting=today + timedelta(days=10),
            lead_body="Devon County Council",
        )
        partnership.themes = [
            PartnershipTheme(theme="Transport"),
            PartnershipTheme(theme="Housing"),
        ]
        partnership.partners = [Partner(organisation=org, role="Member") for org in orgs[:4]]
        seat = Seat(our_role="member", represents="wider_sector")
        seat.representatives = [Representative(person_id=people[0].id, role="lead")]
        partnership.seat = seat
        session.add(partnership)
        session.flush()
        fill_partnership(session, partnership, today)
        ids.append(partnership.id)
    return ids
