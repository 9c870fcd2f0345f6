"""What makes the rest of a partnership's record acceptable: rows, our seat, our group.

Plain rules that return problems a form can show next to the field. Rows (milestones,
meetings, funding lines ...) are checked as a whole dict of their values, so a change to
one field is judged together with the fields already stored (an end before a start).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.problems import Choices, Problem, marked
from desktop.domain.vocab import (
    ActionStatus,
    ActionStep,
    AttendanceStatus,
    Choice,
    FundingPhase,
    OurRole,
    OutcomeTerm,
    RepresentativeRole,
    Represents,
    Sector,
    Setting,
    SizeBand,
)

TEXT_MAX = 300
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RowRule:
    """How one kind of row is checked: required text, choices, date pairs and money."""

    required: Mapping[str, str]  # field -> message when it is blank
    choices: Mapping[str, type[Choice]] = field(default_factory=dict)
    date_pairs: tuple[tuple[str, str, str], ...] = ()  # (start, end, message)
    money: tuple[str, ...] = ()


RULES: dict[str, RowRule] = {
    "stakeholder": RowRule({"name": marked("Say who the stakeholder is.")}),
    "partner": RowRule({}, {"sector": Sector}),
    "representative": RowRule(
        {"full_name": marked("Give the representative's name.")},
        {"role": RepresentativeRole},
        (("term_start", "term_end", marked("The term ends before it starts.")),),
    ),
    "meeting": RowRule({"meeting_date": marked("Give the date of the meeting.")}),
    "milestone": RowRule({"title": marked("Say what the milestone is.")}),
    "aim_output": RowRule({"area_for_action": marked("Name the area for action.")}),
    "priority": RowRule({"title": marked("Say what the priority is.")}),
    "action": RowRule(
        {"description": marked("Say what needs doing.")},
        {"step": ActionStep, "status": ActionStatus},
    ),
    "outcome": RowRule({"description": marked("Describe the outcome.")}, {"term": OutcomeTerm}),
    "funding_line": RowRule(
        {"source": marked("Say where the money comes from.")},
        {"phase": FundingPhase},
        (("start_date", "end_date", marked("The funding ends before it starts.")),),
        ("amount_pence",),
    ),
}


def row_problems(kind: str, values: Mapping[str, object]) -> list[Problem]:
    """Every problem with a row of ``kind`` whose values (stored and new) are ``values``."""
    rule = RULES[kind]
    problems: list[Problem] = []
    for name, message in rule.required.items():
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(Problem(name, message))
    for name, value in values.items():
        if isinstance(value, str) and name not in ("notes",) and len(value) > 20_000:
            problems.append(Problem(name, "That is too long to keep here; shorten it."))
    for name, choice in rule.choices.items():
        value = values.get(name)
        if value and value not in choice.codes():
            problems.append(
                Problem(name, "Choose one of: {allowed}.", allowed=Choices(choice_labels(choice)))
            )
    for start, end, message in rule.date_pairs:
        first, last = values.get(start), values.get(end)
        if isinstance(first, date) and isinstance(last, date) and last < first:
            problems.append(Problem(end, message))
    for name in rule.money:
        amount = values.get(name)
        if isinstance(amount, int) and amount < 0:
            problems.append(Problem(name, "The amount cannot be negative."))
    return problems


def choice_labels(choice: type[Choice]) -> list[str]:
    return [member.label for member in choice]


def seat_problems(values: Mapping[str, object]) -> list[Problem]:
    problems: list[Problem] = []
    for name, choice in (("our_role", OurRole), ("represents", Represents)):
        value = values.get(name)
        if value and value not in choice.codes():
            problems.append(
                Problem(name, "Choose one of: {allowed}.", allowed=Choices(choice_labels(choice)))
            )
    induction = values.get("induction_date")
    if isinstance(induction, date) and values.get("induction_received") is False:
        problems.append(
            Problem("induction_date", "An induction date is given, but no induction was received.")
        )
    return problems


def attendance_problem(status: str | None) -> Problem | None:
    if status is not None and status not in AttendanceStatus.codes():
        return Problem("status", "Choose attended, sent apologies or did not attend.")
    return None


@dataclass
class GroupInput:
    """Our group's profile as the form gives it, with the main contact's details."""

    name: str
    charity_number: str = ""
    area_served: str = ""
    cvs_name: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    size_band: str = ""
    setting: str = ""


def group_problems(data: GroupInput) -> list[Problem]:
    problems: list[Problem] = []
    if not data.name.strip():
        problems.append(Problem("name", "Give your group's name."))
    elif len(data.name.strip()) > TEXT_MAX:
        problems.append(Problem("name", "Keep the name under {limit} characters.", limit=TEXT_MAX))
    if len(data.charity_number.strip()) > 40:
        problems.append(Problem("charity_number", "That number is too long; check it."))
    email = data.contact_email.strip()
    if email and not EMAIL.match(email):
        problems.append(Problem("contact_email", "That does not look like an email address."))
    if (email or data.contact_phone.strip()) and not data.contact_name.strip():
        problems.append(Problem("contact_name", "Give the name of the person to contact."))
    for name, choice in (("size_band", SizeBand), ("setting", Setting)):
        value = getattr(data, name)
        if value and value not in choice.codes():
            problems.append(
                Problem(name, "Choose one of: {allowed}.", allowed=Choices(choice_labels(choice)))
            )
    return problems


@dataclass(frozen=True)
class PartnerLine:
    name: str
    sector: str


def _sector_from(text: str) -> str | None:
    wanted = " ".join(text.split()).casefold()
    for member in Sector:
        if wanted in (member.value, member.label.casefold()):
            return member.value
    for member in Sector:
        if member.label.casefold().startswith(wanted) and len(wanted) >= 3:
            return member.value
    return None


# A bullet or number at the start of a pasted line: "• ", "- ", "* ", "1. ", "2) ", "a) ".
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□–—*-]|\d{1,3}[.)]|[a-zA-Z][)])\s+")


def list_items(text: str, keep_blank: bool = False) -> list[str]:
    """The items of a pasted list: one per line, or separated by semicolons, with any bullet
    or number in front taken off (papers and spreadsheets give lists all three ways).

    Semicolons inside brackets belong to the item: "Council (statutory; chair)". Commas never
    split, because organisations' names have them ("Devon County Council, Public Health").
    """
    items: list[str] = []
    for line in text.splitlines():
        depth, current = 0, []
        for char in line:
            depth += char == "("
            depth -= char == ")" and depth > 0
            if char == ";" and depth == 0:
                items.append("".join(current))
                current = []
            else:
                current.append(char)
        items.append("".join(current))
    cleaned = [_BULLET.sub("", item).strip() for item in items]
    # Blank items kept on request, so a problem's number is still its line in a plain list.
    return cleaned if keep_blank else [item for item in cleaned if item]


def parse_partner_lines(text: str) -> tuple[list[PartnerLine], list[Problem]]:
    """Read a typed or pasted list: one organisation per line or between semicolons, each
    with an optional " - sector" at the end; bullets and numbers in front are ignored.

    An ending that is not a sector we know is reported rather than guessed, so a
    name is never cut in two by mistake; the person can add "- other" to keep the dash.
    """
    lines: list[PartnerLine] = []
    problems: list[Problem] = []
    allowed = ", ".join(m.label.lower() for m in Sector)
    for number, raw in enumerate(list_items(text, keep_blank=True), start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        name, sector = line, ""
        if " - " in line:
            head, tail = line.rsplit(" - ", 1)
            found = _sector_from(tail)
            if found is None:
                problems.append(
                    Problem(
                        "partners",
                        "Line {number}: “{typed}” is not a sector. Use one of: {allowed}.",
                        number=number,
                        typed=tail,
                        allowed=allowed,
                    )
                )
                continue
            name, sector = head.strip(), found
        if not name:
            problems.append(
                Problem("partners", "Line {number}: give the organisation's name.", number=number)
            )
            continue
        if len(name) > TEXT_MAX:
            problems.append(
                Problem("partners", "Line {number}: the name is too long.", number=number)
            )
            continue
        lines.append(PartnerLine(name, sector))
    return lines, problems
