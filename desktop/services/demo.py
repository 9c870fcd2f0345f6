"""A realistic example group, so a newcomer (or a test) can see every feature with data in it.

The people and the group are made up. Dates are set relative to ``today`` so the example
always has a meeting coming up and something overdue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import import_module

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.problems import UserError
from desktop.store.models import (
    Action,
    AimOutput,
    Attendance,
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
    Priority,
    Representative,
    Seat,
    Stakeholder,
)

# Each feature adds its example records in its own module, with
# ``extend_demo(session: Session, demo: DemoContext) -> None``; list it here.
DEMO_EXTENSIONS: tuple[str, ...] = (
    "desktop.services.demo_reviews",
    "desktop.services.demo_commitments",
    "desktop.services.demo_partnerships",
    "desktop.services.demo_governance",
    "desktop.services.demo_how_run",
)


@dataclass
class DemoContext:
    """What the example so far holds, for extensions to build on."""

    today: date
    group: GroupProfile
    people: dict[str, Person]
    partnerships: list[Partnership] = field(default_factory=list)


class DemoRefused(UserError, RuntimeError):
    """The data folder already holds records; the demo never mixes with real data."""


ORGANISATIONS: dict[str, str] = {
    "Devon County Council": "statutory",
    "North Devon Council": "statutory",
    "Torridge District Council": "statutory",
    "Royal Devon University Healthcare NHS Trust": "statutory",
    "Devon and Cornwall Police": "statutory",
    "Devon and Somerset Fire and Rescue Service": "statutory",
    "South Western Ambulance Service": "statutory",
    "Petroc College": "education",
    "Holsworthy Methodist Church": "faith",
    "Holsworthy Young Farmers": "community",
    "Healthwatch Devon": "voluntary",
    "Torridge Community Transport": "voluntary",
    "Holsworthy Rugby Club": "community",
    "Tarka Rail Association": "voluntary",
}


def _partnerships(today: date) -> list[dict[str, object]]:
    return [
        {
            "name": "North Devon Health and Wellbeing Partnership",
            "short_name": "NDHWP",
            "purpose": (
                "Bring the councils, the NHS, the police and local groups together to improve "
                "health and wellbeing across North Devon and Torridge, and to reduce the gap "
                "between the healthiest and least healthy communities."
            ),
            "current_focus": "Mental health at all ages, this year and next.",
            "themes": ["Mental health", "Health and wellbeing", "Older people", "Housing"],
            "scale": "district",
            "area": "North Devon and Torridge",
            "formality": "formal",
            "basis": "voluntary",
            "duration": "ongoing",
            "status": "active",
            "start_date": date(2019, 4, 1),
            "lead_body": "North Devon Council",
            "fundholder": "Devon County Council",
            "meeting_frequency": "Every two months",
            "next_meeting": today + timedelta(days=9),
            "papers_location": "Shared drive: Partnerships/NDHWP",
            "has_vcs_budget": True,
            "vcs_budget_pence": 250_000,
            "partners": [
                ("North Devon Council", "Chair"),
                ("Devon County Council", "Fundholder"),
                ("Royal Devon University Healthcare NHS Trust", "Member"),
                ("Devon and Cornwall Police", "Member"),
                ("Healthwatch Devon", "Member"),
                ("Petroc College", "Member"),
                ("Holsworthy Methodist Church", "Member"),
            ],
            "role": "member",
            "represents": "wider_sector",
        },
        {
            "name": "Torridge Rural Transport Forum",
            "short_name": "TRTF",
            "purpose": (
                "Keep people in the villages able to reach health appointments, work and "
                "shops by planning community transport, buses and lift schemes together."
            ),
            "current_focus": "Getting to hospital appointments in Barnstaple and Exeter.",
            "themes": ["Transport", "Older people", "Employment"],
            "scale": "district",
            "area": "Torridge",
            "formality": "informal",
            "basis": "voluntary",
            "duration": "ongoing",
            "status": "active",
            "start_date": date(2021, 9, 1),
            "lead_body": "Torridge District Council",
            "fundholder": "",
            "meeting_frequency": "Quarterly",
            "next_meeting": today + timedelta(days=30),
            "papers_location": "",
            "has_vcs_budget": False,
            "vcs_budget_pence": None,
            "partners": [
                ("Torridge District Council", "Chair"),
                ("Devon County Council", "Transport co-ordination"),
                ("Torridge Community Transport", "Lead partner"),
                ("Tarka Rail Association", "Member"),
                ("South Western Ambulance Service", "Member"),
            ],
            "role": "lead_partner",
            "represents": "ourselves",
        },
        {
            "name": "Holsworthy Youth Hub Steering Group",
            "short_name": "",
            "purpose": (
                "Set up a youth hub in Holsworthy with sport, skills and a quiet space, run by "
                "local clubs, the college and the council."
            ),
            "current_focus": "Deciding whether to join and what it would ask of us.",
            "themes": ["Children and young people", "Skills", "Leisure"],
            "scale": "town",
            "area": "Holsworthy and surrounding parishes",
            "formality": "formal",
            "basis": "contractual",
            "duration": "time_limited",
            "status": "considering",
            "start_date": today + timedelta(days=60),
            "end_date": today + timedelta(days=60 + 3 * 365),
            "lead_body": "Torridge District Council",
            "fundholder": "Torridge District Council",
            "meeting_frequency": "Monthly",
            "next_meeting": today + timedelta(days=16),
            "papers_location": "",
            "has_vcs_budget": None,
            "vcs_budget_pence": None,
            "partners": [
                ("Torridge District Council", "Lead and fundholder"),
                ("Petroc College", "Member"),
                ("Holsworthy Young Farmers", "Member"),
                ("Holsworthy Rugby Club", "Member"),
                ("Devon and Somerset Fire and Rescue Service", "Member"),
            ],
            "role": "subgroup_member",
            "represents": "ourselves",
        },
    ]


def has_data(session: Session) -> bool:
    groups = session.scalar(select(func.count()).select_from(GroupProfile)) or 0
    partnerships = session.scalar(select(func.count()).select_from(Partnership)) or 0
    return bool(groups or partnerships)


def fill_demo(session: Session, today: date | None = None) -> GroupProfile:
    """Fill an empty database with the example group. Refuses one that has records."""
    today = today or date.today()
    if has_data(session):
        raise DemoRefused(
            "This data folder already has records in it, so the example data was not added. "
            "Use an empty folder (for example --data-dir /tmp/partnerbook-demo)."
        )
    people = {
        key: Person(full_name=name, email=email, phone=phone)
        for key, name, email, phone in (
            ("chair", "Margaret Ellery", "margaret.ellery@example.org", "01409 000101"),
            ("rep", "Priya Shah", "priya.shah@example.org", "01409 000102"),
            ("deputy", "Tom Brayley", "tom.brayley@example.org", "07700 900103"),
            ("coord", "Joe Pengelly", "joe.pengelly@example.org", "01409 000104"),
        )
    }
    session.add_all(people.values())
    group = GroupProfile(
        name="Holsworthy & Villages Community Link",
        charity_number="1100001",
        area_served="Holsworthy and 14 surrounding parishes, Torridge",
        cvs_name="Torridge Voluntary Services",
        size_band="small",
        setting="rural",
    )
    session.add(group)
    session.flush()
    group.main_contact_id = people["coord"].id

    orgs = {name: Organisation(name=name, sector=sector) for name, sector in ORGANISATIONS.items()}
    session.add_all(orgs.values())

    for spec in _partnerships(today):
        partnership = Partnership(
            **{
                k: v
                for k, v in spec.items()
                if k not in {"themes", "partners", "role", "represents"}
            }
        )
        partnership.themes = [PartnershipTheme(theme=t) for t in spec["themes"]]  # type: ignore[attr-defined]
        partnership.partners = [
            Partner(organisation=orgs[name], role=role)
            for name, role in spec["partners"]  # type: ignore[attr-defined]
        ]
        seat = Seat(
            our_role=str(spec["role"]),
            represents=str(spec["represents"]),
            report_back_duty="A short written report to our trustees after each meeting.",
            report_back_to="Board of trustees",
            induction_received=spec["status"] == "active",
        )
        seat.representatives = [
            Representative(person_id=people["rep"].id, role="lead", term_start=date(2024, 4, 1)),
            Representative(
                person_id=people["deputy"].id,
                role="deputy",
                term_start=date(2024, 4, 1),
                term_end=date(2027, 3, 31),
            ),
        ]
        partnership.seat = seat
        session.add(partnership)
    session.flush()

    partnerships = list(session.scalars(select(Partnership).order_by(Partnership.id)))
    _fill_activity(session, partnerships[0], people, today)
    context = DemoContext(today=today, group=group, people=people, partnerships=partnerships)
    for name in DEMO_EXTENSIONS:
        import_module(name).extend_demo(session, context)
        session.flush()
    return group


def _fill_activity(
    session: Session, partnership: Partnership, people: dict[str, Person], today: date
) -> None:
    """Meetings, plan, actions and money for the first partnership, the busiest one."""
    pid = partnership.id
    for months_ago, went in ((6, ("rep", "deputy")), (4, ("rep",)), (2, ("deputy",))):
        meeting = Meeting(
            partnership_id=pid,
            meeting_date=today - timedelta(days=30 * months_ago),
            title="Partnership board",
            location="Bideford Town Hall",
            notes="Agreed the mental health focus and the small grants round.",
            hours=2.5,
        )
        for key in ("rep", "deputy"):
            status = "attended" if key in went else "apologies"
            meeting.attendance.append(
                Attendance(person_id=people[key].id, status=status, miles=24.0)
            )
        session.add(meeting)
    session.flush()
    last_meeting = session.scalars(
        select(Meeting).where(Meeting.partnership_id == pid).order_by(Meeting.meeting_date.desc())
    ).first()
    session.add_all(
        [
            Milestone(
                partnership_id=pid,
                title="Mental health action plan agreed",
                due_date=today - timedelta(days=40),
                done_date=today - timedelta(days=45),
            ),
            Milestone(
                partnership_id=pid,
                title="Small grants round opens",
                due_date=today + timedelta(days=75),
            ),
            AimOutput(
                partnership_id=pid,
                position=1,
                area_for_action="Loneliness in rural villages",
                aims="Fewer people over 70 feel lonely most of the time.",
                outputs="Six new lunch clubs; a befriending phone line.",
                use_of_funding="Venue hire and volunteer expenses.",
                use_of_support="Coaching for new lunch club leaders.",
                build_on="The parish newsletters and the village agents scheme.",
            ),
            Outcome(
                partnership_id=pid,
                term="short",
                description="Every village knows where to find support for low mood.",
            ),
            Outcome(
                partnership_id=pid,
                term="long",
                description="Fewer emergency admissions for self-harm in North Devon.",
            ),
            FundingLine(
                partnership_id=pid,
                source="Better Care Fund",
                amount_pence=4_500_000,
                phase="development",
                period_label="2026-27",
                fundholder="Devon County Council",
            ),
            Stakeholder(partnership_id=pid, category_ref="4.2(a)", name="Service users"),
        ]
    )
    priority = Priority(partnership_id=pid, position=1, title="Reach men in farming communities")
    session.add(priority)
    session.flush()
    session.add_all(
        [
            Action(
                partnership_id=pid,
                source="priority",
                priority_id=priority.id,
                step="immediate",
                description="Ask the Young Farmers to host a talk on stress at the next social.",
                owner_person_id=people["rep"].id,
                due_date=today - timedelta(days=7),
            ),
            Action(
                partnership_id=pid,
                source="priority",
                priority_id=priority.id,
                step="future",
                description="Train two volunteers as mental health first aiders.",
                owner_person_id=people["coord"].id,
                due_date=today + timedelta(days=90),
            ),
            Action(
                partnership_id=pid,
                source="meeting",
                meeting_id=last_meeting.id if last_meeting else None,
                description="Send the board our survey of village transport to appointments.",
                owner_person_id=people["deputy"].id,
                due_date=today + timedelta(days=5),
            ),
        ]
    )
