"""The rules a review must keep, as plain messages a form can show next to the field.

Each check returns a list of ``Problem`` (empty when all is well) instead of raising, so
the wizard can show every problem at once and keep everything the person typed.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from datetime import date

from desktop.domain.frameworks import Framework
from desktop.domain.problems import Problem

MAX_RESPONDENTS = 20
MAX_LABEL_CHARS = 300
MAX_FREE_TEXT_CHARS = 20_000
REVIEW_DUE_MONTHS_DEFAULT = 12
REVIEW_DUE_MONTHS_RANGE = (1, 60)


def check_review_date(review_date: date | None, today: date) -> list[Problem]:
    if review_date is None:
        return [Problem("review_date", "Give the date of the review.")]
    if review_date > today:
        return [
            Problem(
                "review_date",
                "The review date ({date}) is in the future. Use the date "
                "the review took place, today or earlier.",
                date=f"{review_date:%d %b %Y}",
            )
        ]
    return []


def check_answer(framework: Framework, ref: str, key: str) -> list[Problem]:
    """An answer must be one of the question's options (or blank: not answered yet).

    Each scored section of a format 2 framework has its own scale, so the question's own
    section decides; a ref the framework does not have is checked against its first scale.
    """
    options = framework.answer_scale
    try:
        scale = framework.sections[framework.item(ref).section_key].scale
    except KeyError:
        scale = None
    if scale is not None:
        options = scale.options
    if not key or any(option.key == key for option in options):
        return []
    known = ", ".join(option.label for option in options)
    return [
        Problem(
            f"answer:{ref}",
            'The answer "{answer}" to question {ref} is not on this review\'s scale. '
            "Choose one of: {known}.",
            answer=key,
            ref=ref,
            known=known,
        )
    ]


def check_respondents(labels: Iterable[str]) -> list[Problem]:
    problems: list[Problem] = []
    labels = list(labels)
    if len(labels) > MAX_RESPONDENTS:
        problems.append(
            Problem(
                "respondents",
                "A review can hold up to {limit} respondents.",
                limit=MAX_RESPONDENTS,
            )
        )
    for label in labels:
        if not label.strip():
            problems.append(Problem("respondents", "Give each respondent a name or a role."))
        elif len(label) > MAX_LABEL_CHARS:
            problems.append(
                Problem(
                    "respondents",
                    "A respondent's name is limited to {limit} characters.",
                    limit=MAX_LABEL_CHARS,
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
            "{count} question(s) have no answer yet ({refs}). Answer them "
            '("Don\'t know" is an answer), or save the review as a draft and finish it later.',
            count=len(refs),
            refs=", ".join(refs),
        )
    ]


def check_review_due_months(months: int) -> list[Problem]:
    low, high = REVIEW_DUE_MONTHS_RANGE
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        return [
            Problem(
                "review_due_months",
                "The review period must be a whole number of months from {low} to {high}.",
                low=low,
                high=high,
            )
        ]
    return []


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (31 March less one month is 28/29 February)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))
