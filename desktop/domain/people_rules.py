"""Rules about keeping people's details (UK GDPR storage limitation), as plain Python."""

from __future__ import annotations

from datetime import date

DEFAULT_RETENTION_YEARS = 6
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 50
FORMER_REPRESENTATIVE = "Former representative"


def retention_problem(years: int) -> str | None:
    """A message for the form when the number of years cannot be used, else None."""
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        return (
            f"Choose between {MIN_RETENTION_YEARS} and {MAX_RETENTION_YEARS} years. "
            f"Six is usual: long enough for a funder's or the Charity Commission's questions."
        )
    return None


def years_before(today: date, years: int) -> date:
    """The same day ``years`` years ago (28 February stands in for 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def is_past_retention(
    last_term_end: date | None, still_serving: bool, today: date, years: int
) -> bool:
    """True when someone's last term ended more than ``years`` years ago.

    Someone still serving, or whose term has no end date yet, is never due: we cannot know
    they have left.
    """
    if still_serving or last_term_end is None:
        return False
    return last_term_end < years_before(today, years)
