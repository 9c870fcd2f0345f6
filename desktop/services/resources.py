"""Resource needs: add and edit them, move them along, total them, and cost a meeting.

Every function takes a Session first and either does the whole change or raises before
touching anything (LedgerError / TransitionError / ResourceError carry the plain message).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dates import format_date
from desktop.domain.ledger import (
    CATEGORY_KEYS,
    DEFAULT_HOURLY_PENCE,
    DEFAULT_MILEAGE_PENCE,
    HOURLY_VALUE_KEY,
    MAX_QUANTITY,
    MILEAGE_RATE_KEY,
    UNIT_KEYS,
    LedgerError,
    LedgerRow,
    NeedInput,
    Rates,
    Totals,
    TransitionError,
    UnmetView,
    by_category,
    by_financial_year,
    by_partnership,
    check_transition,
    estimate_pence,
    parse_rate,
    totals,
    totals_by,
    unmet,
)
from desktop.domain.money import MoneyError
from desktop.domain.problems import Problem, UserError, problem_from
from desktop.domain.vocab import ResourceCategory, ResourceStatus, ResourceUnit
from desktop.store.models import (
    Attendance,
    Meeting,
    Partnership,
    ResourceNeed,
    SettingValue,
)

__all__ = [
    "LedgerError",
    "ResourceError",
    "TransitionError",
    "add_need",
    "delete_need",
    "get_rates",
    "ledger_rows",
    "move_status",
    "need_from_meeting",
    "set_hourly_value",
    "set_mileage_rate",
    "totals_for",
    "unmet_view",
    "update_need",
]


class ResourceError(UserError, ValueError):
    """A request that cannot be done (a missing record, a meeting already costed)."""


# ----------------------------------------------------------------------------------------
# Settings
# ----------------------------------------------------------------------------------------


def _setting_int(session: Session, key: str, default: int) -> int:
    row = session.get(SettingValue, key)
    if row is None:
        return default
    try:
        value = int(row.value)
    except ValueError:
        return default  # a hand-edited value we cannot read: fall back, never crash
    return value if value > 0 else default


def get_rates(session: Session) -> Rates:
    return Rates(
        mileage_pence=_setting_int(session, MILEAGE_RATE_KEY, DEFAULT_MILEAGE_PENCE),
        hourly_pence=_setting_int(session, HOURLY_VALUE_KEY, DEFAULT_HOURLY_PENCE),
    )


def _set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SettingValue, key)
    if row is None:
        session.add(SettingValue(key=key, value=value))
    else:
        row.value = value
    session.flush()


def set_mileage_rate(session: Session, text: str) -> int:
    """Store the mileage rate typed as "45p", "0.45" or "£0.45"; returns it in pence."""
    try:
        pence = parse_rate(text, "mileage rate")
    except MoneyError as exc:
        raise LedgerError([problem_from("mileage_rate", exc)]) from exc
    _set_setting(session, MILEAGE_RATE_KEY, str(pence))
    return pence


def set_hourly_value(session: Session, text: str) -> int:
    """Store the value of an hour of volunteer time; returns it in pence."""
    try:
        pence = parse_rate(text, "hourly value")
    except MoneyError as exc:
        raise LedgerError([problem_from("hourly_value", exc)]) from exc
    _set_setting(session, HOURLY_VALUE_KEY, str(pence))
    return pence


# ----------------------------------------------------------------------------------------
# Needs
# ----------------------------------------------------------------------------------------


def _need(session: Session, need_id: int) -> ResourceNeed:
    need = session.get(ResourceNeed, need_id)
    if need is None:
        raise ResourceError("That resource need no longer exists; it may have been deleted.")
    return need


def _check_partnership(session: Session, partnership_id: int | None) -> None:
    if partnership_id is not None and session.get(Partnership, partnership_id) is None:
        raise LedgerError([Problem("partnership", "Choose a partnership from the list.")])


def _check_input(data: NeedInput) -> None:
    """The same rules the form applies, for callers that build a NeedInput themselves."""
    problems: list[Problem] = []
    if not data.description.strip():
        problems.append(Problem("description", "Say what the need is, in a few words."))
    if data.category not in CATEGORY_KEYS:
        problems.append(Problem("category", "Choose a category from the list."))
    if data.unit not in UNIT_KEYS:
        problems.append(Problem("unit", "Choose a unit from the list."))
    if not 0 < data.quantity <= MAX_QUANTITY:
        problems.append(Problem("quantity", "The quantity must be more than zero."))
    if data.estimated_pence < 0 or (data.unit_cost_pence or 0) < 0:
        problems.append(Problem("estimate", "The amount cannot be negative."))
    if problems:
        raise LedgerError(problems)


def add_need(session: Session, data: NeedInput, *, today: date | None = None) -> ResourceNeed:
    """Record a new need (status: identified)."""
    _check_input(data)
    _check_partnership(session, data.partnership_id)
    need = ResourceNeed(
        partnership_id=data.partnership_id,
        category=data.category,
        description=data.description.strip(),
        quantity=data.quantity,
        unit=data.unit,
        unit_cost_pence=data.unit_cost_pence,
        estimated_pence=data.estimated_pence,
        asked_of=data.asked_of,
        notes=data.notes,
        status=ResourceStatus.IDENTIFIED.value,
        identified_date=data.identified_date or today or date.today(),
    )
    session.add(need)
    session.flush()
    return need


def update_need(session: Session, need_id: int, data: NeedInput) -> ResourceNeed:
    """Change what a need is and costs; its status and dates are moved separately."""
    _check_input(data)
    _check_partnership(session, data.partnership_id)
    need = _need(session, need_id)
    need.partnership_id = data.partnership_id
    need.category = data.category
    need.description = data.description.strip()
    need.quantity = data.quantity
    need.unit = data.unit
    need.unit_cost_pence = data.unit_cost_pence
    need.estimated_pence = data.estimated_pence
    need.asked_of = data.asked_of
    need.notes = data.notes
    if data.identified_date is not None:
        need.identified_date = data.identified_date
    session.flush()
    return need


def delete_need(session: Session, need_id: int) -> None:
    session.delete(_need(session, need_id))
    session.flush()


def move_status(
    session: Session,
    need_id: int,
    target: str,
    *,
    on: date | None = None,
    confirm_skip: bool = False,
    agreed_pence: int | None = None,
    received_pence: int | None = None,
) -> ResourceNeed:
    """Move a need to ``target`` on the date ``on``, with the amounts that go with it.

    A skipped step needs ``confirm_skip``; its date is filled with the same day, so the
    record still reads in order. Amounts: agreed defaults to the estimate, partly agreed
    must be given and be less than the estimate, received defaults to what was agreed.
    """
    need = _need(session, need_id)
    check_transition(need.status, target, confirm_skip=confirm_skip)
    day = on or date.today()
    status = ResourceStatus(target)
    if (agreed_pence or 0) < 0 or (received_pence or 0) < 0:
        raise LedgerError([Problem("amount", "The amount cannot be negative.")])
    if status is ResourceStatus.PARTLY_AGREED:
        if agreed_pence is None or agreed_pence <= 0:
            raise LedgerError([Problem("amount", "Enter how much was agreed.")])
        if agreed_pence >= need.estimated_pence:
            raise LedgerError(
                [
                    Problem(
                        "amount",
                        "A part agreement is less than the estimate; for the whole amount "
                        "choose “Agreed”.",
                    )
                ]
            )
    stage = {
        ResourceStatus.IDENTIFIED: 0,
        ResourceStatus.REQUESTED: 1,
        ResourceStatus.RECEIVED: 3,
    }.get(status, 2)
    # Going back clears what came after, so the record never claims a later step.
    if stage < 3:
        need.received_date = None
        need.received_pence = None
    if stage < 2:
        need.decided_date = None
        need.agreed_pence = None
    if stage < 1:
        need.requested_date = None
    if stage >= 1 and need.requested_date is None:
        need.requested_date = day
    if stage >= 2:
        if status is ResourceStatus.RECEIVED:
            # Keep the decision already on record; fill it in only when it was skipped.
            need.decided_date = need.decided_date or day
            if need.agreed_pence is None:
                need.agreed_pence = need.estimated_pence
        else:
            need.decided_date = day
            if status is ResourceStatus.DECLINED:
                need.agreed_pence = 0
            else:
                need.agreed_pence = (
                    agreed_pence if agreed_pence is not None else need.estimated_pence
                )
    if stage == 3:
        need.received_date = day
        need.received_pence = received_pence if received_pence is not None else need.agreed_pence
    need.status = status.value
    session.flush()
    return need


# ----------------------------------------------------------------------------------------
# Reading the ledger
# ----------------------------------------------------------------------------------------


def ledger_rows(session: Session, partnership_id: int | None = None) -> list[LedgerRow]:
    """Every need as a LedgerRow, newest first; ``partnership_id`` narrows to one."""
    from desktop.services.resource_views import ALL, list_needs

    scope: int | str = ALL if partnership_id is None else partnership_id
    return [need.ledger_row() for need in list_needs(session, scope)]


GROUPINGS = {
    "partnership": by_partnership,
    "category": by_category,
    "financial_year": by_financial_year,
}


def totals_for(
    session: Session, grouping: str, partnership_id: int | None = None
) -> tuple[dict[str, Totals], Totals]:
    """Totals by "partnership", "category" or "financial_year", and the grand total."""
    rows = ledger_rows(session, partnership_id)
    grouped = totals_by(rows, GROUPINGS[grouping])
    return dict(sorted(grouped.items())), totals(rows)


def unmet_view(session: Session, partnership_id: int | None = None) -> UnmetView:
    return unmet(ledger_rows(session, partnership_id))


# ----------------------------------------------------------------------------------------
# A meeting's cost
# ----------------------------------------------------------------------------------------


def need_from_meeting(
    session: Session,
    meeting_id: int,
    hours_per_meeting: float,
    miles_per_round_trip: float | None,
    *,
    today: date | None = None,
) -> list[ResourceNeed]:
    """Record the time and travel a meeting cost: for each of us who attended, one time
    need (hours × hourly value) and one travel need (miles × mileage rate).

    ``miles_per_round_trip`` applies to everyone; None uses the miles recorded against each
    person's attendance. Names are not copied into descriptions: they live in ``person``.
    Refused (nothing written) if the meeting already has needs, or nobody attended.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ResourceError("That meeting no longer exists.")
    problems: list[Problem] = []
    if not 0 < hours_per_meeting <= 24:
        problems.append(Problem("hours", "The hours must be more than zero and at most 24."))
    if miles_per_round_trip is not None and not 0 <= miles_per_round_trip <= 2000:
        problems.append(Problem("miles", "The miles must be zero or more (at most 2,000)."))
    if problems:
        raise LedgerError(problems)
    existing = session.scalar(
        select(ResourceNeed.id).where(ResourceNeed.meeting_id == meeting_id).limit(1)
    )
    if existing is not None:
        raise ResourceError(
            "The time and travel for this meeting are already recorded as resource needs."
        )
    attended = list(
        session.scalars(
            select(Attendance)
            .where(Attendance.meeting_id == meeting_id, Attendance.status == "attended")
            .order_by(Attendance.id)
        )
    )
    if not attended:
        raise ResourceError("Nobody is recorded as attending this meeting, so it cost no time.")
    rates = get_rates(session)
    title = meeting.title or "meeting"
    when = format_date(meeting.meeting_date)
    base = NeedInput(
        description="",
        partnership_id=meeting.partnership_id,
        identified_date=meeting.meeting_date,
        asked_of="",
    )
    needs: list[ResourceNeed] = []
    count = len(attended)
    for number, attendance in enumerate(attended, start=1):
        who = f"representative {number} of {count}" if count > 1 else "our representative"
        time = replace(
            base,
            description=f"Time at {title} on {when} ({who})",
            category=ResourceCategory.TIME.value,
            quantity=round(hours_per_meeting, 2),
            unit=ResourceUnit.HOURS.value,
            unit_cost_pence=rates.hourly_pence,
            estimated_pence=estimate_pence(hours_per_meeting, rates.hourly_pence) or 0,
        )
        needs.append(add_need(session, time, today=today))
        miles = miles_per_round_trip if miles_per_round_trip is not None else attendance.miles
        if miles:
            travel = replace(
                base,
                description=f"Travel to {title} on {when} ({who})",
                category=ResourceCategory.TRAVEL.value,
                quantity=round(miles, 2),
                unit=ResourceUnit.MILES.value,
                unit_cost_pence=rates.mileage_pence,
                estimated_pence=estimate_pence(miles, rates.mileage_pence) or 0,
            )
            needs.append(add_need(session, travel, today=today))
    for need in needs:
        need.meeting_id = meeting_id
    session.flush()
    return needs
