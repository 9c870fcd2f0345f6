"""Example reviews and a joining check, so the Reviews area has a story to show.

The first partnership gets two finished reviews about a year apart: the earlier one
answered by the group together, the later one with two viewpoints (our representative
and our chair) that differ on some questions and were then agreed. The "considering"
partnership gets a joining check part-way through.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from desktop.services.demo import DemoContext
from desktop.services.joining import save_joining_check
from desktop.services.reviews import (
    add_respondent,
    finish_review,
    save_answers,
    start_review,
    update_review,
)

# Last year's answers: taking part is patchy, progress is slow.
_EARLIER = {
    "4.8(a)": "partly",
    "4.8(b)": "mostly",
    "4.8(c)": "partly",
    "4.8(d)": "mostly",
    "4.8(e)": "no",
    "4.8(f)": "no",
    "4.8(g)": "mostly",
    "4.8(h)": "partly",
    "4.8E(a)": "yes",
    "4.8E(b)": "partly",
    "4.8E(c)": "mostly",
    "4.8E(d)": "dont_know",
    "4.8E(e)": "partly",
}
# This year: better on most points, still short of resources, worse at keeping people told.
_REPRESENTATIVE = {
    **_EARLIER,
    "4.8(a)": "mostly",
    "4.8(c)": "yes",
    "4.8(e)": "no",
    "4.8(f)": "partly",
    "4.8(h)": "mostly",
    "4.8E(b)": "mostly",
    "4.8E(d)": "mostly",
}
_CHAIR = {**_REPRESENTATIVE, "4.8(a)": "yes", "4.8(b)": "partly", "4.8(f)": "no"}
_AGREED = {"4.8(a)": "mostly", "4.8(b)": "partly", "4.8(f)": "no"}


def extend_demo(session: Session, demo: DemoContext) -> None:
    if not demo.partnerships:
        return
    today = demo.today
    first = demo.partnerships[0]

    earlier = start_review(
        session, first.id, today - timedelta(days=365 + 21), today, ["Everyone at the board"]
    )
    save_answers(session, earlier.id, {ref: (key, "") for ref, key in _EARLIER.items()})
    update_review(
        session,
        earlier.id,
        today,
        what_to_change="Send papers a week before each meeting so small groups can prepare.",
        link_with="The county loneliness strategy group.",
    )
    finish_review(session, earlier.id, today)

    later = start_review(session, first.id, today - timedelta(days=21), today)
    rep = add_respondent(session, later.id, "Our representative", person_id=demo.people["rep"].id)
    chair = add_respondent(session, later.id, "Our chair", person_id=demo.people["chair"].id)
    save_answers(
        session,
        later.id,
        {ref: (key, "") for ref, key in _REPRESENTATIVE.items()},
        respondent_id=rep.id,
    )
    save_answers(
        session, later.id, {ref: (key, "") for ref, key in _CHAIR.items()}, respondent_id=chair.id
    )
    save_answers(
        session,
        later.id,
        {
            "4.8(a)": (_AGREED["4.8(a)"], "Better than last year; the chair asks us first now."),
            "4.8(b)": (_AGREED["4.8(b)"], "Our papers still arrive late."),
            "4.8(f)": (_AGREED["4.8(f)"], "There is still no money for volunteers' travel."),
        },
    )
    update_review(
        session,
        later.id,
        today,
        what_to_change="A travel budget for voluntary sector members.",
        link_with="Torridge Rural Transport Forum, about getting to meetings.",
    )
    finish_review(session, later.id, today)

    considering = [p for p in demo.partnerships if p.status == "considering"]
    if considering:
        save_joining_check(
            session,
            considering[0].id,
            today,
            done_already="The town council surveyed young people in 2025: most want a place.",
            evidence="Holsworthy Youth Survey 2025 (in our shared folder).",
            done_elsewhere="Bideford has a youth hub run by the district council.",
            existing_host="The Holsworthy Community Forum could host it as a subgroup.",
            constraints="Our volunteers have evenings only; the contract asks for monthly reports.",
            why_join="Young people in the villages have nowhere to go and no bus home after six.",
            what_we_bring="Links with 14 parishes, and our community transport volunteers.",
            cost_notes="About four hours a month of volunteer time, and mileage.",
        )
