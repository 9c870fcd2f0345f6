"""The rules a review must keep, as plain messages a form can show next to the field.

Each check returns a list of ``Problem`` (empty when all is well) instead of raising, so
the wizard can show every problem at once and keep everything the person typed.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.frameworks import Framework

MAX_RESPONDENTS = 20
MAX_LABEL_CHARS = 300
MAX_FREE_TEXT_CHARS = 20_000
REVIEW_DUE_MONTHS_DEFAULT = 12
REVIEW_DUE_MONTHS_RANGE = (1, 60)


@dataclass(frozen=True)
class Problem:
    """``field`` names what to highlight: "review_date", "answer:4.8(a)", "respondents"…"""

    field: str
    message: str


def check_review_date(review_date: date | None, today: date) -> list[Problem]:
    if review_date is None:
        return [Problem("review_date", "Give the date of the review.")]
    if review_date > today:
        return [
            Problem(
                "review_date",
                f"The review date ({review_date:%d %b %Y}) is in the future. Use the date "
                "the review took place, today or earlier.",
            )
        ]
    return []


def check_answer(framework: Framework, ref: str, key: str) -> list[Problem]:
    """An answer must be one of the framework's options (or blank: not answered yet)."""
    if not key or any(option.key == key for option in framework.answer_scale):
        return []
    known = ", ".join(option.label for option in framework.answer_scale)
    return [
        Problem(
            f"answer:{ref}",
            f'The answer "{key}" to question {ref} is not on this review\'s scale. '
            f"Choose one of: {known}.",
        )
    ]


def check_respondents(labels: Iterable[str]) -> list[Problem]:
    problems: list[Problem] = []
    labels = list(labels)
    if len(labels) > MAX_RESPONDENTS:
        problems.append(
            Problem("respondents", f"A review can hold up to {MAX_RESPONDENTS} respondents.")
        )
    for label in labels:
        if not label.strip():
            problems.append(Problem("respondents", "Give each respondent a name or a role."))
        elif len(label) > MAX_LABEL_CHARS:
            problems.append(
                Problem(
                    "respondents",
                    f"A respondent's name is limited to {MAX_LABEL_CHARS} characters.",
                )
            )
    return problems


def check_unanswered(unanswered: Iterable[str]) -> list[Problem]:
    refs = list(unanswered)
    if not refs:
        return []
    return [
        Problem(
            "answers",
            f"{len(refs)} question(s) have no answer yet ({', '.join(refs)}). Answer them "
            '("Don\'t know" is an answer), or save the review as a draft and finish it later.',
        )
    ]


def check_review_due_months(months: int) -> list[Problem]:
    low, high = REVIEW_DUE_MONTHS_RANGE
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        return [
            Problem(
                "review_due_months",
                f"The review period must be a whole number of months from {low} to {high}.",
            )
        ]
    return []


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (31 March less one month is 28/29 February)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))
