"""Reading dates as people in the UK type them."""

from __future__ import annotations

import re
from datetime import date, datetime

from desktop.domain.problems import UserError

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


class DateError(UserError, ValueError):
    """The text is not a date we can read; the message says what we expect."""


def parse_date(text: str) -> date | None:
    """``28/11/2026``, ``28-11-26``, ``2026-11-28`` or ``28 Nov 2026``; empty gives None.

    Day comes before month, as in the UK. An impossible date (31/02/2026) is refused.
    """
    value = text.strip()
    if not value:
        return None
    try:
        if match := _ISO.match(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC.match(value):
            year = int(match[3])
            if year < 100:
                year += 2000
            return date(year, int(match[2]), int(match[1]))
        if (match := _WORDS.match(value)) and match[2].lower() in _MONTHS:
            return date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    except ValueError as exc:
        raise DateError("{typed} is not a real date.", typed=repr(value)) from exc
    raise DateError(
        "{typed} is not a date we can read. Type it like 28/11/2026.", typed=repr(value)
    )


def coerce_date(value: object) -> date | None:
    """A date from a spreadsheet cell: a date, a datetime, or text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value))


def format_date(value: date | None) -> str:
    """28 Nov 2026: unambiguous for everyone."""
    return value.strftime("%-d %b %Y") if value else ""


def format_moment(value: datetime) -> str:
    """28 Nov 2026, 09:30: a day as format_date writes it, then the time."""
    return f"{format_date(value.date())}, {value:%H:%M}"
