"""How a partnership is run: its rules (quorum, decisions), offices, membership over time,
partners' attendance and decisions. Plain rules only; no database, no Qt.

The quorum and attendance sums live here so the window, the return, the brief and the
health check all count the same way (and the property tests check one implementation).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain.problems import Choices, Problem, marked
from desktop.domain.vocab import Choice

# The most members any partnership could have: a quorum larger than this is a typing slip.
MAX_QUORUM_NUMBER = 500
# How far ahead Home starts showing an election of a chair or officer.
ELECTION_NOTICE_DAYS = 60


class QuorumKind(Choice):
    NUMBER = ("number", "A number of members")
    SHARE = ("share", "A share of the members (per cent)")


class DecisionMethod(Choice):
    CONSENSUS = ("consensus", "By consensus")
    VOTE = ("vote", "By a vote")
    CASTING = ("casting_vote", "By a vote, the chair having a casting vote")
    CHAIR = ("chair", "The chair decides after discussion")
    OTHER = ("other", "Another way")


class OfficeKind(Choice):
    CHAIR = ("chair", "Chair")
    VICE_CHAIR = ("vice_chair", "Vice-chair")
    SECRETARY = ("secretary", "Secretary")
    TREASURER = ("treasurer", "Treasurer")
    OTHER = ("other", "Another office")


class HowChosen(Choice):
    ELECTED = ("elected", "Elected")
    APPOINTED = ("appointed", "Appointed")
    ROTATING = ("rotating", "Rotating")


class PartnerPresence(Choice):
    """A partner organisation at one meeting (anyone from it counts as present)."""

    PRESENT = ("present", "Present")
    APOLOGIES = ("apologies", "Sent apologies")
    ABSENT = ("absent", "Absent")


# Rules ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuorumRule:
    """How many members must be present: ``value`` members, or ``value`` per cent of them."""

    kind: str
    value: int

    def needed(self, members: int) -> int:
        """The fewest present members that make a meeting of ``members`` quorate."""
        if self.kind == QuorumKind.SHARE:
            # A share is rounded up: a third of 10 members is 4 people, never 3.33.
            return max(1, math.ceil(members * self.value / 100)) if members else 1
        return self.value

    def describe(self) -> str:
        if self.kind == QuorumKind.SHARE:
            return f"{self.value}% of members"
        return f"{self.value} member" + ("" if self.value == 1 else "s")


def quorum_rule(kind: str | None, value: int | None) -> QuorumRule | None:
    """The rule stored as two fields, or None when it is not (fully) recorded."""
    if kind not in QuorumKind.codes() or value is None or value < 1:
        return None
    return QuorumRule(str(kind), int(value))


def is_quorate(rule: QuorumRule | None, members: int, present: int) -> bool | None:
    """Whether ``present`` of ``members`` partners make a quorum; None when nobody knows
    (no rule, or no attendance recorded at all)."""
    if rule is None or present < 0 or members <= 0:
        return None
    return present >= rule.needed(members)


def rules_problems(values: Mapping[str, object]) -> list[Problem]:
    """Problems with the rules a partnership's terms of reference set."""
    problems: list[Problem] = []
    kind, value = values.get("quorum_kind"), values.get("quorum_value")
    if kind and kind not in QuorumKind.codes():
        problems.append(_choose("quorum_kind", QuorumKind))
    if value is not None:
        if not isinstance(value, int) or value < 1:
            problems.append(Problem("quorum_value", "A quorum is a whole number, 1 or more."))
        elif kind == QuorumKind.SHARE and value > 100:
            problems.append(Problem("quorum_value", "A share of the members is 100% at most."))
        elif value > MAX_QUORUM_NUMBER:
            problems.append(
                Problem(
                    "quorum_value",
                    "A quorum of {n} members is more than any partnership has.",
                    n=value,
                )
            )
    method = values.get("decision_method")
    if method and method not in DecisionMethod.codes():
        problems.append(_choose("decision_method", DecisionMethod))
    per_year = values.get("meetings_a_year")
    if per_year is not None and (not isinstance(per_year, int) or not 0 <= per_year <= 366):
        problems.append(Problem("meetings_a_year", "Give how many meetings a year, 0 to 366."))
    made, review = values.get("terms_date"), values.get("terms_review_date")
    if isinstance(made, date) and isinstance(review, date) and review < made:
        problems.append(
            Problem("terms_review_date", "The review date is before the terms were agreed.")
        )
    return problems


def office_problems(values: Mapping[str, object]) -> list[Problem]:
    problems: list[Problem] = []
    if values.get("kind") not in OfficeKind.codes():
        problems.append(_choose("kind", OfficeKind))
    if values.get("kind") == OfficeKind.OTHER and not str(values.get("title") or "").strip():
        problems.append(Problem("title", "Name the office, for example Secretary."))
    chosen = values.get("how_chosen")
    if chosen and chosen not in HowChosen.codes():
        problems.append(_choose("how_chosen", HowChosen))
    start, end = values.get("from_date"), values.get("to_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        problems.append(Problem("to_date", marked("The term ends before it starts.")))
    return problems


def membership_problems(values: Mapping[str, object]) -> list[Problem]:
    joined, left = values.get("joined_on"), values.get("left_on")
    if isinstance(joined, date) and isinstance(left, date) and left < joined:
        return [Problem("left_on", "A partner cannot leave before it joined.")]
    return []


def decision_problems(values: Mapping[str, object]) -> list[Problem]:
    problems: list[Problem] = []
    if not str(values.get("what") or "").strip():
        problems.append(Problem("what", "Say what was decided."))
    how = values.get("how")
    if how and how not in DecisionMethod.codes():
        problems.append(_choose("how", DecisionMethod))
    return problems


def presence_problem(status: str | None) -> Problem | None:
    if status is not None and status not in PartnerPresence.codes():
        return Problem("status", "Choose present, sent apologies or absent.")
    return None


def _choose(field: str, choice: type[Choice]) -> Problem:
    labels = [m.label for m in choice]
    return Problem(field, "Choose one of: {allowed}.", allowed=Choices(labels))


# Membership and attendance ----------------------------------------------------------------
def member_on(joined: date | None, left: date | None, day: date) -> bool:
    """Whether a partner was a member on ``day`` (no joining date: a member from the start;
    the day it leaves is its last day as a member)."""
    return (joined is None or joined <= day) and (left is None or left >= day)


def is_current(left: date | None, today: date) -> bool:
    return left is None or left >= today


@dataclass(frozen=True)
class PartnerRate:
    """One partner's attendance over the meetings it was a member for."""

    partner: str
    meetings: int
    present: int
    apologies: int
    absent: int

    @property
    def recorded(self) -> int:
        return self.present + self.apologies + self.absent

    @property
    def percent(self) -> int | None:
        """Present at what share of the meetings with its attendance recorded, rounded
        half up; None when none was recorded (unknown is not 0%)."""
        if not self.recorded:
            return None
        return (200 * self.present + self.recorded) // (2 * self.recorded)


def partner_rates(
    partners: Iterable[tuple[str, date | None, date | None]],
    meetings: Iterable[tuple[date, Mapping[str, str]]],
) -> list[PartnerRate]:
    """Attendance rates per partner: ``partners`` are (name, joined, left); ``meetings``
    are (date, {partner name: status}). A meeting counts for a partner only while it was
    a member; a status recorded for a meeting outside that time still counts (it was
    there, whatever the dates say)."""
    meetings = list(meetings)
    result = []
    for name, joined, left in partners:
        counts = {code: 0 for code in PartnerPresence.codes()}
        held = 0
        for day, statuses in meetings:
            status = statuses.get(name)
            if status is None and not member_on(joined, left, day):
                continue
            held += 1
            if status in counts:
                counts[status] += 1
        result.append(
            PartnerRate(name, held, counts["present"], counts["apologies"], counts["absent"])
        )
    return result


def overall_rate(rates: Iterable[PartnerRate]) -> int | None:
    """All partners together: present at what share of recorded places at the table."""
    present = recorded = 0
    for rate in rates:
        present += rate.present
        recorded += rate.recorded
    return None if not recorded else (200 * present + recorded) // (2 * recorded)


def asks_about_attendance(ref: str, title: str, text: str) -> bool:
    """Whether a health-check question asks whether partners attend (Devon Code 4.8(a),
    or any tool's question that speaks of attendance), so the partners' attendance rates
    can be shown beside it as evidence."""
    if ref.replace(" ", "").lower() == "4.8(a)":
        return True
    words = f"{title} {text}".lower()
    return "attend" in words or "come to meetings" in words
