"""Example records for every section of a partnership, beyond the busy first one.

The base demo fills the first partnership's activity; this adds stakeholders by Code 4.2
category, more meetings with attendance, aims and outputs, priorities with their actions,
outcomes and funding on the other partnerships too, through the same services the
screens use, so the example shows what a well-kept record looks like.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.services import meetings, rows
from desktop.services.demo import DemoContext
from desktop.services.partnerships import set_vcs_budget

_STAKEHOLDERS: dict[int, list[tuple[str, str]]] = {
    0: [
        ("4.2(a)", "Holsworthy Lunch Club"),
        ("4.2(b)", "Devon Public Health"),
        ("4.2(d)", "Devon Mind"),
        ("4.2(f)", "Devon Community Foundation"),
        ("4.2(g)", "Older people living alone in the villages"),
    ],
    1: [
        ("4.2(a)", "Village car schemes"),
        ("4.2(c)", "Stagecoach South West"),
        ("4.2(e)", "Torridge Older People's Forum"),
        ("4.2(g)", "People without a car in the rural parishes"),
    ],
    2: [
        ("4.2(a)", "Holsworthy Scouts"),
        ("4.2(f)", "Youth Investment Fund"),
        ("4.2(g)", "Young people aged 11 to 19 in Holsworthy"),
    ],
}


def extend_demo(session: Session, demo: DemoContext) -> None:
    today = demo.today
    first, transport, youth = demo.partnerships[:3]
    rep, deputy = demo.people["rep"].id, demo.people["deputy"].id
    for index, partnership in enumerate((first, transport, youth)):
        for ref, name in _STAKEHOLDERS[index]:
            rows.add_stakeholder(session, partnership.id, ref, name)
    _transport(session, transport.id, today, rep, deputy)
    _youth(session, youth.id, today)
    # The busy partnership gets a second aims row and a medium-term outcome too.
    rows.add_aim_output(
        session,
        first.id,
        "Low mood among farmers",
        aims="Farmers know where to turn before things reach a crisis.",
        outputs="Talks at three Young Farmers socials; leaflets at the livestock market.",
        use_of_funding="Printing and speakers' travel.",
        use_of_support="Mental health first aid training.",
        build_on="The Farming Community Network's helpline.",
    )
    rows.add_outcome(session, first.id, "medium", "More men in farming ask for help early.")
    rows.add_funding_line(
        session,
        first.id,
        "Public Health small grants",
        1_200_000,
        "delivery",
        "2027-28",
        "Devon County Council",
    )


def _transport(session: Session, pid: int, today: date, rep: int, deputy: int) -> None:
    for days_ago, went in ((270, {rep: "attended"}), (180, {rep: "apologies", deputy: "attended"})):
        mid = meetings.record_meeting(
            session,
            pid,
            today - timedelta(days=days_ago),
            title="Forum meeting",
            notes="Reviewed the hospital transport survey.",
            attendance=went,
        )
    rows.add_meeting_action(
        session,
        mid,
        "Share our volunteer drivers' rota with the forum.",
        "Our lead representative",
        today + timedelta(days=14),
    )
    meetings.record_meeting(
        session,
        pid,
        today - timedelta(days=90),
        title="Forum meeting",
        attendance={rep: "apologies", deputy: "apologies"},
    )
    rows.add_milestone(
        session, pid, "Hospital transport survey published", today - timedelta(days=60)
    )
    priority = rows.add_priority(session, pid, "Getting to hospital appointments")
    rows.add_priority_action(
        session,
        priority,
        "Map which villages have no bus before 10am.",
        "immediate",
        "Torridge Community Transport",
        today + timedelta(days=21),
    )
    rows.add_priority_action(
        session,
        priority,
        "Bid for a second accessible minibus.",
        "future",
        "The forum",
    )
    rows.add_outcome(
        session, pid, "short", "Nobody misses a hospital appointment for want of a lift."
    )
    rows.add_outcome(session, pid, "long", "A bus every two hours to every market town.")
    rows.add_funding_line(
        session,
        pid,
        "Rural Mobility Fund",
        3_500_000,
        "delivery",
        "2026-27",
        "Devon County Council",
    )


def _youth(session: Session, pid: int, today: date) -> None:
    rows.add_milestone(session, pid, "Decide whether to join", today + timedelta(days=20))
    rows.add_milestone(session, pid, "Building found", today + timedelta(days=150))
    rows.add_aim_output(
        session,
        pid,
        "Somewhere to go in the evenings",
        aims="Young people have a safe, warm place to meet.",
        outputs="Open two evenings a week in the first year.",
        use_of_funding="Rent, heating and a part-time youth worker.",
        use_of_support="Safeguarding training for volunteers.",
        build_on="The rugby club's hall and the college's sports students.",
    )
    priority = rows.add_priority(session, pid, "Find a building")
    rows.add_priority_action(
        session,
        priority,
        "Ask the town council about the old library.",
        "immediate",
        "Torridge District Council",
        today + timedelta(days=30),
    )
    rows.add_outcome(session, pid, "medium", "Fewer reports of antisocial behaviour in the town.")
    rows.add_funding_line(
        session,
        pid,
        "Youth Investment Fund (development phase)",
        4_000_000,
        "development",
        "2026-27",
        "Torridge District Council",
    )
    rows.add_funding_line(
        session,
        pid,
        "Youth Investment Fund (delivery phase)",
        35_000_000,
        "delivery",
        "2027-30",
        "Torridge District Council",
    )
    set_vcs_budget(session, pid, False, None, "Not discussed yet: ask at the next meeting.")
