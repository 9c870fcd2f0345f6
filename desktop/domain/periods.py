"""Periods we total and report over: the UK financial year (April to March), quarters,
and ranges a person chooses.

Pure date arithmetic, no Qt and no database, so returns and the resources ledger agree on
which year a date belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.problems import UserError

# The financial year starts on 1 April, as UK charities and councils count it.
FY_START_MONTH = 4

_FY_LABEL = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$")


class PeriodError(UserError, ValueError):
    """A period that cannot be understood; the message is plain English."""


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of dates with a name a person would recognise."""

    start: date
    end: date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def financial_year_of(day: date) -> int:
    """The year the financial year containing ``day`` starts in (2027-02-01 → 2026)."""
    return day.year if day.month >= FY_START_MONTH else day.year - 1


def financial_year_label(start_year: int) -> str:
    """ "2026-27" for the year starting April 2026 (the way CVS forms write it)."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def financial_year(start_year: int) -> Period:
    """The financial year starting 1 April ``start_year`` and ending 31 March after."""
    return Period(
        date(start_year, FY_START_MONTH, 1),
        date(start_year + 1, FY_START_MONTH - 1, 31),
        financial_year_label(start_year),
    )


def financial_year_for(day: date) -> Period:
    """The financial year a date falls in."""
    return financial_year(financial_year_of(day))


def parse_financial_year(label: str) -> Period:
    """Read "2026-27", "2026/27" or "2026-2027" back into a period."""
    match = _FY_LABEL.match(label or "")
    if not match:
        raise PeriodError("“{typed}” is not a financial year. Write it like 2026-27.", typed=label)
    first = int(match.group(1))
    second_text = match.group(2)
    if len(second_text) == 4:
        follows = int(second_text) == first + 1
    else:
        follows = int(second_text) == (first + 1) % 100
    if not follows:
        raise PeriodError(
            "“{typed}” is not a financial year: the second year must follow the first.",
            typed=label,
        )
    return financial_year(first)


def quarters(start_year: int) -> list[Period]:
    """The four quarters of a financial year: Q1 is April to June."""
    result: list[Period] = []
    for index in range(4):
        month = FY_START_MONTH + 3 * index
        year = start_year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        end_month = month + 2
        end = _last_day(year, end_month)
        label = f"{financial_year_label(start_year)} Q{index + 1}"
        result.append(Period(date(year, month, 1), end, label))
    return result


def quarter_for(day: date) -> Period:
    """The financial quarter a date falls in."""
    for period in quarters(financial_year_of(day)):
        if day in period:
            return period
    raise AssertionError("every date falls in a quarter")  # pragma: no cover


def custom_period(start: date, end: date, label: str = "") -> Period:
    """A range the person chose; refuses one that ends before it starts."""
    if end < start:
        raise PeriodError("The end date is before the start date.")
    return Period(start, end, label or f"{start:%d %b %Y} to {end:%d %b %Y}")


def financial_years_between(first: date, last: date) -> list[Period]:
    """Every financial year touching the range, oldest first (for a totals table)."""
    if last < first:
        first, last = last, first
    return [financial_year(y) for y in range(financial_year_of(first), financial_year_of(last) + 1)]


def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)
