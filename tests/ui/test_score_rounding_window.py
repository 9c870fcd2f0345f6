"""The window shows a score by the one rounding rule, as the PDF does (issue 21, item 6)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.numbers import score_text
from desktop.reports import return_text
from desktop.ui.review_results import score_text as window_text


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_the_window_and_the_pdf_show_the_same_score(value: float) -> None:
    """The app showed 55 where the PDF showed 54.5: both now say it one way."""
    assert window_text(value) == return_text.score(value) == score_text(value)
