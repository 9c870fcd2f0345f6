"""One rounding rule for scores everywhere, and counts said with the right noun (issue 21)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.numbers import count, round_score, score_text
from desktop.reports import return_text


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (54.5, "54.5"),
        (54.45, "54.5"),  # a half rounds up, though the float is 54.4499…
        (54.25, "54.3"),  # Python's round(54.25, 1) gives 54.2
        (54.44, "54.4"),
        (62.0, "62"),
        (99.96, "100"),
        (0.04, "0"),
        (2.5, "2.5"),
    ],
)
def test_a_score_is_one_decimal_place_halves_up(value: float, shown: str) -> None:
    assert score_text(value) == shown
    assert float(shown) == round_score(value)


def test_a_missing_score_says_so() -> None:
    assert score_text(None) == "Not scored"
    assert return_text.score(None) == "Not scored"


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_the_pdf_shows_the_score_by_the_one_rule(value: float) -> None:
    """The app showed 55 where the PDF showed 54.5: both now say it one way (the window's
    side is tests/ui/test_score_rounding_window.py; core tests never load Qt)."""
    assert return_text.score(value) == score_text(value)
    # The return's data carries the rounded number; printing it again changes nothing.
    assert score_text(round_score(value)) == score_text(value)


def test_counts_use_the_right_noun() -> None:
    assert count(1, "action") == "1 action"
    assert count(5, "action") == "5 actions"
    assert count(0, "need") == "0 needs"
    assert count(1, "person", "people") == "1 person"
    assert count(2, "person", "people") == "2 people"
    assert count(1200, "file") == "1,200 files"


def test_the_return_data_rounds_by_the_same_rule() -> None:
    from desktop.services.return_reviews import number

    assert number(54.25) == 54.3  # Python's round() gave 54.2 here
    assert number(62.0) == 62 and isinstance(number(62.0), int)
    assert number(None) is None
