"""How a partnership is run (its ``governance`` entry) as blocks of headings and tables,
drawn by both the PDF and the HTML copy of a return, and as rows of the CSV file
``how_it_is_run.csv``. A return made before these were carried shows nothing here.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.how_run import DecisionMethod, HowChosen, OfficeKind, QuorumKind
from desktop.reports import return_text as t
from desktop.reports.return_plan_view import DASH, Block

HOW_RUN_HEADER = ["return_id", "partnership_id", "part", "item", "field", "value"]


def _c(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text or DASH


def _exists(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: "Not known"}[value]


def _office(o: dict[str, Any]) -> str:
    if o["office"] == OfficeKind.OTHER or o["title"]:
        return o["title"] or OfficeKind.label_of(o["office"])
    return OfficeKind.label_of(o["office"])


def _quorate(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: DASH}[value]


def _term(start: str | None, end: str | None) -> str:
    if not start and not end:
        return DASH
    return f"{t.day(start) if start else '…'} to {t.day(end) if end else '…'}"


def _actions(open_: int, done: int) -> str:
    return DASH if not open_ and not done else f"{open_} to do, {done} done"


def _anything_else(gov: dict[str, Any]) -> bool:
    """Whether anything beyond the rules is recorded: an office, a partner's joining or
    leaving, a partner marked at a meeting, or a decision."""
    moved = any(
        m["joined_on"] or m["left_on"] or m["joined_reason"] or m["left_reason"] or m["contacts"]
        for m in gov["membership"]
    )
    marked = any(m["present"] + m["apologies"] + m["absent"] for m in gov["meetings"])
    return bool(gov["offices"] or gov["decisions"] or moved or marked)


def _percent(value: int | None) -> str:
    return DASH if value is None else f"{value}%"


def governance_blocks(entry: dict[str, Any]) -> list[Block]:
    gov = entry.get("governance")
    if gov is None:
        return []
    terms = gov["terms"]
    recorded = any(value not in (None, "") for value in terms.values())
    if not recorded and not _anything_else(gov):
        # One line, not six empty headings: most groups start with nothing here.
        return [
            Block(
                "How it is run",
                level=2,
                sentence="No rules, offices, partners' attendance or decisions recorded yet.",
            )
        ]
    blocks = [
        Block("How it is run", level=2),
        Block(
            "Terms of reference and rules",
            sentence="" if recorded else t.NONE_RECORDED,
            pairs=[]
            if not recorded
            else [
                ("Terms of reference or agreement", _exists(terms["exists"])),
                ("Agreed on", t.day(terms["date"]) if terms["date"] else DASH),
                ("Next review", t.day(terms["review_date"]) if terms["review_date"] else DASH),
                ("What they cover", _c(terms["covers"])),
                ("Quorum", _c(terms["quorum_text"])),
                ("How decisions are made", _c(DecisionMethod.label_of(terms["decision_method"]))),
                (
                    "Meetings a year (at least)",
                    _c(terms["meetings_a_year"]),
                ),
                ("Who may be a member", _c(terms["membership_rule"])),
            ],
        ),
    ]
    offices = gov["offices"]
    blocks.append(
        Block(
            "Chair and officers",
            sentence="" if offices else t.NONE_RECORDED,
            header=("Office", "Held by", "Term", "How chosen", "Next election"),
            rows=[
                [
                    _office(o),
                    "\n".join(p for p in (o["organisation"], (o["person"] or {}).get("name")) if p)
                    or DASH,
                    _term(o["from"], o["to"]),
                    _c(HowChosen.label_of(o["how_chosen"])),
                    t.day(o["next_election"]) if o["next_election"] else DASH,
                ]
                for o in offices
            ],
            widths=(1.6, 3.0, 2.6, 1.6, 1.8),
        )
    )
    members = gov["membership"]
    moved = [
        m
        for m in members
        if m["joined_on"] or m["left_on"] or m["joined_reason"] or m["left_reason"]
    ]
    blocks.append(
        Block(
            "Membership over time",
            sentence=(
                "Partners whose joining or leaving is recorded; the others have been members "
                "throughout."
                if moved
                else "No partner's joining or leaving is recorded."
            ),
            header=("Partner", "Joined", "Why", "Left", "Why"),
            rows=[
                [
                    _c(m["organisation"]),
                    t.day(m["joined_on"]) if m["joined_on"] else DASH,
                    _c(m["joined_reason"]),
                    t.day(m["left_on"]) if m["left_on"] else DASH,
                    _c(m["left_reason"]),
                ]
                for m in moved
            ],
            widths=(2.2, 1.8, 2.3, 1.8, 2.3),
        )
    )
    with_contacts = [(m, c) for m in members for c in m["contacts"]]
    if with_contacts:
        blocks.append(
            Block(
                "People we deal with at partners",
                header=("Partner", "Name", "Role", "Email", "Phone"),
                rows=[
                    [
                        _c(m["organisation"]),
                        _c(c["name"]),
                        _c(c["role"]),
                        _c(c["email"]),
                        _c(c["phone"]),
                    ]
                    for m, c in with_contacts
                ],
                widths=(2.2, 1.8, 1.8, 2.4, 1.6),
            )
        )
    meetings = [m for m in gov["meetings"] if m["present"] + m["apologies"] + m["absent"]]
    if meetings:
        sentence = (
            "Partner organisations present, sending apologies or absent, of those who were "
            "members on the day, and whether the meeting was quorate by the rules above."
        )
    elif gov["meetings"]:
        sentence = "Which partners were at this period's meetings is not recorded."
    else:
        sentence = "No meetings in this period."
    blocks.append(
        Block(
            "Partners at each meeting",
            sentence=sentence,
            header=("Meeting", "Members", "Present", "Apologies", "Absent", "Quorate"),
            rows=[
                [
                    ", ".join(p for p in (t.day(m["date"]), m["title"]) if p),
                    str(m["members"]),
                    str(m["present"]),
                    str(m["apologies"]),
                    str(m["absent"]),
                    _quorate(m["quorate"]),
                ]
                for m in meetings
            ],
            widths=(3.2, 1.6, 1.5, 1.8, 1.4, 1.5),
        )
    )
    rates = [r for r in gov["attendance_rates"] if r["meetings"]]
    if rates:
        overall = gov["overall_attendance_percent"]
        blocks.append(
            Block(
                "Attendance of each partner (Code 4.8 a)",
                sentence=f"All partners together: {_percent(overall)} present of those marked.",
                header=("Partner", "Meetings", "Present", "Apologies", "Absent", "Attendance"),
                rows=[
                    [
                        _c(r["partner"]),
                        str(r["meetings"]),
                        str(r["present"]),
                        str(r["apologies"]),
                        str(r["absent"]),
                        _percent(r["rate_percent"]),
                    ]
                    for r in rates
                ],
                widths=(2.6, 1.6, 1.5, 1.8, 1.4, 1.9),
            )
        )
    decisions = gov["decisions"]
    blocks.append(
        Block(
            "Decisions",
            sentence="" if decisions else "No decisions recorded in this period.",
            header=("Date", "Decided", "How", "Who is responsible", "Actions"),
            rows=[
                [
                    t.day(d["date"]),
                    _c(d["what"]),
                    _c(DecisionMethod.label_of(d["how"])),
                    _c(d["responsible"]),
                    _actions(d["actions_open"], d["actions_done"]),
                ]
                for d in decisions
            ],
            widths=(1.8, 3.9, 1.7, 1.9, 1.4),
        )
    )
    return blocks


def governance_csv_rows(gov: dict[str, Any] | None) -> list[list[object]]:
    """part, item, field, value for everything in a partnership's ``governance``."""
    if gov is None:
        return []
    rows: list[list[object]] = []
    terms = gov["terms"]
    for key, value in terms.items():
        if key == "quorum_kind":
            value = QuorumKind.label_of(value) if value else ""
        elif key == "decision_method":
            value = DecisionMethod.label_of(value)
        elif key == "exists":
            value = "" if value is None else ("yes" if value else "no")
        rows.append(["rules", "", key, value])
    for o in gov["offices"]:
        for key in ("organisation", "from", "to", "how_chosen", "next_election"):
            value = HowChosen.label_of(o[key]) if key == "how_chosen" else o[key]
            rows.append(["office", _office(o), key, value])
        if o["person"]:
            rows.append(["office", _office(o), "person", o["person"]["name"]])
    for m in gov["membership"]:
        for key in ("sector", "role", "joined_on", "joined_reason", "left_on", "left_reason"):
            rows.append(["membership", m["organisation"], key, m[key]])
        rows.append(["membership", m["organisation"], "current", "yes" if m["current"] else "no"])
        for c in m["contacts"]:
            for key in ("role", "email", "phone"):
                rows.append(["contact", f"{m['organisation']}: {c['name']}", key, c[key]])
    for m in gov["meetings"]:
        item = f"{m['date']} {m['title']}".strip()
        for key in ("members", "present", "apologies", "absent", "quorum_needed", "quorate"):
            value = m[key]
            if key == "quorate":
                value = "" if value is None else ("yes" if value else "no")
            rows.append(["meeting", item, key, value])
    for r in gov["attendance_rates"]:
        for key in ("meetings", "present", "apologies", "absent", "rate_percent"):
            rows.append(["attendance_rate", r["partner"], key, r[key]])
    for d in gov["decisions"]:
        item = f"{d['date']}: {d['what']}"
        for key in ("how", "responsible", "actions_open", "actions_done"):
            value = DecisionMethod.label_of(d[key]) if key == "how" else d[key]
            rows.append(["decision", item, key, value])
    # Only what was recorded: a blank field is left out, as a spreadsheet reader expects.
    return [row for row in rows if row[-1] not in (None, "")]
