"""Example records of how a partnership is run (issue 17, items 1-5), so a newcomer sees what
each part is for: terms of reference with a quorum, a chair due for election soon, a partner
that left and one that joined, the people we deal with at a partner, every partner's
attendance (one meeting not quorate), and decisions with an action carrying one out.

Made through the same services the screens use.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services import decisions, how_run, partner_attendance, partner_contacts, partners
from desktop.services.demo import DemoContext
from desktop.services.rows import update_row
from desktop.store.models import Meeting

# Who was at each meeting of the busy first partnership, oldest meeting first: the partners
# listed by name, and P (present), A (apologies) or X (absent). The third is not quorate.
_MARKS = ("PPPPAPXP", "PPAPPXPA", "PAXXAPXX", "PPPAPPAP", "PPPPPAPP", "PPAPPPXP")


def extend_demo(session: Session, context: DemoContext) -> None:
    today = context.today
    first, second = context.partnerships[0], context.partnerships[1]
    _first_partnership(session, first.id, context, today)
    how_run.update_rules(
        session,
        second.id,
        {
            "has_terms": False,
            "quorum_kind": "number",
            "quorum_value": 3,
            "decision_method": "consensus",
            "membership_rule": "Anyone running or using transport in the rural parishes.",
        },
    )
    how_run.add_office(
        session,
        second.id,
        "chair",
        organisation="Torridge District Council",
        from_date=today - timedelta(days=200),
        how_chosen="rotating",
        next_election=today + timedelta(days=165),
    )


def _first_partnership(session: Session, pid: int, context: DemoContext, today: date) -> None:
    how_run.update_rules(
        session,
        pid,
        {
            "has_terms": True,
            "terms_date": date(2024, 4, 1),
            "terms_review_date": today + timedelta(days=45),
            "terms_covers": "Purpose, membership, meetings and quorum, decisions, conflicts of "
            "interest, the chair's term, and how a partner leaves.",
            "quorum_kind": "share",
            "quorum_value": 50,
            "decision_method": "casting_vote",
            "meetings_a_year": 6,
            "membership_rule": "Public bodies and voluntary groups working on health and "
            "wellbeing in North Devon, invited by the board.",
        },
    )
    how_run.add_office(
        session,
        pid,
        "chair",
        organisation="North Devon Council",
        holder_name="Helen Moss",
        from_date=date(2024, 5, 1),
        how_chosen="elected",
        next_election=today + timedelta(days=21),
    )
    how_run.add_office(
        session,
        pid,
        "vice_chair",
        organisation="Holsworthy & Villages Community Link",
        from_date=date(2024, 5, 1),
        how_chosen="elected",
        next_election=today + timedelta(days=21),
    )
    vice = how_run.offices_of(session, pid)[1]["id"]
    how_run.set_office_holder(session, vice, context.people["chair"].id)
    how_run.add_office(
        session, pid, "secretary", organisation="Devon County Council", how_chosen="appointed"
    )

    listed = {p["name"]: p["id"] for p in partners.partners_of(session, pid)}
    partners.update_partner(
        session,
        listed["Devon and Cornwall Police"],
        {
            "joined_on": date(2024, 4, 1),
            "left_on": today - timedelta(days=70),
            "left_reason": "Its neighbourhood team was merged; it now sends reports instead.",
        },
    )
    partners.update_partner(
        session,
        listed["Petroc College"],
        {
            "joined_on": today - timedelta(days=130),
            "joined_reason": "Invited to bring young people's mental health into the plan.",
        },
    )
    partner_contacts.add_contact(
        session,
        listed["Devon County Council"],
        "Sara Whitlock",
        role="Public health officer",
        email="sara.whitlock@example.org",
        phone="01392 000201",
    )
    partner_contacts.add_contact(
        session, listed["Healthwatch Devon"], "Dev Patel", role="Engagement lead"
    )

    meetings = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.partnership_id == pid, Meeting.meeting_date <= today)
            .order_by(Meeting.meeting_date, Meeting.id)
        )
    )
    codes = {"P": "present", "A": "apologies", "X": "absent"}
    for meeting, marks in zip(meetings, _MARKS, strict=False):
        present = partner_attendance.partners_at_meeting(session, meeting.id)
        for (partner_id, _name, _status), mark in zip(present, marks, strict=False):
            partner_attendance.set_partner_attendance(session, meeting.id, partner_id, codes[mark])
    if len(meetings) >= 2:
        focus = decisions.add_decision(
            session,
            meetings[0].id,
            "Make mental health at all ages the partnership's focus for the next two years.",
            "consensus",
            "Chair",
        )
        grants = decisions.add_decision(
            session,
            meetings[-1].id,
            "Open a small grants round of £15,000 for village groups.",
            "casting_vote",
            "Devon County Council (fundholder)",
        )
        publish = decisions.add_decision_action(
            session, grants, "Publish the small grants criteria in the parish newsletters."
        )
        update_row(session, "action", publish, {"due_date": today + timedelta(days=12)})
        action = decisions.add_decision_action(
            session, focus, "Write the mental health action plan with the NHS Trust."
        )
        # Done a month ago (the day is given, as the demo is made for a chosen day).
        done = {
            "status": "done",
            "due_date": today - timedelta(days=45),
            "done_date": today - timedelta(days=30),
        }
        update_row(session, "action", action, done)
