"""How a partnership is run (issue 17, items 6-9): its place in a structure of boards and
sub-groups, its registers (risks, conflicts of interest, disagreements, equality notes,
learning), reporting back to the people we represent, and closing well.

Plain rules, no database: the choices, the checks each kind of register row must pass, a
cycle check for the structure, and when the next report back is due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.problems import Choices, Problem, marked
from desktop.domain.record_rules import choice_labels
from desktop.domain.vocab import Choice

SCALE = (1, 2, 3, 4, 5)  # likelihood and impact of a risk
HIGH_RISK = 15  # likelihood x impact at or above this is a high risk (a 5x5 matrix's red)
REPORT_BACK_GRACE_DAYS = 14  # after a meeting, the people we represent hear within two weeks


class RiskStatus(Choice):
    OPEN = ("open", "Open")
    WATCHING = ("watching", "Being watched")
    CLOSED = ("closed", "Closed")


class ReportBackHow(Choice):
    MEETING = ("meeting", "At a meeting")
    EMAIL = ("email", "By email")
    NEWSLETTER = ("newsletter", "In a newsletter")
    REPORT = ("report", "A written report")
    CONVERSATION = ("conversation", "In conversation")
    OTHER = ("other", "Another way")


class ReportBackEvery(Choice):
    """How often our seat reports back: the rule behind "next report back due"."""

    AFTER_EACH_MEETING = ("after_each_meeting", "After each meeting")
    MONTHLY = ("monthly", "Every month")
    QUARTERLY = ("quarterly", "Every three months")
    TWICE_YEARLY = ("twice_yearly", "Every six months")
    YEARLY = ("yearly", "Every year")


_MONTHS = {"monthly": 1, "quarterly": 3, "twice_yearly": 6, "yearly": 12}


class ClosureScope(Choice):
    PARTNERSHIP = ("partnership", "The partnership closed")
    OUR_PART = ("our_part", "We left it (it goes on without us)")


@dataclass(frozen=True)
class RegisterRule:
    required: Mapping[str, str]  # field -> message when blank
    choices: Mapping[str, type[Choice]]
    scales: tuple[str, ...] = ()  # fields that take 1-5
    date_pair: tuple[str, str, str] | None = None  # (first, later, message)


REGISTER_RULES: dict[str, RegisterRule] = {
    "risk": RegisterRule(
        {"description": marked("Describe the risk.")},
        {"status": RiskStatus},
        ("likelihood", "impact"),
    ),
    "interest_declaration": RegisterRule(
        {
            "declared_by": marked("Say who declared the interest."),
            "about": marked("Say what the interest is about."),
        },
        {},
    ),
    "disagreement": RegisterRule(
        {"about": marked("Say what the disagreement is about.")},
        {},
        date_pair=(
            "raised_on",
            "resolved_on",
            marked("It cannot be resolved before it was raised."),
        ),
    ),
    "equality_note": RegisterRule({"left_out": marked("Say who might be left out.")}, {}),
    "learning_entry": RegisterRule({"learned": marked("Say what was learned.")}, {}),
    "report_back": RegisterRule(
        {
            "reported_on": marked("Give the date you reported back."),
            "to_whom": marked("Say who you reported back to."),
        },
        {"how": ReportBackHow},
    ),
}


def register_problems(kind: str, values: Mapping[str, object]) -> list[Problem]:
    """Every problem with a register row of ``kind`` whose values are ``values``."""
    rule = REGISTER_RULES[kind]
    problems: list[Problem] = []
    for name, message in rule.required.items():
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(Problem(name, message))
    for name, value in values.items():
        if isinstance(value, str) and len(value) > 20_000:
            problems.append(Problem(name, "That is too long to keep here; shorten it."))
    for name, choice in rule.choices.items():
        value = values.get(name)
        if value and value not in choice.codes():
            problems.append(
                Problem(name, "Choose one of: {allowed}.", allowed=Choices(choice_labels(choice)))
            )
    for name in rule.scales:
        value = values.get(name)
        if value is not None and value not in SCALE:
            problems.append(Problem(name, "Choose a number from 1 (low) to 5 (high)."))
    if rule.date_pair is not None:
        first, later, message = rule.date_pair
        a, b = values.get(first), values.get(later)
        if isinstance(a, date) and isinstance(b, date) and b < a:
            problems.append(Problem(later, message))
    return problems


def risk_score(likelihood: int | None, impact: int | None) -> int | None:
    """Likelihood x impact (1-25), or None until both are given."""
    if likelihood is None or impact is None:
        return None
    return likelihood * impact


def is_high_risk(likelihood: int | None, impact: int | None, status: str) -> bool:
    """A risk not closed scoring 15 or more: the brief and the CVS see these."""
    score = risk_score(likelihood, impact)
    return status != RiskStatus.CLOSED and score is not None and score >= HIGH_RISK


def parent_problem(
    child_id: int, parent_id: int | None, parents: Mapping[int, int | None]
) -> Problem | None:
    """Why ``child_id`` cannot sit under ``parent_id``, given every partnership's parent.

    A partnership cannot sit under itself, nor under one of its own sub-groups (that
    would make a loop with no top).
    """
    if parent_id is None:
        return None
    if parent_id == child_id:
        return Problem("parent_id", "A partnership cannot sit under itself.")
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None and current not in seen:
        if current == child_id:
            return Problem(
                "parent_id",
                "It cannot sit there: that partnership already sits under this one, "
                "so it would go round in a circle. Choose one higher up, or none.",
            )
        seen.add(current)
        current = parents.get(current)
    return None


def tree_order(items: Iterable[tuple[int, int | None]]) -> list[tuple[int, int]]:
    """(id, depth) in tree order: each partnership followed by the ones under it.

    ``items`` are (id, parent id) already in the order wanted among siblings. A parent not
    among the items (filtered out, or a loop in old data) makes its child a top level.
    """
    pairs = list(items)
    known = {pid for pid, _ in pairs}
    children: dict[int | None, list[int]] = {}
    for pid, parent in pairs:
        children.setdefault(parent if parent in known else None, []).append(pid)
    out: list[tuple[int, int]] = []
    placed: set[int] = set()

    def walk(node: int | None, depth: int) -> None:
        for child in children.get(node, []):
            if child in placed:
                continue
            placed.add(child)
            out.append((child, depth))
            walk(child, depth + 1)

    walk(None, 0)
    for pid, _ in pairs:  # anything in a loop: shown at the top rather than lost
        if pid not in placed:
            placed.add(pid)
            out.append((pid, 0))
            walk(pid, 1)
    return out


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    # The last day of a short month stands in for the 31st.
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def next_report_back_due(
    every: str,
    has_duty: bool,
    report_dates: Iterable[date],
    meeting_dates: Iterable[date],
    next_meeting: date | None,
    started: date | None,
    today: date,
) -> date | None:
    """When the people we represent should next hear from us, or None when no duty.

    - "after each meeting" (also taken when a duty is written down but no rhythm chosen):
      two weeks after the first meeting held since the last report back; when there is
      none, two weeks after the next meeting.
    - every month / three months / six months / year: that long after the last report back,
      or after the first meeting (else the start date) when there has been none.
    """
    reports = sorted(report_dates)
    meetings = sorted(m for m in meeting_dates if m <= today)
    last = reports[-1] if reports else None
    rhythm = every or ("after_each_meeting" if has_duty else "")
    if not rhythm:
        return None
    grace = timedelta(days=REPORT_BACK_GRACE_DAYS)
    if rhythm == ReportBackEvery.AFTER_EACH_MEETING:
        # A report back on the day of a meeting counts as covering that meeting.
        since = [m for m in meetings if last is None or m > last]
        if since:
            return since[0] + grace
        if next_meeting is not None and (last is None or next_meeting > last):
            return next_meeting + grace
        return None
    base = last or (meetings[0] if meetings else started)
    if base is None:
        return None
    return _add_months(base, _MONTHS.get(rhythm, 12))
