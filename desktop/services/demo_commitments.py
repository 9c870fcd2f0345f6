"""Example commitments, undertakings and resource needs, so those areas have a story.

The busiest partnership is rated in full (with evidence and a few next actions), the
transport forum in part, and the resource needs cover every status, a general need not
tied to any partnership, and the time and travel of one meeting.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import load_builtin
from desktop.domain.ledger import NeedInput
from desktop.services.commitments import CommitmentInput, save_commitment, set_rating
from desktop.services.demo import DemoContext
from desktop.services.resources import add_need, move_status, need_from_meeting
from desktop.store.models import Meeting

# The first partnership: mostly good, weak on money for taking part and on feedback.
_FIRST = {
    "3(a)": "we_do_this",
    "3(b)": "we_do_this",
    "3(c)": "could_do_better",
    "3(d)": "we_do_this",
    "3(e)": "need_help",
    "3(f)": "could_do_better",
    "3(g)": "we_do_this",
    "3(h)": "not_applicable",
    "3.1(a)": "we_do_this",
    "3.1(b)": "we_do_this",
    "3.1(c)": "could_do_better",
    "3.1(d)": "we_do_this",
    "3.1(e)": "need_help",
    "3.1(f)": "we_do_this",
    "3.1(g)": "could_do_better",
    "3.1(h)": "we_do_this",
    "3.1(i)": "not_applicable",
    "3.1(j)": "could_do_better",
    "3.2(a)": "could_do_better",
    "3.2(b)": "need_help",
    "3.2(c)": "we_do_this",
    "3.3(a)": "we_do_this",
    "3.3(b)": "could_do_better",
    "3.3(c)": "need_help",
    "3.3(d)": "we_do_this",
    "3.3(e)": "we_do_this",
    "3.3(f)": "could_do_better",
}
_SECOND = {"3(a)": "we_do_this", "3.1(a)": "could_do_better", "3.2(b)": "need_help"}


def extend_demo(session: Session, demo: DemoContext) -> None:
    if not demo.partnerships:
        return
    framework = load_builtin()
    rated = {item.ref for item in framework.rated_items()}
    first = demo.partnerships[0]
    today = demo.today
    for ref, rating in _FIRST.items():
        if ref in rated:
            set_rating(session, first.id, ref, rating)
    save_commitment(
        session,
        first.id,
        "3.1(e)",
        CommitmentInput(
            rating="need_help",
            evidence="Papers arrive two days before meetings; we cannot consult our members.",
            next_action="Ask the chair for papers ten working days ahead.",
            owner_person_id=demo.people["rep"].id,
            due_date=today + timedelta(days=12),
        ),
    )
    save_commitment(
        session,
        first.id,
        "3.2(b)",
        CommitmentInput(
            rating="need_help",
            evidence="No budget for voluntary sector members' travel or time this year.",
            next_action="Put a costed request for taking part to the fundholder.",
            owner_person_id=demo.people["coord"].id,
            due_date=today - timedelta(days=3),
        ),
    )
    save_commitment(
        session,
        first.id,
        "3.3(a)",
        CommitmentInput(
            rating="we_do_this",
            evidence="Report to trustees after every board meeting (see trustee minutes).",
        ),
    )
    if len(demo.partnerships) > 1:
        for ref, rating in _SECOND.items():
            if ref in rated:
                set_rating(session, demo.partnerships[1].id, ref, rating)
    _needs(session, demo)


def _needs(session: Session, demo: DemoContext) -> None:
    today = demo.today
    first = demo.partnerships[0]
    second = demo.partnerships[1] if len(demo.partnerships) > 1 else first

    def need(
        description: str,
        category: str,
        quantity: float,
        unit: str,
        unit_cost: int | None,
        estimate: int,
        asked_of: str,
        partnership_id: int | None,
        days_ago: int,
    ) -> int:
        data = NeedInput(
            description=description,
            category=category,
            quantity=quantity,
            unit=unit,
            unit_cost_pence=unit_cost,
            estimated_pence=estimate,
            asked_of=asked_of,
            partnership_id=partnership_id,
            identified_date=today - timedelta(days=days_ago),
        )
        return add_need(session, data, today=today).id

    need(
        "Sign language interpreter for the open forum",
        "access",
        3,
        "hours",
        4500,
        13500,
        "North Devon Council",
        first.id,
        10,
    )
    requested = need(
        "Replacement care so our carer member can attend",
        "care",
        6,
        "hours",
        1800,
        10800,
        "Devon County Council",
        first.id,
        60,
    )
    move_status(session, requested, "requested", on=today - timedelta(days=50))
    agreed = need(
        "Mental health first aid training for two volunteers",
        "training",
        2,
        "sessions",
        15000,
        30000,
        "Devon County Council",
        first.id,
        120,
    )
    move_status(session, agreed, "requested", on=today - timedelta(days=110))
    move_status(session, agreed, "agreed", on=today - timedelta(days=80))
    partly = need(
        "Laptop for our representative",
        "equipment",
        1,
        "items",
        None,
        45000,
        "Torridge District Council",
        second.id,
        200,
    )
    move_status(session, partly, "requested", on=today - timedelta(days=190))
    move_status(
        session, partly, "partly_agreed", on=today - timedelta(days=150), agreed_pence=25000
    )
    declined = need(
        "Cover for our coordinator's hours at forum meetings",
        "cover",
        12,
        "hours",
        1271,
        15252,
        "Torridge District Council",
        second.id,
        300,
    )
    move_status(session, declined, "requested", on=today - timedelta(days=290))
    move_status(session, declined, "declined", on=today - timedelta(days=260))
    received = need(
        "Room hire for the village consultation",
        "venue",
        1,
        "items",
        None,
        6000,
        "North Devon Council",
        first.id,
        400,
    )
    move_status(session, received, "requested", on=today - timedelta(days=390))
    move_status(session, received, "agreed", on=today - timedelta(days=370))
    move_status(session, received, "received", on=today - timedelta(days=340))
    need("Travel to county-wide Compact meetings", "travel", 120, "miles", 45, 5400, "", None, 20)
    oldest = session.scalars(
        select(Meeting).where(Meeting.partnership_id == first.id).order_by(Meeting.meeting_date)
    ).first()
    if oldest is not None:
        need_from_meeting(session, oldest.id, oldest.hours or 2.0, None, today=today)
