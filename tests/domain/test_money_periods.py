"""Money parsing/formatting and UK financial-year arithmetic."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import (
    MoneyError,
    format_pence,
    format_pence_plain,
    money_problem,
    multiply_pence,
    parse_pence,
)
from desktop.domain.periods import (
    PeriodError,
    custom_period,
    financial_year,
    financial_year_for,
    financial_year_label,
    financial_year_of,
    financial_years_between,
    parse_financial_year,
    quarter_for,
    quarters,
)


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("£12.50", 1250),
        ("12.5", 1250),
        ("1,200", 120000),
        ("£1,234.56", 123456),
        ("0.99", 99),
        (".5", 50),
        ("7", 700),
        ("  £ 3.00 ", 300),
        ("45p", 45),
        ("0", 0),
    ],
)
def test_parse_pence_reads_what_people_type(text: str, pence: int) -> None:
    assert parse_pence(text) == pence


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("-5", "negative"),
        ("£-5.00", "negative"),
        ("twelve", "not an amount"),
        ("12.345", "two figures"),
        ("1,20", "not an amount"),
        ("12.5.0", "not an amount"),
        ("", "Enter an amount"),
        ("£", "not an amount"),
        ("99999999999", "more than"),
    ],
)
def test_parse_pence_refuses_bad_input_plainly(text: str, fragment: str) -> None:
    with pytest.raises(MoneyError, match=fragment):
        parse_pence(text)
    assert money_problem(text) is not None


def test_blank_allowed_when_asked() -> None:
    assert parse_pence("  ", allow_blank=True) is None
    assert money_problem("", allow_blank=True) is None


def test_format_pence() -> None:
    assert format_pence(123456) == "£1,234.56"
    assert format_pence(5) == "£0.05"
    assert format_pence(-300) == "-£3.00"
    assert format_pence(None) == ""
    assert format_pence_plain(123456) == "1234.56"


@given(st.integers(min_value=0, max_value=1_000_000_000))
def test_format_then_parse_round_trips(pence: int) -> None:
    assert parse_pence(format_pence(pence)) == pence
    assert parse_pence(format_pence_plain(pence)) == pence


def test_multiply_pence_rounds_half_up() -> None:
    assert multiply_pence(7.5, 1221) == 9158
    assert multiply_pence(2.675, 100) == 268
    assert multiply_pence(30, 45) == 1350
    assert multiply_pence(0.1, 3) == 0


def test_financial_year() -> None:
    assert financial_year_of(date(2027, 2, 1)) == 2026
    assert financial_year_of(date(2026, 4, 1)) == 2026
    assert financial_year_of(date(2026, 3, 31)) == 2025
    assert financial_year_label(2026) == "2026-27"
    assert financial_year_label(2099) == "2099-00"
    fy = financial_year(2026)
    assert (fy.start, fy.end, fy.label) == (date(2026, 4, 1), date(2027, 3, 31), "2026-27")
    assert date(2026, 11, 28) in fy
    assert financial_year_for(date(2026, 11, 28)) == fy


def test_parse_financial_year() -> None:
    assert parse_financial_year("2026-27") == financial_year(2026)
    assert parse_financial_year("2026/2027") == financial_year(2026)
    for bad in ("2026-28", "26-27", "next year", ""):
        with pytest.raises(PeriodError):
            parse_financial_year(bad)


def test_quarters() -> None:
    q = quarters(2026)
    assert [p.start for p in q] == [
        date(2026, 4, 1),
        date(2026, 7, 1),
        date(2026, 10, 1),
        date(2027, 1, 1),
    ]
    assert [p.end for p in q] == [
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2026, 12, 31),
        date(2027, 3, 31),
    ]
    assert quarter_for(date(2027, 2, 28)).label == "2026-27 Q4"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_in_exactly_one_year_and_quarter(day: date) -> None:
    fy = financial_year_for(day)
    assert day in fy
    assert sum(1 for q in quarters(fy.start.year) if day in q) == 1


def test_custom_period_and_ranges() -> None:
    p = custom_period(date(2026, 1, 1), date(2026, 6, 30))
    assert p.contains(date(2026, 3, 1))
    assert not p.contains(None)
    with pytest.raises(PeriodError, match="before the start"):
        custom_period(date(2026, 6, 30), date(2026, 1, 1))
    years = financial_years_between(date(2025, 5, 1), date(2027, 4, 2))
    assert [y.label for y in years] == ["2025-26", "2026-27", "2027-28"]
