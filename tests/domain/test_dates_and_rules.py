"""UK dates and the partnership rules."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.dates import DateError, parse_date
from desktop.domain.partnership_rules import PartnershipInput, validate_partnership


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("1-2-26", date(2026, 2, 1)),
        ("2026-11-28", date(2026, 11, 28)),
        ("28 Nov 2026", date(2026, 11, 28)),
        ("3 september 2025", date(2025, 9, 3)),
        ("  ", None),
    ],
)
def test_dates_people_type(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "13/13/2026", "tomorrow", "28 Smarch 2026"])
def test_impossible_or_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError, match="date"):
        parse_date(text)


def fields_of(problems) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.field for p in problems]


def test_a_good_partnership_has_no_problems() -> None:
    assert validate_partnership(PartnershipInput(name="Rural Transport Forum"), ["Other"]) == []


def test_empty_and_duplicate_names() -> None:
    assert fields_of(validate_partnership(PartnershipInput(name="   "), [])) == ["name"]
    problems = validate_partnership(
        PartnershipInput(name="rural  transport forum"), ["Rural Transport Forum"]
    )
    assert fields_of(problems) == ["name"] and "already a partnership" in problems[0].message


def test_end_before_start_and_time_limited_without_end() -> None:
    data = PartnershipInput(name="A", start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))
    assert fields_of(validate_partnership(data, [])) == ["end_date"]
    data = PartnershipInput(name="A", duration="time_limited")
    assert "needs an end date" in validate_partnership(data, [])[0].message


def test_unknown_choices_are_refused() -> None:
    problems = validate_partnership(PartnershipInput(name="A", status="asleep"), [])
    assert fields_of(problems) == ["status"] and "Considering" in problems[0].message
