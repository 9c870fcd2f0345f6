"""Reading the period a return covers from what a person types, on top of ``periods``.

"2026-27" is a UK financial year, "2026-27 Q3" a quarter of one (Q1 is April to June),
"2026-10-01..2026-12-31" (or "... to ...") two dates of their choice.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.periods import (
    Period,
    PeriodError,
    custom_period,
    parse_financial_year,
    quarters,
)

__all__ = ["parse_period", "period_kind"]

_QUARTER_RE = re.compile(r"(?P<fy>\d{4}\s*[-/]\s*(?:\d{2}|\d{4}))\s*[-_ ]?\s*Q(?P<q>[1-4])", re.I)
_CUSTOM_RE = re.compile(
    r"(?P<start>\d{4}-\d{2}-\d{2})\s*(?:\.\.|to)\s*(?P<end>\d{4}-\d{2}-\d{2})", re.I
)
_FY_RE = re.compile(r"\d{4}\s*[-/–]\s*(?:\d{2}|\d{4})")


def period_kind(period: Period) -> str:
    """ "financial_year", "quarter" or "custom", from the period's dates and label."""
    if re.fullmatch(r"\d{4}-\d{2} Q[1-4]", period.label):
        return "quarter"
    if _FY_RE.fullmatch(period.label) and period.start.month == 4 and period.start.day == 1:
        return "financial_year"
    return "custom"


def parse_period(text: str) -> Period:
    """Read a financial year, a quarter or two dates; PeriodError says what to write."""
    cleaned = (text or "").strip()
    match = _CUSTOM_RE.fullmatch(cleaned)
    if match:
        try:
            start, end = date.fromisoformat(match["start"]), date.fromisoformat(match["end"])
        except ValueError as exc:
            raise PeriodError(
                "“{typed}” has a date that does not exist ({why}).", typed=text, why=str(exc)
            ) from exc
        return custom_period(start, end, f"{start.isoformat()} to {end.isoformat()}")
    match = _QUARTER_RE.fullmatch(cleaned)
    if match:
        year = parse_financial_year(match["fy"])
        return quarters(year.start.year)[int(match["q"]) - 1]
    if _FY_RE.fullmatch(cleaned):
        return parse_financial_year(cleaned)
    raise PeriodError(
        "“{typed}” is not a period Partnerbook understands. Write a financial year like "
        "2026-27, a quarter like 2026-27 Q3, or two dates like 2026-10-01..2026-12-31.",
        typed=text,
    )
