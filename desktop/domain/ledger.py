"""The resource-needs ledger as plain rules: what a need costs, how its status may move,
and the totals a group reports.

No database and no Qt: the services feed rows in, the UI and the return read totals out,
and the tests can throw thousands of random ledgers at it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.money import MoneyError, multiply_pence, parse_pence
from desktop.domain.periods import financial_year_label, financial_year_of
from desktop.domain.problems import Message, Problem, ProblemsError, UserError, problem_from
from desktop.domain.vocab import ResourceCategory, ResourceStatus, ResourceUnit

# Settings kept in the ``setting`` table, with their defaults in pence.
MILEAGE_RATE_KEY = "resources.mileage_rate_pence"
HOURLY_VALUE_KEY = "resources.hourly_value_pence"
# 45p a mile: HMRC's approved mileage rate for a car, which most funders accept.
DEFAULT_MILEAGE_PENCE = 45
# An hour of volunteer time valued at the National Living Wage (April 2026, £12.71); a group
# can set its own figure.
DEFAULT_HOURLY_PENCE = 1271
MAX_RATE_PENCE = 100_000
# A quantity above this is almost always a typing slip (hours in a year are 8,760).
MAX_QUANTITY = 100_000
DESCRIPTION_MAX = 2_000

# Where each status sits on the way from noticing a need to getting it met.
_STAGE = {
    ResourceStatus.IDENTIFIED: 0,
    ResourceStatus.REQUESTED: 1,
    ResourceStatus.AGREED: 2,
    ResourceStatus.PARTLY_AGREED: 2,
    ResourceStatus.DECLINED: 2,
    ResourceStatus.RECEIVED: 3,
}
CATEGORY_KEYS = frozenset(ResourceCategory.codes())
UNIT_KEYS = frozenset(ResourceUnit.codes())
STATUS_KEYS = frozenset(ResourceStatus.codes())
_DECIDED = frozenset({ResourceStatus.AGREED, ResourceStatus.PARTLY_AGREED})


class LedgerError(ProblemsError):
    """Input the ledger refuses; ``problems`` say which field and why."""


class QuantityError(UserError, ValueError):
    """A quantity that cannot be read; the message is plain English for the person."""


class TransitionError(UserError, ValueError):
    """A status change that is not allowed, or that skips a step nobody confirmed."""

    def __init__(
        self, template: str, /, skipped: tuple[ResourceStatus, ...] = (), **values: object
    ) -> None:
        super().__init__(template, **values)
        self.skipped = skipped


@dataclass(frozen=True)
class Rates:
    """What a mile and an hour of volunteer time are worth to this group, in pence."""

    mileage_pence: int = DEFAULT_MILEAGE_PENCE
    hourly_pence: int = DEFAULT_HOURLY_PENCE


@dataclass(frozen=True)
class NeedInput:
    """A resource need as the form (or the meeting shortcut) gives it, already checked."""

    description: str
    category: str = ResourceCategory.OTHER.value
    quantity: float = 1.0
    unit: str = ResourceUnit.ITEMS.value
    unit_cost_pence: int | None = None
    estimated_pence: int = 0
    asked_of: str = ""
    notes: str = ""
    partnership_id: int | None = None
    identified_date: date | None = None


# ----------------------------------------------------------------------------------------
# Reading a form
# ----------------------------------------------------------------------------------------


def parse_quantity(text: str) -> float:
    """A quantity above zero: "2.5" hours, "24" miles. Raises ValueError with a message."""
    cleaned = (text or "").strip().replace(",", "")
    if not cleaned:
        raise QuantityError("Enter how many, for example 2.5 (hours) or 24 (miles).")
    not_a_number = "“{typed}” is not a number. Write it like 2.5."
    try:
        value = float(cleaned)
    except ValueError:
        raise QuantityError(not_a_number, typed=text.strip()) from None
    if not math.isfinite(value):
        raise QuantityError(not_a_number, typed=text.strip())
    if value <= 0:
        raise QuantityError("The quantity must be more than zero.")
    if value > MAX_QUANTITY:
        raise QuantityError("That is more than {limit:,}; check the quantity.", limit=MAX_QUANTITY)
    return round(value, 2)


def default_unit_cost(category: str, unit: str, rates: Rates) -> int | None:
    """The unit cost to suggest: the mileage rate for miles, the hourly value for time."""
    if unit == ResourceUnit.MILES:
        return rates.mileage_pence
    if unit == ResourceUnit.HOURS and category in (ResourceCategory.TIME, ResourceCategory.COVER):
        return rates.hourly_pence
    return None


def estimate_pence(quantity: float, unit_cost_pence: int | None) -> int | None:
    """Quantity × unit cost to the penny; None when there is no unit cost to multiply."""
    if unit_cost_pence is None:
        return None
    return multiply_pence(quantity, unit_cost_pence)


def read_need_form(
    *,
    description: str,
    category: str,
    quantity: str,
    unit: str,
    unit_cost: str,
    estimate: str,
    asked_of: str = "",
    notes: str = "",
    partnership_id: int | None = None,
    identified_date: date | None = None,
) -> NeedInput:
    """Check the fields of the add/edit form together and build a NeedInput.

    The estimate may be left blank when there is a unit cost (it is worked out); when both
    are given the typed estimate wins, because a person may know the real figure.
    Raises LedgerError listing every problem at once, each naming its field.
    """
    problems: list[Problem] = []
    text = description.strip()
    if not text:
        problems.append(Problem("description", "Say what the need is, in a few words."))
    elif len(text) > DESCRIPTION_MAX:
        problems.append(Problem("description", "The description is too long; shorten it."))
    if category not in CATEGORY_KEYS:
        problems.append(Problem("category", "Choose a category from the list."))
    if unit not in UNIT_KEYS:
        problems.append(Problem("unit", "Choose a unit from the list."))
    qty = 0.0
    try:
        qty = parse_quantity(quantity)
    except ValueError as exc:
        problems.append(problem_from("quantity", exc))
    unit_pence: int | None = None
    try:
        unit_pence = parse_pence(unit_cost, allow_blank=True)
    except MoneyError as exc:
        problems.append(problem_from("unit_cost", exc))
    estimated: int | None = None
    try:
        estimated = parse_pence(estimate, allow_blank=True)
    except MoneyError as exc:
        problems.append(problem_from("estimate", exc))
    if not problems and estimated is None:
        estimated = estimate_pence(qty, unit_pence)
        if estimated is None:
            problems.append(
                Problem("estimate", "Enter the estimated cost, or a cost for each unit.")
            )
    if problems:
        raise LedgerError(problems)
    assert estimated is not None
    return NeedInput(
        description=text,
        category=category,
        quantity=qty,
        unit=unit,
        unit_cost_pence=unit_pence,
        estimated_pence=estimated,
        asked_of=asked_of.strip(),
        notes=notes.strip(),
        partnership_id=partnership_id,
        identified_date=identified_date,
    )


def parse_rate(text: str, what: str) -> int:
    """A rate setting in pence: "45p", "0.45", "£12.71". Refuses zero and silly values."""
    pence = parse_pence(text)
    assert pence is not None
    if pence == 0:
        raise MoneyError("The {what} must be more than zero.", what=what)
    if pence > MAX_RATE_PENCE:
        raise MoneyError("The {what} looks too high; check it.", what=what)
    return pence


# ----------------------------------------------------------------------------------------
# Status
# ----------------------------------------------------------------------------------------


def next_statuses(current: str) -> list[ResourceStatus]:
    """The moves offered first: the next step along, with no skipping."""
    status = ResourceStatus(current)
    if status is ResourceStatus.IDENTIFIED:
        return [ResourceStatus.REQUESTED]
    if status is ResourceStatus.REQUESTED:
        return [ResourceStatus.AGREED, ResourceStatus.PARTLY_AGREED, ResourceStatus.DECLINED]
    if status in _DECIDED:
        return [ResourceStatus.RECEIVED]
    return []


def skipped_steps(current: str, target: str) -> tuple[ResourceStatus, ...]:
    """The steps a move jumps over (identified → received skips requested and agreed)."""
    start, end = _STAGE[ResourceStatus(current)], _STAGE[ResourceStatus(target)]
    steps: list[ResourceStatus] = []
    if start < 1 < end:
        steps.append(ResourceStatus.REQUESTED)
    if start < 2 < end:
        steps.append(ResourceStatus.AGREED)
    return tuple(steps)


def check_transition(current: str, target: str, *, confirm_skip: bool = False) -> None:
    """Allow a move, or raise TransitionError saying plainly why not.

    Going back a step is allowed (it corrects a mistake). Going forward more than one step
    needs ``confirm_skip``, so a click on the wrong status cannot record money as received
    that was never asked for. A declined need cannot be received: change the decision first.
    """
    if current not in STATUS_KEYS:
        raise TransitionError(
            "The need has a status Partnerbook does not know ({status}).", status=current
        )
    if target not in STATUS_KEYS:
        raise TransitionError(
            "“{status}” is not a status. Choose one from the list.", status=target
        )
    if current == target:
        raise TransitionError(
            "The need is already {status}.", status=ResourceStatus(current).label.lower()
        )
    if current == ResourceStatus.DECLINED and target == ResourceStatus.RECEIVED:
        raise TransitionError(
            "A declined need cannot be marked received. If they changed their mind, mark it "
            "agreed first."
        )
    skipped = skipped_steps(current, target)
    if skipped and not confirm_skip:
        names = " and ".join(f"“{s.label}”" for s in skipped)
        raise TransitionError(
            "Moving from “{current}” to “{target}” skips {names}. "
            "Confirm that you want to skip them."
            if len(skipped) > 1
            else "Moving from “{current}” to “{target}” skips {names}. "
            "Confirm that you want to skip it.",
            skipped,
            current=Message(ResourceStatus(current).label),
            target=Message(ResourceStatus(target).label),
            names=names,
        )


# ----------------------------------------------------------------------------------------
# Totals
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow:
    """One need as the totals see it; amounts in pence."""

    id: int
    status: str
    category: str
    estimated_pence: int
    agreed_pence: int | None = None
    received_pence: int | None = None
    partnership_id: int | None = None
    partnership_name: str = ""
    identified_date: date | None = None
    requested_date: date | None = None
    decided_date: date | None = None
    received_date: date | None = None

    @property
    def when(self) -> date | None:
        """The date that places the need in a period: when it was first noticed."""
        return (
            self.identified_date or self.requested_date or self.decided_date or (self.received_date)
        )


@dataclass
class Totals:
    """Sums in pence. ``awaiting_decision`` and ``awaiting_receipt`` make up the unmet view."""

    count: int = 0
    estimated: int = 0
    requested: int = 0
    agreed: int = 0
    received: int = 0
    awaiting_decision: int = 0
    awaiting_receipt: int = 0
    turned_down: int = 0

    @property
    def unmet(self) -> int:
        return self.awaiting_decision + self.awaiting_receipt

    def add(self, row: LedgerRow) -> None:
        status = row.status  # a StrEnum compares equal to its key; no lookup per row
        self.count += 1
        self.estimated += row.estimated_pence
        if status != ResourceStatus.IDENTIFIED:
            self.requested += row.estimated_pence
        agreed = agreed_amount(row)
        self.agreed += agreed
        if status == ResourceStatus.RECEIVED:
            self.received += received_amount(row)
        if status == ResourceStatus.REQUESTED:
            self.awaiting_decision += row.estimated_pence
        elif status in _DECIDED:
            self.awaiting_receipt += agreed
        if status == ResourceStatus.DECLINED:
            self.turned_down += row.estimated_pence
        elif status in (ResourceStatus.PARTLY_AGREED, ResourceStatus.RECEIVED):
            self.turned_down += max(row.estimated_pence - agreed, 0)


def agreed_amount(row: LedgerRow) -> int:
    """What was agreed: the recorded figure, or the estimate when agreed in full."""
    status = row.status  # a StrEnum compares equal to its key; no lookup per row
    if status in (ResourceStatus.IDENTIFIED, ResourceStatus.REQUESTED, ResourceStatus.DECLINED):
        return 0
    if row.agreed_pence is not None:
        return row.agreed_pence
    return row.estimated_pence


def received_amount(row: LedgerRow) -> int:
    if row.status != ResourceStatus.RECEIVED:
        return 0
    if row.received_pence is not None:
        return row.received_pence
    return agreed_amount(row)


def totals(rows: Iterable[LedgerRow]) -> Totals:
    result = Totals()
    for row in rows:
        result.add(row)
    return result


def totals_by(rows: Iterable[LedgerRow], key: Callable[[LedgerRow], str]) -> dict[str, Totals]:
    """Totals grouped by ``key``, in the order groups first appear."""
    result: dict[str, Totals] = {}
    for row in rows:
        result.setdefault(key(row), Totals()).add(row)
    return result


def by_partnership(row: LedgerRow) -> str:
    return row.partnership_name or "General (no partnership)"


def by_category(row: LedgerRow) -> str:
    return ResourceCategory.label_of(row.category)


def by_financial_year(row: LedgerRow) -> str:
    day = row.when
    return financial_year_label(financial_year_of(day)) if day else "No date"


@dataclass(frozen=True)
class UnmetLine:
    """A need still waiting: for an answer (``awaiting`` "decision") or for the money."""

    row: LedgerRow
    awaiting: str
    amount_pence: int


@dataclass
class UnmetView:
    lines: list[UnmetLine] = field(default_factory=list)

    @property
    def total_pence(self) -> int:
        return sum(line.amount_pence for line in self.lines)


def unmet(rows: Iterable[LedgerRow]) -> UnmetView:
    """Requested but not yet agreed, and agreed but not yet received."""
    view = UnmetView()
    for row in rows:
        status = ResourceStatus(row.status)
        if status is ResourceStatus.REQUESTED:
            view.lines.append(UnmetLine(row, "decision", row.estimated_pence))
        elif status in _DECIDED:
            view.lines.append(UnmetLine(row, "receipt", agreed_amount(row)))
    return view
