"""Example records of how a partnership is run (issue 17, items 6-9), so a newcomer sees
what each part is for: the busy partnership's vision, goal and principles, its registers
and report backs; a farmers' task force that sat under it, did its job and closed well.

Made through the same services the screens use. The task force closed, so it owes no
report back and adds nothing to What's due; a year after closing it was archived (put
away: "Show archived" in the list of partnerships brings it back into view, and the
board's Structure shows it under it). The report backs recorded after each past meeting
leave only the next one (after the next meeting) due.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.demo import DemoContext
from desktop.services.governance import closure, registers, report_backs, structure
from desktop.services.lifecycle import archive_partnership
from desktop.services.partnerships import add_partner, create_partnership
from desktop.store.models import Meeting

_TASK_FORCE = "Farmers' Wellbeing Task Force"


def extend_demo(session: Session, demo: DemoContext) -> None:
    today = demo.today
    first, transport = demo.partnerships[:2]
    _board(session, first.id, today)
    _report_backs(session, first.id, today)
    _report_backs(session, transport.id, today)
    report_backs.set_report_back_every(session, transport.id, "quarterly")
    _task_force(session, first.id, today)


def _board(session: Session, pid: int, today: date) -> None:
    structure.save_text(
        session, pid, "vision", "Everyone in North Devon and Torridge lives a healthy life."
    )
    structure.save_text(
        session, pid, "goal", "Narrow the gap between the healthiest and least healthy places."
    )
    structure.save_text(
        session,
        pid,
        "principles",
        "Decisions in the open; small groups heard as equals; no one pays to take part.",
    )
    for values in (
        {
            "description": "The small grants round ends in March and nothing replaces it.",
            "likelihood": 4,
            "impact": 4,
            "owner_label": "Devon County Council",
            "mitigation": "Ask the Integrated Care Board to co-fund a second round.",
            "review_date": today + timedelta(days=60),
        },
        {
            "description": "Village groups stop coming because meetings are in Barnstaple.",
            "likelihood": 3,
            "impact": 3,
            "owner_label": "Chair",
            "mitigation": "Every other meeting online or in Holsworthy.",
            "status": "watching",
        },
    ):
        registers.add_register_row(session, "risk", pid, values)
    registers.add_register_row(
        session,
        "interest_declaration",
        pid,
        {
            "declared_on": today - timedelta(days=120),
            "declared_by": "Healthwatch Devon",
            "about": "Its trustee chairs one of the groups bidding for a small grant.",
            "handled": "Left the room for that item; did not score the bids.",
        },
    )
    registers.add_register_row(
        session,
        "disagreement",
        pid,
        {
            "raised_on": today - timedelta(days=150),
            "about": "Whether the grants should favour the towns or the villages.",
            "between": "District council and the voluntary sector members",
            "resolution": "A third of the fund kept for parishes under 2,000 people.",
            "resolved_on": today - timedelta(days=90),
        },
    )
    registers.add_register_row(
        session,
        "equality_note",
        pid,
        {
            "noted_on": today - timedelta(days=60),
            "left_out": "People without internet at home cannot apply for the grants online.",
            "action": "Paper forms at the libraries, and help to fill them in.",
        },
    )
    registers.add_register_row(
        session,
        "learning_entry",
        pid,
        {
            "noted_on": today - timedelta(days=30),
            "learned": "Papers sent a week ahead let our trustees give a view in time.",
            "do_differently": "Ask for the papers ten days before every meeting.",
            "shared_with": "Torridge Voluntary Services",
        },
    )


def _report_backs(session: Session, pid: int, today: date) -> None:
    """A report back a week after each meeting held, as the seat's duty asks."""
    held = session.scalars(
        select(Meeting.meeting_date).where(
            Meeting.partnership_id == pid, Meeting.meeting_date <= today
        )
    )
    for day in sorted(set(held)):
        registers.add_register_row(
            session,
            "report_back",
            pid,
            {
                "reported_on": min(day + timedelta(days=7), today),
                "to_whom": "Board of trustees",
                "how": "report",
                "note": "Two-page note of what was decided and what we said.",
            },
        )


def _task_force(session: Session, board_id: int, today: date) -> None:
    started = date(today.year - 2, 4, 1)
    force = create_partnership(
        session,
        PartnershipInput(
            name=_TASK_FORCE,
            purpose="Find out why farmers in crisis do not seek help, and act on it.",
            scale="district",
            area="Torridge",
            formality="formal",
            basis="voluntary",
            duration="time_limited",
            status="active",
            start_date=started,
            end_date=date(today.year - 1, 3, 31),
            lead_body="Farming Community Network",
            themes=["Mental health"],
        ),
    )
    structure.set_parent(session, force.id, board_id)
    structure.save_text(
        session, force.id, "goal", "Every farmer knows where to turn before a crisis."
    )
    add_partner(session, force.id, "Farming Community Network", "voluntary", "Lead")
    add_partner(session, force.id, "Devon County Council", "statutory", "Member")
    registers.add_register_row(
        session,
        "learning_entry",
        force.id,
        {
            "noted_on": date(today.year - 1, 3, 1),
            "learned": "Farmers talk at the livestock market, not at evening meetings.",
            "do_differently": "Go where people already are.",
            "shared_with": "North Devon Health and Wellbeing Partnership",
        },
    )
    closure.close_partnership(
        session,
        force.id,
        {
            "scope": "partnership",
            "closed_on": date(today.year - 1, 3, 31),
            "reason": "It did the job it was set up for, on time.",
            "work_after": "The helpline leaflets pass to the Health and Wellbeing Partnership.",
            "money_after": "£420 left over returned to the council's small grants pot.",
            "records_after": "Papers kept for six years on the partnership's shared drive.",
            "lessons": "Agree the end date and the hand-over at the first meeting.",
        },
    )
    archive_partnership(session, force.id)
    force.archived_at = datetime(today.year - 1, 4, 30, 12, 0)
