"""What makes a partnership record acceptable, as problems a form can show by the field.

``Problem`` is the one from desktop.domain.problems, re-exported here for older imports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from desktop.domain.problems import Choices, Problem
from desktop.domain.vocab import Basis, Duration, Formality, PartnershipStatus, Scale

NAME_MAX = 300
SHORT_NAME_MAX = 80

T = TypeVar("T")


@dataclass
class PartnershipInput:
    """The overview fields of a partnership, as a form or a spreadsheet row gives them."""

    name: str
    short_name: str = ""
    purpose: str = ""
    current_focus: str = ""
    themes: list[str] = field(default_factory=list)
    scale: str = ""
    area: str = ""
    formality: str = ""
    basis: str = ""
    duration: str = Duration.ONGOING.value
    status: str = PartnershipStatus.ACTIVE.value
    start_date: date | None = None
    end_date: date | None = None
    lead_body: str = ""
    fundholder: str = ""
    meeting_frequency: str = ""
    next_meeting: date | None = None
    papers_location: str = ""


def normalise_name(name: str) -> str:
    """Names compared the way people see them: case and spacing do not make a new name."""
    return " ".join(name.split()).casefold()


def named_by(key: str, items: Iterable[T], name_of: Callable[[T], str]) -> list[T]:
    """The items a typed name picks out: those with exactly that name (as people see it),
    else those whose name contains it. Several mean the person must say more; none, none."""
    wanted = normalise_name(key)
    everyone = list(items)
    exact = [item for item in everyone if normalise_name(name_of(item)) == wanted]
    if exact or not wanted:
        return exact
    return [item for item in everyone if wanted in normalise_name(name_of(item))]


def validate_partnership(data: PartnershipInput, other_names: Iterable[str]) -> list[Problem]:
    """Every problem at once, so the person can fix them all in one go."""
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", "Give the partnership a name."))
    elif len(name) > NAME_MAX:
        problems.append(Problem("name", "Keep the name under {limit} characters.", limit=NAME_MAX))
    elif normalise_name(name) in {normalise_name(n) for n in other_names}:
        problems.append(
            Problem(
                "name",
                "There is already a partnership called '{name}'. Use another name.",
                name=name,
            )
        )
    if len(data.short_name) > SHORT_NAME_MAX:
        problems.append(
            Problem(
                "short_name",
                "Keep the short name under {limit} characters.",
                limit=SHORT_NAME_MAX,
            )
        )
    for field_name, choice in (
        ("scale", Scale),
        ("formality", Formality),
        ("basis", Basis),
        ("duration", Duration),
        ("status", PartnershipStatus),
    ):
        value = getattr(data, field_name)
        if value and value not in choice.codes():
            allowed = Choices(m.label for m in choice)
            problems.append(Problem(field_name, "Choose one of: {allowed}.", allowed=allowed))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(Problem("end_date", "The end date is before the start date."))
    if data.duration == Duration.TIME_LIMITED and data.end_date is None:
        problems.append(Problem("end_date", "A time-limited partnership needs an end date."))
    return problems
